import type { Catalogue, KeyId, Public } from '../catalogue/schema.js';
import type { Profile } from '../diagnostic/profile.js';
import { EPSILON } from '../diagnostic/stats.js';
import { candidatesOf, type Candidate } from './candidates.js';
import { diversify, type Rankable } from './diversify.js';
import { normalizeLimit } from './limit.js';
import { lookupOf, type Lookup } from './lookup.js';
import { mainTag, needOf } from './need.js';
import { assessReadiness } from './readiness.js';
import { doneReason, publicsReason, scoreReasons, startReason } from './reasons.js';
import { fitsLevels, relevanceOf } from './relevance.js';
import type { EstablishmentContext, Reason, Recommendation, RecommendOptions } from './types.js';
import { isWeakKey } from './weakness.js';

/** Default number of recommendations. */
export const DEFAULT_RECOMMENDATION_LIMIT = 10;

/** A recommendation with what `diversify` needs. */
type Ranked = Rankable & { readonly rec: Recommendation };

/** Reasons about the context rather than the scores: wanted publics, already done. */
function extras(publics: readonly Public[], done: boolean): Reason[] {
  const reasons: Reason[] = [];
  if (publics.length > 0) reasons.push(publicsReason(publics));
  if (done) reasons.push(doneReason());
  return reasons;
}

/** Ranked from the diagnostic: score = need × relevance; null when the item serves no scored axis. */
function targeted(
  item: Candidate,
  profile: Profile,
  context: EstablishmentContext,
  lookup: Lookup,
): Ranked | null {
  const { need, terms, mainAxisId, mainKeyId } = needOf(item, lookup);
  // need 0: every axis it serves is at 100 %, nothing to improve there.
  if (need === null || need <= EPSILON) return null;
  const { relevance, publics, done } = relevanceOf(item, context);
  const main = lookup.axes.get(mainAxisId)!;
  const key = lookup.keys.get(mainKeyId);
  const focus = {
    axisId: mainAxisId,
    label: main.label,
    score: main.score!,
    keyId: mainKeyId,
    keyLabel: key?.label ?? null,
  };
  return ranked(item, {
    need,
    relevance,
    done,
    basis: 'targeted',
    mainAxisId,
    mainKeyId,
    reasons: [...scoreReasons(terms, profile, lookup), ...extras(publics, done)],
    focus,
  });
}

/**
 * Starting point for an incomplete diagnostic: need = breadth =
 * ½ × (keys served / 4) + ½ × (axes served / axes of the catalogue), so the broadest items (the
 * GPDS strategy, say) come first; relevance applies as usual.
 */
function startingPoint(
  item: Candidate,
  catalogue: Catalogue,
  context: EstablishmentContext,
  lookup: Lookup,
): Ranked {
  const axisIds = new Set(item.axes.map((t) => t.axis).filter((id) => lookup.keyOfAxis.has(id)));
  const keyIds = new Set([...item.keys, ...[...axisIds].map((id) => lookup.keyOfAxis.get(id)!)]);
  const need =
    0.5 * (keyIds.size / catalogue.keys.length) +
    0.5 * (axisIds.size / Math.max(1, catalogue.axes.length));
  const { relevance, publics, done } = relevanceOf(item, context);
  const main = mainTag(item, lookup.keyOfAxis);
  const start = startReason(keyIds.size, axisIds.size);
  return ranked(item, {
    need,
    relevance,
    done,
    basis: 'start',
    mainAxisId: main.axisId,
    mainKeyId: main.keyId,
    reasons: [start, ...extras(publics, done)],
    focus: null,
  });
}

/** The recommendation of a catalogue item, with what the diversity re-ranking reads from it. */
function ranked(
  item: Candidate,
  parts: Omit<Recommendation, 'kind' | 'id' | 'title' | 'keys' | 'score'>,
): Ranked {
  const rec: Recommendation = {
    kind: item.kind,
    id: item.id,
    title: item.title,
    keys: [...item.keys],
    score: parts.need * parts.relevance,
    ...parts,
  };
  return {
    rec,
    id: item.id,
    score: rec.score,
    order: item.order,
    mainAxisId: parts.mainAxisId,
    mainKeyId: parts.mainKeyId,
  };
}

/**
 * Ranks the catalogue's fiches and actions for an establishment.
 * - Levels are a hard filter: an item whose levels exclude every level of the establishment never
 *   appears (actions without levels fit all; no context level = no filter).
 * - When `assessReadiness(profile).sufficient`, items are ranked by need × relevance (see `need.ts`,
 *   `relevance.ts`); items serving no scored axis, or only axes at 100 %, are left out.
 *   Otherwise every eligible item is a starting point ranked by breadth, with a reason saying so.
 * - The list is then re-ranked for diversity (`diversify.ts`: the weak keys are covered first, then
 *   repeats of a key or an axis are damped) and cut to `limit` (default 10).
 * Deterministic: same input, same order.
 */
export function recommend(
  catalogue: Catalogue,
  profile: Profile,
  context: EstablishmentContext,
  options: RecommendOptions = {},
): Recommendation[] {
  const limit = normalizeLimit(options.limit, DEFAULT_RECOMMENDATION_LIMIT);
  const lookup = lookupOf(catalogue, profile);
  const eligible = candidatesOf(catalogue).filter((c) => fitsLevels(c.levels, context.levels));
  const ranked: Ranked[] = [];
  const weakKeys = new Set<KeyId>();
  if (assessReadiness(profile).sufficient) {
    for (const key of profile.keys) if (isWeakKey(key, profile)) weakKeys.add(key.keyId);
    for (const item of eligible) {
      const r = targeted(item, profile, context, lookup);
      if (r) ranked.push(r);
    }
  } else {
    for (const item of eligible) ranked.push(startingPoint(item, catalogue, context, lookup));
  }
  return diversify(ranked, limit, weakKeys).map((r) => r.rec);
}
