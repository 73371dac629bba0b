import type { AxisScore, KeyScore, Profile } from '../diagnostic/profile.js';
import { EPSILON } from '../diagnostic/stats.js';

/**
 * Below this score (0–100) an axis or a key is weak: on average below the middle of the scale
 * (between « Amorcé » and « En place »). Comparisons allow EPSILON: (66.67 + 33.33) / 2 may come
 * out as 49.999…, and a 50 % key must not turn weak.
 */
export const WEAK_SCORE = 50;

function below(score: number | null): boolean {
  return score !== null && score < WEAK_SCORE - EPSILON;
}

/**
 * Weak axis: scored, and below WEAK_SCORE or among the profile's « axes de progrès » (which are
 * never at 100 %). An axis the profile calls an axis of progress can be cited as a reason.
 */
export function isWeakAxis(axis: AxisScore, profile: Profile): boolean {
  if (axis.score === null) return false;
  return below(axis.score) || profile.weaknesses.some((w) => w.axisId === axis.axisId);
}

/**
 * Weak key: scored below WEAK_SCORE. Absolute, not relative to the other keys: a key at 47 % next to
 * one at 7 % is weak too, but its items rank by their own (smaller) need; a key at 96 % is never
 * weak, however the others fare.
 */
export function isWeakKey(key: KeyScore): boolean {
  return below(key.score);
}

/**
 * The weak axes of a profile in the absolute sense, weakest first (ties: catalogue order): scored
 * below WEAK_SCORE. The decision's gaps and its « all-strong » state read this list.
 */
export function weakAxesOf(profile: Profile): AxisScore[] {
  return profile.axes
    .map((a, i) => ({ a, i }))
    .filter((x) => below(x.a.score))
    .sort((x, y) => x.a.score! - y.a.score! || x.i - y.i)
    .map((x) => x.a);
}
