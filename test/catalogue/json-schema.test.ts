import { describe, it } from 'node:test';
import { expect } from 'chai';
import committed from '../../data/catalogue.schema.json' with { type: 'json' };
import { FIELD_DESCRIPTIONS } from '../../src/catalogue/field-descriptions.js';
import { buildCatalogueJsonSchema, CATALOGUE_SCHEMA_ID } from '../../src/catalogue/json-schema.js';

describe('data/catalogue.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema:generate`)', () => {
    expect(
      committed,
      'data/catalogue.schema.json est périmé : lancer npm run schema:generate',
    ).to.deep.equal(buildCatalogueJsonSchema());
  });

  it('names itself and is written for draft-07 editors', () => {
    const schema = buildCatalogueJsonSchema();
    expect(schema.$id).to.equal(CATALOGUE_SCHEMA_ID);
    expect(schema.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(schema.title).to.be.a('string');
    expect(schema.additionalProperties).to.equal(false);
  });

  it('describes every field in French', () => {
    const text = JSON.stringify(buildCatalogueJsonSchema());
    for (const description of Object.values(FIELD_DESCRIPTIONS))
      expect(text).to.contain(JSON.stringify(description));
    expect(text).to.contain('"patternErrorMessage":"Identifiant attendu');
  });
});
