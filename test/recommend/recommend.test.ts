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
/** Every question at `value`: every axis equal, none a strength above 50 % (at 1: 33 %). */
const allAt = (value: 0 | 1 | 2 | 3): Answers =>
  Object.fromEntries(smallCatalogue().questions.map((q) => [q.id, value]));
const byId = (recs: readonly Recommendation[], id: string) => recs.find((r) => r.id === id)!;
/** The interface's wording of the reasons; `Intl`'s non-breaking spaces read as spaces here. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const texts = (rec: Recommendation, m = resultsFr) =>
  rec.reasons.map((r) => plain(reasonText(r, m)));

describe('recommend: hand-computed ranking (collège, sample answers)', () => {
  const recs = run({ levels: ['college'] });

  it('computes need as the largest (100 − score)/100 × weight/3 among the served axes', () => {
    const table: [string, number][] = [
      ['cafe-parents', 8 / 9], // familles ×3 at 11 %
      ['tutorat', 7 / 9], // suivi ×3 at 22 %
      ['tutorat-pairs', 7 / 9],
      ['forum-metiers', 2 / 3], // orientation ×3 at 33 %
      ['rentree-6e', 16 / 27], // climat ×3 at 100 % gives 0; familles ×2: 8/9 × 2/3
      ['strategie-gpds', 8 / 27], // every tag ×1: familles 8/9 × 1/3
    ];
    for (const [id, need] of table) {
      expect(byId(recs, id).need, id).to.be.closeTo(need, 1e-9);
      expect(byId(recs, id).score, id).to.be.closeTo(need, 1e-9); // relevance 1: no publics, nothing done
    }
  });

  it('adds the fiche and level bonuses to make the priority', () => {
    expect(byId(recs, 'cafe-parents').priority).to.be.closeTo(8 / 9 + 0.05, 1e-9);
    expect(byId(recs, 'tutorat-pairs').priority).to.be.closeTo(7 / 9, 1e-9); // an action
    // « Rentrée des 6e » is made for collèges only: the level bonus too.
    expect(byId(recs, 'rentree-6e').priority).to.be.closeTo(16 / 27 + 0.15, 1e-9);
    expect(byId(recs, 'rentree-6e').levelSpecific).to.equal(true);
    // The café des parents also targets lycées GT: not made for this collège in particular.
    expect(byId(recs, 'cafe-parents').levelSpecific).to.equal(false);
  });

  it('ranks by priority, near-ties going to a key or axis not yet served', () => {
    // cafe-parents 0.94 (familles, the weakest axis) > tutorat 0.83 (suivi, ACCOMPAGNER) >
    // forum-metiers 0.72 (ACCROCHER), preferred to tutorat-pairs 0.78 and rentree-6e 0.74 because
    // they are within 0.1 and repeat a key already served > tutorat-pairs > rentree-6e >
    // strategie-gpds 0.35.
    expect(ids(recs)).to.deep.equal([
      'cafe-parents',
      'tutorat',
      'forum-metiers',
      'tutorat-pairs',
      'rentree-6e',
      'strategie-gpds',
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

  it('explains with the main axis, the answers that show the need, and the weak key', () => {
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
          // « Tutorat » shares a distinctive word with « Un tutorat existe. »: cited first.
          { questionId: 'suivi-1', text: 'Un tutorat existe.', value: 0, addressed: true },
          {
            questionId: 'suivi-2',
            text: 'Les fragilités sont repérées.',
            value: 1,
            addressed: false,
          },
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
      'Votre axe « Suivi individualisé » est à 22 %. Réponses qui le montrent : « Un tutorat existe. » (0 sur 3, question liée à cette proposition) ; « Les fragilités sont repérées. » (1 sur 3).',
      'La clé ACCOMPAGNER est à 22 %',
    ]);
    expect(plain(summaryText(tutorat, resultsFr))).to.equal(
      'Pour progresser sur « Suivi individualisé » (22 %), clé ACCOMPAGNER.',
    );
    expect(texts(tutorat, resultsEn)[1]).to.equal('The ACCOMPAGNER key is at 22%');
    expect(summaryText(tutorat, resultsEn)).to.equal(
      'To make progress on “Suivi individualisé” (22%), ACCOMPAGNER key.',
    );
    expect(tutorat.basis).to.equal('targeted');
  });

  it('cites the questions the item addresses before the axis’s lowest answers', () => {
    // familles-2 « Un café des parents existe. » (0) is the café's own question; familles-1 is
    // also at 0 but comes second.
    const axis = byId(recs, 'cafe-parents').reasons[0]!;
    expect(axis.kind === 'axis' && axis.questions.map((q) => q.questionId)).to.deep.equal([
      'familles-2',
      'familles-1',
    ]);
  });

  it('names only weak axes, and never a key at or above 50 % (climat at 100 %, ACCUEILLIR at 56 %)', () => {
    const cafe = byId(recs, 'cafe-parents');
    expect(cafe.reasons.map((r) => r.kind)).to.deep.equal(['axis']);
    expect(cafe.reasons[0]).to.include({ axisId: 'familles', score: 100 / 9 });
  });

  it('lists the main axis first, then the other weak axes, then their weak keys', () => {
    expect(
      byId(recs, 'strategie-gpds').reasons.map((r) =>
        r.kind === 'axis' || r.kind === 'key'
          ? `${r.kind}:${r.kind === 'axis' ? r.axisId : r.keyId}`
          : r.kind,
      ),
    ).to.deep.equal(['axis:familles', 'axis:suivi', 'axis:orientation', 'key:accompagner']);
  });

  it('never proposes an item for a point d’appui: appel-absents serves only décrochage (50 %, a strength)', () => {
    expect(sampleProfile().strengths.map((a) => a.axisId)).to.include('decrochage');
    expect(ids(recs)).not.to.include('appel-absents');
  });

  it('treats tied axes alike: no strength is cut from its ties by catalogue order', () => {
    // Everything at 67 %: the profile still names three « points d'appui », but all axes tie.
    expect(ids(run({ levels: [] }, allAt(2))).length).to.equal(11);
    // climat, vie, orientation, décrochage at 83 %; familles and suivi at 0 %: the third « axe de
    // progrès » is one of the 83 % axes, so none of them is a strength and all their items stay.
    const answers: Answers = {
      ...Object.fromEntries(smallCatalogue().questions.map((q) => [q.id, 0])),
      'climat-1': 3,
      'climat-2': 2,
      'vie-1': 3,
      'vie-2': 2,
      'orientation-1': 3,
      'orientation-2': 2,
      'decrochage-1': 3,
      'decrochage-2': 2,
    };
    const got = ids(run({ levels: [] }, answers));
    for (const id of ['appel-absents', 'tenue-pro', 'forum-metiers', 'journee-integration'])
      expect(got, id).to.include(id);
  });

  it('names the main axis first: summary and reasons agree', () => {
    for (const rec of recs)
      expect(rec.reasons[0]).to.include({ kind: 'axis', axisId: rec.focus!.axisId });
  });

  it('says when an item was made for the establishment’s level', () => {
    expect(byId(recs, 'rentree-6e').reasons.find((r) => r.kind === 'level')).to.deep.equal({
      kind: 'level',
      levels: ['college'],
    });
    expect(byId(recs, 'cafe-parents').reasons.some((r) => r.kind === 'level')).to.equal(false);
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
      const got = ids(run({ levels }, allAt(1)));
      for (const id of included) expect(got, id).to.include(id);
      for (const id of excluded) expect(got, id).not.to.include(id);
    });
  }

  it('actions without levels fit every establishment', () => {
    for (const level of ['college', 'lycee-gt', 'lycee-pro'] as const) {
      expect(ids(run({ levels: [level] }, allAt(1)))).to.include('appel-absents');
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
    // The equal action now serves suivi first; the done fiche sinks below the forum and the rentrée.
    expect(ids(recs).slice(0, 5)).to.deep.equal([
      'cafe-parents',
      'tutorat-pairs',
      'forum-metiers',
      'rentree-6e',
      'tutorat',
    ]);
  });

  it('gives a bonus to items involving the wanted publics (pro rata)', () => {
    const recs = run({ levels: ['college'], publics: ['parents', 'personnels'] });
    expect(byId(recs, 'cafe-parents').relevance).to.be.closeTo(1.1, 1e-9); // 1 of 2 wanted
    expect(byId(recs, 'strategie-gpds').relevance).to.be.closeTo(1.1, 1e-9);
    expect(byId(recs, 'forum-metiers').relevance).to.equal(1);
    expect(byId(run({ levels: [] }, allAt(1)), 'appel-absents').relevance).to.equal(1); // no publics given
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

describe('recommend: breadth without burying the weakest key', () => {
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

  it('puts the 0 % key’s fiches first, then spreads the near-equal ones across keys', () => {
    const recs = run({ levels: [] }, answers);
    // café des parents and rentrée des 6e at need 1 (ACCUEILLIR at 0 %); then four fiches at 2/3:
    // ACCROCHER (tenue-pro), ACCOMPAGNER (tutorat), then forum-metiers (orientation, a new axis).
    expect(ids(recs).slice(0, 5)).to.deep.equal([
      'cafe-parents',
      'rentree-6e',
      'tenue-pro',
      'tutorat',
      'forum-metiers',
    ]);
    expect(new Set(recs.slice(0, 4).map((r) => r.mainKeyId)).size).to.equal(3);
  });

  it('never lets an item pass one whose priority is more than NEAR_TIE higher', () => {
    const recs = run({ levels: [] }, answers);
    recs.forEach((r, i) => {
      for (const later of recs.slice(i + 1))
        expect(later.priority, `${later.id} after ${r.id}`).to.be.below(r.priority + 0.1 + 1e-9);
    });
  });
});

describe('recommend: limits and determinism', () => {
  it('honours the limit (default 10)', () => {
    // Every axis at 33 %: all 11 items are targeted.
    const profile = computeProfile(smallCatalogue(), allAt(1));
    expect(recommend(smallCatalogue(), profile, { levels: [] }).length).to.equal(10);
    expect(recommend(smallCatalogue(), profile, { levels: [] }, { limit: 3 }).length).to.equal(3);
    expect(recommend(smallCatalogue(), profile, { levels: [] }, { limit: 0 })).to.deep.equal([]);
    expect(
      recommend(smallCatalogue(), profile, { levels: [] }, { limit: Infinity }).length,
    ).to.equal(11);
  });

  it('gives the same list for the same input', () => {
    const a = run({ levels: ['lycee-gt'], publics: ['eleves'] });
    const b = run({ levels: ['lycee-gt'], publics: ['eleves'] });
    expect(a).to.deep.equal(b);
  });
});
