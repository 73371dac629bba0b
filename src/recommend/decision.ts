import type { Catalogue, KeyId } from '../catalogue/schema.js';
import type { Profile } from '../diagnostic/profile.js';
import { MAX_ANSWER } from '../diagnostic/answers.js';
import { assessReadiness } from './readiness.js';
import { recommend } from './recommend.js';
import type { EstablishmentContext, Recommendation, RecommendOptions } from './types.js';
import { weakAxesOf } from './weakness.js';

/** A weak axis that no recommended item serves: the view says so and points to its modalités. */
export interface AxisGap {
  readonly axisId: string;
  readonly keyId: KeyId;
  readonly label: string;
  /** 0–100. */
  readonly score: number;
  /** The axis's modalités (`practices` in the catalogue), as written there. */
  readonly practices: readonly string[];
}

/**
 * What the decision view can say about the list:
 * - `insufficient`: too few known answers for targeted recommendations (the list holds starting
 *   points); `missing` more known answers are needed.
 * - `all-strong`: every known answer at the top of the scale, or no weak axis: suggest deepening
 *   (fiches already run, the bilan) rather than new actions.
 * - `no-fiches`: the catalogue has neither fiches nor actions (a custom catalogue).
 * - `ready`: targeted recommendations.
 */
export type DecisionStatus =
  | {
      readonly kind: 'insufficient';
      readonly known: number;
      readonly required: number;
      readonly missing: number;
    }
  | { readonly kind: 'all-strong' }
  | { readonly kind: 'no-fiches' }
  | { readonly kind: 'ready' };

/** One axis of progress and the recommended items whose main axis it is. */
export interface AxisGroup {
  readonly axisId: string;
  readonly keyId: KeyId;
  readonly label: string;
  /** 0–100 (100 for an axis without a score: nothing says it is weak). */
  readonly score: number;
  readonly items: readonly Recommendation[];
}

/** The decision's data: status, the whole ranked list, the priorities, the rest by axis, the gaps. */
export interface Decision {
  readonly status: DecisionStatus;
  /** Every recommendation, in the engine's order (the order shown). */
  readonly recommendations: readonly Recommendation[];
  /** The engine's top 3 to 5 (see `PRIORITY_MIN`, `PRIORITY_MAX`). */
  readonly priorities: readonly Recommendation[];
  /** The others, grouped by the axis each item targets, weakest axis first; engine order inside. */
  readonly byAxis: readonly AxisGroup[];
  /**
   * Weak axes (below WEAK_SCORE) that no recommended item targets (as its main axis, or with
   * weight 2 or 3), weakest first, with their modalités: the view says so and points to them.
   */
  readonly gaps: readonly AxisGap[];
}

/** The priorities hold at least this many items (when there are) … */
export const PRIORITY_MIN = 3;
/** … and at most this many. */
export const PRIORITY_MAX = 5;

/**
 * How many of the ranked items are priorities: 3, then up to 5 while the next item brings a weak
 * axis that the priorities do not serve yet (breadth across the weak axes).
 */
function priorityCount(recs: readonly Recommendation[], weak: ReadonlySet<string>): number {
  let count = Math.min(PRIORITY_MIN, recs.length);
  const covered = new Set(recs.slice(0, count).map((r) => r.mainAxisId));
  while (count < Math.min(PRIORITY_MAX, recs.length)) {
    const next = recs[count]!;
    if (!weak.has(next.mainAxisId) || covered.has(next.mainAxisId)) break;
    covered.add(next.mainAxisId);
    count++;
  }
  return count;
}

/** True when every known answer of the profile is at the top of the scale (and there is one). */
function allAtTop(profile: Profile): boolean {
  const known = profile.questions.filter((q) => typeof q.value === 'number');
  return known.length > 0 && known.every((q) => (q.value as number) >= MAX_ANSWER);
}

/**
 * The decision for an establishment: `recommend` with no limit unless `options.limit` says, split
 * into priorities (the top 3 to 5) and the rest grouped by main axis (weakest first), with the
 * status the view words and the weak axes no item serves. Deterministic.
 */
export function decisionOf(
  profile: Profile,
  catalogue: Catalogue,
  context: EstablishmentContext,
  options: RecommendOptions = {},
): Decision {
  const recommendations = recommend(catalogue, profile, context, {
    limit: options.limit ?? Infinity,
  });
  const readiness = assessReadiness(profile);
  const weakAxes = readiness.sufficient ? weakAxesOf(profile) : [];
  const weakIds = new Set(weakAxes.map((a) => a.axisId));

  let status: DecisionStatus;
  if (catalogue.fiches.length === 0 && catalogue.actions.length === 0)
    status = { kind: 'no-fiches' };
  else if (!readiness.sufficient)
    status = {
      kind: 'insufficient',
      known: readiness.known,
      required: readiness.required,
      missing: Math.max(0, readiness.required - readiness.known),
    };
  else if (allAtTop(profile) || weakAxes.length === 0) status = { kind: 'all-strong' };
  else status = { kind: 'ready' };

  const count = priorityCount(recommendations, weakIds);
  const priorities = recommendations.slice(0, count);
  const rest = recommendations.slice(count);

  const axisById = new Map(profile.axes.map((a) => [a.axisId, a]));
  const catalogueAxis = new Map(catalogue.axes.map((a) => [a.id, a]));
  const groups = new Map<string, Recommendation[]>();
  for (const rec of rest) {
    const list = groups.get(rec.mainAxisId) ?? [];
    list.push(rec);
    groups.set(rec.mainAxisId, list);
  }
  const axisOrder = new Map(catalogue.axes.map((a, i) => [a.id, i]));
  const byAxis: AxisGroup[] = [...groups.entries()]
    .map(([axisId, items]) => {
      const scored = axisById.get(axisId);
      const axis = catalogueAxis.get(axisId);
      return {
        axisId,
        keyId: scored?.keyId ?? axis?.key ?? items[0]!.mainKeyId,
        label: scored?.label ?? axis?.label ?? axisId,
        score: scored?.score ?? 100,
        items,
      };
    })
    .sort(
      (a, b) =>
        a.score - b.score ||
        (axisOrder.get(a.axisId) ?? Infinity) - (axisOrder.get(b.axisId) ?? Infinity) ||
        (a.axisId < b.axisId ? -1 : a.axisId > b.axisId ? 1 : 0),
    );

  // Served: some recommended item targets the axis (it is the item's main axis, or an axis reason
  // of weight 2 or 3). A side tag of weight 1 does not make an axis addressed.
  const served = new Set<string>();
  for (const rec of recommendations) {
    if (rec.basis === 'targeted') served.add(rec.mainAxisId);
    for (const reason of rec.reasons)
      if (reason.kind === 'axis' && reason.weight >= 2) served.add(reason.axisId);
  }
  const gaps: AxisGap[] = weakAxes
    .filter((a) => !served.has(a.axisId))
    .map((a) => ({
      axisId: a.axisId,
      keyId: a.keyId,
      label: a.label,
      score: a.score!,
      practices: [...(catalogueAxis.get(a.axisId)?.practices ?? [])],
    }));

  return { status, recommendations, priorities, byAxis, gaps };
}
