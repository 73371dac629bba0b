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

/**
 * Axes that are strengths for the ranking: scored at WEAK_SCORE or more, at least as high as the
 * profile's lowest « point d'appui », and strictly above its highest « axe de progrès ». Ties go
 * together (the profile cuts its three highlights by catalogue order; the ranking does not), and
 * when every axis has the same score nothing is a strength.
 */
function strengthsOf(profile: Profile): Set<string> {
  if (profile.strengths.length === 0) return new Set();
  const floor = Math.min(...profile.strengths.map((a) => a.score!), Infinity);
  const ceiling = Math.max(...profile.weaknesses.map((a) => a.score!), -Infinity);
  return new Set(
    profile.axes
      .filter(
        (a) =>
          a.score !== null &&
          a.score >= WEAK_SCORE - EPSILON &&
          a.score >= floor - EPSILON &&
          a.score > ceiling + EPSILON,
      )
      .map((a) => a.axisId),
  );
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
    strengths: strengthsOf(profile),
  };
}
