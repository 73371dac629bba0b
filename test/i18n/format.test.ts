import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  countOf,
  formatNumber,
  formatPercent,
  joinList,
  plural,
} from '../../components/i18n/format.js';

/** The spaces `Intl` may put before « % » in French: no-break or narrow no-break. */
const FRENCH_PERCENT = /^25[\u00a0\u202f]%$/;

describe('formatPercent', () => {
  it('writes a French percent with a non-breaking space, an English one without', () => {
    assert.match(formatPercent('fr-FR', 25), FRENCH_PERCENT);
    assert.equal(formatPercent('en-GB', 25), '25%');
  });

  it('rounds a 0–100 score to a whole percent', () => {
    assert.equal(formatPercent('en-GB', 200 / 9), '22%');
    assert.equal(formatPercent('en-GB', 66.5), '67%');
    assert.equal(formatPercent('en-GB', 0), '0%');
    assert.equal(formatPercent('en-GB', 100), '100%');
  });
});

describe('plural and countOf', () => {
  const weeksFr = { one: 'semaine', other: 'semaines' };
  const weeksEn = { one: 'week', other: 'weeks' };

  it('follows French: 0 and 1 singular, 2 and more plural', () => {
    assert.deepEqual(
      [0, 1, 2, 52].map((n) => countOf('fr-FR', n, weeksFr)),
      ['0 semaine', '1 semaine', '2 semaines', '52 semaines'],
    );
  });

  it('follows English: only 1 singular', () => {
    assert.deepEqual(
      [0, 1, 2].map((n) => countOf('en-GB', n, weeksEn)),
      ['0 weeks', '1 week', '2 weeks'],
    );
  });

  it('uses a category the forms provide beyond one and other, or falls back to other', () => {
    assert.equal(plural('en-GB', 1, { one: 'a', other: 'b' }), 'a');
    assert.equal(plural('fr-FR', 1_000_000, { one: 'a', other: 'b', many: 'c' }), 'c');
    assert.equal(plural('fr-FR', 1_000_000, { one: 'a', other: 'b' }), 'b');
  });

  it('writes large counts as each language groups digits', () => {
    assert.equal(formatNumber('en-GB', 100000), '100,000');
    assert.match(formatNumber('fr-FR', 100000), /^100[\u00a0\u202f]000$/);
  });
});

describe('joinList', () => {
  it('joins with the language’s conjunction', () => {
    assert.equal(joinList('fr-FR', ['a']), 'a');
    assert.equal(joinList('fr-FR', ['a', 'b', 'c']), 'a, b et c');
    assert.equal(joinList('en-GB', ['a', 'b']), 'a and b');
  });
});
