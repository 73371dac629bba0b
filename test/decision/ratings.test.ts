import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  CRITERIA,
  MAX_COMPARED,
  canCompare,
  isCriterion,
  isRatingValue,
  parseRating,
  rateCandidate,
  ratingTotal,
  setCompared,
  toggleCompared,
  withRating,
} from '../../src/decision/index.js';
import { createEmptyState, parseSavedState, serializeState } from '../../src/storage/index.js';
import { exportDiagnostic } from '../../src/exchange/export.js';
import { parseDiagnosticFile } from '../../src/exchange/diagnostic-file.js';

const catalogue = { id: 'cles-perseverance', version: '2025.1' };

describe('decision: criteria and ratings', () => {
  it('has the five criteria of the School Health Index action planning, in its order', () => {
    expect(CRITERIA).to.deep.equal(['importance', 'cost', 'time', 'commitment', 'feasibility']);
  });

  it('accepts 1, 2 and 3 only, from a value or a form field', () => {
    expect([1, 2, 3].every(isRatingValue)).to.equal(true);
    for (const bad of [0, 4, 2.5, '2', null, undefined, NaN])
      expect(isRatingValue(bad)).to.equal(false);
    expect(['1', ' 2 ', '3'].map(parseRating)).to.deep.equal([1, 2, 3]);
    for (const bad of ['', '0', '4', '2.0', 'deux', '12']) expect(parseRating(bad)).to.equal(null);
    expect(isCriterion('cost')).to.equal(true);
    expect(isCriterion('price')).to.equal(false);
    expect(isCriterion('__proto__')).to.equal(false);
  });

  it('sets, changes and clears a rating without touching the others', () => {
    const one = withRating({}, 'a', 'cost', 3);
    expect(one).to.deep.equal({ a: { cost: 3 } });
    const two = withRating(one, 'a', 'time', 1);
    expect(two).to.deep.equal({ a: { cost: 3, time: 1 } });
    expect(ratingTotal(two['a'])).to.equal(4);
    expect(withRating(two, 'a', 'time', 1)).to.equal(two);
    const cleared = withRating(withRating(two, 'a', 'time', null), 'a', 'cost', null);
    expect(cleared).to.deep.equal({});
    expect(one).to.deep.equal({ a: { cost: 3 } });
  });
});

describe('decision: comparison', () => {
  it('keeps at most three candidates, in the order ticked, and refuses a fourth', () => {
    let compared: readonly string[] = [];
    for (const id of ['a', 'b', 'c']) compared = toggleCompared(compared, id, true);
    expect(compared).to.deep.equal(['a', 'b', 'c']);
    expect(compared.length).to.equal(MAX_COMPARED);
    expect(toggleCompared(compared, 'd', true)).to.equal(compared);
    expect(canCompare(compared, 'd')).to.equal(false);
    expect(canCompare(compared, 'b')).to.equal(true);
    expect(toggleCompared(compared, 'b', false)).to.deep.equal(['a', 'c']);
    expect(toggleCompared(compared, 'a', true)).to.equal(compared);
  });
});

describe('decision: saved with the diagnostic', () => {
  it('compares and rates through transitions that return the same state when nothing changes', () => {
    const empty = createEmptyState(catalogue);
    const compared = setCompared(setCompared(empty, 'gpds', true), 'forum', true);
    expect(compared.decision).to.deep.equal({ compared: ['gpds', 'forum'], ratings: {} });
    expect(setCompared(compared, 'gpds', true)).to.equal(compared);
    const rated = rateCandidate(compared, 'gpds', 'importance', 3);
    expect(rated.decision!.ratings).to.deep.equal({ gpds: { importance: 3 } });
    expect(rateCandidate(rated, 'gpds', 'importance', 3)).to.equal(rated);
    // Leaving the comparison keeps the ratings: the candidate may come back.
    expect(setCompared(rated, 'gpds', false).decision!.ratings).to.deep.equal({
      gpds: { importance: 3 },
    });
    expect(empty.decision).to.equal(undefined);
  });

  it('survives a save and an export file: the ratings come back', () => {
    let state = createEmptyState(catalogue);
    state = setCompared(setCompared(state, 'gpds', true), 'forum', true);
    state = rateCandidate(rateCandidate(state, 'gpds', 'cost', 1), 'forum', 'feasibility', 3);
    expect(parseSavedState(serializeState(state)).decision).to.deep.equal(state.decision);
    const file = exportDiagnostic(state, { exportedAt: '2026-12-05T10:00:00.000Z' });
    expect(parseDiagnosticFile(file).decision).to.deep.equal(state.decision);
  });
});
