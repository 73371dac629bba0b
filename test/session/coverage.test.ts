import { describe, it } from 'node:test';
import { expect } from 'chai';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { axesActedOn, retainedCoverage } from '../../src/session/index.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';

describe('retainedCoverage', () => {
  const catalogue = smallCatalogue();
  // accueillir: climat 0,0 → 0 %, familles unanswered → key 0 %; accrocher: vie 3,3 → 100 %;
  // accompagner: suivi 1,1,1 → 33.3 %; raccrocher: nothing known → null.
  const profile = computeProfile(catalogue, {
    'climat-1': 0,
    'climat-2': 0,
    'vie-1': 3,
    'vie-2': 3,
    'suivi-1': 1,
    'suivi-2': 1,
    'suivi-3': 1,
    'decrochage-1': 'unknown',
  });

  it('lists, clé by clé, the retained fiches and actions and flags weak clés left uncovered', () => {
    const coverage = retainedCoverage(catalogue, profile, ['tenue-pro', 'tutorat-pairs', 'gone']);
    expect(
      coverage.map((c) => [
        c.keyId,
        c.score === null ? null : Math.round(c.score),
        c.items.map((i) => i.id),
        c.low,
        c.uncovered,
      ]),
    ).to.deep.equal([
      ['accueillir', 0, [], true, true],
      ['accrocher', 100, ['tenue-pro'], false, false],
      ['accompagner', 33, ['tutorat-pairs'], true, false],
      ['raccrocher', null, [], false, false],
    ]);
    expect(coverage[2]!.items[0]).to.deep.equal({
      id: 'tutorat-pairs',
      kind: 'action',
      title: 'Tutorat entre pairs',
    });
  });

  it('counts a fiche under every clé it works on', () => {
    const coverage = retainedCoverage(catalogue, profile, ['strategie-gpds']);
    expect(coverage.every((c) => c.items.length === 1)).to.equal(true);
    expect(coverage.some((c) => c.uncovered)).to.equal(false);
  });
});

describe('axesActedOn', () => {
  it('maps each axis to the titles of the retained items working on it, unknown ids skipped', () => {
    const map = axesActedOn(smallCatalogue(), ['cafe-parents', 'rentree-6e', 'nope']);
    expect([...map.entries()]).to.deep.equal([
      ['familles', ['Café des parents', 'Rentrée des 6e']],
      ['climat', ['Café des parents', 'Rentrée des 6e']],
    ]);
    expect(axesActedOn(smallCatalogue(), []).size).to.equal(0);
  });
});
