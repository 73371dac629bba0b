import { describe, it } from 'node:test';
import { expect } from 'chai';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import {
  DRAFT_FIELDS,
  newDraftId,
  planItems,
  prefillDraft,
  putEntry,
  removeDraft,
  saveDraft,
  setBilan,
  setPlanDate,
  setTick,
  type DraftValues,
} from '../../src/plan/index.js';
import {
  createEmptyState,
  parseSavedState,
  serializeState,
  type SavedState,
} from '../../src/storage/index.js';
import { deepFreeze } from '../storage/helpers.js';

const base = deepFreeze(
  createEmptyState(defaultCatalogue, {
    savedAt: '2026-01-05T10:00:00.000Z',
    selection: { retained: ['conseil-de-progres'], done: [] },
  }),
) as SavedState;

/** Every transition's result must load again: a save the schema refuses would be set aside. */
const reloaded = (state: SavedState) => parseSavedState(serializeState(state));

const draft: DraftValues = {
  titre: '  Café des parents  ',
  organisation: 'Au CDI, un matin.',
  objectifs: '',
  publics: 'Parents de 3e',
  pilotage: 'CPE',
  reussite: '',
  valoriser: '',
};

describe('plan: transitions on the saved state', () => {
  it('sets a chosen date, ignores a bad one, and goes back to the suggestion', () => {
    const chosen = setPlanDate('weekStart', '2026-04-06')(base);
    expect(chosen.plan).to.deep.equal({ weekStart: '2026-04-06', entries: [], drafts: [] });
    expect(setPlanDate('weekStart', '2026-02-30')(chosen)).to.equal(chosen);
    expect(setPlanDate('weekStart', '2026-04-06')(chosen)).to.equal(chosen);
    expect(setPlanDate('weekStart', undefined)(chosen).plan).to.deep.equal({
      entries: [],
      drafts: [],
    });
    expect(reloaded(chosen)).to.deep.equal(chosen);
  });

  it('saves an entry, ticks and unticks, without touching the input', () => {
    const [item] = planItems(base, defaultCatalogue);
    expect(item!.entry.publics).to.deep.equal(
      defaultCatalogue.fiches.find((f) => f.id === 'conseil-de-progres')!.publics,
    );
    const piloted = putEntry({
      ...item!.entry,
      pilot: 'CPE',
      dates: ['2026-04-16', 'bad', '2026-04-14'],
    })(base);
    const entry = piloted.plan!.entries[0]!;
    expect(entry.pilot).to.equal('CPE');
    expect(entry.dates).to.deep.equal(['2026-04-14', '2026-04-16']);
    const ticked = setTick(entry, 'avant-recenser-projets', true)(piloted);
    expect(ticked.plan!.entries[0]!.ticks).to.deep.equal(['avant-recenser-projets']);
    expect(setTick(entry, 'avant-recenser-projets', true)(piloted).plan!.entries).to.have.length(1);
    const unticked = setTick(ticked.plan!.entries[0]!, 'avant-recenser-projets', false)(ticked);
    expect(unticked.plan!.entries[0]!.ticks).to.deep.equal([]);
    expect(putEntry(entry)(piloted)).to.equal(piloted);
    expect(base.plan).to.equal(undefined);
    expect(reloaded(ticked)).to.deep.equal(ticked);
  });

  it('clips texts and caps lists so the save always loads again', () => {
    const [item] = planItems(base, defaultCatalogue);
    const next = putEntry({
      ...item!.entry,
      pilot: 'x'.repeat(500),
      dates: ['2026-04-13', '2026-04-14', '2026-04-15', '2026-04-16', '2026-04-17', '2026-04-18'],
      ticks: ['avant-ok', 'Pas un slug', 'avant-ok'],
      leadTimeWeeks: 99,
    })(base);
    const entry = next.plan!.entries[0]!;
    expect(entry.pilot).to.have.length(200);
    expect(entry.dates).to.have.length(5);
    expect(entry.ticks).to.deep.equal(['avant-ok']);
    expect(entry.leadTimeWeeks).to.equal(undefined);
    expect(reloaded(next)).to.deep.equal(next);
  });

  it('records a bilan: attendance figures and a short review', () => {
    const [item] = planItems(base, defaultCatalogue);
    const next = setBilan(item!.entry, {
      attendance: { eleves: 84, parents: -1, personnels: 2.5 },
      worked: 'Bonne participation.',
    })(base);
    expect(next.plan!.entries[0]!.bilan).to.deep.equal({
      attendance: { eleves: 84 },
      worked: 'Bonne participation.',
      vigilance: '',
      perspectives: '',
    });
    expect(reloaded(next)).to.deep.equal(next);
  });

  it('saves a drafted fiche only with a title, edits and removes it with its entry', () => {
    const target = { axes: ['accompagner-orientation'], keys: ['accompagner' as const] };
    expect(saveDraft('brouillon-1', { ...draft, titre: ' ' }, target)(base)).to.equal(base);
    const saved = saveDraft('brouillon-1', draft, target)(base);
    expect(saved.plan!.drafts[0]).to.include({ id: 'brouillon-1', titre: 'Café des parents' });
    expect(planItems(saved, defaultCatalogue).map((item) => item.kind)).to.deep.equal([
      'fiche',
      'draft',
    ]);
    const edited = saveDraft('brouillon-1', { ...draft, titre: 'Café' }, target)(saved);
    expect(edited.plan!.drafts).to.have.length(1);
    expect(edited.plan!.drafts[0]!.titre).to.equal('Café');
    const [, item] = planItems(edited, defaultCatalogue);
    const withEntry = putEntry({ ...item!.entry, pilot: 'CPE' })(edited);
    const removed = removeDraft('brouillon-1')(withEntry);
    expect(removed.plan).to.deep.equal({ entries: [], drafts: [] });
    expect(removeDraft('brouillon-9')(removed)).to.equal(removed);
    expect(reloaded(withEntry)).to.deep.equal(withEntry);
  });

  it('numbers new drafts after the existing ones', () => {
    const target = { axes: [], keys: [] };
    expect(newDraftId(base, defaultCatalogue)).to.equal('brouillon-1');
    const one = saveDraft('brouillon-1', draft, target)(base);
    expect(newDraftId(one, defaultCatalogue)).to.equal('brouillon-2');
  });
});

describe('plan: a draft pre-filled from the diagnosis', () => {
  it('targets the weakest axes and their clés', () => {
    const answers = Object.fromEntries(
      defaultCatalogue.questions.map((q) => [q.id, q.axis === 'accrocher-sens' ? 0 : 3] as const),
    );
    const profile = computeProfile(defaultCatalogue, answers);
    const prefill = prefillDraft(profile, defaultCatalogue);
    expect(prefill.axes).to.deep.equal(profile.weaknesses.slice(0, 2).map((a) => a.axisId));
    expect(prefill.axes[0]).to.equal('accrocher-sens');
    expect(prefill.keys[0]).to.equal('accrocher');
    const axis = defaultCatalogue.axes.find((a) => a.id === 'accrocher-sens')!;
    expect(prefill.values.objectifs.split('\n')[0]).to.equal(
      `Progresser sur l’axe « ${axis.label} » (clé ACCROCHER).`,
    );
    expect(prefill.values.titre).to.equal('');
    expect(Object.keys(prefill.values)).to.deep.equal([...DRAFT_FIELDS]);
  });

  it('starts blank without a profile', () => {
    const prefill = prefillDraft({ weaknesses: [] }, defaultCatalogue);
    expect(prefill).to.deep.equal({
      values: Object.fromEntries(DRAFT_FIELDS.map((f) => [f, ''])),
      axes: [],
      keys: [],
    });
  });
});
