import { describe, it } from 'node:test';
import { expect } from 'chai';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import type { CatalogueCalendar } from '../../src/catalogue/schema.js';
import {
  DEFAULT_CALENDAR,
  calendarMilestones,
  itemPlan,
  planItems,
  planTimeline,
  resolveDates,
  suggestDates,
  type PlanDates,
} from '../../src/plan/index.js';
import { createEmptyState, type SavedState } from '../../src/storage/index.js';

const calendar = defaultCatalogue.calendar!;

describe('plan: suggested dates', () => {
  // The rule: the Monday on or before 15 April of the current school year's spring, the catalogue's
  // week length (6 days) and deadline offset (18 days before).
  const table: [string, string, string, string][] = [
    ['2018-10-01', '2019-04-15', '2019-04-20', '2019-03-28'],
    ['2021-01-10', '2021-04-12', '2021-04-17', '2021-03-25'],
    ['2022-08-31', '2022-04-11', '2022-04-16', '2022-03-24'],
    ['2022-09-01', '2023-04-10', '2023-04-15', '2023-03-23'],
    ['2025-11-20', '2026-04-13', '2026-04-18', '2026-03-26'],
    ['2026-06-30', '2026-04-13', '2026-04-18', '2026-03-26'],
  ];
  for (const [today, weekStart, weekEnd, deadline] of table) {
    it(`on ${today}: ${weekStart} – ${weekEnd}, deadline ${deadline}`, () => {
      expect(suggestDates(calendar, today)).to.deep.equal({ weekStart, weekEnd, deadline });
    });
  }

  it('gives the 2019, 2021 and 2022 editions’ weeks', () => {
    expect(suggestDates(calendar, '2019-01-07').weekStart).to.equal('2019-04-15');
    expect(suggestDates(calendar, '2021-01-07').weekStart).to.equal('2021-04-12');
    expect(suggestDates(calendar, '2022-01-07').weekStart).to.equal('2022-04-11');
  });

  it('keeps chosen dates and marks the others as suggested', () => {
    const dates = resolveDates({ deadline: '2026-04-01' }, calendar, '2025-12-01');
    expect(dates).to.deep.equal({
      weekStart: '2026-04-13',
      weekEnd: '2026-04-18',
      deadline: '2026-04-01',
      suggested: ['weekStart', 'weekEnd'],
    });
    expect(resolveDates(undefined, calendar, '2025-12-01').suggested).to.deep.equal([
      'weekStart',
      'weekEnd',
      'deadline',
    ]);
  });
});

const dates2019: PlanDates = {
  weekStart: '2019-04-15',
  weekEnd: '2019-04-20',
  deadline: '2019-03-28',
};

function stateWith(retained: string[], plan?: SavedState['plan']): SavedState {
  const state = createEmptyState(defaultCatalogue, {
    selection: { retained, done: [] },
  });
  return plan ? { ...state, plan } : state;
}

describe('plan: milestones back from the week', () => {
  it('places the 2019 livret calendar on its own dates', () => {
    const rows = calendarMilestones(calendar, dates2019).map((m) => [m.key, m.start, m.end]);
    expect(rows).to.deep.equal([
      ['calendrier-lancement-communication', '2019-01-24', '2019-01-24'],
      ['calendrier-preparation-organisation', '2019-01-24', '2019-03-28'],
      ['calendrier-remontee-actions', '2019-03-28', '2019-03-28'],
      ['calendrier-finalisation-programme', '2019-04-01', '2019-04-15'],
      ['calendrier-semaine-perseverance', '2019-04-15', '2019-04-20'],
    ]);
  });

  it('follows the chosen deadline and end of week', () => {
    const dates = { weekStart: '2022-04-11', weekEnd: '2022-04-15', deadline: '2022-04-01' };
    const byKey = Object.fromEntries(
      calendarMilestones(calendar, dates).map((m) => [m.key, [m.start, m.end]]),
    );
    expect(byKey['calendrier-remontee-actions']).to.deep.equal(['2022-04-01', '2022-04-01']);
    expect(byKey['calendrier-preparation-organisation']).to.deep.equal([
      '2022-01-20',
      '2022-04-01',
    ]);
    expect(byKey['calendrier-semaine-perseverance']).to.deep.equal(['2022-04-11', '2022-04-15']);
    // A deadline before the campaign's launch never gives a range that ends before it starts.
    const early = calendarMilestones(calendar, { ...dates, deadline: '2022-01-10' });
    for (const milestone of early) expect(milestone.end >= milestone.start).to.equal(true);
  });

  it('adds each action’s preparation (lead time before its first strong moment) and strong moments', () => {
    const state = stateWith(['conseil-de-progres', 'fete-des-reussites', 'journee-integration'], {
      entries: [
        {
          id: 'fete-des-reussites',
          kind: 'fiche',
          pilot: 'Direction',
          publics: ['eleves', 'parents'],
          dates: ['2019-04-19', '2019-04-18'],
          ticks: [],
        },
      ],
      drafts: [],
    });
    const items = planItems(state, defaultCatalogue);
    expect(items.map((item) => [item.id, item.kind, item.leadTimeWeeks])).to.deep.equal([
      ['conseil-de-progres', 'fiche', 6],
      ['fete-des-reussites', 'fiche', 32],
      ['journee-integration', 'action', 4],
    ]);
    const own = planTimeline(items, calendar, dates2019)
      .filter((m) => m.kind !== 'calendar')
      .map((m) => [m.key, m.start]);
    expect(own).to.deep.equal([
      // From the start of the school year, as its fiche says (« retro-planning à définir en
      // début d’année »): 1 September, the tool's estimate of la rentrée.
      ['fiche-fete-des-reussites-preparation', '2018-09-01'],
      // 6 weeks before the week's first day (no date set), 4 weeks for the action.
      ['fiche-conseil-de-progres-preparation', '2019-03-04'],
      ['action-journee-integration-preparation', '2019-03-18'],
      ['action-journee-integration-temps-fort-1', '2019-04-15'],
      ['fiche-conseil-de-progres-temps-fort-1', '2019-04-15'],
      ['fiche-fete-des-reussites-temps-fort-1', '2019-04-18'],
      ['fiche-fete-des-reussites-temps-fort-2', '2019-04-19'],
    ]);
    const plan = itemPlan(items[0]!, calendar, dates2019);
    expect(plan.map((m) => m.start)).to.deep.equal([
      '2019-01-24',
      '2019-01-24',
      '2019-03-04',
      '2019-03-28',
      '2019-04-01',
      '2019-04-15',
      '2019-04-15',
    ]);
    expect(plan.map((m) => m.kind)).to.include.members([
      'calendar',
      'preparation',
      'strong-moment',
    ]);
  });

  it('uses the lead time the team set, and none when it is 0', () => {
    const state = stateWith(['conseil-de-progres'], {
      entries: [
        {
          id: 'conseil-de-progres',
          kind: 'fiche',
          pilot: '',
          publics: [],
          dates: [],
          ticks: [],
          leadTimeWeeks: 0,
        },
      ],
      drafts: [],
    });
    const [item] = planItems(state, defaultCatalogue);
    expect(item!.leadTimeWeeks).to.equal(0);
    expect(item!.defaultLeadTimeWeeks).to.equal(6);
    expect(
      planTimeline([item!], calendar, dates2019).some((m) => m.kind === 'preparation'),
    ).to.equal(false);
  });

  it('lists drafts after the catalogue’s items and skips ids the catalogue lacks', () => {
    const state = stateWith(['inconnue', 'conseil-de-progres'], {
      entries: [],
      drafts: [
        {
          id: 'brouillon-1',
          titre: 'Café des parents',
          organisation: '',
          objectifs: '',
          publics: '',
          pilotage: '',
          reussite: '',
          valoriser: '',
          axes: ['accompagner-orientation'],
          keys: ['accompagner'],
        },
      ],
    });
    expect(planItems(state, defaultCatalogue).map((item) => [item.id, item.kind])).to.deep.equal([
      ['conseil-de-progres', 'fiche'],
      ['brouillon-1', 'draft'],
    ]);
  });

  it('works with the built-in calendar when a catalogue has none', () => {
    const fallback: CatalogueCalendar = DEFAULT_CALENDAR;
    expect(calendarMilestones(fallback, dates2019).map((m) => [m.start, m.end])).to.deep.equal([
      ['2019-03-28', '2019-03-28'],
      ['2019-04-15', '2019-04-20'],
    ]);
  });
});
