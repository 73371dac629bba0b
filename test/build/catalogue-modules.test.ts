import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import defaultCatalogue from '../../data/catalogue.json' with { type: 'json' };
import {
  catalogueModules,
  GENERATED,
  moduleSource,
  shippedParts,
} from '../../scripts/build/catalogue-modules.js';
import { makeValidCatalogue } from '../catalogue/fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The first line where `actual` differs from `expected` (not the whole 90 KB strings), or null. */
function firstDifference(actual: string, expected: string): string | null {
  const [a, b] = [actual.split('\n'), expected.split('\n')];
  for (let line = 0; line < Math.max(a.length, b.length); line += 1)
    if (a[line] !== b[line])
      return `ligne ${line + 1} : ${JSON.stringify(a[line])} au lieu de ${JSON.stringify(b[line])}`;
  return null;
}

describe('the built-in catalogue’s generated modules', () => {
  it('are up to date with data/catalogue.json (run `npm run catalogue:generate`)', async () => {
    const modules = await catalogueModules(defaultCatalogue, ROOT);
    for (const part of ['questionnaire', 'content'] as const) {
      const committed = readFileSync(new URL(`../../${GENERATED[part]}`, import.meta.url), 'utf8');
      expect(
        firstDifference(committed, modules[part]),
        `${GENERATED[part]} est périmé : lancer npm run catalogue:generate`,
      ).to.equal(null);
    }
  });

  it('ship the questionnaire and the content without the dropped fields', () => {
    const { questionnaire, content } = shippedParts(defaultCatalogue);
    expect(questionnaire.questions).to.deep.equal(defaultCatalogue.questions);
    // The modalités, shown on demand, wait with the content (≈ 3 KB gzip off the first view).
    expect(questionnaire.axes.every((axis) => axis.practices.length === 0)).to.equal(true);
    expect(content.axisPractices).to.deep.equal(
      Object.fromEntries(defaultCatalogue.axes.map((axis) => [axis.id, axis.practices])),
    );
    expect(questionnaire).not.to.have.property('description');
    expect(questionnaire.title).to.equal(defaultCatalogue.title);
    // The catalogue's description and contact are shown with the resources and the plan.
    expect(content.description).to.equal(defaultCatalogue.description);
    expect(content.contact).to.deep.equal(defaultCatalogue.contact);
    // An action's description is the source's words, quoted on its card.
    expect(content.actions.map((action) => action.description)).to.deep.equal(
      defaultCatalogue.actions.map((action) => action.description),
    );
    expect(content.actions.every((action) => action.source.document.length > 0)).to.equal(true);
    // The catalogue's own notes for its editors never ship.
    expect(content.fiches).to.deep.equal(
      defaultCatalogue.fiches.map(({ catalogueNote: _note, ...fiche }) => fiche),
    );
  });
});

describe('shippedParts', () => {
  it('refuses a catalogue that does not parse', () => {
    const catalogue = { ...makeValidCatalogue(), questions: [] };
    expect(() => shippedParts(catalogue)).to.throw(/Le catalogue n'est pas valide/);
  });

  it('refuses to drop a field the schema requires, naming it', () => {
    expect(() => shippedParts(makeValidCatalogue(), ['title'])).to.throw(
      /exigé par le schéma[\s\S]*title/,
    );
  });
});

describe('moduleSource', () => {
  it('exports a typed object literal, never JSON.parse', () => {
    const source = moduleSource('questionnaire', { id: 'x', version: '1' });
    expect(source).to.contain(
      "import type { Questionnaire } from '../../../src/catalogue/split.js';",
    );
    expect(source).to.contain(
      'export const questionnaire: Questionnaire = {"id":"x","version":"1"};',
    );
    expect(source).not.to.contain('JSON.parse');
  });

  it('puts the fiches last in the content', () => {
    const source = moduleSource('content', { fiches: [], actions: [], guides: [] });
    expect(source).to.contain('= {"actions":[],"guides":[],"fiches":[]};');
  });
});
