import { describe, it } from 'node:test';
import { expect } from 'chai';
import catalogue from '../../data/catalogue.json' with { type: 'json' };
import { CatalogueError, formatIssues } from '../../src/catalogue/errors.js';
import { parseCatalogue } from '../../src/catalogue/parse.js';

/**
 * What users of the default catalogue rely on, checked against the seeds it was written from
 * (`../shared/seeds/`): the four clés, enough axes and questions for the diagnostic, every fiche of
 * the 2019 livret, no personal data, valid addresses and a calendar that gives back 2019.
 */

const GENERIC_EMAIL = 'ce.saio-decrochage@ac-creteil.fr';

/** The 14 titles of the livret's table « N° Titre de l'action » (n°13 as its fiche page writes it). */
const LIVRET_TITLES = [
  'Montre à ton prof !',
  'Parcours aménagés pour les jeunes qui ont échoué au bac',
  'Mots d’encouragement',
  'Conseil de progrès',
  'Les parents dans la classe',
  'Fiers de notre tenue pro !',
  'Fête des réussites',
  'Philo pour tous',
  'L’erreur, quel bonheur !',
  'Speed-meeting',
  'Rentrée des élèves de 6ème',
  'Quelle stratégie pour notre GPDS ?',
  'Forum de la persévérance scolaire',
  'Organisation d’une exposition/restitution',
];

const FICHE_IDS = [
  'montre-a-ton-prof',
  'parcours-amenages-bac',
  'mots-encouragement',
  'conseil-de-progres',
  'parents-dans-la-classe',
  'fiers-tenue-pro',
  'fete-des-reussites',
  'philo-pour-tous',
  'erreur-quel-bonheur',
  'speed-meeting',
  'rentree-6e',
  'strategie-gpds',
  'forum-perseverance',
  'exposition-restitution',
  'ceremonie-diplomes-perseverance',
];

/** Every string of the file with its path, keys included (a property name is text too). */
function allStrings(value: unknown, path = '$'): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value))
    return value.flatMap((item, index) => allStrings(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      [`${path}#key`, key] as [string, string],
      ...allStrings(item, `${path}.${key}`),
    ]);
  }
  return [];
}

const DAY_MS = 86_400_000;
const WEEK_START_2019 = Date.UTC(2019, 3, 15);
const dateAt = (offsetDays: number): string =>
  new Date(WEEK_START_2019 + offsetDays * DAY_MS).toISOString().slice(0, 10);

describe('data/catalogue.json — content', () => {
  it('passes parseCatalogue (shapes, cross-references, URLs)', () => {
    try {
      parseCatalogue(catalogue);
    } catch (error) {
      if (error instanceof CatalogueError)
        throw new Error(`${error.message}\n${formatIssues(error.issues)}`, { cause: error });
      throw error;
    }
  });

  it('has the four clés in order, labelled in capitals', () => {
    expect(catalogue.keys.map((key) => key.id)).to.deep.equal([
      'accueillir',
      'accrocher',
      'accompagner',
      'raccrocher',
    ]);
    expect(catalogue.keys.map((key) => key.label)).to.deep.equal([
      'ACCUEILLIR',
      'ACCROCHER',
      'ACCOMPAGNER',
      'RACCROCHER',
    ]);
    const accrocher = catalogue.keys.find((key) => key.id === 'accrocher');
    expect(accrocher?.tagline).to.equal('Donner envie de venir vivre autrement l’école');
  });

  it('has the four-level maturity scale', () => {
    expect(catalogue.scale.levels.map((level) => [level.value, level.label])).to.deep.equal([
      // Agreeing with « la pratique », which every level's description rates.
      [0, 'Pas engagée'],
      [1, 'Amorcée'],
      [2, 'En place'],
      [3, 'Consolidée'],
    ]);
    expect(catalogue.scale.unknownLabel).to.equal('Je ne sais pas');
  });

  it('has at least 25 axes, each in a known key, with ids prefixed by their key', () => {
    expect(catalogue.axes.length).to.be.at.least(25);
    for (const axis of catalogue.axes) {
      expect(axis.id.startsWith(`${axis.key}-`), axis.id).to.equal(true);
      expect(axis.practices.length, axis.id).to.be.at.least(1);
    }
    for (const key of catalogue.keys) {
      expect(catalogue.axes.filter((axis) => axis.key === key.id).length, key.id).to.be.at.least(4);
    }
  });

  it('gives each axis at least two questions, exactly one of them core and listed first', () => {
    for (const axis of catalogue.axes) {
      const own = catalogue.questions.filter((question) => question.axis === axis.id);
      expect(own.length, axis.id).to.be.at.least(2);
      expect(own.filter((question) => question.core).length, axis.id).to.equal(1);
      expect(own[0]?.core, axis.id).to.equal(true);
      // An id is kept while its meaning stays (saved answers, share codes) and a new statement
      // gets a new number, so numbers need not follow the order: they only name the axis.
      for (const question of own)
        expect(question.id.startsWith(`${axis.id}-`), question.id).to.equal(true);
    }
  });

  it('has at most 60 questions (the share code is sized for 60), ordered by key then axis', () => {
    expect(catalogue.questions.length).to.be.at.most(60);
    const axisOrder = catalogue.axes.map((axis) => axis.id);
    const positions = catalogue.questions.map((question) => axisOrder.indexOf(question.axis));
    expect(positions.every((position) => position >= 0)).to.equal(true);
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
    const keyOrder = catalogue.keys.map((key) => key.id);
    const axisKeys = catalogue.axes.map((axis) => keyOrder.indexOf(axis.key));
    expect(axisKeys).to.deep.equal([...axisKeys].sort((a, b) => a - b));
  });

  it('holds the fourteen fiches of the 2019 livret and the fiche mutualisation n°1', () => {
    expect(catalogue.fiches.map((fiche) => fiche.id)).to.have.members(FICHE_IDS);
    expect(catalogue.fiches).to.have.length(FICHE_IDS.length);
    const livret = catalogue.fiches.filter((fiche) => fiche.source.year === 2019);
    expect(livret.map((fiche) => fiche.number).sort((a, b) => a - b)).to.deep.equal(
      Array.from({ length: 14 }, (_, index) => index + 1),
    );
  });

  it('keeps every title of the livret table as written', () => {
    const titles = catalogue.fiches.map((fiche) => fiche.title);
    for (const title of LIVRET_TITLES) expect(titles, title).to.include(title);
  });

  it('fills every fiche with the livret fields and sensible tags', () => {
    for (const fiche of catalogue.fiches) {
      for (const field of [
        'organisation',
        'objectifs',
        'publicsDescription',
        'pilotage',
        'reussite',
        'valoriser',
      ] as const) {
        expect(fiche[field].length, `${fiche.id}.${field}`).to.be.at.least(1);
      }
      // The tool's estimate (no source gives weeks); up to a school year for a fiche whose source
      // starts it with the year (see guides-seed.test.ts for its words).
      expect(fiche.leadTimeWeeks, fiche.id).to.be.within(2, fiche.timing ? 36 : 12);
      expect(fiche.axes.length, fiche.id).to.be.within(1, 4);
      expect(
        fiche.axes.some((target) => target.weight === 3),
        fiche.id,
      ).to.equal(true);
    }
    const byId = new Map(catalogue.fiches.map((fiche) => [fiche.id, fiche]));
    expect(byId.get('montre-a-ton-prof')?.levels).to.deep.equal(['lycee-pro']);
    expect(byId.get('fiers-tenue-pro')?.levels).to.deep.equal(['lycee-pro']);
    expect(byId.get('rentree-6e')?.levels).to.deep.equal(['college']);
    expect(byId.get('forum-perseverance')?.scale).to.include('district');
    expect(byId.get('fete-des-reussites')?.publics).to.have.members([
      'eleves',
      'parents',
      'personnels',
      'partenaires',
    ]);
  });

  it('has the fiche template n°15 with the livret fields', () => {
    const template = catalogue.ficheTemplate;
    expect(template.number).to.equal(15);
    expect(template.title).to.equal('À votre tour…');
    expect(template.fields.map((field) => [field.id, field.label])).to.deep.include.members([
      ['organisation', 'Organisation – modalités'],
      ['objectifs', 'Objectifs'],
      ['publics', 'Publics'],
      ['pilotage', 'Pilotage'],
      ['reussite', 'Éléments clés de réussite'],
      ['valoriser', 'Valoriser, communiquer'],
    ]);
    expect(template.fields.map((field) => field.id)).to.include('titre');
  });

  it('has at least 20 actions and 40 resources', () => {
    expect(catalogue.actions.length).to.be.at.least(20);
    expect(catalogue.resources.length).to.be.at.least(40);
    const titles = catalogue.actions.map((action) => action.title.toLowerCase()).join('\n');
    for (const word of [
      'intégration',
      'café des parents',
      'pikas',
      'pafi',
      'tutorat',
      'carnet de correspondance',
      'olympiades',
    ]) {
      expect(titles, word).to.contain(word);
    }
  });

  it('gives only valid http(s) addresses, in resources and in texts (as written: see catalogue-sources)', () => {
    const urls = [
      ...catalogue.resources.flatMap((resource) =>
        'url' in resource && resource.url ? [resource.url] : [],
      ),
      ...allStrings(catalogue).flatMap(([, text]) => text.match(/\bhttps?:\/\/\S+/g) ?? []),
    ];
    expect(urls.length).to.be.at.least(40);
    for (const url of urls) {
      if (url === catalogue.$schema) continue;
      expect(() => new URL(url), url).not.to.throw();
      expect(new URL(url).protocol, url).to.be.oneOf(['http:', 'https:']);
    }
  });

  it('contains no personal e-mail address, only the académie’s generic one', () => {
    const found = allStrings(catalogue).flatMap(([path, text]) =>
      (text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []).map(
        (email) => [path, email.replace(/\.$/, '')] as const,
      ),
    );
    expect(found.length).to.be.at.least(1);
    for (const [path, email] of found) expect(email.toLowerCase(), path).to.equal(GENERIC_EMAIL);
    expect(catalogue.contact.email).to.equal(GENERIC_EMAIL);
  });

  it('has guides whose checklist item ids are unique', () => {
    expect(catalogue.guides.map((guide) => guide.id)).to.deep.equal([
      'mode-emploi-2021',
      'communiquer-valoriser-2022',
    ]);
    for (const guide of catalogue.guides) {
      const ids = [
        ...guide.checklists.avant,
        ...guide.checklists.pendant,
        ...guide.checklists.apres,
      ].map((item) => item.id);
      expect(new Set(ids).size, guide.id).to.equal(ids.length);
    }
    // Only the 2022 fiche méthode is an avant / pendant / après list; the 2021 one keeps its own
    // headings (guides-seed.test.ts).
    const [, list] = catalogue.guides;
    expect(list!.checklists.avant.length).to.be.at.least(1);
    expect(list!.checklists.apres.length).to.be.at.least(1);
  });

  it('gives back the 2019 calendar when its offsets are applied to Monday 15 April 2019', () => {
    const { calendar } = catalogue;
    expect(calendar.weekLengthDays).to.equal(6);
    expect(dateAt(calendar.declarationDeadlineOffsetDays)).to.equal('2019-03-28');
    const dates = Object.fromEntries(
      calendar.milestones.map((milestone) => [
        milestone.label,
        [
          dateAt(milestone.startOffsetDays),
          'endOffsetDays' in milestone && typeof milestone.endOffsetDays === 'number'
            ? dateAt(milestone.endOffsetDays)
            : null,
        ],
      ]),
    );
    expect(dates).to.deep.equal({
      'Lancement de la communication': ['2019-01-24', null],
      'Préparation & organisation': ['2019-01-24', '2019-03-28'],
      'Remontée des actions': ['2019-03-28', null],
      'Finalisation du programme': ['2019-04-01', '2019-04-15'],
      'Semaine de la persévérance scolaire': ['2019-04-15', '2019-04-20'],
    });
  });

  it('uses French typography: typographic apostrophes, no straight quotes in texts', () => {
    for (const [path, text] of allStrings(catalogue)) {
      if (/\.url$|\$schema$|#key$/.test(path)) continue;
      const withoutUrls = text.replace(/\bhttps?:\/\/\S+/g, '');
      expect(withoutUrls, path).not.to.match(/['"]/);
      expect(withoutUrls, path).not.to.match(/\.\.\./);
    }
  });
});
