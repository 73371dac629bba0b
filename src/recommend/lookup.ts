import type { Catalogue, KeyId } from '../catalogue/schema.js';
import type { AxisScore, KeyScore, Profile, QuestionResult } from '../diagnostic/profile.js';
import { EPSILON } from '../diagnostic/stats.js';
import { WEAK_SCORE } from './weakness.js';

/** Profile and catalogue indexed by id, built once per call rather than once per item. */
export interface Lookup {
  readonly axes: ReadonlyMap<string, AxisScore>;
  readonly keys: ReadonlyMap<KeyId, KeyScore>;
  readonly keyOfAxis: ReadonlyMap<string, KeyId>;
  readonly questionsByAxis: ReadonlyMap<string, readonly QuestionResult[]>;
  /**
   * The profile's « points d'appui » at or above WEAK_SCORE: never a reason to propose an item (an
   * item is not proposed « pour progresser » on an axis the profile calls a strength).
   */
  readonly strengths: ReadonlySet<string>;
}

/** Indexes a profile (and the catalogue's axis → key links, for axes the profile lacks). */
export function lookupOf(catalogue: Catalogue, profile: Profile): Lookup {
  const questionsByAxis = new Map<string, QuestionResult[]>();
  for (const q of profile.questions) {
    const list = questionsByAxis.get(q.axisId) ?? [];
    list.push(q);
    questionsByAxis.set(q.axisId, list);
  }
  return {
    axes: new Map(profile.axes.map((a) => [a.axisId, a])),
    keys: new Map(profile.keys.map((k) => [k.keyId, k])),
    keyOfAxis: new Map(catalogue.axes.map((a) => [a.id, a.key])),
    questionsByAxis,
    strengths: new Set(
      profile.strengths.filter((a) => a.score! >= WEAK_SCORE - EPSILON).map((a) => a.axisId),
    ),
  };
}
