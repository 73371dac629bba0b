import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  CRITERIA,
  MAX_TOTAL,
  rankCandidates,
  type CandidateRatings,
  type RatingsById,
} from '../../src/decision/index.js';
import { numRuns } from '../fast-check-runs.js';

const full = (importance: 1 | 2 | 3, rest: 1 | 2 | 3 = 2): CandidateRatings => ({
  importance,
  cost: rest,
  time: rest,
  commitment: rest,
  feasibility: rest,
});

describe('decision: ranking after rating', () => {
  it('puts the highest total first, whatever the engine order', () => {
    const candidates = [
      { id: 'gpds', need: 0.9 },
      { id: 'forum', need: 0.6 },
      { id: 'cafe', need: 0.4 },
    ];
    const ratings: RatingsById = { gpds: full(1, 1), forum: full(3, 3), cafe: full(2, 2) };
    const ranked = rankCandidates(candidates, ratings);
    expect(ranked.map((row) => [row.id, row.total, row.rank])).to.deep.equal([
      ['forum', 15, 1],
      ['cafe', 10, 2],
      ['gpds', 5, 3],
    ]);
  });

  it('breaks an equal total by the computed fit to the weak axes', () => {
    const ranked = rankCandidates(
      [
        { id: 'a', need: 0.5 },
        { id: 'b', need: 0.8 },
      ],
      { a: full(2), b: full(2) },
    );
    expect(ranked.map((row) => row.id)).to.deep.equal(['b', 'a']);
    expect(ranked.map((row) => row.rank)).to.deep.equal([1, 2]);
  });

  it('keeps the engine order and shares the rank when total and fit are equal', () => {
    const ranked = rankCandidates(
      [
        { id: 'first', need: 0.7 },
        { id: 'second', need: 0.7 },
        { id: 'third', need: 0.1 },
      ],
      { first: full(2), second: full(2), third: full(2) },
    );
    expect(ranked.map((row) => [row.id, row.rank])).to.deep.equal([
      ['first', 1],
      ['second', 1],
      ['third', 3],
    ]);
  });

  it('counts what is rated and says when a candidate is not fully rated', () => {
    const [row] = rankCandidates([{ id: 'a', need: 0.3 }], { a: { cost: 3, time: 1 } });
    expect(row).to.include({ total: 4, rated: 2, complete: false, fit: 0.3 });
    const [unrated] = rankCandidates([{ id: 'b', need: 0.3 }], {});
    expect(unrated).to.include({ total: 0, rated: 0, complete: false, rank: 1 });
  });

  const ratingArb = fc.constantFrom(1 as const, 2 as const, 3 as const);
  const ratingsArb = fc.record(
    Object.fromEntries(CRITERIA.map((criterion) => [criterion, ratingArb])) as Record<
      (typeof CRITERIA)[number],
      fc.Arbitrary<1 | 2 | 3>
    >,
    { requiredKeys: [] },
  );
  const panelArb = fc.uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[a-z]{1,6}$/),
      need: fc.double({ min: 0, max: 1, noNaN: true }),
      ratings: ratingsArb,
    }),
    { minLength: 1, maxLength: 3, selector: (row) => row.id },
  );

  it('is a permutation, ordered by total then fit, with ranks that never decrease', () => {
    fc.assert(
      fc.property(panelArb, (panel) => {
        const ratings = Object.fromEntries(panel.map((row) => [row.id, row.ratings]));
        const ranked = rankCandidates(panel, ratings);
        expect(ranked.map((row) => row.id).sort()).to.deep.equal(panel.map((row) => row.id).sort());
        for (let i = 1; i < ranked.length; i += 1) {
          const [a, b] = [ranked[i - 1]!, ranked[i]!];
          expect(a.total > b.total || (a.total === b.total && a.fit >= b.fit)).to.equal(true);
          expect(b.rank).to.be.at.least(a.rank);
        }
        for (const row of ranked) expect(row.total).to.be.within(0, MAX_TOTAL);
      }),
      { numRuns },
    );
  });

  it('raising one rating never moves a candidate down', () => {
    fc.assert(
      fc.property(panelArb, fc.constantFrom(...CRITERIA), (panel, criterion) => {
        const ratings = Object.fromEntries(panel.map((row) => [row.id, row.ratings]));
        const target = panel[0]!.id;
        const before = rankCandidates(panel, ratings).find((row) => row.id === target)!.rank;
        const raised = { ...ratings, [target]: { ...ratings[target], [criterion]: 3 } };
        const after = rankCandidates(panel, raised).find((row) => row.id === target)!.rank;
        expect(after).to.be.at.most(before);
      }),
      { numRuns },
    );
  });
});
