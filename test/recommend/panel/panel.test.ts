import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { computeProfile } from '../../../src/diagnostic/profile.js';
import {
  decisionOf,
  fitsLevels,
  recommendResources,
  START_FIRST_IDS,
  WEAK_SCORE,
  type Recommendation,
} from '../../../src/recommend/index.js';
import { panel, shippedCatalogue, type Establishment } from './establishments.js';

/**
 * What a CPE or a référent décrochage would expect of each establishment of the panel, on the
 * shipped catalogue (re-run as the catalogue changes: ids are the catalogue's own).
 */
const byId = new Map(panel.map((e) => [e.id, e]));
function run(id: string) {
  const e = byId.get(id)!;
  const profile = computeProfile(e.catalogue, e.answers, { version: e.version, levels: e.levels });
  const context = { levels: e.levels, publics: e.publics, doneFicheIds: e.doneFicheIds };
  const decision = decisionOf(profile, e.catalogue, context);
  const resources = recommendResources(e.catalogue, profile, { levels: e.levels });
  return { e, profile, decision, resources };
}
const ids = (recs: readonly Recommendation[]) => recs.map((r) => r.id);
const keyOfAxis = new Map(shippedCatalogue.axes.map((a) => [a.id, a.key]));
const levelsOf = (catalogue: Catalogue, id: string) =>
  [...catalogue.fiches, ...catalogue.actions].find((i) => i.id === id)?.levels;
const VOIE_PRO_FICHES = ['montre-a-ton-prof', 'fiers-tenue-pro'];

describe('the panel: what every establishment can rely on', () => {
  it('holds at least 12 establishments covering every level and the special cases', () => {
    expect(panel.length).to.be.at.least(12);
    for (const level of ['college', 'lycee-gt', 'lycee-pro'] as const)
      expect(
        panel.some((e) => e.levels.includes(level)),
        level,
      ).to.equal(true);
    expect(panel.some((e) => e.levels.length > 1)).to.equal(true); // polyvalent, cité scolaire
    expect(panel.some((e) => e.version === 'court')).to.equal(true);
    expect(panel.some((e) => e.catalogue !== shippedCatalogue)).to.equal(true);
  });

  for (const e of panel as readonly Establishment[]) {
    it(`${e.id}: levels respected, summary and reasons agree, no strength given as a reason`, () => {
      const { decision, profile } = run(e.id);
      for (const r of decision.recommendations) {
        expect(fitsLevels(levelsOf(e.catalogue, r.id), e.levels), r.id).to.equal(true);
        if (r.basis === 'targeted') {
          expect(r.reasons[0], r.id).to.include({ kind: 'axis', axisId: r.focus!.axisId });
        }
        for (const reason of r.reasons) {
          if (reason.kind === 'key') expect(reason.score, r.id).to.be.below(WEAK_SCORE);
          if (reason.kind === 'axis')
            for (const q of reason.questions) {
              const answer = profile.questions.find((x) => x.questionId === q.questionId)!;
              expect(answer.value, q.questionId).to.equal(q.value); // a known answer, as given
              expect(q.value).to.be.below(3);
            }
        }
      }
      const n = decision.recommendations.length;
      expect(decision.priorities.length).to.be.within(Math.min(3, n), Math.min(5, n));
      expect(decision.priorities).to.deep.equal(
        decision.recommendations.slice(0, decision.priorities.length),
      );
      const grouped = decision.byAxis.flatMap((g) => g.items);
      expect(grouped.length + decision.priorities.length).to.equal(n);
      const scores = decision.byAxis.map((g) => g.score);
      expect(scores).to.deep.equal([...scores].sort((a, b) => a - b));
    });

    it(`${e.id}: resources fit the levels, at most two per axis before the next`, () => {
      const { resources } = run(e.id);
      for (const s of resources)
        expect(fitsLevels(s.resource.levels, e.levels), s.id).to.equal(true);
      const firstTargets = resources.slice(0, 6).map((s) => s.axisId ?? s.keyId);
      for (const target of new Set(firstTargets))
        expect(firstTargets.filter((t) => t === target).length, target).to.be.at.most(2);
    });
  }
});

describe('the panel: what a CPE would expect of each', () => {
  it('a collège weak in ACCUEILLIR sees « Rentrée des 6e » among its priorities, on ACCUEILLIR', () => {
    const { decision } = run('college-accueillir');
    expect(ids(decision.priorities)).to.include('rentree-6e');
    for (const r of decision.priorities) expect(r.mainKeyId).to.equal('accueillir');
    expect(decision.status.kind).to.equal('ready');
  });

  it('a collège weak on « Classes et emploi du temps » sees that axis addressed or the gap stated', () => {
    const { decision } = run('college-classes');
    const addressed = decision.priorities.some((r) => r.mainAxisId === 'accueillir-classes');
    const gap = decision.gaps.find((g) => g.axisId === 'accueillir-classes');
    expect(addressed || gap !== undefined).to.equal(true);
    if (gap) expect(gap.practices.length).to.be.above(0);
    // Every priority that is not about that axis comes after those that are.
    const first = decision.recommendations.findIndex((r) => r.mainAxisId !== 'accueillir-classes');
    const later = decision.recommendations
      .slice(first)
      .some((r) => r.mainAxisId === 'accueillir-classes');
    expect(later).to.equal(false);
  });

  it('a collège weak in ACCROCHER sees « L’erreur, quel bonheur ! » among its priorities', () => {
    const { decision } = run('college-accrocher');
    expect(ids(decision.priorities)).to.include('erreur-quel-bonheur');
    const erreur = decision.recommendations.find((r) => r.id === 'erreur-quel-bonheur')!;
    expect(erreur.reasons.some((r) => r.kind === 'level')).to.equal(true);
  });

  it('a key at 47 % does not compete with a key at 6 %: the priorities all serve the 6 % key', () => {
    const { decision, profile } = run('college-47-7');
    const key = (id: string) => profile.keys.find((k) => k.keyId === id)!.score!;
    expect(key('accompagner')).to.be.below(10);
    expect(key('accrocher')).to.be.within(40, 50);
    for (const r of decision.priorities) expect(r.mainKeyId, r.id).to.equal('accompagner');
    // No ACCROCHER item before the last item serving ACCOMPAGNER at need ≥ 0.8.
    const recs = decision.recommendations;
    const lastStrong = recs
      .map((r) => r.mainKeyId === 'accompagner' && r.need >= 0.8)
      .lastIndexOf(true);
    expect(recs.slice(0, lastStrong).some((r) => r.mainKeyId === 'accrocher')).to.equal(false);
  });

  it('a lycée weak in ACCOMPAGNER gets the GPDS strategy among its priorities, no lycée-pro-only item', () => {
    const { decision } = run('lgt-accompagner');
    expect(ids(decision.priorities)).to.include('strategie-gpds');
    for (const r of decision.priorities) expect(r.mainKeyId).to.equal('accompagner');
    for (const id of VOIE_PRO_FICHES) expect(ids(decision.recommendations)).not.to.include(id);
  });

  it('a lycée pro weak in ACCROCHER sees a voie-pro fiche among its priorities, saying why', () => {
    const { decision } = run('lpro-accrocher');
    const pro = decision.priorities.filter((r) => VOIE_PRO_FICHES.includes(r.id));
    expect(pro.length).to.be.at.least(1);
    for (const r of pro)
      expect(r.reasons).to.deep.include({ kind: 'level', levels: ['lycee-pro'] });
  });

  it('a lycée pro weak everywhere sees both voie-pro fiches first, and a fiche before any one-line action', () => {
    const { decision } = run('lpro-everywhere');
    expect(ids(decision.priorities).slice(0, 2).sort()).to.deep.equal([...VOIE_PRO_FICHES].sort());
    expect(decision.recommendations[0]!.kind).to.equal('fiche');
    expect(ids(decision.priorities)).not.to.include('abords-etablissement');
  });

  it('a lycée polyvalent weak in two keys has both keys among its priorities', () => {
    const { decision } = run('polyvalent-two-keys');
    const keys = new Set(decision.priorities.map((r) => r.mainKeyId));
    expect(keys).to.deep.equal(new Set(['accompagner', 'raccrocher']));
  });

  it('a fiche already run is flagged, kept, and sinks below the not-done ones', () => {
    const { decision } = run('cite-scolaire-done');
    const recs = decision.recommendations;
    const rentree = recs.find((r) => r.id === 'rentree-6e')!;
    expect(rentree.done).to.equal(true);
    expect(rentree.reasons.at(-1)).to.deep.equal({ kind: 'done' });
    expect(ids(decision.priorities)).not.to.include('rentree-6e');
  });

  it('every answer at the top: « all-strong », nothing to propose, no resource', () => {
    const { decision, resources } = run('lgt-all-top');
    expect(decision.status).to.deep.equal({ kind: 'all-strong' });
    expect(decision.recommendations).to.deep.equal([]);
    expect(decision.gaps).to.deep.equal([]);
    expect(resources).to.deep.equal([]);
  });

  it('« En place » everywhere: « all-strong », no gap, the list still ranked for deepening', () => {
    const { decision } = run('college-en-place');
    expect(decision.status).to.deep.equal({ kind: 'all-strong' });
    expect(decision.gaps).to.deep.equal([]);
    expect(decision.recommendations.length).to.be.above(0);
  });

  it('mostly « Je ne sais pas »: says how many more answers, the GPDS strategy first, no resource', () => {
    const { decision, resources, profile } = run('college-mostly-unknown');
    expect(decision.status.kind).to.equal('insufficient');
    if (decision.status.kind === 'insufficient') {
      expect(decision.status.known).to.equal(profile.overall.known);
      expect(decision.status.missing).to.equal(decision.status.required - decision.status.known);
      expect(decision.status.missing).to.be.above(0);
    }
    expect(decision.recommendations[0]!.id).to.equal(START_FIRST_IDS[0]);
    for (const r of decision.recommendations) expect(r.basis).to.equal('start');
    expect(resources).to.deep.equal([]);
  });

  it('the short version weak in RACCROCHER gets RACCROCHER priorities', () => {
    const { decision } = run('lgt-short-raccrocher');
    expect(decision.status.kind).to.equal('ready');
    for (const r of decision.priorities) expect(r.mainKeyId).to.equal('raccrocher');
  });

  it('« Je ne sais pas » on classroom practice: those axes are never cited, the weak key leads', () => {
    const { decision, profile } = run('lpro-non-teachers');
    const unscored = new Set(profile.axes.filter((a) => a.score === null).map((a) => a.axisId));
    expect(unscored.size).to.be.at.least(4);
    for (const r of decision.recommendations)
      for (const reason of r.reasons)
        if (reason.kind === 'axis') expect(unscored.has(reason.axisId), r.id).to.equal(false);
    expect(decision.priorities[0]!.mainKeyId).to.equal('accompagner');
  });

  it('a custom catalogue without fiches or actions says so, and still states its weak axes', () => {
    const { decision, profile } = run('custom-no-fiches');
    expect(decision.status).to.deep.equal({ kind: 'no-fiches' });
    expect(decision.recommendations).to.deep.equal([]);
    const weak = profile.axes.filter((a) => a.score !== null && a.score < WEAK_SCORE);
    expect(decision.gaps.map((g) => g.axisId).sort()).to.deep.equal(
      weak.map((a) => a.axisId).sort(),
    );
  });

  it('every gap is a weak axis that no recommended item targets', () => {
    for (const e of panel) {
      const { decision } = run(e.id);
      for (const gap of decision.gaps) {
        expect(gap.score).to.be.below(WEAK_SCORE);
        expect(keyOfAxis.get(gap.axisId) ?? gap.keyId).to.equal(gap.keyId);
        for (const r of decision.recommendations) {
          expect(r.basis === 'targeted' && r.mainAxisId === gap.axisId, r.id).to.equal(false);
        }
      }
    }
  });
});
