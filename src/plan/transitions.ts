import { KEY_IDS, PUBLICS } from '../catalogue/constants.js';
import type { KeyId } from '../catalogue/schema.js';
import {
  MAX_ATTENDANCE,
  MAX_DRAFTS,
  MAX_ID,
  MAX_LABEL,
  MAX_PLAN_DATES,
  MAX_PLAN_ENTRIES,
  MAX_PLAN_TEXT,
  MAX_SELECTION,
  MAX_TICK_KEY,
} from '../storage/limits.js';
import type { SavedDraftText, SavedPlan, SavedPlanEntry, SavedState } from '../storage/schema.js';
import type { PlanDateField } from './calendar.js';
import { isIsoDate } from './dates.js';
import { DRAFT_FIELDS, type DraftValues } from './draft.js';
import { emptyPlan } from './items.js';
import { validateDraft } from './validate.js';

/*
 * Pure transitions for `actions.update`: each returns a new state, or the same object when nothing
 * changes. What they write always passes the saved-state schema (texts clipped, lists capped,
 * dates checked), because a save the schema refuses would be set aside at the next visit.
 */

type Bilan = NonNullable<SavedPlanEntry['bilan']>;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const clip = (text: unknown, max: number) => String(text ?? '').slice(0, max);
const unique = <T>(items: readonly T[]) => [...new Set(items)];
const isCount = (value: unknown, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;

function withPlan(state: SavedState, change: (plan: SavedPlan) => SavedPlan): SavedState {
  const before = state.plan ?? emptyPlan();
  const after = change(before);
  return after === before ? state : { ...state, plan: after };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Sets one of the plan's dates; `undefined` goes back to the suggested date. Bad dates are ignored. */
export function setPlanDate(
  field: PlanDateField,
  value: string | undefined,
): (state: SavedState) => SavedState {
  return (state) =>
    withPlan(state, (plan) => {
      if (value !== undefined && !isIsoDate(value)) return plan;
      if (plan[field] === value) return plan;
      const next: SavedPlan = { ...plan };
      if (value === undefined) delete next[field];
      else next[field] = value;
      return next;
    });
}

function normalizeBilan(bilan: Bilan): Bilan {
  const attendance: Bilan['attendance'] = {};
  for (const key of PUBLICS) {
    const count = bilan.attendance[key];
    if (isCount(count, MAX_ATTENDANCE)) attendance[key] = count;
  }
  return {
    attendance,
    worked: clip(bilan.worked, MAX_PLAN_TEXT),
    vigilance: clip(bilan.vigilance, MAX_PLAN_TEXT),
    perspectives: clip(bilan.perspectives, MAX_PLAN_TEXT),
  };
}

/** The entry as the schema accepts it: known publics, real dates, slugs, sizes kept. */
export function normalizeEntry(entry: SavedPlanEntry): SavedPlanEntry {
  const normalized: SavedPlanEntry = {
    id: entry.id,
    kind: entry.kind,
    pilot: clip(entry.pilot, MAX_LABEL),
    publics: PUBLICS.filter((item) => entry.publics.includes(item)),
    dates: unique(entry.dates.filter(isIsoDate)).sort().slice(0, MAX_PLAN_DATES),
    ticks: unique(
      entry.ticks.filter((tick) => SLUG.test(tick) && tick.length <= MAX_TICK_KEY),
    ).slice(0, MAX_SELECTION),
  };
  if (isCount(entry.leadTimeWeeks, 52)) normalized.leadTimeWeeks = entry.leadTimeWeeks;
  if (entry.bilan) normalized.bilan = normalizeBilan(entry.bilan);
  return normalized;
}

/**
 * Saves an action's entry (pilot, publics, dates, ticks, lead time, bilan), replacing the one with
 * the same id and kind. Past the cap, the oldest other entries (of actions no longer chosen, in
 * practice) make room.
 */
export function putEntry(entry: SavedPlanEntry): (state: SavedState) => SavedState {
  const next = normalizeEntry(entry);
  return (state) =>
    withPlan(state, (plan) => {
      const index = plan.entries.findIndex((e) => e.id === next.id && e.kind === next.kind);
      if (index >= 0 && sameJson(plan.entries[index], next)) return plan;
      const entries =
        index >= 0
          ? plan.entries.map((e, i) => (i === index ? next : e))
          : [...plan.entries, next].slice(-MAX_PLAN_ENTRIES);
      return { ...plan, entries };
    });
}

/** Ticks or unticks one checklist item of an entry. */
export function setTick(
  entry: SavedPlanEntry,
  key: string,
  on: boolean,
): (state: SavedState) => SavedState {
  const ticks = on ? unique([...entry.ticks, key]) : entry.ticks.filter((tick) => tick !== key);
  return putEntry({ ...entry, ticks });
}

/** Changes part of an entry's bilan (attendance per public, the three review texts). */
export function setBilan(
  entry: SavedPlanEntry,
  patch: Partial<Bilan>,
): (state: SavedState) => SavedState {
  const bilan = entry.bilan ?? { attendance: {}, worked: '', vigilance: '', perspectives: '' };
  return putEntry({ ...entry, bilan: { ...bilan, ...patch } });
}

/** The plan without the editor's unsaved text for `id` (the field goes when none is left). */
function withoutUnsaved(plan: SavedPlan, id: string): SavedPlan {
  if (!plan.unsaved?.some((text) => text.id === id)) return plan;
  const unsaved = plan.unsaved.filter((text) => text.id !== id);
  const next: SavedPlan = { ...plan, unsaved };
  if (!unsaved.length) delete next.unsaved;
  return next;
}

/**
 * Keeps what the « À votre tour » editor holds for draft `id` (a new draft's, or a saved draft's
 * being changed) as it is typed, before it is added or saved; `null` forgets it (« Annuler »).
 * The last typed goes last; past the cap the oldest goes. Texts are clipped to the saved sizes.
 */
export function keepDraftText(
  id: string,
  values: DraftValues | null,
): (state: SavedState) => SavedState {
  return (state) =>
    withPlan(state, (plan) => {
      if (values === null) return withoutUnsaved(plan, id);
      if (!SLUG.test(id) || id.length > MAX_ID) return plan;
      const text = {
        id,
        ...(Object.fromEntries(
          DRAFT_FIELDS.map((field) => [
            field,
            clip(values[field], field === 'titre' ? MAX_LABEL : MAX_PLAN_TEXT),
          ]),
        ) as DraftValues),
      } satisfies SavedDraftText;
      const last = plan.unsaved?.at(-1);
      if (last?.id === id && sameJson(last, text)) return plan;
      const others = (plan.unsaved ?? []).filter((other) => other.id !== id);
      return { ...plan, unsaved: [...others, text].slice(-(MAX_DRAFTS + 1)) };
    });
}

/**
 * Saves a drafted fiche (new or edited). Refused — the state comes back unchanged — without a
 * title, or when `MAX_DRAFTS` are already written: the editor checks first and says why.
 */
export function saveDraft(
  id: string,
  values: DraftValues,
  target: { readonly axes: readonly string[]; readonly keys: readonly KeyId[] },
): (state: SavedState) => SavedState {
  return (state) =>
    withPlan(state, (plan) => {
      if (!SLUG.test(id) || validateDraft(values, Infinity).length) return plan;
      const draft = {
        id,
        ...(Object.fromEntries(
          DRAFT_FIELDS.map((field) => [
            field,
            clip(
              field === 'titre' ? values[field].trim() : values[field],
              field === 'titre' ? MAX_LABEL : MAX_PLAN_TEXT,
            ),
          ]),
        ) as DraftValues),
        axes: unique(target.axes.filter((axis) => SLUG.test(axis) && axis.length <= 80)).slice(
          0,
          20,
        ),
        keys: KEY_IDS.filter((key) => target.keys.includes(key)),
      };
      const index = plan.drafts.findIndex((d) => d.id === id);
      if (index >= 0) {
        // Saved: the editor's text for it is no longer « unsaved ».
        const rest = withoutUnsaved(plan, id);
        if (sameJson(plan.drafts[index], draft)) return rest;
        return { ...rest, drafts: plan.drafts.map((d, i) => (i === index ? draft : d)) };
      }
      if (plan.drafts.length >= MAX_DRAFTS) return plan;
      return { ...withoutUnsaved(plan, id), drafts: [...plan.drafts, draft] };
    });
}

/** Deletes a drafted fiche, its plan entry and any unsaved change to it. */
export function removeDraft(id: string): (state: SavedState) => SavedState {
  return (state) =>
    withPlan(state, (plan) =>
      plan.drafts.some((draft) => draft.id === id)
        ? {
            ...withoutUnsaved(plan, id),
            drafts: plan.drafts.filter((draft) => draft.id !== id),
            entries: plan.entries.filter((entry) => !(entry.kind === 'draft' && entry.id === id)),
          }
        : plan,
    );
}
