import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import catalogue from '../../data/catalogue.json' with { type: 'json' };

// The clés document, its wrapped lines joined: a modalité spans several lines of the extraction.
const cles = readFileSync(
  new URL('../../../shared/seeds/cles-de-la-perseverance.txt', import.meta.url),
  'utf8',
);
const flat = (text: string) => text.replace(/[’']/g, '’').replace(/\s+/g, ' ').trim();
const seed = flat(cles);

describe('actions taken from a modalité (origin « modalite »)', () => {
  const fromModalites = catalogue.actions.filter(
    (action) => 'origin' in action && action.origin === 'modalite',
  );

  it('exist for the axes the source gives no action for, each quoting the source', () => {
    expect(fromModalites.length).to.be.above(0);
    for (const action of fromModalites) {
      expect(action.description, action.id).to.be.a('string');
      // Each sentence of the description is in the clés document, word for word.
      for (const sentence of flat(action.description!).split(/(?<=\.) /))
        expect(seed, `${action.id} : « ${sentence} »`).to.include(sentence.replace(/\.$/, ''));
      expect(action.source.document).to.equal('Les clés de la persévérance');
    }
  });
});
