import { describe, it } from 'node:test';
import { expect } from 'chai';
import { catalogueEn } from '../../components/i18n/catalogue-en.js';
import { catalogueFr } from '../../components/i18n/catalogue-fr.js';
import { downloadEn } from '../../components/i18n/download-en.js';
import { downloadFr } from '../../components/i18n/download-fr.js';
import { storageEn } from '../../components/i18n/storage-en.js';
import { storageFr } from '../../components/i18n/storage-fr.js';
import { en } from '../../components/i18n/en.js';
import { fr } from '../../components/i18n/fr.js';
import { planEn } from '../../components/i18n/plan-en.js';
import { planFr } from '../../components/i18n/plan-fr.js';
import { resultsEn } from '../../components/i18n/results-en.js';
import { resultsFr } from '../../components/i18n/results-fr.js';
import { sessionEn } from '../../components/i18n/session-en.js';
import { sessionFr } from '../../components/i18n/session-fr.js';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { NO_ROLE_LABEL } from '../../src/session/aggregate.js';
import { ROLE_LABELS } from '../../src/share/roles.js';

/**
 * The interface's French follows the ministry's usage (no point médian: doublets or épicène
 * wording; « 6e », « coordonnateur », « événement »; plurals through `Intl.PluralRules`). This scans
 * every string table, French and English, the project's own defaults in src/, and the catalogue,
 * so the mistakes fixed once cannot come back.
 */

/** A string's texts: itself, or a function's source and what it returns for sample arguments. */
function textsOf(value: unknown, path: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    // The source holds every literal of the template, whatever branch the arguments take.
    out.push([`${path} (source)`, String(value)]);
    for (const n of [0, 1, 2]) {
      const args = Array.from({ length: value.length }, () => n);
      try {
        const result: unknown = value(...args);
        if (typeof result === 'string') out.push([`${path}(${args.join(', ')})`, result]);
      } catch {
        // Arguments of another type (a date, a moment): the source above is scanned anyway.
      }
    }
  } else if (Array.isArray(value)) value.forEach((item, i) => textsOf(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) textsOf(item, `${path}.${key}`, out);
}

function texts(tables: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, table] of Object.entries(tables)) textsOf(table, name, out);
  return out;
}

const FRENCH = texts({
  fr,
  resultsFr,
  sessionFr,
  planFr,
  catalogueFr,
  downloadFr,
  storageFr,
  ROLE_LABELS,
  NO_ROLE_LABEL,
});
const ENGLISH = texts({
  en,
  resultsEn,
  sessionEn,
  planEn,
  catalogueEn,
  downloadEn,
  storageEn,
});

/** What the project writes itself in the catalogue: questions, their help, the scale. */
const CATALOGUE_OWN = texts({
  questions: defaultCatalogue.questions,
  scale: defaultCatalogue.scale,
});

/** Inclusive-writing dots and the mistakes fixed in issue #15, each with why it is one. */
const MISTAKES: readonly [RegExp, string][] = [
  [/[\u00B7\u2027\u22C5\u2219]/u, 'point médian (ou point de séparation qui s’y confond)'],
  [/\p{L}\((e|es|ne|le)\)/u, 'parenthèses inclusives : doublet ou mot épicène'],
  [/\bquestions? répondues?\b/iu, '« questions répondues » : « questions qui ont une réponse »'],
  [/\bcoordinat(eur|rice)/iu, '« coordonnateur », le mot du ministère'],
  [/\b\d+(ème|eme|è)\b/u, '« 6e », pas « 6ème »'],
  [/évènement/iu, '« événement », la graphie du ministère'],
  [/\bcheck-list\b/iu, '« liste de contrôle » ou « liste de tâches »'],
];

/** Counts: 0 and 1 take the singular in French (Intl.PluralRules), 1 only in English. */
const SINGULAR_FR =
  /(^|[^\d,.\s])\s?\b[01] (questions|réponses|propositions|participants|personnes|semaines|fiches|actions|clés|axes|codes|jours)\b/u;
const SINGULAR_EN =
  /(^|[^\d,.])\b1 (questions|answers|suggestions|participants|people|weeks|sheets|actions|keys|axes|codes|days)\b/u;

describe('French and English strings: the ministry’s usage, no point médian', () => {
  it('scans something: every table has strings', () => {
    for (const name of ['fr.', 'resultsFr.', 'sessionFr.', 'planFr.', 'ROLE_LABELS.'])
      expect(
        FRENCH.some(([path]) => path.startsWith(name)),
        name,
      ).to.equal(true);
    for (const name of ['en.', 'resultsEn.', 'sessionEn.', 'planEn.'])
      expect(
        ENGLISH.some(([path]) => path.startsWith(name)),
        name,
      ).to.equal(true);
    expect(CATALOGUE_OWN.length).to.be.at.least(defaultCatalogue.questions.length * 2);
  });

  for (const [pattern, why] of MISTAKES) {
    it(`nothing matches ${pattern.source}: ${why}`, () => {
      const found = [...FRENCH, ...ENGLISH, ...CATALOGUE_OWN]
        .filter(([, text]) => pattern.test(text))
        .map(([path, text]) => `${path}: ${text.slice(0, 120)}`);
      expect(found).to.deep.equal([]);
    });
  }

  it('has no point médian anywhere in the catalogue (its quotations included)', () => {
    const json = JSON.stringify(defaultCatalogue);
    expect(json).not.to.match(/[\p{L}][\u00B7\u2027\u22C5][\p{L}]/u);
    expect(json).not.to.include('·');
  });

  it('writes counts with the language’s plural rule: « 1 réponse », « 0 question », « 1 answer »', () => {
    const wrongFr = FRENCH.filter(
      ([path, text]) => !path.endsWith('(source)') && SINGULAR_FR.test(text),
    );
    const wrongEn = ENGLISH.filter(
      ([path, text]) => !path.endsWith('(source)') && SINGULAR_EN.test(text),
    );
    expect(wrongFr.map(([path, text]) => `${path}: ${text}`)).to.deep.equal([]);
    expect(wrongEn.map(([path, text]) => `${path}: ${text}`)).to.deep.equal([]);
  });

  it('words each filter’s « all » for its own noun: « Tous les publics », not « Public : Toutes »', () => {
    expect(resultsFr.recommendations.allPublics).to.equal('Tous les publics');
    expect(resultsFr.recommendations.allKeys).to.equal('Toutes les clés');
    expect(resultsFr.recommendations.allScales).to.equal('Toutes les échelles');
  });

  it('counts a resumed diagnostic and the question totals through the plural rule', () => {
    expect(fr.welcome.resumeInfo(1, 60)).to.include(': 1 réponse sur 60.');
    expect(fr.welcome.resumeInfo(0, 60)).to.include(': 0 réponse sur 60.');
    expect(fr.welcome.resumeInfo(2, 60)).to.include(': 2 réponses sur 60.');
    expect(en.welcome.resumeInfo(1, 60)).to.include(': 1 answer out of 60.');
    expect(fr.welcome.versionShort(1)).to.equal('Courte (1 question)');
    expect(resultsFr.profile.completion(1, 60, 0)).to.match(/^1 question sur 60 a une réponse/);
  });
});
