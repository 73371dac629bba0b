import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import type { ChecklistItem, Guide } from '../../src/catalogue/schema.js';
import json from '../../data/catalogue.json' with { type: 'json' };

/**
 * The fiches méthode, the calendar and the fiches' timing say what their sources say, in their
 * words: every text is checked against the seed it comes from (`../shared/seeds/`). What the
 * catalogue adds is in fields of its own (`note`, shown as « Note de l’outil »), never in a label.
 */

const catalogue = parseCatalogue(json);
const seed = (name: string) =>
  readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');

const SEEDS: Record<string, string> = {
  'mode-emploi-2021': seed('fiche-methode-1-mode-emploi-semaine-2021.txt'),
  'communiquer-valoriser-2022': seed('fiche-methode-communiquer-valoriser-2022.txt'),
};
const LIVRET = seed('livret-semaine-perseverance-2019-fiches-actions.txt');

/**
 * The catalogue's only repair of a source's words: the 2021 fiche méthode's title doubles « de »
 * (« Mode d’emploi de la 7e semaine de de la persévérance scolaire »).
 */
const REPAIRS: readonly [RegExp, string][] = [[/\bde de la\b/g, 'de la']];

/**
 * The same words whatever the typography or the text extraction: lines joined, markdown and
 * bullets dropped, typographic apostrophes and ellipses, spacing around punctuation, capital
 * accents (« Elèves » / « Élèves ») and case.
 */
function normalize(text: string): string {
  let out = text
    .replace(/\*\*/g, '')
    .replace(/\^\{(\w+)\}/g, '$1')
    .replace(/\[([^\]]*)\]\(#\)/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/[’']/g, '’')
    .replace(/\.\.\./g, '…')
    .replace(/[•]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:?!)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/É/g, 'E')
    .toLowerCase();
  for (const [pattern, replacement] of REPAIRS) out = out.replace(pattern, replacement);
  return out.trim();
}

/** A text's sentences and clauses, each of which must be the source's words. */
const pieces = (text: string) =>
  text
    .split(/(?<=[.;:!?])\s+/)
    .map((piece) => piece.replace(/[.;:]$/, '').trim())
    .filter(Boolean);

function expectFrom(text: string, source: string, where: string) {
  const haystack = normalize(source);
  for (const piece of pieces(text))
    expect(haystack, `${where}: « ${piece} »`).to.include(normalize(piece));
}

const points = (guide: Guide): [string, ChecklistItem][] => [
  ...(guide.sections ?? []).flatMap((section) =>
    section.items.map(
      (item) => [`${guide.id}.${section.id}.${item.id}`, item] as [string, ChecklistItem],
    ),
  ),
  ...(['avant', 'pendant', 'apres'] as const).flatMap((phase) =>
    guide.checklists[phase].map(
      (item) => [`${guide.id}.${phase}.${item.id}`, item] as [string, ChecklistItem],
    ),
  ),
];

describe('data: the fiches méthode, word for word', () => {
  it('has both fiches méthode, each with its own source', () => {
    expect(catalogue.guides.map((guide) => [guide.id, guide.source.year])).to.deep.equal([
      ['mode-emploi-2021', 2021],
      ['communiquer-valoriser-2022', 2022],
    ]);
    const [first, second] = catalogue.guides;
    expect(first!.source.document).to.not.equal(second!.source.document);
    expect((first!.source as { number?: number }).number).to.equal(1);
  });

  for (const guide of catalogue.guides) {
    it(`${guide.id}: title, summary, headings and every point are the source’s words`, () => {
      const source = SEEDS[guide.id]!;
      expect(source, guide.id).to.be.a('string');
      expectFrom(guide.title, source, `${guide.id}.title`);
      expectFrom(guide.summary, source, `${guide.id}.summary`);
      for (const section of guide.sections ?? [])
        expectFrom(section.heading, source, `${guide.id}.${section.id}.heading`);
      const all = points(guide);
      expect(all.length, guide.id).to.be.at.least(7);
      for (const [path, point] of all) {
        expectFrom(point.label, source, `${path}.label`);
        if (point.detail) expectFrom(point.detail, source, `${path}.detail`);
        if (point.url) expect(source, `${path}.url`).to.include(point.url);
      }
    });
  }

  it('keeps the 2021 fiche méthode under its own headings, not as avant / pendant / après tasks', () => {
    const guide = catalogue.guides.find((g) => g.id === 'mode-emploi-2021')!;
    expect(guide.checklists).to.deep.equal({ avant: [], pendant: [], apres: [] });
    expect(guide.sections!.map((section) => section.heading)).to.deep.equal([
      'Objectifs de cette semaine',
      'Nouveautés de l’année',
      'Qui peut initier ou valoriser une action à l’occasion de cette semaine ?',
      'Sur quelles ressources s’appuyer ?',
      'Comment se faire aider ?',
      'Publics visés ?',
      'Comment valoriser les actions ?',
    ]);
  });

  it('gives the links the sources give, with their scheme, and says which are missing', () => {
    const byId = new Map(catalogue.guides.flatMap((guide) => points(guide)));
    expect(byId.get('communiquer-valoriser-2022.avant.mallette-perseverance')!.url).to.equal(
      'http://orientation.ac-creteil.fr/semaine-de-la-persévérance-scolaire-2022/',
    );
    expect(byId.get('communiquer-valoriser-2022.avant.remplir-formulaire')!.url).to.equal(
      'https://ppe.orion.education.fr/creteil/itw/answer/s/4ywprr7r3/k/persévérance2022',
    );
    expect(byId.get('mode-emploi-2021.ressources.kit-organisation')!.url).to.equal(
      'http://orientation.ac-creteil.fr/semaine-de-perseverance-scolaire-2021/',
    );
    expect(byId.get('mode-emploi-2021.valoriser.formulaire')!.url).to.equal(
      'https://ppe.orion.education.fr/academie/itw/answer/s/4ywptrr7r3/k/perseverance2021',
    );
    // A link the source makes without an address is said, not invented.
    const supports = byId.get('communiquer-valoriser-2022.avant.supports-academiques')!;
    expect(supports.url).to.equal(undefined);
    expect(supports.note).to.contain('sans en donner l’adresse');
  });

  it('says where a fiche méthode that was not provided is cited', () => {
    const cited = [...catalogue.guides.flatMap((guide) => points(guide))].filter(([, point]) =>
      /fiche méthode n°\s*[46]\b/.test(point.label),
    );
    expect(cited.map(([path]) => path)).to.deep.equal([
      'mode-emploi-2021.nouveautes.capsules-videos',
      'mode-emploi-2021.valoriser.fiche-methode-4',
    ]);
    for (const [path, point] of cited) {
      const n = /n°\s*(\d)/.exec(point.label)![1];
      expect(point.note, path).to.equal(`Fiche méthode n°${n}, citée mais non fournie.`);
    }
  });
});

describe('data: the calendar and the fiches’ timing, word for word', () => {
  it('names each milestone and its dates as the livret does, with its words and links', () => {
    const calendar = catalogue.calendar!;
    for (const milestone of calendar.milestones) {
      expectFrom(milestone.label, LIVRET, `${milestone.id}.label`);
      expect(milestone.sourceDates, milestone.id).to.be.a('string');
      expectFrom(milestone.sourceDates!, LIVRET, `${milestone.id}.sourceDates`);
      if (milestone.description)
        expectFrom(milestone.description, LIVRET, `${milestone.id}.description`);
      if (milestone.url) expect(LIVRET, `${milestone.id}.url`).to.include(milestone.url);
    }
  });

  it('quotes the fiche’s own words for each timing, and ties la rentrée and the year to them', () => {
    const timed = catalogue.fiches.filter((fiche) => fiche.timing);
    for (const fiche of timed) expectFrom(fiche.timing!.quote, LIVRET, `${fiche.id}.timing.quote`);
    const moments = Object.fromEntries(
      timed.map((fiche) => [fiche.id, [fiche.timing!.moment, fiche.timing!.preparation ?? null]]),
    );
    expect(moments).to.deep.include({
      'rentree-6e': ['rentree', null],
      'fete-des-reussites': ['semaine', 'debut-annee'],
      'erreur-quel-bonheur': ['annee', null],
    });
  });
});
