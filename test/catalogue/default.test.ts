import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  CatalogueError,
  defaultCatalogue,
  formatIssues,
  parseCatalogue,
} from '../../src/catalogue/index.js';

describe('the shipped catalogue (data/catalogue.json)', () => {
  it('passes every check of parseCatalogue, unchanged', () => {
    try {
      expect(parseCatalogue(defaultCatalogue)).to.deep.equal(defaultCatalogue);
    } catch (error) {
      if (error instanceof CatalogueError)
        throw new Error(`${error.message}\n${formatIssues(error.issues)}`, { cause: error });
      throw error;
    }
  });

  it('is in French and has the four keys', () => {
    expect(defaultCatalogue.language).to.equal('fr');
    expect(defaultCatalogue.keys).to.have.length(4);
  });
});
