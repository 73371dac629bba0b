import { describe, it } from 'node:test';
import { expect } from 'chai';
import { catalogueSchema, type Catalogue } from '../../src/catalogue/schema.js';
import { joinCatalogue, splitCatalogue, type ContentField } from '../../src/catalogue/split.js';
import { makeValidCatalogue } from './fixtures.js';

// Every content field, once: the compiler fails here when `ContentField` gains or loses one.
const CONTENT: Record<ContentField, true> = {
  fiches: true,
  actions: true,
  resources: true,
  guides: true,
  calendar: true,
  ficheTemplate: true,
  contact: true,
  description: true,
};

describe('splitCatalogue / joinCatalogue', () => {
  it('puts the content fields in the content, every other field but $schema in the questionnaire', () => {
    const catalogue: Catalogue = {
      $schema: 'https://example.org/s.json',
      description: 'Tous les champs du schéma sont là.',
      ...makeValidCatalogue(),
    };
    const { questionnaire, content } = splitCatalogue(catalogue);
    expect(Object.keys(content)).to.have.members([...Object.keys(CONTENT), 'axisPractices']);
    const schemaFields = Object.keys(catalogueSchema.shape).filter(
      (name) => name !== '$schema' && !(name in CONTENT),
    );
    expect(Object.keys(questionnaire)).to.have.members(schemaFields);
    expect(questionnaire).to.include.keys('id', 'scale', 'keys', 'axes', 'questions');
  });

  it('shares the catalogue’s objects and leaves it as it was', () => {
    const catalogue: Catalogue = { ...makeValidCatalogue(), $schema: 'x' };
    const before = structuredClone(catalogue);
    const { questionnaire, content } = splitCatalogue(catalogue);
    expect(questionnaire.questions).to.equal(catalogue.questions);
    expect(content.fiches).to.equal(catalogue.fiches);
    expect(catalogue).to.deep.equal(before);
  });

  it('leaves absent optional parts absent, not undefined', () => {
    const catalogue = makeValidCatalogue();
    delete catalogue.calendar;
    delete catalogue.ficheTemplate;
    delete catalogue.contact;
    const { content } = splitCatalogue(catalogue);
    expect(Object.keys(content)).to.have.members([
      'axisPractices',
      'fiches',
      'actions',
      'resources',
      'guides',
    ]);
  });

  it('joins the parts back into the catalogue, without its $schema', () => {
    const catalogue = makeValidCatalogue();
    const { questionnaire, content } = splitCatalogue({ ...catalogue, $schema: 'x' });
    expect(joinCatalogue(questionnaire, content)).to.deep.equal(catalogue);
  });

  it('lets the content replace the lists a questionnaire was started with', () => {
    const catalogue = makeValidCatalogue();
    const { questionnaire, content } = splitCatalogue(catalogue);
    const empty = { fiches: [], actions: [], resources: [], guides: [] };
    const first = joinCatalogue(questionnaire, empty);
    expect(first.fiches).to.deep.equal([]);
    expect(joinCatalogue(first, content).fiches).to.equal(catalogue.fiches);
  });

  it('keeps the axes’ modalités with the content: the questionnaire’s axes have none until joined', () => {
    const catalogue = makeValidCatalogue();
    const { questionnaire, content } = splitCatalogue(catalogue);
    expect(questionnaire.axes.map((axis) => axis.practices)).to.deep.equal(
      catalogue.axes.map(() => []),
    );
    expect(questionnaire.axes.map((axis) => axis.label)).to.deep.equal(
      catalogue.axes.map((axis) => axis.label),
    );
    expect(joinCatalogue(questionnaire, content).axes).to.deep.equal(catalogue.axes);
  });
});
