import { describe, it } from 'node:test';
import { expect } from 'chai';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import {
  checklistGuide,
  checklistProgress,
  itemPlan,
  planDraftModel,
  planItems,
  planTimeline,
  planViewModel,
  planWarnings,
  saveDraft,
  strongMoments,
  suggestDates,
  type DraftValues,
  type PlanDates,
} from '../../src/plan/index.js';
import { createEmptyState } from '../../src/storage/empty-state.js';
import { MAX_DRAFTS } from '../../src/storage/limits.js';
import type { SavedState } from '../../src/storage/schema.js';

const catalogue = defaultCatalogue;
const calendar = catalogue.calendar!;
const guide = checklistGuide(catalogue)!;
const firstTick = `avant-${guide.checklists.avant[0]!.id}`;

/** Two chosen fiches, one with its strong moment and a ticked checklist item; the 2019 dates. */
const state: SavedState = {
  ...createEmptyState(catalogue, {
    selection: { retained: ['conseil-de-progres', 'fete-des-reussites'], done: [] },
  }),
  plan: {
    weekStart: '2019-04-15',
    weekEnd: '2019-04-20',
    deadline: '2019-03-28',
    entries: [
      {
        id: 'fete-des-reussites',
        kind: 'fiche',
        pilot: 'Mme Martin',
        publics: ['eleves'],
        dates: ['2019-04-18'],
        ticks: [firstTick],
      },
    ],
    drafts: [],
  },
};
const dates: PlanDates = { weekStart: '2019-04-15', weekEnd: '2019-04-20', deadline: '2019-03-28' };

describe('planViewModel', () => {
  it('suggests this school year’s dates while none is chosen, and shows an empty plan', () => {
    const model = planViewModel({
      catalogue,
      state: createEmptyState(catalogue),
      today: '2026-11-22',
    });
    const suggestion = suggestDates(calendar, '2026-11-22');
    expect(model.suggestion).to.deep.equal(suggestion);
    expect(model.values).to.deep.equal(suggestion);
    expect(model.suggested).to.deep.equal(['weekStart', 'weekEnd', 'deadline']);
    expect(model.issues).to.deep.equal([]);
    expect(model.dates).to.deep.equal(suggestion);
    expect(model.rows).to.deep.equal([]);
    expect(model.warnings).to.deep.equal([]);
    // The calendar's own milestones only.
    expect(model.timeline).to.deep.equal(planTimeline([], calendar, suggestion));
  });

  it('gives each chosen action its steps, strong moments and checklist progress', () => {
    const model = planViewModel({ catalogue, state, today: '2019-01-10' });
    const items = planItems(state, catalogue);
    expect(model.suggested).to.deep.equal([]);
    expect(model.dates).to.deep.equal(dates);
    expect(model.guide).to.equal(guide);
    // Both fiches méthode are shown, each with its own source; the 2022 one's list is ticked.
    expect(model.guides.map((g) => [g.id, g.source.year])).to.deep.equal([
      ['mode-emploi-2021', 2021],
      ['communiquer-valoriser-2022', 2022],
    ]);
    expect(guide.id).to.equal('communiquer-valoriser-2022');
    expect(model.rows.map((row) => row.item)).to.deep.equal(items);
    model.rows.forEach((row, i) => {
      expect(row.milestones).to.deep.equal(itemPlan(items[i]!, calendar, dates));
      expect(row.moments).to.deep.equal(strongMoments(items[i]!, dates));
      expect(row.progress).to.deep.equal(checklistProgress(guide, items[i]!.entry));
    });
    // The lead time's basis and the preparation's start, per row.
    expect(
      model.rows.map((row) => [row.item.id, row.leadTimeBasis, row.preparation]),
    ).to.deep.equal([
      ['conseil-de-progres', 'estimate', '2019-03-04'],
      ['fete-des-reussites', 'source', '2018-09-01'],
    ]);
    const fete = model.rows.find((row) => row.item.id === 'fete-des-reussites')!;
    expect(fete.moments).to.deep.equal(['2019-04-18']);
    expect(fete.progress.done).to.equal(1);
    expect(fete.progress.total).to.be.greaterThan(1);
    expect(model.timeline).to.deep.equal(planTimeline(items, calendar, dates));
  });

  it('warns for the day it is given, as data', () => {
    const late = planViewModel({ catalogue, state, today: '2019-03-29' });
    expect(late.warnings).to.deep.equal(
      planWarnings(planItems(state, catalogue), dates, '2019-03-29'),
    );
    expect(late.warnings.map((warning) => warning.code)).to.deep.equal([
      'deadline-passed',
      'lead-time',
      'lead-time',
    ]);
    expect(planViewModel({ catalogue, state, today: '2018-08-20' }).warnings).to.deep.equal([]);
  });

  it('keeps a field emptied as typed: no dates, so no steps, timeline nor warnings', () => {
    const model = planViewModel({
      catalogue,
      state,
      today: '2019-03-29',
      typed: { weekStart: '' },
    });
    expect(model.values).to.deep.equal({ ...dates, weekStart: '' });
    expect(model.issues.map((issue) => [issue.field, issue.code])).to.deep.include([
      'weekStart',
      'required',
    ]);
    expect(model.dates).to.equal(null);
    expect(model.rows.map((row) => [row.milestones, row.moments])).to.deep.equal([
      [null, null],
      [null, null],
    ]);
    expect(model.timeline).to.deep.equal([]);
    expect(model.warnings).to.deep.equal([]);
  });
});

describe('planDraftModel', () => {
  const weakFirstAxis = computeProfile(
    catalogue,
    Object.fromEntries(
      catalogue.questions.map((q) => [q.id, q.axis === catalogue.axes[0]!.id ? 0 : 3]),
    ),
  );
  const values = (titre: string): DraftValues => ({
    titre,
    organisation: 'En salle polyvalente',
    objectifs: '',
    publics: '',
    pilotage: '',
    reussite: '',
    valoriser: '',
  });

  it('starts a new draft from the profile’s weakest axes, with a free id', () => {
    const model = planDraftModel({
      catalogue,
      state,
      profile: weakFirstAxis,
      editing: null,
      objective: (axis, key) => `Progress on ${axis} (${key})`,
    });
    const weakest = weakFirstAxis.weaknesses[0]!;
    expect(model.draft).to.equal(undefined);
    expect(model.id).to.equal('brouillon-1');
    expect(model.target.axes[0]).to.equal(weakest.axisId);
    expect(model.axisLabels[0]).to.equal(weakest.label);
    expect(model.initial.titre).to.equal('');
    expect(model.initial.objectifs).to.include(`Progress on ${weakest.label}`);
    expect(model.full).to.equal(false);
  });

  it('edits a saved draft with its own values and target; a new one is refused past the cap', () => {
    const target = { axes: [catalogue.axes[3]!.id], keys: [catalogue.axes[3]!.key] };
    const saved = saveDraft('brouillon-1', values('Café des parents'), target)(state);
    const editing = planDraftModel({
      catalogue,
      state: saved,
      profile: weakFirstAxis,
      editing: 'brouillon-1',
    });
    expect(editing.draft?.titre).to.equal('Café des parents');
    expect(editing.id).to.equal('brouillon-1');
    expect(editing.initial).to.deep.equal(values('Café des parents'));
    expect(editing.target).to.deep.equal(target);
    expect(editing.full).to.equal(false);
    // A new draft gets the next free id.
    expect(
      planDraftModel({ catalogue, state: saved, profile: weakFirstAxis, editing: null }).id,
    ).to.equal('brouillon-2');
    let full = saved;
    for (let i = 2; i <= MAX_DRAFTS; i += 1)
      full = saveDraft(`brouillon-${i}`, values(`Fiche ${i}`), target)(full);
    expect(full.plan!.drafts).to.have.length(MAX_DRAFTS);
    expect(
      planDraftModel({ catalogue, state: full, profile: weakFirstAxis, editing: null }).full,
    ).to.equal(true);
    // Editing stays possible when full; an id no longer saved is a new draft.
    expect(
      planDraftModel({ catalogue, state: full, profile: weakFirstAxis, editing: 'brouillon-1' })
        .full,
    ).to.equal(false);
    expect(
      planDraftModel({ catalogue, state, profile: weakFirstAxis, editing: 'gone' }).draft,
    ).to.equal(undefined);
  });
});
