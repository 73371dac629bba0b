import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Profile } from '../../src/diagnostic/profile.js';
import { aggregateRespondents, type Respondent } from '../../src/session/index.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';

/**
 * Three respondents, computed by hand:
 * climat-1: 3, 1, 3 → mean 7/3, min 1, max 3, spread 2, sd √(8/9) ≈ 0.943
 * climat-2: 3, ?, — → mean 3, spread 0, 1 known, 1 unknown
 * familles-1: 0, 2, ? → mean 1, min 0, max 2, spread 2, sd 1, 1 unknown
 */
const team: Respondent[] = [
  { label: 'A', role: 'Direction', answers: { 'climat-1': 3, 'climat-2': 3, 'familles-1': 0 } },
  { label: 'B', role: 'CPE', answers: { 'climat-1': 1, 'climat-2': 'unknown', 'familles-1': 2 } },
  { label: 'C', answers: { 'climat-1': 3, 'familles-1': 'unknown' } },
];

const axis = (p: Profile, id: string) => p.axes.find((a) => a.axisId === id)!;

describe('aggregateRespondents: hand-computed session of 3', () => {
  const s = aggregateRespondents(smallCatalogue(), team);

  it('counts respondents and keeps the version', () => {
    expect(s.respondentCount).to.equal(3);
    expect(s.version).to.equal('complet');
  });

  it('builds the mean profile from the per-question mean of known answers', () => {
    // climat: mean(7/3, 3) / 3 × 100 = 88.89 — not the mean of the respondents' climat scores
    // (100, 33.33, 100 → 77.78), where B's single known answer would weigh a whole axis.
    expect(axis(s.profile, 'climat').score).to.be.closeTo(((7 / 3 + 3) / 2 / 3) * 100, 1e-9);
    expect(axis(s.profile, 'familles').score).to.be.closeTo(100 / 3, 1e-9);
    expect(axis(s.profile, 'vie').score).to.equal(null);
    expect(s.profile.keys[0]!.score).to.be.closeTo((800 / 9 + 100 / 3) / 2, 1e-9);
    expect(s.profile.answers).to.deep.equal({});
    expect(s.profile.status).to.equal('partial');
    expect(s.profile.questions.find((q) => q.questionId === 'climat-1')!.value).to.be.closeTo(
      7 / 3,
      1e-12,
    );
  });

  it('gives per-question mean, min, max, spread, counts and distribution', () => {
    const q = (id: string) => s.questions.find((x) => x.questionId === id)!;
    expect(q('climat-1')).to.deep.include({ min: 1, max: 3, spread: 2, count: 3, unknown: 0 });
    expect(q('climat-1').mean).to.be.closeTo(7 / 3, 1e-12);
    expect(q('climat-1').stdDev).to.be.closeTo(Math.sqrt(8 / 9), 1e-12);
    expect(q('climat-1').distribution).to.deep.equal({ 0: 0, 1: 1, 2: 0, 3: 2, unknown: 0 });
    expect(q('climat-2')).to.deep.include({
      mean: 3,
      min: 3,
      max: 3,
      spread: 0,
      count: 1,
      unknown: 1,
      stdDev: 0,
    });
    expect(q('familles-1')).to.deep.include({
      mean: 1,
      min: 0,
      max: 2,
      spread: 2,
      count: 2,
      unknown: 1,
      stdDev: 1,
    });
    expect(q('vie-1')).to.deep.include({
      mean: null,
      min: null,
      max: null,
      spread: null,
      count: 0,
      unknown: 0,
    });
  });

  it('gives per-axis min, max and spread of the respondents’ own scores (0–100)', () => {
    const a = (id: string) => s.axes.find((x) => x.axisId === id)!;
    expect(a('climat')).to.deep.include({
      min: 100 / 3,
      max: 100,
      scored: 3,
      count: 4,
      unknown: 1,
    });
    expect(a('climat').spread).to.be.closeTo(200 / 3, 1e-9);
    expect(a('climat').score).to.be.closeTo(800 / 9, 1e-9);
    expect(a('familles')).to.deep.include({
      min: 0,
      max: 200 / 3,
      scored: 2,
      count: 2,
      unknown: 1,
    });
    expect(a('vie')).to.deep.include({
      score: null,
      min: null,
      max: null,
      spread: null,
      scored: 0,
    });
    expect(s.keys[0]).to.deep.include({ keyId: 'accueillir', scored: 3, count: 6, unknown: 2 });
  });

  it('orders the divergence agenda by standard deviation first', () => {
    // Both range 2; familles-1 has sd 1 > climat-1 sd 0.943.
    expect(s.divergences.map((d) => d.questionId)).to.deep.equal(['familles-1', 'climat-1']);
    expect(s.divergences[0]).to.deep.include({
      text: 'Les familles sont reçues.',
      axisId: 'familles',
      axisLabel: 'Relations avec les familles',
      keyId: 'accueillir',
      keyLabel: 'Accueillir',
      min: 0,
      max: 2,
      range: 2,
      unknown: 1,
      summary: 'Écart de 2 niveaux : 1 × « Pas du tout », 1 × « Plutôt », 1 × « Je ne sais pas ».',
    });
    expect(s.divergences[0]!.distribution).to.deep.equal({ 0: 1, 1: 0, 2: 1, 3: 0, unknown: 1 });
    expect(s.divergences[1]!.summary).to.equal(
      'Écart de 2 niveaux : 1 × « Un peu », 2 × « Tout à fait ».',
    );
  });

  it('groups roles alphabetically, respondents without a role last as « Sans rôle »', () => {
    expect(s.roles.map((r) => [r.role, r.label, r.respondentCount])).to.deep.equal([
      ['CPE', 'CPE', 1],
      ['Direction', 'Direction', 1],
      [null, 'Sans rôle', 1],
    ]);
    expect(axis(s.roles[0]!.profile, 'climat').score).to.be.closeTo(100 / 3, 1e-9);
    expect(axis(s.roles[1]!.profile, 'familles').score).to.equal(0);
  });
});

describe('aggregateRespondents: agenda rules', () => {
  it('ranks a team split in halves before a lone outlier with the same range', () => {
    const many = (n: number, answers: Record<string, 0 | 1 | 2 | 3>) =>
      Array.from({ length: n }, (_, i) => ({ label: `R${i}`, answers }));
    // 30 people: suivi-1 has one outlier (29 × 3, 1 × 0: range 3); vie-1 is split 15 / 15 (1 and 3).
    const s = aggregateRespondents(smallCatalogue(), [
      ...many(14, { 'suivi-1': 3, 'vie-1': 1 }),
      ...many(15, { 'suivi-1': 3, 'vie-1': 3 }),
      { label: 'X', answers: { 'suivi-1': 0, 'vie-1': 1 } },
    ]);
    expect(s.divergences.map((d) => d.questionId)).to.deep.equal(['vie-1', 'suivi-1']);
    expect(s.divergences[1]!.range).to.equal(3);
  });

  it('needs two known answers: one respondent has no divergence', () => {
    const s = aggregateRespondents(smallCatalogue(), [
      { label: 'A', answers: { 'vie-1': 0, 'suivi-1': 3 } },
    ]);
    expect(s.divergences).to.deep.equal([]);
  });

  it('breaks std-dev ties by unknown count then catalogue order', () => {
    const s = aggregateRespondents(smallCatalogue(), [
      { label: 'A', answers: { 'vie-1': 0, 'vie-2': 0, 'suivi-1': 0, 'orientation-1': 0 } },
      { label: 'B', answers: { 'vie-1': 2, 'vie-2': 2, 'suivi-1': 3, 'orientation-1': 2 } },
      { label: 'C', answers: { 'vie-1': 'unknown', 'climat-1': 1 } },
    ]);
    // suivi-1 range 3; vie-1, vie-2, orientation-1 range 2 sd 1; vie-1 has one unknown.
    expect(s.divergences.map((d) => d.questionId)).to.deep.equal([
      'suivi-1',
      'vie-1',
      'vie-2',
      'orientation-1',
    ]);
  });

  it('accepts another minimum range', () => {
    const s = aggregateRespondents(smallCatalogue(), team, { divergenceRange: 3 });
    expect(s.divergences).to.deep.equal([]);
  });

  it('handles no respondent and the short version', () => {
    const empty = aggregateRespondents(smallCatalogue(), [], { version: 'court' });
    expect(empty).to.deep.include({ respondentCount: 0, version: 'court' });
    expect(empty.profile.status).to.equal('empty');
    expect(empty.questions.length).to.equal(6);
    expect(empty.roles).to.deep.equal([]);
    expect(empty.divergences).to.deep.equal([]);
  });

  it('treats a blank role as no role', () => {
    const s = aggregateRespondents(smallCatalogue(), [
      { label: 'A', role: '  ', answers: {} },
      { label: 'B', role: ' CPE ', answers: {} },
    ]);
    expect(s.roles.map((r) => r.label)).to.deep.equal(['CPE', 'Sans rôle']);
  });

  it('agrees with a single profile when there is one respondent', () => {
    const answers = { 'climat-1': 2, 'climat-2': 'unknown', 'vie-1': 1 } as const;
    const s = aggregateRespondents(smallCatalogue(), [{ label: 'A', answers }]);
    expect(s.profile.axes.map((a) => a.score)).to.deep.equal([
      200 / 3,
      null,
      100 / 3,
      null,
      null,
      null,
    ]);
  });
});

describe('aggregateRespondents: role groups (privacy in the room)', () => {
  const person = (role: string | undefined, value: 0 | 1 | 2 | 3) => ({
    label: 'x',
    ...(role ? { role } : {}),
    answers: { 'climat-1': value, 'climat-2': value },
  });

  it('shows a role apart only with three respondents or more, the rest merged into « Autres »', () => {
    const s = aggregateRespondents(smallCatalogue(), [
      person('CPE', 3),
      person('CPE', 3),
      person('CPE', 2),
      person('Direction', 0),
      person('Direction', 0),
      person('Infirmier', 1),
      person(undefined, 3),
    ]);
    expect(s.roleGroups.map((g) => [g.label, g.respondentCount, g.merged])).to.deep.equal([
      ['CPE', 3, false],
      ['Autres', 4, true],
    ]);
    // « Autres »: 0, 0, 1, 3 → mean 1 → 33 %; nobody's own line is drawn.
    expect(axis(s.roleGroups[1]!.profile, 'climat').score).to.be.closeTo(100 / 3, 1e-9);
    expect(s.ungrouped).to.equal(0);
    // The counts stay for the report.
    expect(s.roles.map((r) => r.respondentCount)).to.deep.equal([3, 2, 1, 1]);
  });

  it('draws no group at all when the others are fewer than three', () => {
    const s = aggregateRespondents(smallCatalogue(), [
      person('Direction', 0),
      person('Direction', 3),
    ]);
    expect(s.roleGroups).to.deep.equal([]);
    expect(s.ungrouped).to.equal(2);
  });

  it('never draws a group under three, whatever the team', () => {
    for (let n = 0; n <= 12; n += 1) {
      const team = Array.from({ length: n }, (_, i) =>
        person(['CPE', 'Direction', undefined, 'Vie scolaire'][i % 4], (i % 4) as 0 | 1 | 2 | 3),
      );
      const s = aggregateRespondents(smallCatalogue(), team);
      expect(s.roleGroups.every((g) => g.respondentCount >= 3)).to.equal(true);
      expect(s.roleGroups.reduce((k, g) => k + g.respondentCount, 0) + s.ungrouped).to.equal(n);
    }
  });
});

describe('aggregateRespondents: the middle half of the team', () => {
  it('gives the quartiles of the respondents’ own scores, not the min and max', () => {
    // climat scores 0, 33.3, 66.7, 100, 100: q1 = 33.3, q3 = 100, min 0.
    const team = [0, 1, 2, 3, 3].map((v) => ({
      label: 'x',
      answers: { 'climat-1': v as 0 | 1 | 2 | 3, 'climat-2': v as 0 | 1 | 2 | 3 },
    }));
    const s = aggregateRespondents(smallCatalogue(), team);
    const climat = s.axes.find((a) => a.axisId === 'climat')!;
    expect(climat.min).to.equal(0);
    expect(climat.q1).to.be.closeTo(100 / 3, 1e-9);
    expect(climat.q3).to.equal(100);
    expect(s.axes.find((a) => a.axisId === 'vie')).to.deep.include({ q1: null, q3: null });
  });
});
