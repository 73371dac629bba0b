import type { Catalogue, FicheTiming, Guide, KeyId, Public } from '../catalogue/schema.js';
import type { SavedDraftFiche, SavedPlan, SavedPlanEntry, SavedState } from '../storage/schema.js';
import { addDays, daysBetween, type IsoDate } from './dates.js';
import {
  calendarMilestones,
  sortMilestones,
  type PlanDates,
  type PlanMilestone,
} from './calendar.js';
import type { CatalogueCalendar } from '../catalogue/schema.js';
import { CHECKLIST_PHASES } from '../catalogue/constants.js';

export type PlanItemKind = SavedPlanEntry['kind'];

/**
 * The tool's estimate for catalogue actions (pistes) and drafted fiches: no source gives a
 * preparation time; four weeks is the catalogue's most common estimate for a fiche. The team can
 * change it per action.
 */
export const DEFAULT_LEAD_TIME_WEEKS = 4;

/**
 * When an item happens in the school year (`ficheTimingSchema`): a fiche's own, or « during the
 * Semaine » for actions, drafts and fiches whose source says nothing else.
 */
export type PlanTiming = Pick<FicheTiming, 'moment' | 'preparation'> & { readonly quote?: string };
const IN_THE_WEEK: PlanTiming = { moment: 'semaine' };

/**
 * The first day of the school year the week belongs to, and of the next one: 1 September, the
 * tool's estimate of la rentrée (no source gives it; the team sets its own dates).
 */
export function schoolYearStart(dates: Pick<PlanDates, 'weekStart'>): IsoDate {
  const [year, month] = dates.weekStart.split('-').map(Number) as [number, number];
  return `${String(month >= 9 ? year : year - 1).padStart(4, '0')}-09-01`;
}
export function nextRentree(dates: Pick<PlanDates, 'weekStart'>): IsoDate {
  const [year] = schoolYearStart(dates).split('-').map(Number) as [number];
  return `${String(year + 1).padStart(4, '0')}-09-01`;
}

/** One chosen fiche, action or drafted fiche, with its plan entry (saved or default). */
export interface PlanItem {
  readonly id: string;
  readonly kind: PlanItemKind;
  readonly title: string;
  /** Fiche number in its livret, for fiches. */
  readonly number?: number;
  readonly keys: readonly KeyId[];
  /** The lead time the catalogue (or the default) gives, before any change by the team: the tool's estimate. */
  readonly defaultLeadTimeWeeks: number;
  /** The team's lead time, or the default. */
  readonly leadTimeWeeks: number;
  /** When it happens in the school year, with the source's words when it has them. */
  readonly timing: PlanTiming;
  /** The entry as saved, or the one a first change would save. */
  readonly entry: SavedPlanEntry;
  readonly draft?: SavedDraftFiche;
}

export const emptyPlan = (): SavedPlan => ({ entries: [], drafts: [] });

function defaultEntry(id: string, kind: PlanItemKind, publics: readonly Public[]): SavedPlanEntry {
  return { id, kind, pilot: '', publics: [...publics], dates: [], ticks: [] };
}

/**
 * What this year's plan holds: the fiches and actions kept for this year (`selection.retained`,
 * in the order they were kept; ids the catalogue no longer has are left out), then the team's
 * drafted fiches in the order they were written.
 */
export function planItems(state: SavedState, catalogue: Catalogue): PlanItem[] {
  const plan = state.plan ?? emptyPlan();
  const entryOf = (id: string, kind: PlanItemKind) =>
    plan.entries.find((entry) => entry.id === id && entry.kind === kind);
  const item = (
    base: Omit<PlanItem, 'entry' | 'leadTimeWeeks' | 'timing'> & { timing?: PlanTiming },
    publics: readonly Public[],
  ): PlanItem => {
    const entry = entryOf(base.id, base.kind) ?? defaultEntry(base.id, base.kind, publics);
    return {
      ...base,
      timing: base.timing ?? IN_THE_WEEK,
      entry,
      leadTimeWeeks: entry.leadTimeWeeks ?? base.defaultLeadTimeWeeks,
    };
  };
  const items: PlanItem[] = [];
  for (const id of state.selection.retained) {
    const fiche = catalogue.fiches.find((candidate) => candidate.id === id);
    const action = fiche ? undefined : catalogue.actions.find((candidate) => candidate.id === id);
    if (fiche)
      items.push(
        item(
          {
            id,
            kind: 'fiche',
            title: fiche.title,
            number: fiche.number,
            keys: fiche.keys,
            defaultLeadTimeWeeks: fiche.leadTimeWeeks,
            ...(fiche.timing ? { timing: fiche.timing } : {}),
          },
          fiche.publics,
        ),
      );
    else if (action)
      items.push(
        item(
          {
            id,
            kind: 'action',
            title: action.title,
            keys: action.keys,
            defaultLeadTimeWeeks: DEFAULT_LEAD_TIME_WEEKS,
          },
          action.publics ?? [],
        ),
      );
  }
  for (const draft of plan.drafts) {
    items.push(
      item(
        {
          id: draft.id,
          kind: 'draft',
          title: draft.titre,
          keys: draft.keys,
          defaultLeadTimeWeeks: DEFAULT_LEAD_TIME_WEEKS,
          draft,
        },
        [],
      ),
    );
  }
  return items;
}

/**
 * The strong moment's days, sorted; when the team has set none, the week's first day — or, for an
 * action of la rentrée, the next rentrée (never a day of the Semaine).
 */
export function strongMoments(item: PlanItem, dates: PlanDates): IsoDate[] {
  if (item.entry.dates.length) return [...item.entry.dates].sort();
  return [item.timing.moment === 'rentree' ? nextRentree(dates) : dates.weekStart];
}

/**
 * Where the lead time comes from: the team's number (`team`); the source's words, which start the
 * preparation (or the action itself, for a year-long one) at the beginning of the school year
 * (`source`); or the tool's estimate in weeks (`estimate`).
 */
export type LeadTimeBasis = 'team' | 'source' | 'estimate';

export function leadTimeBasis(item: PlanItem): LeadTimeBasis {
  if (item.entry.leadTimeWeeks !== undefined) return 'team';
  return item.timing.moment === 'annee' || item.timing.preparation === 'debut-annee'
    ? 'source'
    : 'estimate';
}

/**
 * The day the preparation starts (for a year-long action: the day the action starts), or null when
 * there is none (a lead time of 0). From the source, the school year's first day when it is before
 * the first strong moment; otherwise the first strong moment − the lead time in weeks.
 */
export function preparationStart(item: PlanItem, dates: PlanDates): IsoDate | null {
  const moment = strongMoments(item, dates)[0]!;
  if (leadTimeBasis(item) === 'source') {
    const start = schoolYearStart(dates);
    if (daysBetween(start, moment) > 0) return start;
  }
  return item.leadTimeWeeks > 0 ? addDays(moment, -7 * item.leadTimeWeeks) : null;
}

/**
 * The action's own milestones: the start of its preparation (`preparationStart`; for a year-long
 * action, the start of the action itself) and each strong moment.
 */
export function itemMilestones(item: PlanItem, dates: PlanDates): PlanMilestone[] {
  const moments = strongMoments(item, dates);
  const base = `${item.kind}-${item.id}`;
  const milestones: PlanMilestone[] = [];
  const start = preparationStart(item, dates);
  if (start) {
    milestones.push({
      key: `${base}-preparation`,
      kind: item.timing.moment === 'annee' ? 'start' : 'preparation',
      start,
      end: start,
      label: item.title,
      itemId: item.id,
    });
  }
  moments.forEach((day, index) =>
    milestones.push({
      key: `${base}-temps-fort-${index + 1}`,
      kind: 'strong-moment',
      start: day,
      end: day,
      label: item.title,
      itemId: item.id,
    }),
  );
  return milestones;
}

/** One action's plan, back from the week: the calendar's milestones and its own, by date. */
export function itemPlan(
  item: PlanItem,
  calendar: CatalogueCalendar,
  dates: PlanDates,
): PlanMilestone[] {
  return sortMilestones([...calendarMilestones(calendar, dates), ...itemMilestones(item, dates)]);
}

/** Every chosen action against the calendar, by date: the timeline and the calendar file. */
export function planTimeline(
  items: readonly PlanItem[],
  calendar: CatalogueCalendar,
  dates: PlanDates,
): PlanMilestone[] {
  return sortMilestones([
    ...calendarMilestones(calendar, dates),
    ...items.flatMap((item) => itemMilestones(item, dates)),
  ]);
}

const checklistSize = (guide: Guide) =>
  CHECKLIST_PHASES.reduce((total, phase) => total + guide.checklists[phase].length, 0);

/**
 * The fiche méthode whose avant / pendant / après checklist each action ticks: the most recent one
 * that has such a list (by its source's year; a guide without a year counts as oldest; then the
 * catalogue's order). Every guide is shown in the plan, each with its source (`view.ts`).
 */
export function checklistGuide(catalogue: Pick<Catalogue, 'guides'>): Guide | undefined {
  return catalogue.guides
    .filter((guide) => checklistSize(guide) > 0)
    .reduce<Guide | undefined>(
      (best, guide) =>
        !best || (guide.source.year ?? 0) >= (best.source.year ?? 0) ? guide : best,
      undefined,
    );
}

export { CHECKLIST_PHASES };
export type ChecklistPhase = (typeof CHECKLIST_PHASES)[number];

/** A checklist item's key in `ticks`: its phase and id, unique even if two phases share an id. */
export const tickKey = (phase: ChecklistPhase, itemId: string) => `${phase}-${itemId}`;

/** How many of the guide's items this entry has ticked, out of how many. */
export function checklistProgress(
  guide: Guide | undefined,
  entry: SavedPlanEntry,
): { done: number; total: number } {
  if (!guide) return { done: 0, total: 0 };
  const keys = CHECKLIST_PHASES.flatMap((phase) =>
    guide.checklists[phase].map((item) => tickKey(phase, item.id)),
  );
  return { done: keys.filter((key) => entry.ticks.includes(key)).length, total: keys.length };
}
