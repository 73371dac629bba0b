import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { LEVELS, PUBLICS, type Level } from '../../src/catalogue/schema.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { recommend, type EstablishmentContext } from '../../src/recommend/index.js';
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

  it('the top 4 cover at least 3 keys when 3 or more keys are weak (< 50 %)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const profile = computeProfile(catalogue, answers);
        const weak = profile.keys.filter((k) => k.score !== null && k.score < 50).length;
        fc.pre(weak >= 3);
        const top = recommend(catalogue, profile, { levels: [] }, { limit: 4 });
        fc.pre(top.every((r) => r.basis === 'targeted'));
        expect(new Set(top.map((r) => r.mainKeyId)).size).to.be.at.least(3);
      }),
      { numRuns },
    );
  });
});
