import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import data from '../../data/catalogue.json' with { type: 'json' };
import type { Catalogue, KeyId, Level } from '../../src/catalogue/schema.js';
import type { AnswerValue, Answers } from '../../src/diagnostic/answers.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { assessReadiness, recommend, recommendResources } from '../../src/recommend/index.js';
import { readinessText, reasonText } from '../../components/results/reason-text.js';
import { resultsFr } from '../../components/i18n/results-fr.js';
import { answersArbitrary } from '../fixtures/answers-arbitrary.js';
import { numRuns } from '../fast-check-runs.js';

/** Realistic scenarios on the shipped catalogue (data/catalogue.json). */
const catalogue = data as unknown as Catalogue;
const keyOfAxis = new Map(catalogue.axes.map((a) => [a.id, a.key]));
/** The interface's French wording; `Intl`'s non-breaking spaces read as spaces here. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const items = [...catalogue.fiches, ...catalogue.actions];

/** Every question answered: `weak` for the listed keys, `strong` elsewhere. */
function answersWith(weakKeys: readonly KeyId[], weak: AnswerValue, strong: AnswerValue): Answers {
  return Object.fromEntries(
    catalogue.questions.map((q) => [
      q.id,
      weakKeys.includes(keyOfAxis.get(q.axis)!) ? weak : strong,
    ]),
  );
}

const top = (answers: Answers, levels: Level[], limit = 5) =>
  recommend(catalogue, computeProfile(catalogue, answers), { levels }, { limit }).map((r) => r.id);

/** Items a given establishment must never see: none of their levels is one of its levels. */
const excludedFor = (levels: readonly Level[]) =>
  items.filter((i) => i.levels && !i.levels.some((l) => levels.includes(l))).map((i) => i.id);

describe('scenarios on the shipped catalogue', () => {
  it('uses the fiches these scenarios rely on, with the expected levels', () => {
    const fiche = (id: string) => catalogue.fiches.find((f) => f.id === id);
    expect(fiche('rentree-6e')?.levels).to.deep.equal(['college']);
    expect(fiche('fiers-tenue-pro')?.levels).to.deep.equal(['lycee-pro']);
    expect(fiche('montre-a-ton-prof')?.levels).to.deep.equal(['lycee-pro']);
  });

  describe('a collège weak in ACCUEILLIR gets « Rentrée des 6e » in its top 5', () => {
    const table: [string, AnswerValue, AnswerValue][] = [
      ['ACCUEILLIR at 0, the rest at 2', 0, 2],
      ['ACCUEILLIR at 1, the rest at 2', 1, 2],
      ['ACCUEILLIR at 1, the rest at 3', 1, 3],
      ['ACCUEILLIR at 0, the rest at 1', 0, 1],
    ];
    for (const [name, weak, strong] of table) {
      it(name, () => {
        expect(top(answersWith(['accueillir'], weak, strong), ['college'])).to.include(
          'rentree-6e',
        );
      });
    }

    it('explains it with the ACCUEILLIR axes and key', () => {
      const profile = computeProfile(catalogue, answersWith(['accueillir'], 1, 2));
      const rec = recommend(catalogue, profile, { levels: ['college'] }).find(
        (r) => r.id === 'rentree-6e',
      )!;
      expect(rec.reasons[0]).to.deep.include({
        kind: 'axis',
        axisId: 'accueillir-integration',
        label: 'Intégration : climat scolaire positif',
      });
      const texts = rec.reasons.map((r) => plain(reasonText(r, resultsFr)));
      expect(texts[0]).to.match(
        /^Votre axe « Intégration : climat scolaire positif » est à 33 %\. Réponses qui le montrent : « /,
      );
      expect(texts).to.include('La clé ACCUEILLIR est à 33 %');
    });

    it('keeps the top 5 on ACCUEILLIR, spread over several of its axes', () => {
      const profile = computeProfile(catalogue, answersWith(['accueillir'], 0, 2));
      const recs = recommend(catalogue, profile, { levels: ['college'] }, { limit: 5 });
      expect(recs.filter((r) => r.mainKeyId === 'accueillir').length).to.be.at.least(4);
      expect(new Set(recs.map((r) => r.mainAxisId)).size).to.be.at.least(4);
    });
  });

  it('a lycée général never gets lycée-pro-only items, whatever the answers', () => {
    const proOnly = excludedFor(['lycee-gt']);
    expect(proOnly).to.include.members(['fiers-tenue-pro', 'montre-a-ton-prof']);
    const answersArb = answersArbitrary(catalogue);
    fc.assert(
      fc.property(answersArb, (answers) => {
        const got = top(answers, ['lycee-gt'], Infinity);
        for (const id of proOnly) expect(got).not.to.include(id);
      }),
      { numRuns },
    );
  });

  it('a collège never gets lycée-only items, even when weak where they help most', () => {
    const lyceeOnly = excludedFor(['college']);
    expect(lyceeOnly).to.include('parcours-amenages-bac');
    const got = top(answersWith(['raccrocher', 'accrocher'], 0, 3), ['college'], Infinity);
    for (const id of lyceeOnly) expect(got).not.to.include(id);
  });

  it('a lycée pro weak in ACCROCHER is offered « Montre à ton prof »', () => {
    expect(top(answersWith(['accrocher'], 0, 2), ['lycee-pro'], 10)).to.include(
      'montre-a-ton-prof',
    );
  });

  it('the top 4 cover 3 keys when three keys are weak', () => {
    const profile = computeProfile(
      catalogue,
      answersWith(['accueillir', 'accrocher', 'raccrocher'], 0, 2),
    );
    const recs = recommend(catalogue, profile, { levels: ['college'] }, { limit: 4 });
    expect(new Set(recs.map((r) => r.mainKeyId))).to.deep.equal(
      new Set(['accueillir', 'accrocher', 'raccrocher']),
    );
  });

  it('an empty diagnostic says it is incomplete and offers general starting points', () => {
    const profile = computeProfile(catalogue, {});
    expect(readinessText(assessReadiness(profile), resultsFr)).to.match(
      /^Le diagnostic est incomplet : 0 réponse connue sur \d+/,
    );
    const recs = recommend(catalogue, profile, { levels: ['college'] });
    expect(recs.length).to.be.above(0);
    for (const r of recs) {
      expect(r.basis).to.equal('start');
      expect(reasonText(r.reasons[0]!, resultsFr)).to.match(
        /^Diagnostic incomplet : point de départ général/,
      );
    }
  });

  it('suggests resources tagged to the weak axis or its key, each once', () => {
    const profile = computeProfile(catalogue, answersWith(['accueillir'], 1, 2));
    const suggestions = recommendResources(catalogue, profile);
    expect(suggestions.length).to.be.above(0);
    expect(new Set(suggestions.map((s) => s.id)).size).to.equal(suggestions.length);
    for (const s of suggestions) {
      if (s.match === 'axis') expect(s.resource.axes).to.include(s.axisId!);
      else expect(s.resource.keys).to.include(s.keyId);
    }
    expect(suggestions[0]!.keyId).to.equal('accueillir');
  });
});
