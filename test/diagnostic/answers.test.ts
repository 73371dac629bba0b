import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Answers } from '../../src/diagnostic/answers.js';
import {
  answerOf,
  isAnswerValue,
  isQuestionnaireVersion,
  questionsFor,
  withAnswer,
} from '../../src/diagnostic/answers.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';

describe('questionsFor', () => {
  it('gives every question for the complete version, in catalogue order', () => {
    const c = smallCatalogue();
    expect(questionsFor(c, 'complet').map((q) => q.id)).to.deep.equal(c.questions.map((q) => q.id));
  });

  it('gives only core questions for the short version, in catalogue order', () => {
    expect(questionsFor(smallCatalogue(), 'court').map((q) => q.id)).to.deep.equal([
      'climat-1',
      'familles-1',
      'vie-1',
      'orientation-1',
      'suivi-1',
      'decrochage-1',
    ]);
  });

  it('returns a new array (the catalogue is not exposed to mutation)', () => {
    const c = smallCatalogue();
    expect(questionsFor(c, 'complet')).not.to.equal(c.questions);
  });
});

describe('isAnswerValue', () => {
  const table: [unknown, boolean][] = [
    [0, true],
    [1, true],
    [2, true],
    [3, true],
    ['unknown', true],
    [4, false],
    [-1, false],
    [1.5, false],
    ['1', false],
    ['Je ne sais pas', false],
    [null, false],
    [undefined, false],
    [{}, false],
  ];
  for (const [value, expected] of table) {
    it(`${JSON.stringify(value) ?? 'undefined'} → ${expected}`, () => {
      expect(isAnswerValue(value)).to.equal(expected);
    });
  }
});

describe('isQuestionnaireVersion', () => {
  it('accepts the two versions only', () => {
    expect(['complet', 'court', 'long', '', 1].map(isQuestionnaireVersion)).to.deep.equal([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('answerOf', () => {
  it('reads own answers only, never Object.prototype', () => {
    expect(answerOf({ constructor: 2 } as Answers, 'constructor')).to.equal(2);
    expect(answerOf({}, 'constructor')).to.equal(undefined);
    expect(answerOf({}, 'toString')).to.equal(undefined);
  });

  it('ignores invalid stored values', () => {
    const stored = JSON.parse('{"a": 7, "b": "unknown"}') as Record<string, 0>;
    expect(answerOf(stored, 'a')).to.equal(undefined);
    expect(answerOf(stored, 'b')).to.equal('unknown');
  });
});

describe('withAnswer', () => {
  it('returns a new object and leaves the original untouched', () => {
    const before = { a: 1 } as const;
    const after = withAnswer(before, 'b', 'unknown');
    expect(after).to.deep.equal({ a: 1, b: 'unknown' });
    expect(before).to.deep.equal({ a: 1 });
    expect(withAnswer(after, 'a', undefined)).to.deep.equal({ b: 'unknown' });
  });
});
