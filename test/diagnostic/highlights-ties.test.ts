import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Answers } from '../../src/diagnostic/answers.js';
import { tiedHighlights } from '../../src/diagnostic/index.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';

/** Sets every question of each listed axis to the value. */
function answersFor(values: Record<string, 0 | 1 | 2 | 3 | 'unknown'>): Answers {
  const out: Record<string, 0 | 1 | 2 | 3 | 'unknown'> = {};
  for (const q of smallCatalogue().questions) if (q.axis in values) out[q.id] = values[q.axis]!;
  return out;
}

function groups(answers: Answers) {
  const p = computeProfile(smallCatalogue(), answers);
  const weak = tiedHighlights(p.axes, p.weaknesses);
  const strong = tiedHighlights(
    p.axes,
    p.strengths,
    weak.flatMap((g) => g.axes),
  );
  const ids = (list: typeof weak) =>
    list.map((g) => [Math.round(g.score), g.axes.map((a) => a.axisId)]);
  return { weak: ids(weak), strong: ids(strong) };
}

describe('tiedHighlights: a tie is shown whole, never cut by catalogue order', () => {
  it('lists every axis sharing the weakest score, even beyond the three picked', () => {
    // Four axes at 33 %: the engine picks three weaknesses, the reader sees the four.
    const g = groups(
      answersFor({ climat: 1, familles: 1, vie: 1, orientation: 1, suivi: 3, decrochage: 3 }),
    );
    expect(g.weak).to.deep.equal([[33, ['climat', 'familles', 'vie', 'orientation']]]);
    expect(g.strong).to.deep.equal([[100, ['suivi', 'decrochage']]]);
  });

  it('keeps distinct scores as separate groups, weakest first', () => {
    const g = groups(answersFor({ climat: 3, familles: 0, vie: 2, orientation: 1, decrochage: 3 }));
    expect(g.weak).to.deep.equal([
      [0, ['familles']],
      [33, ['orientation']],
      [67, ['vie']],
    ]);
    expect(g.strong).to.deep.equal([[100, ['climat', 'decrochage']]]);
  });

  it('never lists an axis on both sides when all axes are equal', () => {
    const g = groups(
      answersFor({ climat: 2, familles: 2, vie: 2, orientation: 2, suivi: 2, decrochage: 2 }),
    );
    expect(g.weak).to.deep.equal([
      [67, ['climat', 'familles', 'vie', 'orientation', 'suivi', 'decrochage']],
    ]);
    expect(g.strong).to.deep.equal([]);
  });

  it('gives no group for an empty profile', () => {
    expect(groups({})).to.deep.equal({ weak: [], strong: [] });
  });
});
