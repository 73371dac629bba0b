import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sessionFr } from '../../components/i18n/session-fr.js';
import { sessionEn } from '../../components/i18n/session-en.js';

describe('a change in points, as the comparison with last year writes it', () => {
  for (const [lang, points] of [
    ['fr', sessionFr.profile.points],
    ['en', sessionEn.profile.points],
  ] as const)
    it(`agrees in number and keeps the unit with its number (${lang}): one point, several, none, no value`, () => {
      assert.equal(points(1), '+1\u00a0pt');
      assert.equal(points(-1.2), '−1\u00a0pt');
      assert.equal(points(33.4), '+33\u00a0pts');
      assert.equal(points(-2), '−2\u00a0pts');
      assert.equal(points(0.4), '=');
      assert.equal(points(null), '—');
    });
});
