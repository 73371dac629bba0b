import { describe, it } from 'node:test';
import { expect } from 'chai';
import { boundedUserText, closeBidi } from '../../src/storage/text.js';

describe('user text and bidi controls', () => {
  it('closes an unterminated right-to-left override, so it cannot reverse the text after it', () => {
    expect(closeBidi('Collège \u202Eévitez')).to.equal('Collège \u202Eévitez\u202C');
    expect(closeBidi('a\u2067b\u202Bc')).to.equal('a\u2067b\u202Bc\u202C\u2069');
  });

  it('leaves balanced and ordinary text as it is', () => {
    expect(closeBidi('Lycée Jean-Moulin')).to.equal('Lycée Jean-Moulin');
    expect(closeBidi('x\u202Ey\u202C')).to.equal('x\u202Ey\u202C');
    expect(closeBidi('مدرسة')).to.equal('مدرسة');
  });
});

describe('user text as saved', () => {
  it('is bounded to what the reader accepts, its bidi controls closed or, when that cannot fit, removed', () => {
    expect(boundedUserText('é'.repeat(250), 200)).to.have.length(200);
    expect(boundedUserText('ab\u202E', 200)).to.equal('ab\u202E\u202C');
    expect(boundedUserText('\u202E'.repeat(150), 200)).to.equal('');
  });
});
