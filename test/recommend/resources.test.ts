import { describe, it } from 'node:test';
import { expect } from 'chai';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { recommendResources } from '../../src/recommend/index.js';
import type { ResourceSuggestion } from '../../src/recommend/index.js';
import { resourceTargetText } from '../../components/results/reason-text.js';
import { resultsEn } from '../../components/i18n/results-en.js';
import { resultsFr } from '../../components/i18n/results-fr.js';
import { sampleAnswers, smallCatalogue } from '../fixtures/small-catalogue.js';

const sample = () =>
  recommendResources(smallCatalogue(), computeProfile(smallCatalogue(), sampleAnswers()), {
    limit: 20,
  });

/** The interface's French heading; `Intl`'s non-breaking spaces read as spaces here. */
const reason = (s: ResourceSuggestion) =>
  resourceTargetText(s, resultsFr).replace(/[\u00a0\u202f]/g, ' ');

describe('recommendResources', () => {
  it('serves the weak axes first, then the keys from the lowest, each resource once', () => {
    // Weak axes: familles (11 %), suivi (22 %, no resource of its own → its key's), orientation (33 %).
    // Keys: ACCOMPAGNER 22, ACCROCHER 50, RACCROCHER 50 (catalogue order on the tie), ACCUEILLIR 56.
    expect(sample().map((s) => [s.id, s.match, s.axisId ?? s.keyId])).to.deep.equal([
      ['r-mallette', 'axis', 'familles'],
      ['r-accompagner', 'key', 'suivi'],
      ['r-general', 'key', 'suivi'],
      ['r-orientation', 'axis', 'orientation'],
      ['r-decrochage', 'key', 'raccrocher'],
      ['r-climat', 'key', 'accueillir'],
    ]);
  });

  it('gives the reason as data, which the interface words in French or English', () => {
    const [mallette, accompagner, , , decrochage] = sample();
    expect(reason(mallette!)).to.equal('Pour votre axe « Relations avec les familles » (11 %)');
    expect(mallette!.label).to.equal('Relations avec les familles');
    expect(mallette!.score).to.be.closeTo(100 / 9, 1e-9);
    expect(mallette!.resource.title).to.equal('Mallette des parents');
    expect(accompagner).to.include({ label: 'Suivi individualisé', keyLabel: 'Accompagner' });
    expect(reason(accompagner!)).to.equal(
      'Pour votre axe « Suivi individualisé » (22 %) : ressource de la clé ACCOMPAGNER',
    );
    expect(reason(decrochage!)).to.equal('Pour la clé RACCROCHER (50 %)');
    expect(resourceTargetText(accompagner!, resultsEn)).to.equal(
      'For your area “Suivi individualisé” (22%): a resource of the ACCOMPAGNER key',
    );
    expect(resourceTargetText(decrochage!, resultsEn)).to.equal('For the RACCROCHER key (50%)');
  });

  it('honours limit (default 6) and the number of axes', () => {
    const profile = computeProfile(smallCatalogue(), sampleAnswers());
    expect(recommendResources(smallCatalogue(), profile).length).to.equal(6);
    expect(
      recommendResources(smallCatalogue(), profile, { limit: 2 }).map((s) => s.id),
    ).to.deep.equal(['r-mallette', 'r-accompagner']);
    const oneAxis = recommendResources(smallCatalogue(), profile, { axes: 1, limit: 3 });
    expect(oneAxis.map((s) => s.id)).to.deep.equal(['r-mallette', 'r-accompagner', 'r-general']);
    expect(oneAxis[1]!.axisId).to.equal(null); // from the key ACCOMPAGNER, not from the axis suivi
  });

  it('returns nothing for an empty profile, and the same list for the same input', () => {
    expect(
      recommendResources(smallCatalogue(), computeProfile(smallCatalogue(), {})),
    ).to.deep.equal([]);
    expect(sample()).to.deep.equal(sample());
  });
});

describe('recommendResources: levels, readiness, spread', () => {
  const profile = () => computeProfile(smallCatalogue(), sampleAnswers());

  /** The small catalogue with three more ACCOMPAGNER resources, one for lycées professionnels. */
  function withMore() {
    const catalogue = smallCatalogue();
    const more = ['a', 'b', 'c'].map((x) => ({
      id: `r-accompagner-${x}`,
      title: `Accompagner ${x}`,
      kind: 'guide' as const,
      keys: ['accompagner' as const],
      axes: [],
    }));
    catalogue.resources.push(...more, {
      id: 'r-familles-pro',
      title: 'Familles en lycée professionnel',
      kind: 'guide',
      keys: ['accueillir'],
      axes: ['familles'],
      levels: ['lycee-pro'],
    });
    return catalogue;
  }

  it('leaves out resources for none of the establishment’s levels; puts its own level first', () => {
    const catalogue = withMore();
    const p = computeProfile(catalogue, sampleAnswers());
    const college = recommendResources(catalogue, p, { levels: ['college'], limit: 30 });
    expect(college.map((s) => s.id)).not.to.include('r-familles-pro');
    const pro = recommendResources(catalogue, p, { levels: ['lycee-pro'], limit: 30 });
    expect(pro[0]).to.include({ id: 'r-familles-pro', axisId: 'familles' });
    expect(pro[0]!.levels).to.deep.equal(['lycee-pro']);
    // No level given: no filter, and no resource is « made for » the establishment.
    const all = recommendResources(catalogue, p, { limit: 30 });
    expect(all.map((s) => s.id)).to.include('r-familles-pro');
    for (const s of all) expect(s.levels).to.deep.equal([]);
  });

  it('gives at most two resources to an axis before the next axis has its turn', () => {
    // suivi has no resource of its own: its key has five; orientation still gets its own third.
    const catalogue = withMore();
    const got = recommendResources(catalogue, computeProfile(catalogue, sampleAnswers()), {
      levels: ['college'],
    });
    expect(got.map((s) => s.axisId ?? s.keyId)).to.deep.equal([
      'familles',
      'suivi',
      'suivi',
      'orientation',
      'accompagner', // then the keys below 100 %, lowest first
      'accompagner',
    ]);
  });

  it('proposes nothing while the diagnostic is too incomplete, even from one low answer', () => {
    const one = computeProfile(smallCatalogue(), { 'familles-1': 0 });
    expect(recommendResources(smallCatalogue(), one)).to.deep.equal([]);
    expect(recommendResources(smallCatalogue(), profile()).length).to.be.above(0);
  });
});
