import type { CatalogueCalendar, Milestone } from '../catalogue/schema.js';
import { addDays, daysBetween, dayNumber, weekday, type IsoDate } from './dates.js';

/** The three dates the whole plan hangs on. */
export interface PlanDates {
  readonly weekStart: IsoDate;
  readonly weekEnd: IsoDate;
  /** The académie's deadline for declaring actions (its collection form). */
  readonly deadline: IsoDate;
}

export type PlanDateField = keyof PlanDates;
export const PLAN_DATE_FIELDS: readonly PlanDateField[] = ['weekStart', 'weekEnd', 'deadline'];

/**
 * What a catalogue without a calendar gets: the 2019 livret's week (Monday to Saturday) and its
 * deadline 18 days before, with only the two dates every académie sets.
 */
export const DEFAULT_CALENDAR: CatalogueCalendar = {
  source: { document: 'Livret Semaine de la persévérance scolaire 2019', year: 2019 },
  weekLengthDays: 6,
  declarationDeadlineOffsetDays: -18,
  milestones: [
    { id: 'remontee-actions', label: 'Remontée des actions', startOffsetDays: -18 },
    {
      id: 'semaine-perseverance',
      label: 'Semaine de la persévérance scolaire',
      startOffsetDays: 0,
      endOffsetDays: 5,
    },
  ],
};

/**
 * Suggested dates for the school year (1 September – 31 August) that `today` belongs to: the week
 * starts on the Monday on or before 15 April of that year's spring — the rule that gives the
 * 2019, 2021 and 2022 editions (15–20 April, 12–17 April, 11–16 April) — and lasts the catalogue's
 * `weekLengthDays`; the deadline is `declarationDeadlineOffsetDays` before (late March).
 */
export function suggestDates(calendar: CatalogueCalendar, today: IsoDate): PlanDates {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const spring = month >= 9 ? year + 1 : year;
  const anchor = `${String(spring).padStart(4, '0')}-04-15`;
  const weekStart = addDays(anchor, -weekday(anchor));
  return {
    weekStart,
    weekEnd: addDays(weekStart, calendar.weekLengthDays - 1),
    deadline: addDays(weekStart, calendar.declarationDeadlineOffsetDays),
  };
}

/** The plan's dates: the user's where chosen, the suggested ones elsewhere. */
export function resolveDates(
  chosen: Partial<Record<PlanDateField, string | undefined>> | undefined,
  calendar: CatalogueCalendar,
  today: IsoDate,
): PlanDates & { readonly suggested: readonly PlanDateField[] } {
  const suggestion = suggestDates(calendar, today);
  const suggested = PLAN_DATE_FIELDS.filter((field) => chosen?.[field] === undefined);
  return {
    weekStart: chosen?.weekStart ?? suggestion.weekStart,
    weekEnd: chosen?.weekEnd ?? suggestion.weekEnd,
    deadline: chosen?.deadline ?? suggestion.deadline,
    suggested,
  };
}

/**
 * Where a calendar offset lands for this year's dates. Offsets are counted from the week's first
 * day, except the two that stand for the dates the user sets: the deadline offset follows the
 * chosen deadline, and the week's last day follows the chosen end of the week.
 */
function anchor(offset: number, calendar: CatalogueCalendar, dates: PlanDates): IsoDate {
  if (offset === calendar.declarationDeadlineOffsetDays) return dates.deadline;
  if (offset === calendar.weekLengthDays - 1) return dates.weekEnd;
  return addDays(dates.weekStart, offset);
}

/**
 * One dated step of the plan; `end` is inclusive (equal to `start` for a single day). `start` is
 * the start of a year-long action (its source has it start with the school year).
 */
export interface PlanMilestone {
  /** Unique and stable within a plan (also the base of the calendar file's UIDs). */
  readonly key: string;
  readonly kind: 'calendar' | 'preparation' | 'start' | 'strong-moment';
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The catalogue milestone's label, or the action's title. */
  readonly label: string;
  readonly description?: string;
  /** The action a preparation or strong moment belongs to. */
  readonly itemId?: string;
}

/** The catalogue calendar's milestones placed on this year's dates. */
export function calendarMilestones(calendar: CatalogueCalendar, dates: PlanDates): PlanMilestone[] {
  return calendar.milestones.map((milestone: Milestone) => {
    const start = anchor(milestone.startOffsetDays, calendar, dates);
    const end =
      milestone.endOffsetDays === undefined
        ? start
        : anchor(milestone.endOffsetDays, calendar, dates);
    return {
      key: `calendrier-${milestone.id}`,
      kind: 'calendar',
      start,
      // A deadline set before the milestone's start must not give a range that ends first.
      end: daysBetween(start, end) < 0 ? start : end,
      label: milestone.label,
      ...(milestone.description ? { description: milestone.description } : {}),
    };
  });
}

const KIND_ORDER = { calendar: 0, preparation: 1, start: 1, 'strong-moment': 2 } as const;

/** By start date, then calendar before actions, then end date, then key: a stable order. */
export function sortMilestones(milestones: readonly PlanMilestone[]): PlanMilestone[] {
  return [...milestones].sort(
    (a, b) =>
      (dayNumber(a.start) ?? 0) - (dayNumber(b.start) ?? 0) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (dayNumber(a.end) ?? 0) - (dayNumber(b.end) ?? 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** How a milestone is named in a list or a calendar; `frenchMilestoneTitle` by default. */
export type MilestoneTitle = (milestone: PlanMilestone) => string;

export const frenchMilestoneTitle: MilestoneTitle = (milestone) =>
  milestone.kind === 'preparation'
    ? `Début de la préparation : ${milestone.label}`
    : milestone.kind === 'start'
      ? `Début de l’action (toute l’année) : ${milestone.label}`
      : milestone.kind === 'strong-moment'
        ? `Temps fort : ${milestone.label}`
        : milestone.label;
