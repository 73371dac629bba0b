import { describe, it } from 'node:test';
import { expect } from 'chai';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { distributionParts, distributionText } from '../../src/session/index.js';

describe('distributionText', () => {
  const scale = defaultCatalogue.scale;

  it('writes the answers in scale order, « Je ne sais pas » last, leaving out zeros', () => {
    const distribution = { 0: 2, 1: 0, 2: 0, 3: 1, unknown: 1 };
    expect(distributionText(distribution, scale)).to.equal(
      '2 × Pas engagée, 1 × Consolidée, 1 × Je ne sais pas',
    );
    expect(distributionParts(distribution, scale).map((p) => [p.value, p.share])).to.deep.equal([
      [0, 0.5],
      [3, 0.25],
      ['unknown', 0.25],
    ]);
  });

  it('is empty when nobody answered', () => {
    expect(distributionText({ 0: 0, 1: 0, 2: 0, 3: 0, unknown: 0 }, scale)).to.equal('');
    expect(distributionParts({ 0: 0, 1: 0, 2: 0, 3: 0, unknown: 0 }, scale)).to.deep.equal([]);
  });
});
