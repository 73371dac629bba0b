import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Answers } from '../../src/diagnostic/answers.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { assessReadiness, recommend } from '../../src/recommend/index.js';
import type { Readiness } from '../../src/recommend/index.js';
import { readinessText, reasonText, summaryText } from '../../components/results/reason-text.js';
import { resultsEn } from '../../components/i18n/results-en.js';
import { resultsFr } from '../../components/i18n/results-fr.js';
import { sampleAnswers, smallCatalogue } from '../fixtures/small-catalogue.js';

const readiness = (answers: Answers, version: 'complet' | 'court' = 'complet') =>
  assessReadiness(computeProfile(smallCatalogue(), answers, { version }));
/** What the interface says in French. */
const message = (r: Readiness) => readinessText(r, resultsFr);

/** Every answer of the sample except those of the listed axes. */
function without(...axes: string[]): Answers {
  const skip = new Set(
    smallCatalogue()
      .questions.filter((q) => axes.includes(q.axis))
      .map((q) => q.id),
  );
  return Object.fromEntries(Object.entries(sampleAnswers()).filter(([id]) => !skip.has(id)));
}

describe('assessReadiness', () => {
  it('says an empty diagnostic is incomplete', () => {
    const r = readiness({});
    expect(r).to.include({
      sufficient: false,
      status: 'insufficient',
      known: 0,
      required: 4,
      total: 14,
    });
    expect(message(r)).to.equal(
      'Le diagnostic est incomplet : 0 réponse connue sur 14, il en faut au moins 4. ' +
        'Les propositions sont des points de départ généraux, à affiner en complétant le questionnaire.',
    );
    expect(r.missingKeys).to.deep.equal(['accueillir', 'accrocher', 'accompagner', 'raccrocher']);
  });

  it('does not count « Je ne sais pas » and says so', () => {
    const r = readiness({
      'climat-1': 3,
      'vie-1': 1,
      'suivi-1': 0,
      'suivi-2': 'unknown',
      'suivi-3': 'unknown',
    });
    expect(r.sufficient).to.equal(false);
    expect(r).to.include({ unknown: 2, answered: 5 });
    expect(message(r)).to.match(
      /^Le diagnostic est incomplet : 3 réponses connues sur 14, il en faut au moins 4\./,
    );
    expect(message(r)).to.include('Les réponses « Je ne sais pas » (2) ne comptent pas.');
    expect(readinessText(r, resultsEn)).to.equal(
      'The diagnostic is incomplete: 3 known answers out of 14, at least 4 are needed. ' +
        '“Don’t know” answers (2) do not count. ' +
        'The suggestions are general starting points, to refine by completing the questionnaire.',
    );
  });

  it('needs a quarter of the questions known (4 of 14; 2 of 6 in the short version)', () => {
    expect(
      readiness({ 'climat-1': 3, 'climat-2': 3, 'vie-1': 1, 'suivi-1': 0 }).sufficient,
    ).to.equal(true);
    expect(readiness({ 'climat-1': 3, 'vie-1': 1 }, 'court')).to.include({
      sufficient: true,
      required: 2,
    });
  });

  it('is complete with every question answered', () => {
    const r = readiness(sampleAnswers());
    expect(r).to.include({ sufficient: true, status: 'complete' });
    expect(message(r)).to.equal(
      'Le diagnostic est complet : les propositions s’appuient sur vos 14 réponses connues.',
    );
  });

  it('names the keys nobody could answer', () => {
    const r = readiness(without('decrochage'));
    expect(r.sufficient).to.equal(true);
    expect(r.missingKeys).to.deep.equal(['raccrocher']);
    expect(r.missingKeyLabels).to.deep.equal(['Raccrocher']);
    expect(message(r)).to.equal(
      'Le diagnostic est partiel (12 réponses sur 14) : les propositions s’appuient sur vos 12 réponses connues. ' +
        'La clé RACCROCHER n’a aucune réponse connue : les propositions ne la ciblent pas encore.',
    );
    expect(message(readiness(without('decrochage', 'suivi')))).to.include(
      'Les clés ACCOMPAGNER et RACCROCHER n’ont aucune réponse connue',
    );
    expect(readinessText(r, resultsEn)).to.equal(
      'The diagnostic is partial (12 answers out of 14): the suggestions rest on your 12 known answers. ' +
        'The RACCROCHER key has no known answer: the suggestions do not target it yet.',
    );
  });
});

describe('recommend on an incomplete diagnostic', () => {
  it('gives general starting points, broadest first, each saying why', () => {
    const recs = recommend(smallCatalogue(), computeProfile(smallCatalogue(), {}), {
      levels: ['college'],
    });
    expect(recs[0]!.id).to.equal('strategie-gpds');
    expect(recs[0]!.need).to.equal(1); // 4/4 keys, 6/6 axes
    expect(recs[0]!.reasons[0]).to.deep.equal({
      kind: 'start',
      keyCount: 4,
      axisCount: 6,
    });
    expect(reasonText(recs[0]!.reasons[0]!, resultsFr)).to.equal(
      'Diagnostic incomplet : point de départ général, qui couvre 4 clés et 6 axes.',
    );
    expect(reasonText(recs[0]!.reasons[0]!, resultsEn)).to.equal(
      'Incomplete diagnostic: a general starting point, covering 4 keys and 6 areas.',
    );
    for (const r of recs) {
      expect(r.basis).to.equal('start');
      expect(r.reasons[0]!.kind).to.equal('start');
      expect(r.focus).to.equal(null);
      expect(summaryText(r, resultsFr)).to.match(/^Diagnostic incomplet/);
    }
    // Breadth of the café des parents: ½ × 1/4 + ½ × 2/6.
    expect(recs.find((r) => r.id === 'cafe-parents')!.need).to.be.closeTo(7 / 24, 1e-9);
  });

  it('still applies the level filter and the done demotion', () => {
    const recs = recommend(smallCatalogue(), computeProfile(smallCatalogue(), { 'climat-1': 0 }), {
      levels: ['lycee-gt'],
      doneFicheIds: ['strategie-gpds'],
    });
    expect(recs.map((r) => r.id)).not.to.include('rentree-6e');
    const gpds = recs.find((r) => r.id === 'strategie-gpds')!;
    expect(gpds).to.include({ done: true, score: 0.5 });
    expect(gpds.reasons.map((r) => r.kind)).to.deep.equal(['start', 'done']);
  });

  it('switches to targeted recommendations once enough is known', () => {
    const answers: Answers = { 'familles-1': 0, 'familles-2': 0, 'familles-3': 1, 'climat-1': 3 };
    const recs = recommend(smallCatalogue(), computeProfile(smallCatalogue(), answers), {
      levels: ['college'],
    });
    expect(recs.every((r) => r.basis === 'targeted')).to.equal(true);
    expect(recs[0]!.id).to.equal('cafe-parents');
  });
});
