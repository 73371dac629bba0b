import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  createEmptyState,
  type SavedRespondent,
  type SavedState,
} from '../../src/storage/index.js';
import { mergeStates, sameWork } from '../../src/storage/merge.js';
import { makeCatalogue } from '../share/fixtures.js';
import { deepFreeze } from './helpers.js';

const catalogue = makeCatalogue(4);
const respondent = (id: string): SavedRespondent => ({
  id,
  label: `Participant ${id}`,
  answers: { 'q-1': 1 },
  source: 'code',
});
const session = (ids: string[]): SavedState['session'] => ({
  name: 'GPDS',
  createdAt: '2025-03-14T10:00:00.000Z',
  questionnaireVersion: 'complet',
  respondents: ids.map(respondent),
});

describe('merging two versions of one diagnostic (two tabs)', () => {
  it('keeps the answers of both, question by question; this tab’s where both answered', () => {
    const theirs = deepFreeze(createEmptyState(catalogue, { answers: { 'q-1': 1, 'q-2': 2 } }));
    const mine = deepFreeze(createEmptyState(catalogue, { answers: { 'q-2': 3, 'q-3': 0 } }));
    expect(mergeStates(theirs, mine).answers).to.deep.equal({ 'q-1': 1, 'q-2': 3, 'q-3': 0 });
  });

  it('a stale tab with an empty session does not wipe the 12 respondents collected elsewhere', () => {
    const twelve = Array.from({ length: 12 }, (_, index) => `r-${index + 1}`);
    const theirs = createEmptyState(catalogue, { session: session(twelve) });
    const mine = createEmptyState(catalogue, { session: session([]) });
    expect(mergeStates(theirs, mine).session!.respondents.map((r) => r.id)).to.deep.equal(twelve);
    const withoutSession = createEmptyState(catalogue);
    expect(mergeStates(theirs, withoutSession).session!.respondents).to.have.length(12);
  });

  it('gathers respondents by id: each once, this tab’s version first', () => {
    const theirs = createEmptyState(catalogue, { session: session(['a', 'b']) });
    const mine = createEmptyState(catalogue, { session: session(['b', 'c']) });
    expect(mergeStates(theirs, mine).session!.respondents.map((r) => r.id)).to.deep.equal([
      'b',
      'c',
      'a',
    ]);
  });

  it('unites the selections and the plan’s drafts by id', () => {
    const draft = (id: string) => ({
      id,
      titre: id,
      organisation: '',
      objectifs: '',
      publics: '',
      pilotage: '',
      reussite: '',
      valoriser: '',
      axes: [],
      keys: [],
    });
    const theirs = createEmptyState(catalogue, {
      selection: { retained: ['f-1'], done: [] },
      plan: { entries: [], drafts: [draft('d-1')] },
    });
    const mine = createEmptyState(catalogue, {
      selection: { retained: ['f-2'], done: ['f-3'] },
      plan: { entries: [], drafts: [draft('d-2')] },
    });
    const merged = mergeStates(theirs, mine);
    expect(merged.selection).to.deep.equal({ retained: ['f-2', 'f-1'], done: ['f-3'] });
    expect(merged.plan!.drafts.map((d) => d.id)).to.deep.equal(['d-2', 'd-1']);
  });

  it('tells when two states hold the same work, whatever their save times', () => {
    const a = createEmptyState(catalogue, {
      answers: { 'q-1': 1 },
      savedAt: '2025-01-01T00:00:00Z',
    });
    const b = { ...a, savedAt: '2025-02-01T00:00:00Z' };
    expect(sameWork(a, b)).to.equal(true);
    expect(sameWork(a, { ...b, answers: {} })).to.equal(false);
  });
});
