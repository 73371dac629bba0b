/** Small numeric helpers shared by profiles, recommendations and sessions. */

/** Arithmetic mean, or null for an empty list (no value is not a zero). */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Tolerance for comparing computed scores: sums in another order may differ in the last bits. */
export const EPSILON = 1e-9;

/** Compares two numbers as equal within EPSILON; returns b − a otherwise (sorts descending). */
export function compareDesc(a: number, b: number): number {
  return Math.abs(a - b) < EPSILON ? 0 : b - a;
}

/** Score one maturity level above `score` on 0–100 (a third of the scale), capped at 100. */
export function nextLevel(score: number | null): number | null {
  return score === null ? null : Math.min(100, score + 100 / 3);
}
