import { describe, it } from 'node:test';
import { expect } from 'chai';
import { formatIssues } from '../../src/catalogue/errors.js';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { makeValidCatalogue } from './fixtures.js';
import { expectIssue, rejection } from './helpers.js';

const set = (target: object, key: string, value: unknown) => Reflect.set(target, key, value);

interface Case {
  name: string;
  change: (catalogue: Catalogue) => void;
  path: string;
  fragment: string;
}

const CASES: Case[] = [
  {
    name: 'an unknown axis on a question',
    change: (c) => set(c.questions[0]!, 'axis', 'acueil-climat'),
    path: 'questions[0].axis',
    fragment: 'axe inconnu « acueil-climat »',
  },
  {
    name: 'an unknown axis on a fiche',
    change: (c) => set(c.fiches[0]!.axes[0]!, 'axis', 'inconnu'),
    path: 'fiches[0].axes[0].axis',
    fragment: 'axe inconnu « inconnu »',
  },
  {
    name: 'an unknown axis on an action',
    change: (c) => set(c.actions[0]!.axes[0]!, 'axis', 'inconnu'),
    path: 'actions[0].axes[0].axis',
    fragment: 'axe inconnu',
  },
  {
    name: 'an unknown axis on a resource',
    change: (c) => set(c.resources[0]!.axes, '0', 'inconnu'),
    path: 'resources[0].axes[0]',
    fragment: 'axe inconnu « inconnu »',
  },
  {
    name: 'a fiche axis outside the fiche’s keys',
    change: (c) => set(c.fiches[0]!.axes[1]!, 'axis', 'motivation'),
    path: 'fiches[0].axes[1].axis',
    fragment: 'relève de la clé « accrocher », absente de « keys »',
  },
  {
    name: 'a resource axis outside the resource’s keys',
    change: (c) => set(c.resources[0]!.axes, '0', 'retour'),
    path: 'resources[0].axes[0]',
    fragment: 'absente de « keys »',
  },
  {
    name: 'an axis on an unknown key',
    change: (c) => set(c.axes[1]!, 'key', 'accueil'),
    path: 'axes[1].key',
    fragment: 'valeur « accueil » non autorisée ; valeurs permises : « accueillir »',
  },
  {
    name: 'a duplicate question id',
    change: (c) => set(c.questions[1]!, 'id', 'climat-1'),
    path: 'questions[1].id',
    fragment: 'valeur en double « climat-1 » (déjà présente en questions[0])',
  },
  {
    name: 'a duplicate fiche id',
    change: (c) => c.fiches.push({ ...c.fiches[0]!, number: 2 }),
    path: 'fiches[1].id',
    fragment: 'en double « cafe-des-parents »',
  },
  {
    name: 'a duplicate axis id',
    change: (c) => set(c.axes[1]!, 'id', 'climat'),
    path: 'axes[1].id',
    fragment: 'en double',
  },
  {
    name: 'a duplicate action id',
    change: (c) => c.actions.push(c.actions[0]!),
    path: 'actions[1].id',
    fragment: 'en double',
  },
  {
    name: 'a duplicate resource id',
    change: (c) => set(c.resources[1]!, 'id', 'climat-scolaire'),
    path: 'resources[1].id',
    fragment: 'en double',
  },
  {
    name: 'a checklist item id repeated in another phase of the same guide',
    change: (c) => set(c.guides[0]!.checklists.apres[0]!, 'id', 'declarer'),
    path: 'guides[0].checklists.apres[0].id',
    fragment: 'déjà présente en guides[0].checklists.avant[0]',
  },
  {
    name: 'a duplicate milestone id',
    change: (c) => set(c.calendar!.milestones[1]!, 'id', 'declaration'),
    path: 'calendar.milestones[1].id',
    fragment: 'en double',
  },
  {
    name: 'a duplicate template field id',
    change: (c) => c.ficheTemplate!.fields.push({ id: 'objectifs', label: 'Encore' }),
    path: 'ficheTemplate.fields[1].id',
    fragment: 'en double',
  },
  {
    name: 'a duplicate key id, the missing key being named',
    change: (c) => set(c.keys[3]!, 'id', 'accueillir'),
    path: 'keys',
    fragment: 'clé « raccrocher » absente',
  },
  {
    name: 'a key repeated in a fiche',
    change: (c) => c.fiches[0]!.keys.push('accueillir'),
    path: 'fiches[0].keys[2]',
    fragment: 'en double « accueillir »',
  },
  {
    name: 'an axis targeted twice by a fiche',
    change: (c) => c.fiches[0]!.axes.push({ axis: 'climat', weight: 1 }),
    path: 'fiches[0].axes[2].axis',
    fragment: 'en double « climat »',
  },
  {
    name: 'a duplicate value on the answer scale',
    change: (c) => set(c.scale.levels[1]!, 'value', 0),
    path: 'scale.levels[1].value',
    fragment: 'en double « 0 »',
  },
  {
    name: 'an axis with a single question',
    change: (c) => c.questions.splice(1, 1),
    path: 'axes[0]',
    fragment: 'a 1 question : 2 au moins attendues',
  },
  {
    name: 'an axis without a core question',
    change: (c) => set(c.questions[0]!, 'core', false),
    path: 'axes[0]',
    fragment: '0 question marquée « core: true » : une exactement attendue',
  },
  {
    name: 'an axis with two core questions',
    change: (c) => set(c.questions[1]!, 'core', true),
    path: 'axes[0]',
    fragment: '2 questions marquées « core: true »',
  },
  {
    name: 'a key without any axis',
    change: (c) => {
      c.axes.pop();
      c.questions.splice(6, 2);
    },
    path: 'keys[3]',
    fragment: 'aucun axe ne relève de la clé « raccrocher »',
  },
  {
    name: 'a number instead of a text',
    change: (c) => set(c, 'title', 42),
    path: 'title',
    fragment: 'type attendu : texte, reçu : nombre 42',
  },
  {
    name: 'a text instead of an integer',
    change: (c) => set(c.fiches[0]!, 'number', '1'),
    path: 'fiches[0].number',
    fragment: 'type attendu : nombre, reçu : texte « 1 »',
  },
  {
    name: 'a decimal where an integer is expected',
    change: (c) => set(c.fiches[0]!, 'leadTimeWeeks', 1.5),
    path: 'fiches[0].leadTimeWeeks',
    fragment: 'nombre entier',
  },
  {
    name: 'a text instead of a list (no extra length noise)',
    change: (c) => set(c, 'keys', 'accueillir'),
    path: 'keys',
    fragment: 'type attendu : liste',
  },
  {
    name: 'a text instead of a boolean',
    change: (c) => set(c.questions[0]!, 'core', 'oui'),
    path: 'questions[0].core',
    fragment: 'type attendu : booléen (true ou false)',
  },
  {
    name: 'an unknown property',
    change: (c) => set(c.fiches[0]!, 'objectif', 'Rapprocher'),
    path: 'fiches[0].objectif',
    fragment: 'propriété inconnue « objectif »',
  },
  {
    name: 'a missing label',
    change: (c) => Reflect.deleteProperty(c.keys[3]!, 'label'),
    path: 'keys[3].label',
    fragment: 'champ obligatoire manquant (type attendu : texte)',
  },
  {
    name: 'a missing key id',
    change: (c) => Reflect.deleteProperty(c.keys[3]!, 'id'),
    path: 'keys[3].id',
    fragment: 'champ obligatoire manquant ; valeurs permises : « accueillir »',
  },
  {
    name: 'three keys instead of four',
    change: (c) => c.keys.pop(),
    path: 'keys',
    fragment: 'exactement 4 éléments attendus (reçu : 3)',
  },
  {
    name: 'a text over the length limit',
    change: (c) => set(c.fiches[0]!, 'summary', 'x'.repeat(3001)),
    path: 'fiches[0].summary',
    fragment: 'texte trop long : 3000 caractères au plus (reçu : 3001)',
  },
  {
    name: 'an empty text',
    change: (c) => set(c, 'title', ''),
    path: 'title',
    fragment: 'texte vide',
  },
  {
    name: 'a list over its limit',
    change: (c) => c.fiches[0]!.levels.push('lycee-gt', 'lycee-pro', 'college'),
    path: 'fiches[0].levels',
    fragment: 'liste trop longue : 3 éléments au plus (reçu : 4)',
  },
  {
    name: 'an empty list where one item is needed',
    change: (c) => set(c.fiches[0]!, 'keys', []),
    path: 'fiches[0].keys',
    fragment: 'liste trop courte : au moins 1 élément',
  },
  {
    name: 'a number under its minimum',
    change: (c) => set(c.fiches[0]!.source, 'year', 1999),
    path: 'fiches[0].source.year',
    fragment: 'valeur trop petite : minimum 2000',
  },
  {
    name: 'a number over its maximum',
    change: (c) => set(c.fiches[0]!, 'leadTimeWeeks', 53),
    path: 'fiches[0].leadTimeWeeks',
    fragment: 'valeur trop grande : maximum 52',
  },
  {
    name: 'an identifier with capitals and accents',
    change: (c) => set(c.fiches[0]!, 'id', 'Café'),
    path: 'fiches[0].id',
    fragment: 'identifiant attendu (minuscules, chiffres, tirets)',
  },
  {
    name: 'an answer value outside 0–3',
    change: (c) => set(c.scale.levels[0]!, 'value', 4),
    path: 'scale.levels[0].value',
    fragment: 'valeur « 4 » non autorisée ; valeurs permises : 0, 1, 2, 3',
  },
  {
    name: 'a weight outside 1–3',
    change: (c) => set(c.fiches[0]!.axes[0]!, 'weight', 5),
    path: 'fiches[0].axes[0].weight',
    fragment: 'valeurs permises : 1, 2, 3',
  },
  {
    name: 'an unknown resource kind',
    change: (c) => set(c.resources[0]!, 'kind', 'blog'),
    path: 'resources[0].kind',
    fragment: 'valeur « blog » non autorisée',
  },
  {
    name: 'a milestone ending before it starts',
    change: (c) => set(c.calendar!.milestones[0]!, 'endOffsetDays', -90),
    path: 'calendar.milestones[0].endOffsetDays',
    fragment: 'la fin précède le début',
  },
  {
    name: 'a malformed e-mail address',
    change: (c) => set(c.contact!, 'email', 'perseverance at example.fr'),
    path: 'contact.email',
    fragment: 'adresse électronique attendue',
  },
];

describe('parseCatalogue', () => {
  it('accepts the valid fixture and returns an equal, fresh object', () => {
    const input = makeValidCatalogue();
    const output = parseCatalogue(input);
    expect(output).to.deep.equal(makeValidCatalogue());
    expect(output).to.not.equal(input);
    expect(output.fiches).to.not.equal(input.fiches);
  });

  it('accepts a catalogue without the optional sections', () => {
    const c = makeValidCatalogue();
    for (const key of ['ficheTemplate', 'calendar', 'contact'] as const) delete c[key];
    Object.assign(c, { fiches: [], actions: [], resources: [], guides: [] });
    expect(parseCatalogue(c).fiches).to.deep.equal([]);
  });

  for (const { name, change, path, fragment } of CASES) {
    it(`rejects ${name} at ${path}`, () => {
      const catalogue = makeValidCatalogue();
      change(catalogue);
      expectIssue(catalogue, path, fragment);
    });
  }

  it('reports several problems at once, with a French summary', () => {
    const c = makeValidCatalogue();
    set(c, 'title', 42);
    set(c, 'language', 'de');
    const error = rejection(c);
    expect(error.message).to.equal("Le catalogue n'est pas valide : 2 problèmes");
    expect(error.issues.map((i) => i.path)).to.have.members(['title', 'language']);
    expect(formatIssues(error.issues)).to.contain('- title : type attendu : texte');
  });

  it('reports a mistyped value once, without the checks meant for the right type', () => {
    const c = makeValidCatalogue();
    set(c, 'keys', 'accueillir');
    expect(rejection(c).issues.map((i) => i.message)).to.deep.equal([
      'keys : type attendu : liste, reçu : texte « accueillir »',
    ]);
  });

  it('says « 1 problème » in the singular', () => {
    const c = makeValidCatalogue();
    set(c, 'title', '');
    expect(rejection(c).message).to.equal("Le catalogue n'est pas valide : 1 problème");
  });

  it('caps the issues listed and says how many were left out', () => {
    const c = makeValidCatalogue();
    for (let i = 0; i < 150; i += 1)
      c.questions.push({ id: `q-${i}`, axis: `nope-${i}`, text: 'Q ?', core: false });
    const error = rejection(c);
    expect(error.issues).to.have.length(101);
    expect(error.issues[100]!.message).to.equal('… et 50 autres problèmes non listés');
    expect(error.message).to.equal("Le catalogue n'est pas valide : 150 problèmes");
  });

  it('quotes invisible characters visibly in messages', () => {
    const c = makeValidCatalogue();
    set(c.resources[0]!, 'kind', 'site\u0007');
    expectIssue(c, 'resources[0].kind', 'valeur « site\\u0007 » non autorisée');
  });

  it('writes paths with odd property names in bracket notation', () => {
    const c = makeValidCatalogue();
    set(c, 'mot clé', 1);
    expectIssue(c, '["mot clé"]', 'propriété inconnue « mot clé »');
  });
});
