import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Level } from '../../src/catalogue/schema.js';
import type { Answers } from '../../src/diagnostic/answers.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import {
  recommend,
  type EstablishmentContext,
  type Recommendation,
} from '../../src/recommend/index.js';
import { reasonText, summaryText } from '../../components/results/reason-text.js';
import { resultsEn } from '../../components/i18n/results-en.js';
import { resultsFr } from '../../components/i18n/results-fr.js';
import { sampleAnswers, smallCatalogue } from '../fixtures/small-catalogue.js';

/** Axis needs of the sample: climat 0, familles 8/9, vie 1/3, orientation 2/3, suivi 7/9, decrochage 1/2. */
const sampleProfile = () => computeProfile(smallCatalogue(), sampleAnswers());
const run = (context: EstablishmentContext, answers: Answers = sampleAnswers(), limit = 50) =>
  recommend(smallCatalogue(), computeProfile(smallCatalogue(), answers), context, { limit });
const ids = (recs: readonly Recommendation[]) => recs.map((r) => r.id);
const byId = (recs: readonly Recommendation[], id: string) => recs.find((r) => r.id === id)!;
/** The interface's wording of the reasons; `Intl`'s non-breaking spaces read as spaces here. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const texts = (rec: Recommendation, m = resultsFr) =>
  rec.reasons.map((r) => plain(reasonText(r, m)));

describe('recommend: hand-computed ranking (collège, sample answers)', () => {
  const recs = run({ levels: ['college'] });

  it('computes need as the weighted mean of the served axes’ needs', () => {
    const table: [string, number][] = [
      ['tutorat', 7 / 9], // suivi ×3
      ['tutorat-pairs', 7 / 9],
      ['cafe-parents', 2 / 3], // (3 × 8/9 + 1 × 0) / 4
      ['forum-metiers', 7 / 12], // (3 × 2/3 + 1 × 1/3) / 4
      ['strategie-gpds', 19 / 36], // (0 + 8/9 + 1/3 + 2/3 + 7/9 + 1/2) / 6
      ['appel-absents', 1 / 2],
      ['rentree-6e', 16 / 45], // (3 × 0 + 2 × 8/9) / 5
    ];
    for (const [id, need] of table) {
      expect(byId(recs, id).need, id).to.be.closeTo(need, 1e-9);
      expect(byId(recs, id).score, id).to.be.closeTo(need, 1e-9); // relevance 1: no publics, nothing done
    }
  });

  it('ranks with diversity: the weak key first, then damped repeats', () => {
    // Weak key: ACCOMPAGNER (22 %, the lowest) → tutorat first (fiche before the equal action).
    // Then cafe-parents 0.667 > forum-metiers 0.583 > appel-absents 0.5 > tutorat-pairs
    // (7/9 × 0.85 × 0.75 = 0.496) > strategie-gpds (19/36 × 0.85 × 0.75 = 0.336, after cafe-parents
    // on familles) > rentree-6e (16/45 × 0.85² × 0.75² = 0.145).
    expect(ids(recs)).to.deep.equal([
      'tutorat',
      'cafe-parents',
      'forum-metiers',
      'appel-absents',
      'tutorat-pairs',
      'strategie-gpds',
      'rentree-6e',
    ]);
  });

  it('leaves out items with nothing to improve (journée d’intégration serves only climat, at 100 %)', () => {
    expect(ids(recs)).not.to.include('journee-integration');
  });

  it('puts a fiche before an action of equal need', () => {
    expect(byId(recs, 'tutorat').score).to.be.closeTo(byId(recs, 'tutorat-pairs').score, 1e-12);
    expect(ids(recs).indexOf('tutorat')).to.be.below(ids(recs).indexOf('tutorat-pairs'));
    expect(byId(recs, 'tutorat').kind).to.equal('fiche');
    expect(byId(recs, 'tutorat-pairs').kind).to.equal('action');
  });

  it('explains with the weak axes and keys, as structured data the interface words', () => {
    const tutorat = byId(recs, 'tutorat');
    expect(tutorat.reasons).to.deep.equal([
      {
        kind: 'axis',
        axisId: 'suivi',
        keyId: 'accompagner',
        label: 'Suivi individualisé',
        score: 200 / 9,
        weight: 3,
        questions: [
          { questionId: 'suivi-1', text: 'Un tutorat existe.', value: 0 },
          { questionId: 'suivi-2', text: 'Les fragilités sont repérées.', value: 1 },
        ],
      },
      {
        kind: 'key',
        keyId: 'accompagner',
        label: 'Accompagner',
        score: 200 / 9,
      },
    ]);
    expect(tutorat.focus).to.deep.equal({
      axisId: 'suivi',
      label: 'Suivi individualisé',
      score: 200 / 9,
      keyId: 'accompagner',
      keyLabel: 'Accompagner',
    });
    expect(texts(tutorat)).to.deep.equal([
      'Votre axe « Suivi individualisé » est à 22 %',
      'La clé ACCOMPAGNER est à 22 %',
    ]);
    expect(plain(summaryText(tutorat, resultsFr))).to.equal(
      'Pour progresser sur « Suivi individualisé » (22 %), clé ACCOMPAGNER.',
    );
    expect(texts(tutorat, resultsEn)).to.deep.equal([
      'Your area “Suivi individualisé” is at 22%',
      'The ACCOMPAGNER key is at 22%',
    ]);
    expect(summaryText(tutorat, resultsEn)).to.equal(
      'To make progress on “Suivi individualisé” (22%), ACCOMPAGNER key.',
    );
    expect(tutorat.basis).to.equal('targeted');
  });

  it('names only weak axes (climat at 100 % is not a reason for the café des parents)', () => {
    expect(texts(byId(recs, 'cafe-parents'))).to.deep.equal([
      'Votre axe « Relations avec les familles » est à 11 %',
    ]);
  });

  it('lists up to three weak axes, heaviest first, then their weak keys', () => {
    expect(texts(byId(recs, 'strategie-gpds'))).to.deep.equal([
      'Votre axe « Relations avec les familles » est à 11 %',
      'Votre axe « Suivi individualisé » est à 22 %',
      'Votre axe « Projet d’orientation » est à 33 %',
      'La clé ACCOMPAGNER est à 22 %',
    ]);
  });

  it('still names the main axis when no served axis is weak', () => {
    // décrochage at 50 % is neither below 50 nor among the three « axes de progrès ».
    expect(texts(byId(recs, 'appel-absents'))).to.deep.equal([
      'Votre axe « Prévention du décrochage » est à 50 %',
    ]);
  });

  it('carries the item’s keys and title', () => {
    expect(byId(recs, 'cafe-parents')).to.include({
      kind: 'fiche',
      title: 'Café des parents',
      done: false,
    });
    expect(byId(recs, 'cafe-parents').keys).to.deep.equal(['accueillir']);
  });
});

describe('recommend: levels are a hard filter', () => {
  const table: [string, Level[], string[], string[]][] = [
    ['collège', ['college'], ['rentree-6e'], ['tenue-pro', 'retour-decrocheurs', 'atelier-pro']],
    [
      'lycée général',
      ['lycee-gt'],
      ['retour-decrocheurs', 'cafe-parents'],
      ['rentree-6e', 'tenue-pro', 'atelier-pro'],
    ],
    [
      'lycée pro',
      ['lycee-pro'],
      ['tenue-pro', 'atelier-pro', 'retour-decrocheurs'],
      ['rentree-6e', 'cafe-parents'],
    ],
    [
      'cité scolaire collège + LGT',
      ['college', 'lycee-gt'],
      ['rentree-6e', 'retour-decrocheurs'],
      ['tenue-pro'],
    ],
    [
      'no level given: no filter',
      [],
      ['rentree-6e', 'tenue-pro', 'atelier-pro', 'retour-decrocheurs'],
      [],
    ],
  ];
  for (const [name, levels, included, excluded] of table) {
    it(name, () => {
      const got = ids(run({ levels }));
      for (const id of included) expect(got, id).to.include(id);
      for (const id of excluded) expect(got, id).not.to.include(id);
    });
  }

  it('actions without levels fit every establishment', () => {
    for (const level of ['college', 'lycee-gt', 'lycee-pro'] as const) {
      expect(ids(run({ levels: [level] }))).to.include('appel-absents');
    }
  });
});

describe('recommend: context preferences', () => {
  it('demotes items already done (×0.5), flags them and says so, without hiding them', () => {
    const recs = run({ levels: ['college'], doneFicheIds: ['tutorat'] });
    const tutorat = byId(recs, 'tutorat');
    expect(tutorat.done).to.equal(true);
    expect(tutorat.relevance).to.equal(0.5);
    expect(tutorat.score).to.be.closeTo(7 / 18, 1e-9);
    expect(tutorat.reasons.at(-1)!.kind).to.equal('done');
    expect(summaryText(tutorat, resultsFr)).to.match(
      /\. Déjà menée : à reconduire ou approfondir\.$/,
    );
    expect(summaryText(tutorat, resultsEn)).to.match(
      /\. Already done: to renew or take further\.$/,
    );
    expect(ids(recs)[0]).to.equal('tutorat-pairs');
  });

  it('gives a bonus to items involving the wanted publics (pro rata)', () => {
    const recs = run({ levels: ['college'], publics: ['parents', 'personnels'] });
    expect(byId(recs, 'cafe-parents').relevance).to.be.closeTo(1.1, 1e-9); // 1 of 2 wanted
    expect(byId(recs, 'strategie-gpds').relevance).to.be.closeTo(1.1, 1e-9);
    expect(byId(recs, 'forum-metiers').relevance).to.equal(1);
    expect(byId(recs, 'appel-absents').relevance).to.equal(1); // no publics given
    const reason = byId(recs, 'cafe-parents').reasons.find((r) => r.kind === 'publics')!;
    expect(reason).to.deep.equal({ kind: 'publics', publics: ['parents'] });
    expect(reasonText(reason, resultsFr)).to.equal(
      'Implique les parents, que vous souhaitez mobiliser.',
    );
  });

  it('names every matched public', () => {
    const recs = run({ levels: ['college'], publics: ['eleves', 'personnels'] });
    const reason = byId(recs, 'tutorat').reasons.find((r) => r.kind === 'publics')!;
    expect(reasonText(reason, resultsFr)).to.equal(
      'Implique les élèves et les personnels, que vous souhaitez mobiliser.',
    );
    expect(reasonText(reason, resultsEn)).to.equal(
      'Involves students and staff, whom you want to engage.',
    );
    expect(byId(recs, 'tutorat').relevance).to.be.closeTo(1.2, 1e-9);
  });
});

describe('recommend: diversity', () => {
  // ACCUEILLIR at 0 %, ACCROCHER and ACCOMPAGNER at 33 %, RACCROCHER at 100 %.
  const answers: Answers = {
    ...Object.fromEntries(smallCatalogue().questions.map((q) => [q.id, 1])),
    'climat-1': 0,
    'climat-2': 0,
    'familles-1': 0,
    'familles-2': 0,
    'familles-3': 0,
    'decrochage-1': 3,
    'decrochage-2': 3,
  };

  it('the top 4 cover at least 3 keys when 3 keys are weak', () => {
    const top = run({ levels: [] }, answers).slice(0, 4);
    const keys = new Set(top.map((r) => r.mainKeyId));
    expect(keys.size).to.be.at.least(3);
    expect(ids(top)).to.deep.equal(['cafe-parents', 'tenue-pro', 'tutorat', 'rentree-6e']);
  });

  it('without the re-ranking the same list would stack ACCUEILLIR items', () => {
    const recs = run({ levels: [] }, answers);
    const byScore = [...recs].sort((a, b) => b.score - a.score).slice(0, 4);
    expect(new Set(byScore.map((r) => r.mainKeyId))).to.deep.equal(new Set(['accueillir']));
  });
});

describe('recommend: limits and determinism', () => {
  it('honours the limit (default 10)', () => {
    const profile = sampleProfile();
    expect(recommend(smallCatalogue(), profile, { levels: [] }).length).to.equal(10);
    expect(recommend(smallCatalogue(), profile, { levels: [] }, { limit: 3 }).length).to.equal(3);
    expect(recommend(smallCatalogue(), profile, { levels: [] }, { limit: 0 })).to.deep.equal([]);
    expect(
      recommend(smallCatalogue(), profile, { levels: [] }, { limit: Infinity }).length,
    ).to.equal(10);
  });

  it('gives the same list for the same input', () => {
    const a = run({ levels: ['lycee-gt'], publics: ['eleves'] });
    const b = run({ levels: ['lycee-gt'], publics: ['eleves'] });
    expect(a).to.deep.equal(b);
  });
});
