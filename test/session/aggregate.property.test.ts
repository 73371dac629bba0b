import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import type { AnswerValue, Answers } from '../../src/diagnostic/answers.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { aggregateRespondents, type Respondent } from '../../src/session/index.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';
import { answersArbitrary } from '../fixtures/answers-arbitrary.js';
import { numRuns } from '../fast-check-runs.js';

const catalogue = smallCatalogue();
const ids = catalogue.questions.map((q) => q.id);

const answersArb = answersArbitrary(catalogue);
const respondentArb: fc.Arbitrary<Respondent> = fc.record({
  label: fc.constantFrom('A', 'B', 'C', 'D'),
  role: fc.option(fc.constantFrom('CPE', 'Direction', 'Professeur', ' '), { nil: undefined }),
  answers: answersArb,
});
const teamArb = fc.array(respondentArb, { minLength: 1, maxLength: 6 });

describe('aggregateRespondents properties', () => {
  it('does not depend on the respondents’ order', () => {
    fc.assert(
      fc.property(
        teamArb.chain((team) =>
          fc.tuple(fc.constant(team), fc.shuffledSubarray(team, { minLength: team.length })),
        ),
        ([team, shuffled]) => {
          expect(aggregateRespondents(catalogue, shuffled)).to.deep.equal(
            aggregateRespondents(catalogue, team),
          );
        },
      ),
      { numRuns },
    );
  });

  it('keeps scores within 0–100, spreads consistent, agenda ordered', () => {
    fc.assert(
      fc.property(teamArb, (team) => {
        const s = aggregateRespondents(catalogue, team);
        for (const a of s.axes) {
          if (a.score === null) continue;
          expect(a.score).to.be.within(0, 100);
          // The mean profile's axis lies between the extreme respondents only when everyone answered
          // the same questions; the spread itself is always max − min.
          expect(a.spread).to.be.closeTo(a.max! - a.min!, 1e-9);
        }
        for (const q of s.questions) {
          const d = q.distribution;
          expect(d[0] + d[1] + d[2] + d[3]).to.equal(q.count);
          expect(d.unknown).to.equal(q.unknown);
          if (q.mean !== null) expect(q.mean).to.be.within(q.min!, q.max!);
        }
        for (let i = 1; i < s.divergences.length; i += 1) {
          const [a, b] = [s.divergences[i - 1]!, s.divergences[i]!];
          expect(a.stdDev).to.be.at.least(b.stdDev - 1e-9);
          if (Math.abs(a.stdDev - b.stdDev) < 1e-9) expect(a.unknown).to.be.at.least(b.unknown);
        }
        expect(s.roles.reduce((n, r) => n + r.respondentCount, 0)).to.equal(team.length);
      }),
      { numRuns },
    );
  });

  it('equals the mean of the respondents’ axis scores when everyone answers everything', () => {
    const full = fc
      .array(fc.constantFrom<AnswerValue>(0, 1, 2, 3), {
        minLength: ids.length,
        maxLength: ids.length,
      })
      .map((values) => Object.fromEntries(values.map((v, i) => [ids[i]!, v])) as Answers);
    fc.assert(
      fc.property(fc.array(full, { minLength: 1, maxLength: 5 }), (all) => {
        const s = aggregateRespondents(
          catalogue,
          all.map((answers, i) => ({ label: String(i), answers })),
        );
        const own = all.map((answers) => computeProfile(catalogue, answers));
        s.profile.axes.forEach((axis, i) => {
          const mean = own.reduce((sum, p) => sum + p.axes[i]!.score!, 0) / own.length;
          expect(axis.score).to.be.closeTo(mean, 1e-9);
          expect(s.axes[i]!.score).to.be.within(s.axes[i]!.min! - 1e-9, s.axes[i]!.max! + 1e-9);
        });
      }),
      { numRuns },
    );
  });
});
