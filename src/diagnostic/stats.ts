/** Small numeric helpers shared by profiles, recommendations and sessions. */

/** Sum of a list, in its order. */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Arithmetic mean, or null for an empty list (no value is not a zero). */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : sum(values) / values.length;
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
