import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { countAnswers } from '../../src/diagnostic/answers.js';
import type { AnswerValue, QuestionnaireVersion } from '../../src/diagnostic/answers.js';
import { computeProfile, type Profile } from '../../src/diagnostic/profile.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';
import { answersArbitrary } from '../fixtures/answers-arbitrary.js';
import { numRuns } from '../fast-check-runs.js';

const catalogue = smallCatalogue();
const ids = catalogue.questions.map((q) => q.id);

const answersArb = answersArbitrary(catalogue);
const versionArb = fc.constantFrom<QuestionnaireVersion>('complet', 'court');

const inRange = (s: number | null) => s === null || (s >= 0 && s <= 100);
const atLeast = (after: number | null, before: number | null) =>
  before === null || (after !== null && after >= before - 1e-9);

function allScores(p: Profile): (number | null)[] {
  return [...p.axes.map((a) => a.score), ...p.keys.map((k) => k.score), p.overall.score];
}

describe('computeProfile properties', () => {
  it('keeps every score and target within 0–100, targets never below scores', () => {
    fc.assert(
      fc.property(answersArb, versionArb, (answers, version) => {
        const p = computeProfile(catalogue, answers, { version });
        expect(allScores(p).every(inRange)).to.equal(true);
        for (const level of [...p.axes, ...p.keys, p.overall]) {
          expect(inRange(level.target)).to.equal(true);
          expect(level.target === null).to.equal(level.score === null);
          if (level.score !== null) expect(level.target!).to.be.at.least(level.score);
        }
      }),
      { numRuns },
    );
  });

  it('counts answers without scoring exactly as the profile does (the questionnaire shows this count)', () => {
    const noisy = fc.record({
      stray: fc.constant(2),
      [ids[0]!]: fc.constantFrom<unknown>(7, 'x', 1),
    });
    fc.assert(
      fc.property(answersArb, noisy, versionArb, (answers, extra, version) => {
        // Invalid values and ids outside the catalogue count as unanswered, as in the profile.
        const mixed = { ...answers, ...extra } as typeof answers;
        const { answered, total } = computeProfile(catalogue, mixed, { version }).overall;
        expect(countAnswers(catalogue, mixed, version)).to.deep.equal({ answered, total });
      }),
      { numRuns },
    );
  });

  it('counts consistently: answered = known + unknown ≤ total; sums over axes give keys and overall', () => {
    fc.assert(
      fc.property(answersArb, versionArb, (answers, version) => {
        const p = computeProfile(catalogue, answers, { version });
        for (const level of [...p.axes, ...p.keys, p.overall]) {
          expect(level.answered).to.equal(level.known + level.unknown);
          expect(level.answered).to.be.at.most(level.total);
        }
        expect(p.keys.reduce((n, k) => n + k.total, 0)).to.equal(p.overall.total);
        expect(p.overall.answered).to.equal(Object.keys(p.answers).length);
      }),
      { numRuns },
    );
  });

  it('raising one known answer never lowers its axis, its key or the overall score', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.nat(ids.length - 1),
        fc.constantFrom(0, 1, 2),
        (answers, i, from) => {
          const id = ids[i]!;
          const low = { ...answers, [id]: from as AnswerValue };
          const high = { ...answers, [id]: (from + 1) as AnswerValue };
          const before = computeProfile(catalogue, low);
          const after = computeProfile(catalogue, high);
          const axisId = catalogue.questions[i]!.axis;
          const a = (p: Profile) => p.axes.find((x) => x.axisId === axisId)!;
          const k = (p: Profile) => p.keys.find((x) => x.keyId === a(p).keyId)!;
          expect(a(after).score!).to.be.above(a(before).score! - 1e-9);
          expect(atLeast(k(after).score, k(before).score)).to.equal(true);
          expect(atLeast(after.overall.score, before.overall.score)).to.equal(true);
        },
      ),
      { numRuns },
    );
  });

  it('never lists an axis as both strength and weakness, at most 3 each, all scored', () => {
    fc.assert(
      fc.property(answersArb, versionArb, (answers, version) => {
        const p = computeProfile(catalogue, answers, { version });
        expect(p.strengths.length).to.be.at.most(3);
        expect(p.weaknesses.length).to.be.at.most(3);
        const weak = new Set(p.weaknesses.map((a) => a.axisId));
        expect(p.strengths.some((a) => weak.has(a.axisId))).to.equal(false);
        expect([...p.strengths, ...p.weaknesses].every((a) => a.score !== null)).to.equal(true);
        // Every weakness is at or below every strength.
        for (const w of p.weaknesses)
          for (const s of p.strengths) expect(w.score!).to.be.at.most(s.score! + 1e-9);
      }),
      { numRuns },
    );
  });

  it('is deterministic and does not depend on the answers’ key order', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const reversed = Object.fromEntries(Object.entries(answers).reverse());
        expect(computeProfile(catalogue, reversed)).to.deep.equal(
          computeProfile(catalogue, answers),
        );
      }),
      { numRuns },
    );
  });
});
