import { describe, it } from 'node:test';
import { expect } from 'chai';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import type { Catalogue, Guide } from '../../src/catalogue/schema.js';
import {
  addDays,
  checklistGuide,
  itemMilestones,
  leadTimeBasis,
  nextRentree,
  planItems,
  preparationStart,
  schoolYearStart,
  suggestDates,
  type PlanDates,
} from '../../src/plan/index.js';
import { createEmptyState, type SavedState } from '../../src/storage/index.js';
import type { SavedPlanEntry } from '../../src/storage/schema.js';

const calendar = defaultCatalogue.calendar!;
const dates2019: PlanDates = {
  weekStart: '2019-04-15',
  weekEnd: '2019-04-20',
  deadline: '2019-03-28',
};

function itemFor(id: string, entry: Partial<SavedPlanEntry> = {}) {
  const state: SavedState = {
    ...createEmptyState(defaultCatalogue, { selection: { retained: [id], done: [] } }),
    plan: {
      entries: [{ id, kind: 'fiche', pilot: '', publics: [], dates: [], ticks: [], ...entry }],
      drafts: [],
    },
  };
  const [item] = planItems(state, defaultCatalogue);
  return item!;
}

describe('plan: the school year around the week', () => {
  const table: [string, string, string][] = [
    // week start, school year's first day, next rentrée (1 September: the tool's estimate)
    ['2019-04-15', '2018-09-01', '2019-09-01'],
    ['2026-04-13', '2025-09-01', '2026-09-01'],
    // A week an académie moved to the autumn still belongs to its own school year.
    ['2026-11-16', '2026-09-01', '2027-09-01'],
    ['2027-01-04', '2026-09-01', '2027-09-01'],
  ];
  for (const [weekStart, start, rentree] of table) {
    it(`week of ${weekStart}: year from ${start}, next rentrée ${rentree}`, () => {
      expect(schoolYearStart({ weekStart })).to.equal(start);
      expect(nextRentree({ weekStart })).to.equal(rentree);
    });
  }
});

describe('plan: when each fiche happens, from its source', () => {
  it('never schedules a fiche of la rentrée inside the Semaine, whatever the year', () => {
    const rentree = itemFor('rentree-6e');
    expect(rentree.timing.moment).to.equal('rentree');
    expect(rentree.timing.quote).to.contain('dès la fin de l’année scolaire précédent');
    const todays = ['2018-10-01', '2021-01-10', '2022-09-01', '2025-11-20', '2026-06-30'];
    for (const today of [...todays, ...Array.from({ length: 12 }, (_, i) => `${2019 + i}-03-15`)]) {
      const dates = suggestDates(calendar, today);
      for (const milestone of itemMilestones(rentree, dates)) {
        const inWeek = milestone.start >= dates.weekStart && milestone.start <= dates.weekEnd;
        expect(inWeek, `${today}: ${milestone.key} ${milestone.start}`).to.equal(false);
      }
      const moment = itemMilestones(rentree, dates).find((m) => m.kind === 'strong-moment')!;
      expect(moment.start, today).to.equal(nextRentree(dates));
      // Its preparation (the tool's estimate, in weeks) ends before the summer.
      expect(preparationStart(rentree, dates)).to.equal(
        addDays(nextRentree(dates), -7 * rentree.leadTimeWeeks),
      );
    }
  });

  it('starts the Fête des réussites’ preparation with the school year, as its fiche says', () => {
    const fete = itemFor('fete-des-reussites', { dates: ['2019-04-18'] });
    expect(fete.timing).to.deep.include({ moment: 'semaine', preparation: 'debut-annee' });
    expect(fete.timing.quote).to.contain('retro-planning à définir en début d’année');
    expect(leadTimeBasis(fete)).to.equal('source');
    expect(preparationStart(fete, dates2019)).to.equal('2018-09-01');
    // The team's number of weeks replaces the source's date.
    const changed = itemFor('fete-des-reussites', { dates: ['2019-04-18'], leadTimeWeeks: 6 });
    expect(leadTimeBasis(changed)).to.equal('team');
    expect(preparationStart(changed, dates2019)).to.equal('2019-03-07');
  });

  it('runs « L’erreur, quel bonheur ! » from the school year’s start, shown in the Semaine', () => {
    const erreur = itemFor('erreur-quel-bonheur');
    expect(erreur.timing.moment).to.equal('annee');
    expect(erreur.timing.quote).to.contain('en démarrant dès le 1er trimestre');
    expect(itemMilestones(erreur, dates2019).map((m) => [m.kind, m.start])).to.deep.equal([
      ['start', '2018-09-01'],
      ['strong-moment', '2019-04-15'],
    ]);
  });

  it('keeps the tool’s estimate, labelled as such, where the source says nothing', () => {
    const conseil = itemFor('conseil-de-progres');
    expect(conseil.timing).to.deep.equal({ moment: 'semaine' });
    expect(leadTimeBasis(conseil)).to.equal('estimate');
    expect(preparationStart(conseil, dates2019)).to.equal('2019-03-04');
    expect(
      preparationStart(itemFor('conseil-de-progres', { leadTimeWeeks: 0 }), dates2019),
    ).to.equal(null);
  });

  it('places a strong moment the team chose, even for a fiche of la rentrée', () => {
    const rentree = itemFor('rentree-6e', { dates: ['2019-09-02'] });
    expect(
      itemMilestones(rentree, dates2019).find((m) => m.kind === 'strong-moment')!.start,
    ).to.equal('2019-09-02');
  });
});

describe('plan: the fiches méthode', () => {
  const guide = (id: string, year: number | undefined, items: number): Guide => ({
    id,
    title: id,
    source: { document: id, ...(year ? { year } : {}) } as Guide['source'],
    summary: id,
    checklists: {
      avant: Array.from({ length: items }, (_, i) => ({ id: `point-${i}`, label: 'Point' })),
      pendant: [],
      apres: [],
    },
  });
  const of = (...guides: Guide[]) => ({ guides }) as Pick<Catalogue, 'guides'>;

  it('ticks the most recent guide that has an avant / pendant / après list', () => {
    expect(checklistGuide(defaultCatalogue)?.id).to.equal('communiquer-valoriser-2022');
    expect(checklistGuide(of(guide('a', 2021, 3), guide('b', 2022, 0)))?.id).to.equal('a');
    expect(checklistGuide(of(guide('a', undefined, 3), guide('b', 2019, 2)))?.id).to.equal('b');
    expect(checklistGuide(of(guide('a', 2020, 0)))).to.equal(undefined);
    expect(checklistGuide(of())).to.equal(undefined);
  });
});
