import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { LEVELS, PUBLICS, type Level } from '../../src/catalogue/schema.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import type { Catalogue } from '../../src/catalogue/schema.js';
import {
  compareRanked,
  NEAR_TIE,
  recommend,
  WEAK_SCORE,
  type EstablishmentContext,
} from '../../src/recommend/index.js';
import type { Rankable } from '../../src/recommend/rank.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';
import { answersArbitrary } from '../fixtures/answers-arbitrary.js';
import { numRuns } from '../fast-check-runs.js';

const catalogue = smallCatalogue();
const levelsOf = new Map<string, readonly Level[] | undefined>([
  ...catalogue.fiches.map((f) => [f.id, f.levels] as const),
  ...catalogue.actions.map((a) => [a.id, a.levels] as const),
]);

const answersArb = answersArbitrary(catalogue);
const itemIds = [...levelsOf.keys()];
const contextArb: fc.Arbitrary<EstablishmentContext> = fc.record({
  levels: fc.subarray([...LEVELS]),
  publics: fc.subarray([...PUBLICS]),
  doneFicheIds: fc.subarray(itemIds),
});

describe('recommend properties', () => {
  it('never recommends an item whose levels exclude every level of the establishment', () => {
    fc.assert(
      fc.property(answersArb, contextArb, (answers, context) => {
        const recs = recommend(catalogue, computeProfile(catalogue, answers), context, {
          limit: Infinity,
        });
        for (const r of recs) {
          const levels = levelsOf.get(r.id);
          if (context.levels.length > 0 && levels) {
            expect(
              levels.some((l) => context.levels.includes(l)),
              r.id,
            ).to.equal(true);
          }
        }
      }),
      { numRuns },
    );
  });

  it('returns well-formed, unique items with at least one reason, flagged done iff done', () => {
    fc.assert(
      fc.property(answersArb, contextArb, fc.nat(12), (answers, context, limit) => {
        const recs = recommend(catalogue, computeProfile(catalogue, answers), context, { limit });
        expect(recs.length).to.be.at.most(limit);
        expect(new Set(recs.map((r) => `${r.kind}:${r.id}`)).size).to.equal(recs.length);
        for (const r of recs) {
          expect(r.need).to.be.within(0, 1);
          expect(r.score).to.be.closeTo(r.need * r.relevance, 1e-12);
          expect(r.done).to.equal(context.doneFicheIds!.includes(r.id));
          expect(r.reasons.length).to.be.at.least(1);
          expect(r.focus === null).to.equal(r.basis === 'start');
        }
      }),
      { numRuns },
    );
  });

  it('cites in each axis reason the profile’s own score', () => {
    fc.assert(
      fc.property(answersArb, contextArb, (answers, context) => {
        const profile = computeProfile(catalogue, answers);
        for (const r of recommend(catalogue, profile, context, { limit: Infinity })) {
          for (const reason of r.reasons) {
            if (reason.kind !== 'axis') continue;
            expect(reason.score).to.equal(
              profile.axes.find((a) => a.axisId === reason.axisId)!.score,
            );
            for (const q of reason.questions)
              expect(q.value).to.equal(profile.answers[q.questionId]);
          }
        }
      }),
      { numRuns },
    );
  });

  it('is deterministic: same input, same list', () => {
    fc.assert(
      fc.property(answersArb, contextArb, (answers, context) => {
        const profile = computeProfile(catalogue, answers);
        expect(recommend(catalogue, profile, context)).to.deep.equal(
          recommend(catalogue, profile, context),
        );
      }),
      { numRuns },
    );
  });

  it('demoting a done item never raises it in the list', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...itemIds), (answers, id) => {
        const profile = computeProfile(catalogue, answers);
        const rank = (context: EstablishmentContext) =>
          recommend(catalogue, profile, context, { limit: Infinity }).findIndex((r) => r.id === id);
        const before = rank({ levels: [] });
        const after = rank({ levels: [], doneFicheIds: [id] });
        expect(after === -1).to.equal(before === -1);
        expect(after).to.be.at.least(before);
      }),
      { numRuns },
    );
  });

  it('never lets an item pass one whose priority is more than NEAR_TIE higher', () => {
    fc.assert(
      fc.property(answersArb, contextArb, (answers, context) => {
        const recs = recommend(catalogue, computeProfile(catalogue, answers), context, {
          limit: Infinity,
        });
        // Each item is at most NEAR_TIE above every item listed before it.
        let lowest = Infinity;
        for (const r of recs) {
          expect(r.priority, r.id).to.be.at.most(lowest + NEAR_TIE + 1e-9);
          lowest = Math.min(lowest, r.priority);
        }
      }),
      { numRuns },
    );
  });

  it('says the main axis first (summary and reasons agree), and no key at or above 50 %', () => {
    fc.assert(
      fc.property(answersArb, contextArb, (answers, context) => {
        const profile = computeProfile(catalogue, answers);
        for (const r of recommend(catalogue, profile, context, { limit: Infinity })) {
          if (r.basis === 'start') continue;
          expect(r.reasons[0]).to.include({ kind: 'axis', axisId: r.focus!.axisId });
          for (const reason of r.reasons) {
            if (reason.kind === 'key') expect(reason.score).to.be.below(WEAK_SCORE);
            if (reason.kind === 'axis' && reason !== r.reasons[0]) {
              const weak =
                reason.score < WEAK_SCORE ||
                profile.weaknesses.some((w) => w.axisId === reason.axisId);
              expect(weak, reason.axisId).to.equal(true);
            }
          }
        }
      }),
      { numRuns },
    );
  });
});

/** A Rankable with arbitrary values: few distinct values, so ties happen. */
const rankableArb: fc.Arbitrary<Rankable> = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  kind: fc.constantFrom('fiche' as const, 'action' as const),
  fit: fc.constantFrom(0, 0.25, 0.5, 1),
  priority: fc.constantFrom(0, 0.3, 0.5, 1.05),
  levelSpecific: fc.boolean(),
  done: fc.boolean(),
  breadth: fc.nat(2),
  order: fc.nat(3),
  mainAxisId: fc.constantFrom('x', 'y'),
  mainKeyId: fc.constantFrom('accueillir' as const, 'accrocher' as const),
});

describe('the base order is a deterministic total order', () => {
  it('is antisymmetric and transitive, and only equal items compare equal', () => {
    fc.assert(
      fc.property(rankableArb, rankableArb, rankableArb, (a, b, c) => {
        expect(Math.sign(compareRanked(a, b))).to.equal(-Math.sign(compareRanked(b, a)));
        if (compareRanked(a, b) <= 0 && compareRanked(b, c) <= 0)
          expect(compareRanked(a, c)).to.be.at.most(0);
        if (compareRanked(a, b) === 0) expect(a).to.deep.include({ id: b.id, order: b.order });
      }),
      { numRuns },
    );
  });

  it('orders any permutation of the same items the same way', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rankableArb, { selector: (r) => `${r.id}${r.order}` }),
        (items) => {
          const sorted = [...items].sort(compareRanked);
          expect([...items].reverse().sort(compareRanked)).to.deep.equal(sorted);
        },
      ),
      { numRuns },
    );
  });
});

/**
 * Two twin items added to the small catalogue: same tags and publics, differing in one respect
 * only. Whatever the answers and the context, the one a practitioner would use ranks first.
 */
describe('twins differing in one respect', () => {
  const source = { document: 'Catalogue de test', year: 2024 };
  const axisArb = fc.constantFrom(...catalogue.axes.map((a) => a.id));
  const weightArb = fc.constantFrom(1 as const, 2 as const, 3 as const);
  const action = (id: string, axis: string, weight: 1 | 2 | 3, extra: object = {}) => ({
    id,
    title: id,
    source,
    keys: [catalogue.axes.find((a) => a.id === axis)!.key],
    axes: [{ axis, weight }],
    publics: ['eleves' as const],
    ...extra,
  });
  const withActions = (...actions: ReturnType<typeof action>[]): Catalogue => ({
    ...catalogue,
    actions: [...catalogue.actions, ...actions],
  });
  const position = (recs: readonly { id: string }[], id: string) =>
    recs.findIndex((r) => r.id === id);

  it('made for the establishment’s level before generic, at equal fit', () => {
    fc.assert(
      fc.property(
        answersArb,
        axisArb,
        weightArb,
        fc.constantFrom(...LEVELS),
        (answers, axis, w, level) => {
          // The specific twin comes second in the catalogue: only the level bonus can put it first.
          const cat = withActions(
            action('generic', axis, w),
            action('specific', axis, w, { levels: [level] }),
          );
          const recs = recommend(
            cat,
            computeProfile(cat, answers),
            { levels: [level] },
            { limit: Infinity },
          );
          fc.pre(position(recs, 'generic') !== -1);
          expect(position(recs, 'specific')).to.be.below(position(recs, 'generic'));
        },
      ),
      { numRuns },
    );
  });

  it('a fiche before an action, at equal fit', () => {
    fc.assert(
      fc.property(answersArb, axisArb, weightArb, (answers, axis, w) => {
        const twin = action('twin-action', axis, w);
        const fiche = {
          ...catalogue.fiches[0]!,
          id: 'twin-fiche',
          number: 99,
          keys: twin.keys,
          axes: twin.axes,
          publics: twin.publics,
          levels: [...LEVELS],
        };
        const cat: Catalogue = { ...withActions(twin), fiches: [...catalogue.fiches, fiche] };
        const recs = recommend(
          cat,
          computeProfile(cat, answers),
          { levels: [] },
          { limit: Infinity },
        );
        fc.pre(position(recs, 'twin-action') !== -1);
        expect(position(recs, 'twin-fiche')).to.be.below(position(recs, 'twin-action'));
      }),
      { numRuns },
    );
  });

  it('not done before done, at equal fit', () => {
    fc.assert(
      fc.property(answersArb, axisArb, weightArb, (answers, axis, w) => {
        // The done twin comes first in the catalogue: only the done demotion can put it second.
        const cat = withActions(action('done', axis, w), action('fresh', axis, w));
        const recs = recommend(
          cat,
          computeProfile(cat, answers),
          { levels: [], doneFicheIds: ['done'] },
          { limit: Infinity },
        );
        fc.pre(position(recs, 'fresh') !== -1);
        expect(position(recs, 'fresh')).to.be.below(position(recs, 'done'));
      }),
      { numRuns },
    );
  });

  it('an item on a strictly weaker axis, with equal weight, ranks first', () => {
    fc.assert(
      fc.property(answersArb, axisArb, axisArb, weightArb, (answers, x, y, w) => {
        // Only the two twins, so that nothing else served before changes the breadth step; the
        // one on the weaker axis comes second in the catalogue.
        const cat: Catalogue = {
          ...catalogue,
          fiches: [],
          actions: [action('on-y', y, w), action('on-x', x, w)],
        };
        const profile = computeProfile(cat, answers);
        const score = (id: string) => profile.axes.find((a) => a.axisId === id)!.score;
        const sx = score(x);
        const sy = score(y);
        fc.pre(sx !== null && sy !== null && sx < sy - 1e-6);
        const recs = recommend(cat, profile, { levels: [] }, { limit: Infinity });
        fc.pre(recs.length === 2 && recs.every((r) => r.basis === 'targeted'));
        expect(position(recs, 'on-x')).to.equal(0);
      }),
      { numRuns },
    );
  });
});
