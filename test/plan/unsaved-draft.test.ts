import { describe, it } from 'node:test';
import { expect } from 'chai';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import {
  keepDraftText,
  planDraftModel,
  removeDraft,
  resumedDraft,
  saveDraft,
  type DraftValues,
} from '../../src/plan/index.js';
import {
  createEmptyState,
  parseSavedState,
  serializeState,
  type SavedState,
} from '../../src/storage/index.js';
import { MAX_DRAFTS, MAX_PLAN_TEXT } from '../../src/storage/limits.js';
import { readSavedState } from '../../src/storage/saved-state.js';
import { deepFreeze } from '../storage/helpers.js';

const base = deepFreeze(
  createEmptyState(defaultCatalogue, { savedAt: '2026-01-05T10:00:00.000Z' }),
) as SavedState;
const profile = computeProfile(defaultCatalogue, base.answers);
const reloaded = (state: SavedState) => parseSavedState(serializeState(state));
const model = (state: SavedState, editing: string | null = null) =>
  planDraftModel({ catalogue: defaultCatalogue, state, profile, editing });

const typed: DraftValues = {
  titre: '',
  organisation: 'Au CDI, un matin',
  objectifs: '',
  publics: '',
  pilotage: '',
  reussite: '',
  valoriser: '',
};

describe('plan: the « À votre tour » editor’s text is kept as typed', () => {
  it('keeps a new draft’s text, untitled, through a save and a reload', () => {
    const id = model(base).id;
    const kept = keepDraftText(id, typed)(base);
    expect(kept.plan!.drafts).to.deep.equal([]);
    const back = reloaded(kept);
    expect(back).to.deep.equal(kept);
    // The editor starts again from it, for the same new draft.
    expect(model(back).id).to.equal(id);
    expect(model(back).initial).to.deep.equal(typed);
    expect(resumedDraft(back)).to.equal(null);
    // Typing the same again changes nothing.
    expect(keepDraftText(id, typed)(kept)).to.equal(kept);
  });

  it('keeps a change to a saved draft apart, reopens on it, and forgets it on « Annuler »', () => {
    const target = { axes: [], keys: [] };
    const saved = saveDraft('brouillon-1', { ...typed, titre: 'Café' }, target)(base);
    const changed = keepDraftText('brouillon-1', { ...typed, titre: 'Café des parents' })(saved);
    expect(changed.plan!.drafts[0]!.titre).to.equal('Café');
    expect(resumedDraft(changed)).to.equal('brouillon-1');
    expect(model(changed, 'brouillon-1').initial.titre).to.equal('Café des parents');
    // A new draft typed afterwards is the one the editor reopens on.
    const both = keepDraftText('brouillon-2', typed)(changed);
    expect(resumedDraft(both)).to.equal(null);
    expect(model(both).initial).to.deep.equal(typed);
    expect(model(both, 'brouillon-1').initial.titre).to.equal('Café des parents');
    const cancelled = keepDraftText('brouillon-1', null)(both);
    expect(model(cancelled, 'brouillon-1').initial.titre).to.equal('Café');
    expect(cancelled.plan!.unsaved!.map((text) => text.id)).to.deep.equal(['brouillon-2']);
    expect(reloaded(cancelled)).to.deep.equal(cancelled);
  });

  it('is no longer unsaved once saved or deleted', () => {
    const kept = keepDraftText('brouillon-1', { ...typed, titre: 'Café' })(base);
    const added = saveDraft(
      'brouillon-1',
      { ...typed, titre: 'Café' },
      { axes: [], keys: [] },
    )(kept);
    expect(added.plan!.unsaved).to.equal(undefined);
    expect(added.plan!.drafts).to.have.length(1);
    const changed = keepDraftText('brouillon-1', { ...typed, titre: 'Thé' })(added);
    expect(removeDraft('brouillon-1')(changed).plan).to.deep.equal({ entries: [], drafts: [] });
    // Saving unchanged still clears the pending change.
    const same = saveDraft(
      'brouillon-1',
      { ...typed, titre: 'Café' },
      { axes: [], keys: [] },
    )(keepDraftText('brouillon-1', { ...typed, titre: 'Café' })(added));
    expect(same.plan!.unsaved).to.equal(undefined);
  });

  it('writes only what the saved state reads back: sizes, ids and count bounded', () => {
    const long = keepDraftText('brouillon-1', {
      ...typed,
      titre: 'T'.repeat(500),
      objectifs: 'o'.repeat(MAX_PLAN_TEXT + 50),
    })(base);
    const text = long.plan!.unsaved![0]!;
    expect(text.titre).to.have.length(200);
    expect(text.objectifs).to.have.length(MAX_PLAN_TEXT);
    expect(reloaded(long)).to.deep.equal(long);
    expect(keepDraftText('Pas un id', typed)(base)).to.equal(base);
    let many = base;
    for (let index = 1; index <= MAX_DRAFTS + 5; index += 1)
      many = keepDraftText(`brouillon-${index}`, typed)(many);
    expect(many.plan!.unsaved).to.have.length(MAX_DRAFTS + 1);
    expect(many.plan!.unsaved![0]!.id).to.equal('brouillon-5');
    expect(reloaded(many)).to.deep.equal(many);
  });

  it('reads a version-4 save without it, and drops a bad one alone', () => {
    expect(reloaded(base).plan).to.equal(undefined);
    const kept = keepDraftText('brouillon-1', typed)(base);
    const bad = JSON.parse(serializeState(kept));
    bad.plan.unsaved[0].objectifs = 'o'.repeat(MAX_PLAN_TEXT + 1);
    bad.answers = { 'accueillir-climat-1': 2 };
    const read = readSavedState(JSON.stringify(bad));
    expect(read.answers).to.deep.equal({ 'accueillir-climat-1': 2 });
    expect(read.plan!.unsaved).to.deep.equal([]);
  });
});
