import type { Catalogue, KeyId, Level, Public } from '../catalogue/schema.js';
import type { Profile } from '../diagnostic/profile.js';
import { EPSILON } from '../diagnostic/stats.js';
import { candidatesOf, type Candidate } from './candidates.js';
import { normalizeLimit } from './limit.js';
import { lookupOf, type Lookup } from './lookup.js';
import { mainTag, needOf } from './need.js';
import { addressedQuestions } from './questions.js';
import { arrange, priorityOf, type Rankable } from './rank.js';
import { assessReadiness } from './readiness.js';
import { doneReason, levelReason, publicsReason, scoreReasons, startReason } from './reasons.js';
import { fitsLevels, relevanceOf, specificLevels } from './relevance.js';
import type { EstablishmentContext, Reason, Recommendation, RecommendOptions } from './types.js';
import { isWeakKey } from './weakness.js';

/** Default number of recommendations. */
export const DEFAULT_RECOMMENDATION_LIMIT = 10;

/**
 * Starting points that come first when the diagnostic is too incomplete to target, in this order:
 * « Quelle stratégie pour notre GPDS ? » (fiche n° 12 of the 2019 livret) is the fiche that turns the
 * establishment's diagnostic into objectives and a plan (« S'appuyer sur le diagnostic décrochage de
 * l'établissement »): what a team does before choosing actions. Ids absent from a custom catalogue
 * are ignored; the other items follow by breadth.
 */
export const START_FIRST_IDS: readonly string[] = ['strategie-gpds'];

/** Added to a starting point's need for START_FIRST_IDS: more than any breadth (at most 1). */
const START_FIRST_BONUS = 1;

/** A recommendation with what `arrange` needs. */
type Ranked = Rankable & { readonly rec: Recommendation };

/** Reasons about the context rather than the scores: level made for, wanted publics, already done. */
function extras(levels: readonly Level[], publics: readonly Public[], done: boolean): Reason[] {
  const reasons: Reason[] = [];
  if (levels.length > 0) reasons.push(levelReason(levels));
  if (publics.length > 0) reasons.push(publicsReason(publics));
  if (done) reasons.push(doneReason());
  return reasons;
}

/** Ranked from the diagnostic; null when the item serves no scored axis below 100 %. */
function targeted(
  item: Candidate,
  profile: Profile,
  context: EstablishmentContext,
  lookup: Lookup,
  addressed: ReadonlySet<string>,
  weakKeys: ReadonlySet<KeyId>,
): Ranked | null {
  const { need, terms, mainAxisId, mainKeyId } = needOf(item, lookup);
  // need 0: every axis it serves is at 100 %, nothing to improve there.
  if (need === null || need <= EPSILON) return null;
  const { relevance, publics, done } = relevanceOf(item, context);
  const levels = specificLevels(item.levels, context.levels);
  const main = lookup.axes.get(mainAxisId)!;
  const key = lookup.keys.get(mainKeyId);
  const breadth = new Set(
    terms.filter((t) => t.weight >= 2 && weakKeys.has(t.keyId)).map((t) => t.keyId),
  ).size;
  return ranked(item, breadth, {
    need,
    relevance,
    done,
    levelSpecific: levels.length > 0,
    basis: 'targeted',
    mainAxisId,
    mainKeyId,
    reasons: [...scoreReasons(terms, profile, lookup, addressed), ...extras(levels, publics, done)],
    focus: {
      axisId: mainAxisId,
      label: main.label,
      score: main.score!,
      keyId: mainKeyId,
      keyLabel: key?.label ?? null,
    },
  });
}

/**
 * Starting point for an incomplete diagnostic: need = breadth =
 * ½ × (keys served / 4) + ½ × (axes served / axes of the catalogue), so broad items come first,
 * after START_FIRST_IDS (the GPDS strategy); relevance and the ranking's bonuses apply as usual.
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
    0.5 * (keyIds.size / Math.max(1, catalogue.keys.length)) +
    0.5 * (axisIds.size / Math.max(1, catalogue.axes.length));
  const { relevance, publics, done } = relevanceOf(item, context);
  const levels = specificLevels(item.levels, context.levels);
  const main = mainTag(item, lookup.keyOfAxis);
  const first = START_FIRST_IDS.indexOf(item.id);
  return ranked(
    item,
    keyIds.size,
    {
      need,
      relevance,
      done,
      levelSpecific: levels.length > 0,
      basis: 'start',
      mainAxisId: main.axisId,
      mainKeyId: main.keyId,
      reasons: [startReason(keyIds.size, axisIds.size), ...extras(levels, publics, done)],
      focus: null,
    },
    first === -1 ? 0 : START_FIRST_BONUS * (START_FIRST_IDS.length - first),
  );
}

/** The recommendation of a catalogue item, with what the ranking reads from it. */
function ranked(
  item: Candidate,
  breadth: number,
  parts: Omit<Recommendation, 'kind' | 'id' | 'title' | 'keys' | 'score' | 'priority'>,
  boost = 0,
): Ranked {
  const score = parts.need * parts.relevance;
  const priority = priorityOf(score, parts.levelSpecific, item.kind) + boost;
  const rec: Recommendation = {
    kind: item.kind,
    id: item.id,
    title: item.title,
    keys: [...item.keys],
    score,
    priority,
    ...parts,
  };
  return {
    rec,
    id: item.id,
    kind: item.kind,
    fit: score,
    priority,
    levelSpecific: parts.levelSpecific,
    done: parts.done,
    breadth,
    order: item.order,
    mainAxisId: parts.mainAxisId,
    mainKeyId: parts.mainKeyId,
  };
}

/**
 * Ranks the catalogue's fiches and actions for an establishment; the order returned is the order
 * to show (docs/RECOMMENDATIONS.md).
 * - Levels are a hard filter: an item whose levels exclude every level of the establishment never
 *   appears (actions without levels fit all; no context level = no filter).
 * - When `assessReadiness(profile).sufficient`, items are ranked from the scores (`need.ts`,
 *   `relevance.ts`, `rank.ts`): fit to the weakest axis they serve, then the level and fiche bonuses
 *   for near-ties, then breadth across the weak keys and axes. Items serving no scored axis, or only
 *   axes at 100 %, are left out.
 *   Otherwise every eligible item is a starting point: the GPDS strategy first, then by breadth.
 * - Cut to `limit` (default 10). Deterministic: same input, same order.
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
  const list: Ranked[] = [];
  const weakKeys = new Set<KeyId>();
  if (assessReadiness(profile).sufficient) {
    for (const key of profile.keys) if (isWeakKey(key)) weakKeys.add(key.keyId);
    const addressed = addressedQuestions(catalogue);
    const none = new Set<string>();
    for (const item of eligible) {
      const r = targeted(item, profile, context, lookup, addressed.get(item.id) ?? none, weakKeys);
      if (r) list.push(r);
    }
  } else {
    for (const item of eligible) list.push(startingPoint(item, catalogue, context, lookup));
  }
  return arrange(list, limit).map((r) => r.rec);
}
