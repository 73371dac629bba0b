import type { Catalogue, Guide, KeyId, Public } from '../catalogue/schema.js';
import type { SavedDraftFiche, SavedPlan, SavedPlanEntry, SavedState } from '../storage/schema.js';
import { addDays, type IsoDate } from './dates.js';
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
 * Catalogue actions (pistes) give no preparation time; four weeks is the livret's most common
 * lead time for a fiche. The team can change it per action.
 */
export const DEFAULT_LEAD_TIME_WEEKS = 4;

/** One chosen fiche, action or drafted fiche, with its plan entry (saved or default). */
export interface PlanItem {
  readonly id: string;
  readonly kind: PlanItemKind;
  readonly title: string;
  /** Fiche number in its livret, for fiches. */
  readonly number?: number;
  readonly keys: readonly KeyId[];
  /** The lead time the catalogue (or the default) gives, before any change by the team. */
  readonly defaultLeadTimeWeeks: number;
  readonly leadTimeWeeks: number;
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
    base: Omit<PlanItem, 'entry' | 'leadTimeWeeks'>,
    publics: readonly Public[],
  ): PlanItem => {
    const entry = entryOf(base.id, base.kind) ?? defaultEntry(base.id, base.kind, publics);
    return { ...base, entry, leadTimeWeeks: entry.leadTimeWeeks ?? base.defaultLeadTimeWeeks };
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

/** The strong moment's days, sorted; the week's first day when the team has set none. */
export function strongMoments(item: PlanItem, dates: PlanDates): IsoDate[] {
  return item.entry.dates.length ? [...item.entry.dates].sort() : [dates.weekStart];
}

/**
 * The action's own milestones: the start of its preparation (first strong moment − lead time in
 * weeks; none when the lead time is 0) and each strong moment.
 */
export function itemMilestones(item: PlanItem, dates: PlanDates): PlanMilestone[] {
  const moments = strongMoments(item, dates);
  const base = `${item.kind}-${item.id}`;
  const milestones: PlanMilestone[] = [];
  if (item.leadTimeWeeks > 0) {
    const start = addDays(moments[0]!, -7 * item.leadTimeWeeks);
    milestones.push({
      key: `${base}-preparation`,
      kind: 'preparation',
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

/** The fiche méthode whose avant / pendant / après checklist the plan uses: the most recent one. */
export function planGuide(catalogue: Pick<Catalogue, 'guides'>): Guide | undefined {
  return catalogue.guides.reduce<Guide | undefined>(
    (best, guide) => (!best || guide.source.year > best.source.year ? guide : best),
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
