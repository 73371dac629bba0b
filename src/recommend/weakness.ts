import type { AxisScore, KeyScore, Profile } from '../diagnostic/profile.js';
import { EPSILON } from '../diagnostic/stats.js';

/**
 * Below this score (0–100) an axis or a key is weak whatever the others do. Comparisons allow
 * EPSILON: (66.67 + 33.33) / 2 may come out as 49.999…, and a 50 % key must not turn weak.
 */
export const WEAK_SCORE = 50;

/** Weak axis: scored, and among the profile's « axes de progrès » or below WEAK_SCORE. */
export function isWeakAxis(axis: AxisScore, profile: Profile): boolean {
  if (axis.score === null) return false;
  return (
    axis.score < WEAK_SCORE - EPSILON || profile.weaknesses.some((w) => w.axisId === axis.axisId)
  );
}

/** Weak key: scored below 100, and below WEAK_SCORE or the lowest scored key (ties included). */
export function isWeakKey(key: KeyScore, profile: Profile): boolean {
  if (key.score === null || key.score >= 100 - EPSILON) return false;
  const lowest = Math.min(...profile.keys.map((k) => k.score ?? Infinity));
  return key.score < WEAK_SCORE - EPSILON || key.score <= lowest + EPSILON;
}

/**
 * The weak axes of a profile, weakest first (ties: catalogue order): scored below WEAK_SCORE. An
 * axis at 47 % is weak, one at 67 % is not, however the others fare: the decision's gaps and its
 * « all-strong » state read this list.
 */
export function weakAxesOf(profile: Profile): AxisScore[] {
  return profile.axes
    .filter((a) => a.score !== null && a.score < WEAK_SCORE - EPSILON)
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.score! - y.a.score! || x.i - y.i)
    .map((x) => x.a);
}
