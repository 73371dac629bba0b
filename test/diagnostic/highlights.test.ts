import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Answers } from '../../src/diagnostic/answers.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';

/** Sets every question of each listed axis to the value. */
function answersFor(values: Record<string, 0 | 1 | 2 | 3 | 'unknown'>): Answers {
  const out: Record<string, 0 | 1 | 2 | 3 | 'unknown'> = {};
  for (const q of smallCatalogue().questions) if (q.axis in values) out[q.id] = values[q.axis]!;
  return out;
}

function highlights(answers: Answers) {
  const p = computeProfile(smallCatalogue(), answers);
  return {
    strengths: p.strengths.map((a) => a.axisId),
    weaknesses: p.weaknesses.map((a) => a.axisId),
  };
}

describe('strengths and weaknesses', () => {
  const table: [string, Answers, string[], string[]][] = [
    [
      'five scored axes: three weak (⌈5/2⌉), two strong; tie at 100 in catalogue order',
      answersFor({
        climat: 3,
        familles: 0,
        vie: 2,
        orientation: 1,
        suivi: 'unknown',
        decrochage: 3,
      }),
      ['climat', 'decrochage'],
      ['familles', 'orientation', 'vie'],
    ],
    ['one scored axis: a weakness only (never both)', answersFor({ vie: 1 }), [], ['vie']],
    ['two scored axes: split one and one', answersFor({ vie: 1, suivi: 2 }), ['suivi'], ['vie']],
    [
      'all equal: catalogue order decides, first half weak',
      answersFor({ climat: 2, familles: 2, vie: 2, orientation: 2, suivi: 2, decrochage: 2 }),
      ['orientation', 'suivi', 'decrochage'],
      ['climat', 'familles', 'vie'],
    ],
    [
      'all at 100: no weakness',
      answersFor({ climat: 3, familles: 3, vie: 3, orientation: 3, suivi: 3, decrochage: 3 }),
      ['climat', 'familles', 'vie'],
      [],
    ],
    [
      'all at 0: no strength',
      answersFor({ climat: 0, familles: 0, vie: 0, orientation: 0 }),
      [],
      ['climat', 'familles'],
    ],
    [
      'six scored axes: three lowest and three highest',
      {
        ...answersFor({ climat: 3, familles: 0, vie: 2, orientation: 1, decrochage: 3 }),
        'suivi-1': 1,
        'suivi-2': 2,
      },
      ['climat', 'decrochage', 'vie'], // 100, 100, 66.67
      ['familles', 'orientation', 'suivi'], // 0, 33.33, 50
    ],
  ];
  for (const [name, answers, strengths, weaknesses] of table) {
    it(name, () => {
      expect(highlights(answers)).to.deep.equal({ strengths, weaknesses });
    });
  }

  it('breaks ties on the score by coverage (more known answers per question first)', () => {
    // suivi: 1 known of 3 at 0; familles: 3 known of 3 at 0; climat 2 of 2 at 0; vie 3 (strong).
    const answers: Answers = {
      'suivi-1': 0,
      'familles-1': 0,
      'familles-2': 0,
      'familles-3': 0,
      'climat-1': 0,
      'climat-2': 0,
      'vie-1': 3,
      'vie-2': 3,
    };
    expect(highlights(answers).weaknesses).to.deep.equal(['climat', 'familles']);
    const p = computeProfile(smallCatalogue(), { ...answers, 'climat-2': 'unknown' });
    // climat now 1 known of 2 (0.5) < familles 3 of 3: familles first, suivi (1/3) last.
    expect(p.weaknesses.map((a) => a.axisId)).to.deep.equal(['familles', 'climat']);
  });
});
