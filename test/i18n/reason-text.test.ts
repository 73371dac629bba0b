import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type {
  Readiness,
  Reason,
  Recommendation,
  ResourceSuggestion,
} from '../../src/recommend/types.js';
import {
  readinessText,
  reasonText,
  resourceTargetText,
  resourceWhyText,
  summaryText,
} from '../../components/results/reason-text.js';
import { resultsEn } from '../../components/i18n/results-en.js';
import { resultsFr } from '../../components/i18n/results-fr.js';

/** French typography as `Intl` writes it, read with plain spaces in the expectations below. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const fr = (reason: Reason) => plain(reasonText(reason, resultsFr));
const en = (reason: Reason) => reasonText(reason, resultsEn);

const axis: Reason = {
  kind: 'axis',
  axisId: 'familles',
  keyId: 'accueillir',
  label: 'Relations avec les familles',
  score: 25.4,
  weight: 3,
  questions: [],
};
const key: Reason = { kind: 'key', keyId: 'accueillir', label: 'Accueillir', score: 40 };

describe('reasonText', () => {
  it('words an axis and a key, with the language’s percent', () => {
    assert.equal(fr(axis), 'Votre axe « Relations avec les familles » est à 25 %');
    assert.match(reasonText(axis, resultsFr), /25[\u00a0\u202f]%$/);
    assert.equal(en(axis), 'Your area “Relations avec les familles” is at 25%');
    assert.equal(fr(key), 'La clé ACCUEILLIR est à 40 %');
    assert.equal(en(key), 'The ACCUEILLIR key is at 40%');
  });

  it('cites the answers that show the need, the ones the item addresses said so', () => {
    const cited: Reason = {
      ...(axis as Extract<Reason, { kind: 'axis' }>),
      questions: [
        { questionId: 'q1', text: 'Les parents sont reçus.', value: 1, addressed: true },
        { questionId: 'q2', text: 'Un café des parents existe.', value: 0.5, addressed: false },
      ],
    };
    assert.equal(
      fr(cited),
      'Votre axe « Relations avec les familles » est à 25 %. Réponses qui le montrent : ' +
        '« Les parents sont reçus. » (1 sur 3, question liée à cette proposition) ; ' +
        '« Un café des parents existe. » (0,5 sur 3).',
    );
    assert.equal(
      en(cited),
      'Your area “Relations avec les familles” is at 25%. Answers that show it: ' +
        '“Les parents sont reçus.” (1 out of 3, a question this suggestion addresses); ' +
        '“Un café des parents existe.” (0.5 out of 3).',
    );
  });

  it('names the level an item was made for', () => {
    const level: Reason = { kind: 'level', levels: ['lycee-pro'] };
    assert.equal(
      fr(level),
      'Conçue pour le lycée professionnel, le niveau de votre établissement.',
    );
    assert.equal(en(level), 'Made for vocational lycées, your establishment’s level.');
  });

  it('words a starting point with each language’s plurals', () => {
    const start = (keyCount: number, axisCount: number): Reason => ({
      kind: 'start',
      keyCount,
      axisCount,
    });
    assert.equal(
      fr(start(1, 0)),
      'Diagnostic incomplet : point de départ général, qui couvre 1 clé et 0 axe.',
    );
    assert.equal(
      en(start(1, 0)),
      'Incomplete diagnostic: a general starting point, covering 1 key and 0 areas.',
    );
    assert.equal(
      en(start(4, 6)),
      'Incomplete diagnostic: a general starting point, covering 4 keys and 6 areas.',
    );
  });

  it('names the publics as a list, and says when the item was done', () => {
    const publics: Reason = { kind: 'publics', publics: ['eleves', 'parents', 'personnels'] };
    assert.equal(
      fr(publics),
      'Implique les élèves, les parents et les personnels, que vous souhaitez mobiliser.',
    );
    assert.equal(en(publics), 'Involves students, parents and staff, whom you want to engage.');
    assert.equal(
      fr({ kind: 'done' }),
      'Déjà menée dans l’établissement : proposée pour être reconduite ou approfondie.',
    );
    assert.equal(
      en({ kind: 'done' }),
      'Already carried out in the establishment: suggested to be renewed or taken further.',
    );
  });
});

describe('summaryText', () => {
  const base = {
    kind: 'fiche',
    id: 'x',
    title: 'X',
    keys: ['accueillir'],
    score: 0.5,
    priority: 0.55,
    need: 0.5,
    relevance: 1,
    levelSpecific: false,
    done: false,
    basis: 'targeted',
    mainAxisId: 'familles',
    mainKeyId: 'accueillir',
    reasons: [axis],
    focus: {
      axisId: 'familles',
      label: 'Relations avec les familles',
      score: 25,
      keyId: 'accueillir',
      keyLabel: 'Accueillir',
    },
  } satisfies Recommendation;

  it('names the main axis and its key', () => {
    assert.equal(
      plain(summaryText(base, resultsFr)),
      'Pour progresser sur « Relations avec les familles » (25 %), clé ACCUEILLIR.',
    );
    assert.equal(
      summaryText({ ...base, done: true }, resultsEn),
      'To make progress on “Relations avec les familles” (25%), ACCUEILLIR key. Already done: to renew or take further.',
    );
    assert.equal(
      summaryText({ ...base, focus: { ...base.focus, keyLabel: null } }, resultsEn),
      'To make progress on “Relations avec les familles” (25%).',
    );
  });

  it('repeats the starting point when there is no main axis', () => {
    const start: Recommendation = {
      ...base,
      basis: 'start',
      focus: null,
      reasons: [{ kind: 'start', keyCount: 2, axisCount: 3 }],
    };
    assert.equal(
      summaryText(start, resultsFr),
      'Diagnostic incomplet : point de départ général, qui couvre 2 clés et 3 axes.',
    );
  });
});

describe('readinessText', () => {
  const readiness: Readiness = {
    sufficient: true,
    status: 'partial',
    known: 1,
    required: 1,
    answered: 2,
    unknown: 1,
    total: 4,
    missingKeys: ['accrocher', 'raccrocher'],
    missingKeyLabels: ['Accrocher', 'Raccrocher'],
  };

  it('says what the suggestions rest on and which keys they cannot target', () => {
    assert.equal(
      readinessText(readiness, resultsFr),
      'Le diagnostic est partiel (2 réponses sur 4) : les propositions s’appuient sur vos 1 réponse connue. ' +
        'Les clés ACCROCHER et RACCROCHER n’ont aucune réponse connue : les propositions ne les ciblent pas encore.',
    );
    assert.equal(
      readinessText(readiness, resultsEn),
      'The diagnostic is partial (2 answers out of 4): the suggestions rest on your 1 known answer. ' +
        'The ACCROCHER and RACCROCHER keys have no known answer: the suggestions do not target them yet.',
    );
  });

  it('leaves the missing keys out when the diagnostic is too incomplete', () => {
    const text = readinessText(
      { ...readiness, sufficient: false, status: 'insufficient', required: 2 },
      resultsEn,
    );
    assert.equal(
      text,
      'The diagnostic is incomplete: 1 known answer out of 4, at least 2 are needed. ' +
        '“Don’t know” answers (1) do not count. ' +
        'The suggestions are general starting points, to refine by completing the questionnaire.',
    );
  });
});

describe('resourceTargetText', () => {
  const suggestion = {
    id: 'r',
    resource: { id: 'r' },
    match: 'axis',
    axisId: 'familles',
    keyId: 'accueillir',
    label: 'Relations avec les familles',
    keyLabel: 'Accueillir',
    score: 11.1,
  } as unknown as ResourceSuggestion;

  it('names the weak axis, the axis through its key, or the key', () => {
    assert.equal(
      plain(resourceTargetText(suggestion, resultsFr)),
      'Pour votre axe « Relations avec les familles » (11 %)',
    );
    assert.equal(
      resourceTargetText({ ...suggestion, match: 'key' }, resultsEn),
      'For your area “Relations avec les familles” (11%): a resource of the ACCUEILLIR key',
    );
    assert.equal(
      resourceTargetText(
        { ...suggestion, match: 'key', axisId: null, label: 'Accueillir' },
        resultsEn,
      ),
      'For the ACCUEILLIR key (11%)',
    );
  });
});

describe('resourceWhyText', () => {
  const suggestion = {
    id: 'r',
    resource: { id: 'r' },
    match: 'axis',
    axisId: 'familles',
    keyId: 'accueillir',
    label: 'Relations avec les familles',
    keyLabel: 'Accueillir',
    score: 11.1,
    levels: [],
  } as unknown as ResourceSuggestion;

  it('says why each resource is listed: its axis, its key instead, or a weak key; then its level', () => {
    assert.equal(
      plain(resourceWhyText(suggestion, resultsFr)),
      'Consacrée à l’axe « Relations avec les familles », à 11 % dans votre diagnostic.',
    );
    assert.equal(
      resourceWhyText({ ...suggestion, match: 'key' }, resultsEn),
      'The catalogue has no resource for the area “Relations avec les familles”: a resource of its key, ACCUEILLIR.',
    );
    assert.equal(
      plain(
        resourceWhyText(
          { ...suggestion, match: 'key', axisId: null, label: 'Accueillir', levels: ['college'] },
          resultsFr,
        ),
      ),
      'Ressource de la clé ACCUEILLIR, à 11 % dans votre diagnostic. Conçue pour le collège.',
    );
  });
});
