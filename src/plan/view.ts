import type { Catalogue, CatalogueCalendar, Guide, KeyId } from '../catalogue/schema.js';
import type { Profile } from '../diagnostic/profile.js';
import { MAX_DRAFTS } from '../storage/limits.js';
import type { SavedDraftFiche, SavedState } from '../storage/schema.js';
import {
  DEFAULT_CALENDAR,
  resolveDates,
  suggestDates,
  type PlanDateField,
  type PlanDates,
  type PlanMilestone,
} from './calendar.js';
import type { IsoDate } from './dates.js';
import {
  draftValues,
  newDraftId,
  prefillDraft,
  type DraftValues,
  type ObjectiveText,
} from './draft.js';
import {
  checklistGuide,
  checklistProgress,
  itemPlan,
  leadTimeBasis,
  planItems,
  preparationStart,
  planTimeline,
  strongMoments,
  type LeadTimeBasis,
  type PlanItem,
} from './items.js';
import { validatePlanDates, type PlanIssue } from './validate.js';
import { planWarnings, type PlanWarning } from './warnings.js';

/** What the plan's view shows besides the state, for one state, one day and what is typed. */
export interface PlanInput {
  readonly catalogue: Catalogue;
  readonly state: SavedState;
  /** The day the plan is read on: the domain never reads the clock. */
  readonly today: IsoDate;
  /** Date fields as typed when they are not a date (emptied): shown as typed, never saved. */
  readonly typed?: Partial<Record<PlanDateField, string>>;
}

/** One chosen action, with what its card and its printed sheet show. */
export interface PlanRow {
  readonly item: PlanItem;
  /** Its steps for this year's dates; null while the dates are wrong. */
  readonly milestones: readonly PlanMilestone[] | null;
  /** Its strong moment's days; null while the dates are wrong. */
  readonly moments: readonly IsoDate[] | null;
  /** When its preparation (or a year-long action) starts; null when none or the dates are wrong. */
  readonly preparation: IsoDate | null;
  /** Where its lead time comes from: the team, the source's words, or the tool's estimate. */
  readonly leadTimeBasis: LeadTimeBasis;
  /** Checklist items ticked, out of how many. */
  readonly progress: { readonly done: number; readonly total: number };
}

export interface PlanViewModel {
  readonly calendar: CatalogueCalendar;
  /** The dates this year's calendar suggests. */
  readonly suggestion: PlanDates;
  /** Fields the team has not chosen (the suggestion shows). */
  readonly suggested: readonly PlanDateField[];
  /** The date fields' values: typed, chosen or suggested. */
  readonly values: Readonly<Record<PlanDateField, string>>;
  /** Problems with the dates, at their field; none when `dates` is set. */
  readonly issues: readonly PlanIssue[];
  /** The dates when they are valid; null otherwise (no timeline, no warnings). */
  readonly dates: PlanDates | null;
  /** Every fiche méthode of the catalogue, in its order: each shown with its own source. */
  readonly guides: readonly Guide[];
  /** The one whose avant / pendant / après list each action ticks (`checklistGuide`). */
  readonly guide: Guide | undefined;
  readonly rows: readonly PlanRow[];
  /** What `today` makes late, as data (`planWarnings`). */
  readonly warnings: readonly PlanWarning[];
  /** Every action against the calendar, by date; empty while the dates are wrong. */
  readonly timeline: readonly PlanMilestone[];
}

/** Everything the plan's view shows, computed once per state, day and typed dates. */
export function planViewModel({ catalogue, state, today, typed = {} }: PlanInput): PlanViewModel {
  const calendar = catalogue.calendar ?? DEFAULT_CALENDAR;
  const resolved = resolveDates(state.plan, calendar, today);
  const values = {
    weekStart: typed.weekStart ?? resolved.weekStart,
    weekEnd: typed.weekEnd ?? resolved.weekEnd,
    deadline: typed.deadline ?? resolved.deadline,
  };
  const issues = validatePlanDates(values);
  const dates: PlanDates | null = issues.length ? null : values;
  const items = planItems(state, catalogue);
  const guide = checklistGuide(catalogue);
  return {
    calendar,
    suggestion: suggestDates(calendar, today),
    suggested: resolved.suggested,
    values,
    issues,
    dates,
    guides: catalogue.guides,
    guide,
    rows: items.map((item) => ({
      item,
      milestones: dates ? itemPlan(item, calendar, dates) : null,
      moments: dates ? strongMoments(item, dates) : null,
      preparation: dates ? preparationStart(item, dates) : null,
      leadTimeBasis: leadTimeBasis(item),
      progress: checklistProgress(guide, item.entry),
    })),
    warnings: dates ? planWarnings(items, dates, today) : [],
    timeline: dates ? planTimeline(items, calendar, dates) : [],
  };
}

/** What the « À votre tour » editor starts from: a draft being edited, or a new one. */
export interface PlanDraftInput {
  readonly catalogue: Catalogue;
  readonly state: SavedState;
  readonly profile: Pick<Profile, 'weaknesses'>;
  /** The draft being edited; null (or an id no longer saved) for a new one. */
  readonly editing: string | null;
  /** The objective's words, in the interface's language. */
  readonly objective?: ObjectiveText;
}

export interface PlanDraftModel {
  /** The saved draft being edited; undefined for a new one. */
  readonly draft: SavedDraftFiche | undefined;
  readonly id: string;
  /**
   * The editor's values: its unsaved text for this draft, else the saved draft's, else the new
   * draft's, pre-filled from the profile.
   */
  readonly initial: DraftValues;
  /** The axes and clés the draft works on. */
  readonly target: { readonly axes: readonly string[]; readonly keys: readonly KeyId[] };
  /** A new draft's targeted axes, by label (« » when the profile has no weak axis). */
  readonly axisLabels: readonly string[];
  /** A new draft cannot be added: `MAX_DRAFTS` are written. */
  readonly full: boolean;
}

/**
 * The saved draft the editor was changing when the team left (its change typed last and not
 * saved): the editor reopens on it. Null when the last text typed is a new draft's, or none.
 */
export function resumedDraft(state: Pick<SavedState, 'plan'>): string | null {
  const last = state.plan?.unsaved?.at(-1);
  return last && state.plan!.drafts.some((draft) => draft.id === last.id) ? last.id : null;
}

/** The draft editor's starting point, computed when the state, profile or edited draft change. */
export function planDraftModel({
  catalogue,
  state,
  profile,
  editing,
  objective,
}: PlanDraftInput): PlanDraftModel {
  const draft = editing ? state.plan?.drafts.find((d) => d.id === editing) : undefined;
  const prefill = prefillDraft(profile, catalogue, objective);
  const id = draft?.id ?? newDraftId(state, catalogue);
  // What was typed and not yet added or saved comes back first (`keepDraftText`).
  const unsaved = state.plan?.unsaved?.find((text) => text.id === id);
  const start = unsaved ?? draft;
  return {
    draft,
    id,
    initial: start ? draftValues(start) : prefill.values,
    target: draft ? { axes: draft.axes, keys: draft.keys } : prefill,
    axisLabels: prefill.axes.map(
      (id) => catalogue.axes.find((axis) => axis.id === id)?.label ?? id,
    ),
    full: !draft && (state.plan?.drafts.length ?? 0) >= MAX_DRAFTS,
  };
}
