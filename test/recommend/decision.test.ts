import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { LEVELS } from '../../src/catalogue/schema.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { decisionOf, recommend, WEAK_SCORE } from '../../src/recommend/index.js';
import { answersArbitrary } from '../fixtures/answers-arbitrary.js';
import { sampleAnswers, smallCatalogue } from '../fixtures/small-catalogue.js';
import { numRuns } from '../fast-check-runs.js';

const catalogue = smallCatalogue();
const all = (value: 0 | 1 | 2 | 3) =>
  Object.fromEntries(catalogue.questions.map((q) => [q.id, value]));

describe('decisionOf', () => {
  it('splits the engine’s list into 3 to 5 priorities and the rest by axis, weakest first', () => {
    const profile = computeProfile(catalogue, sampleAnswers());
    const d = decisionOf(profile, catalogue, { levels: ['college'] });
    expect(d.status).to.deep.equal({ kind: 'ready' });
    expect(d.recommendations).to.deep.equal(
      recommend(catalogue, profile, { levels: ['college'] }, { limit: Infinity }),
    );
    // cafe-parents (familles), tutorat (suivi), forum-metiers (orientation): three weak axes; the
    // fourth, tutorat-pairs, repeats suivi: the priorities stop at 3.
    expect(d.priorities.map((r) => r.id)).to.deep.equal([
      'cafe-parents',
      'tutorat',
      'forum-metiers',
    ]);
    expect(d.byAxis.map((g) => [g.axisId, g.items.map((r) => r.id)])).to.deep.equal([
      ['familles', ['rentree-6e', 'strategie-gpds']],
      ['suivi', ['tutorat-pairs']],
    ]);
    expect(d.byAxis[0]).to.include({ keyId: 'accueillir', label: 'Relations avec les familles' });
    expect(d.gaps).to.deep.equal([]);
  });

  it('states a weak axis that no item targets, with its modalités', () => {
    // Only items on familles and climat remain: suivi (22 %) and orientation (33 %) are gaps.
    const custom = {
      ...catalogue,
      fiches: catalogue.fiches.filter((f) => f.id === 'cafe-parents'),
      actions: [],
    };
    const d = decisionOf(computeProfile(custom, sampleAnswers()), custom, { levels: [] });
    expect(d.gaps.map((g) => [g.axisId, Math.round(g.score)])).to.deep.equal([
      ['suivi', 22],
      ['orientation', 33],
    ]);
    expect(d.gaps[0]!.practices).to.deep.equal(
      catalogue.axes.find((a) => a.id === 'suivi')!.practices,
    );
  });

  it('says « insufficient » with how many more known answers are needed', () => {
    const d = decisionOf(computeProfile(catalogue, { 'familles-1': 0 }), catalogue, { levels: [] });
    expect(d.status).to.deep.equal({ kind: 'insufficient', known: 1, required: 4, missing: 3 });
    expect(d.recommendations[0]!.basis).to.equal('start');
    expect(d.gaps).to.deep.equal([]); // one answer is no evidence of a gap
  });

  it('says « all-strong » when every answer is at the top, or no axis is below 50 %', () => {
    const top = decisionOf(computeProfile(catalogue, all(3)), catalogue, { levels: [] });
    expect(top.status).to.deep.equal({ kind: 'all-strong' });
    expect(top.recommendations).to.deep.equal([]);
    const enPlace = decisionOf(computeProfile(catalogue, all(2)), catalogue, { levels: [] });
    expect(enPlace.status).to.deep.equal({ kind: 'all-strong' });
    expect(enPlace.recommendations.length).to.be.above(0);
  });

  it('says « no-fiches » for a catalogue without fiches or actions', () => {
    const bare = { ...catalogue, fiches: [], actions: [] };
    const d = decisionOf(computeProfile(bare, all(0)), bare, { levels: [] });
    expect(d.status).to.deep.equal({ kind: 'no-fiches' });
    expect(d.priorities).to.deep.equal([]);
    expect(d.gaps.length).to.equal(catalogue.axes.length); // every axis at 0 %, none served
  });

  it('always: priorities are the list’s head, the groups its tail, gaps weak and unserved', () => {
    fc.assert(
      fc.property(answersArbitrary(catalogue), fc.subarray([...LEVELS]), (answers, levels) => {
        const profile = computeProfile(catalogue, answers);
        const d = decisionOf(profile, catalogue, { levels });
        const n = d.recommendations.length;
        expect(d.priorities.length).to.be.within(Math.min(3, n), Math.min(5, n));
        expect(
          [...d.priorities, ...d.byAxis.flatMap((g) => g.items)].map((r) => r.id).sort(),
        ).to.deep.equal(d.recommendations.map((r) => r.id).sort());
        for (const g of d.byAxis) for (const r of g.items) expect(r.mainAxisId).to.equal(g.axisId);
        for (const gap of d.gaps) {
          expect(gap.score).to.be.below(WEAK_SCORE);
          expect(
            d.recommendations.some((r) => r.basis === 'targeted' && r.mainAxisId === gap.axisId),
          ).to.equal(false);
        }
      }),
      { numRuns },
    );
  });
});
