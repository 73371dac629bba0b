import { expect } from '@open-wc/testing';
import type { Answers } from '../../src/diagnostic/answers.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { assessReadiness, recommend } from '../../src/recommend/index.js';
import { sampleAnswers, smallCatalogue } from '../fixtures/small-catalogue.js';

const readiness = (answers: Answers, version: 'complet' | 'court' = 'complet') =>
  assessReadiness(computeProfile(smallCatalogue(), answers, { version }));

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
    expect(r).to.include({ sufficient: false, known: 0, required: 4, total: 14 });
    expect(r.message).to.equal(
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
    expect(r.message).to.match(
      /^Le diagnostic est incomplet : 3 réponses connues sur 14, il en faut au moins 4\./,
    );
    expect(r.message).to.include('Les réponses « Je ne sais pas » (2) ne comptent pas.');
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
    expect(r.sufficient).to.equal(true);
    expect(r.message).to.equal(
      'Le diagnostic est complet : les propositions s’appuient sur vos 14 réponses connues.',
    );
  });

  it('names the keys nobody could answer', () => {
    const r = readiness(without('decrochage'));
    expect(r.sufficient).to.equal(true);
    expect(r.missingKeys).to.deep.equal(['raccrocher']);
    expect(r.message).to.equal(
      'Le diagnostic est partiel (12 réponses sur 14) : les propositions s’appuient sur vos 12 réponses connues. ' +
        'La clé RACCROCHER n’a aucune réponse connue : les propositions ne la ciblent pas encore.',
    );
    expect(readiness(without('decrochage', 'suivi')).message).to.include(
      'Les clés ACCOMPAGNER et RACCROCHER n’ont aucune réponse connue',
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
      text: 'Diagnostic incomplet : point de départ général, qui couvre 4 clés et 6 axes.',
    });
    for (const r of recs) {
      expect(r.basis).to.equal('start');
      expect(r.reasons[0]!.kind).to.equal('start');
      expect(r.summary).to.match(/^Diagnostic incomplet/);
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
