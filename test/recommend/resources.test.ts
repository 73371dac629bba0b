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
