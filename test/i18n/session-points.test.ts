import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sessionFr } from '../../components/i18n/session-fr.js';
import { sessionEn } from '../../components/i18n/session-en.js';

describe('a change in points, as the comparison with last year writes it', () => {
  for (const [lang, points] of [
    ['fr', sessionFr.profile.points],
    ['en', sessionEn.profile.points],
  ] as const)
    it(`agrees in number (${lang}): one point, several points, no change, no value`, () => {
      assert.equal(points(1), '+1 pt');
      assert.equal(points(-1.2), '−1 pt');
      assert.equal(points(33.4), '+33 pts');
      assert.equal(points(-2), '−2 pts');
      assert.equal(points(0.4), '=');
      assert.equal(points(null), '—');
    });
});
