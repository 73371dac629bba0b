import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Answers } from '../../src/diagnostic/answers.js';
import { computeProfile, type Profile } from '../../src/diagnostic/profile.js';
import { sampleAnswers, smallCatalogue } from '../fixtures/small-catalogue.js';

const axis = (p: Profile, id: string) => p.axes.find((a) => a.axisId === id)!;
const key = (p: Profile, id: string) => p.keys.find((k) => k.keyId === id)!;

/** Partial answers; scores computed by hand in the comments. */
const partial: Answers = {
  'climat-1': 3, // climat: (3 + 1) / 2 = 2 → 66.67
  'climat-2': 1,
  'familles-1': 0, // familles: (0 + 1) / 2 = 0.5 → 16.67, one « Je ne sais pas »
  'familles-2': 1,
  'familles-3': 'unknown',
  'vie-1': 2, // vie: 2 → 66.67, 1 known of 2 (exactly half: not tentative)
  'suivi-1': 1, // suivi: 1 → 33.33, 1 known of 3: tentative
  'suivi-2': 'unknown',
  'decrochage-1': 'unknown', // decrochage: nothing known → null
  'decrochage-2': 'unknown',
};

describe('computeProfile: hand-computed partial diagnostic', () => {
  const p = computeProfile(smallCatalogue(), partial);

  it('scores each axis as the mean of its known answers on 0–100', () => {
    expect(axis(p, 'climat').score).to.be.closeTo(200 / 3, 1e-9);
    expect(axis(p, 'familles').score).to.be.closeTo(50 / 3, 1e-9);
    expect(axis(p, 'vie').score).to.be.closeTo(200 / 3, 1e-9);
    expect(axis(p, 'orientation').score).to.equal(null);
    expect(axis(p, 'suivi').score).to.be.closeTo(100 / 3, 1e-9);
    expect(axis(p, 'decrochage').score).to.equal(null);
  });

  it('counts answered (known + unknown), unknown, known and total per axis', () => {
    const counts = p.axes.map((a) => [a.axisId, a.answered, a.unknown, a.known, a.total]);
    expect(counts).to.deep.equal([
      ['climat', 2, 0, 2, 2],
      ['familles', 3, 1, 2, 3],
      ['vie', 1, 0, 1, 2],
      ['orientation', 0, 0, 0, 2],
      ['suivi', 2, 1, 1, 3],
      ['decrochage', 2, 2, 0, 2],
    ]);
  });

  it('flags axes whose known answers cover less than half their questions', () => {
    expect(p.axes.filter((a) => a.tentative).map((a) => a.axisId)).to.deep.equal([
      'orientation',
      'suivi',
      'decrochage',
    ]);
  });

  it('scores keys as the mean of their axes’ non-null scores', () => {
    expect(key(p, 'accueillir').score).to.be.closeTo(125 / 3, 1e-9); // (66.67 + 16.67) / 2
    expect(key(p, 'accrocher').score).to.be.closeTo(200 / 3, 1e-9); // orientation ignored
    expect(key(p, 'accompagner').score).to.be.closeTo(100 / 3, 1e-9);
    expect(key(p, 'raccrocher').score).to.equal(null);
    expect(key(p, 'accrocher').scoredAxes).to.equal(1);
    expect(key(p, 'accueillir')).to.include({ answered: 5, unknown: 1, known: 4, total: 5 });
    expect(key(p, 'raccrocher')).to.include({ answered: 2, unknown: 2, known: 0, total: 2 });
  });

  it('scores overall as the mean of non-null key scores', () => {
    expect(p.overall.score).to.be.closeTo((125 / 3 + 200 / 3 + 100 / 3) / 3, 1e-9); // 47.22
    expect(p.overall).to.include({ answered: 10, unknown: 4, known: 6, total: 14 });
    expect(p.status).to.equal('partial');
  });

  it('targets one level above today, capped at 100, null without a score', () => {
    expect(axis(p, 'familles').target).to.be.closeTo(50, 1e-9);
    expect(axis(p, 'climat').target).to.equal(100);
    expect(axis(p, 'decrochage').target).to.equal(null);
    const q = (id: string) => p.questions.find((x) => x.questionId === id)!;
    expect([
      q('climat-1').target,
      q('climat-2').target,
      q('familles-3').target,
      q('vie-2').target,
    ]).to.deep.equal([3, 2, null, null]);
  });

  it('picks strengths and weaknesses (4 scored axes: 2 and 2; tie on 66.67 → better coverage first)', () => {
    expect(p.weaknesses.map((a) => a.axisId)).to.deep.equal(['familles', 'suivi']);
    expect(p.strengths.map((a) => a.axisId)).to.deep.equal(['climat', 'vie']);
  });

  it('keeps the answers used', () => {
    expect(p.answers).to.deep.equal(partial);
    expect(p.answers).not.to.equal(partial);
  });
});

describe('computeProfile: versions', () => {
  it('counts only core questions in the short version and drops other answers', () => {
    const p = computeProfile(smallCatalogue(), partial, { version: 'court' });
    expect(p.version).to.equal('court');
    expect(p.overall.total).to.equal(6);
    expect(Object.keys(p.answers)).to.deep.equal([
      'climat-1',
      'familles-1',
      'vie-1',
      'suivi-1',
      'decrochage-1',
    ]);
    expect(axis(p, 'climat').score).to.equal(100);
    expect(axis(p, 'familles').score).to.equal(0);
    expect(key(p, 'accueillir').score).to.equal(50);
    expect(p.overall.score).to.be.closeTo((50 + 200 / 3 + 100 / 3) / 3, 1e-9); // 50
  });

  it('defaults to the complete version', () => {
    expect(computeProfile(smallCatalogue(), {}).version).to.equal('complet');
  });
});

describe('computeProfile: axis score table', () => {
  const table: [string, Answers, number | null][] = [
    ['all at the top', { 'climat-1': 3, 'climat-2': 3 }, 100],
    ['all at the bottom', { 'climat-1': 0, 'climat-2': 0 }, 0],
    ['mixed', { 'climat-1': 1, 'climat-2': 2 }, 50],
    ['one known, one « Je ne sais pas »', { 'climat-1': 2, 'climat-2': 'unknown' }, 200 / 3],
    ['only « Je ne sais pas »', { 'climat-1': 'unknown', 'climat-2': 'unknown' }, null],
    ['nothing answered', {}, null],
  ];
  for (const [name, answers, expected] of table) {
    it(`${name} → ${expected === null ? 'null' : expected.toFixed(2)}`, () => {
      const score = axis(computeProfile(smallCatalogue(), answers), 'climat').score;
      if (expected === null) expect(score).to.equal(null);
      else expect(score).to.be.closeTo(expected, 1e-9);
    });
  }
});

describe('computeProfile: status', () => {
  const all = sampleAnswers();
  const unknownEverywhere = Object.fromEntries(
    Object.keys(all).map((id) => [id, 'unknown' as const]),
  );
  const table: [string, Answers, string][] = [
    ['no answer', {}, 'empty'],
    ['some answers', { 'climat-1': 1 }, 'partial'],
    ['every question', all, 'complete'],
    ['every question, all « Je ne sais pas »', unknownEverywhere, 'complete'],
  ];
  for (const [name, answers, status] of table) {
    it(`${name} → ${status}`, () => {
      expect(computeProfile(smallCatalogue(), answers).status).to.equal(status);
    });
  }

  it('an empty profile has null scores and no highlights', () => {
    const p = computeProfile(smallCatalogue(), {});
    expect(p.overall.score).to.equal(null);
    expect(p.keys.every((k) => k.score === null)).to.equal(true);
    expect(p.strengths).to.deep.equal([]);
    expect(p.weaknesses).to.deep.equal([]);
  });
});

describe('computeProfile: robustness and immutability', () => {
  it('ignores invalid values and unknown question ids', () => {
    const stored = JSON.parse(
      '{"climat-1": 5, "climat-2": "oui", "ailleurs": 3, "vie-1": 2}',
    ) as Answers;
    const p = computeProfile(smallCatalogue(), stored);
    expect(axis(p, 'climat').score).to.equal(null);
    expect(p.answers).to.deep.equal({ 'vie-1': 2 });
  });

  it('does not modify its inputs and returns a fresh snapshot each time', () => {
    const catalogue = smallCatalogue();
    const answers = sampleAnswers();
    const a = computeProfile(catalogue, answers);
    const b = computeProfile(catalogue, answers);
    expect(answers).to.deep.equal(sampleAnswers());
    expect(catalogue).to.deep.equal(smallCatalogue());
    expect(a).to.deep.equal(b);
    expect(a).not.to.equal(b);
    expect(a.axes).not.to.equal(b.axes);
  });

  it('scores the complete sample as documented in the fixture', () => {
    const p = computeProfile(smallCatalogue(), sampleAnswers());
    expect(p.axes.map((a) => Math.round(a.score! * 100) / 100)).to.deep.equal([
      100, 11.11, 66.67, 33.33, 22.22, 50,
    ]);
    expect(p.keys.map((k) => Math.round(k.score! * 100) / 100)).to.deep.equal([
      55.56, 50, 22.22, 50,
    ]);
    expect(p.weaknesses.map((a) => a.axisId)).to.deep.equal(['familles', 'suivi', 'orientation']);
    expect(p.strengths.map((a) => a.axisId)).to.deep.equal(['climat', 'vie', 'decrochage']);
  });
});
