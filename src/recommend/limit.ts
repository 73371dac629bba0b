/** A usable list length: default when absent or NaN, all items for Infinity, never negative. */
export function normalizeLimit(limit: number | undefined, fallback: number): number {
  if (limit === undefined || Number.isNaN(limit)) return fallback;
  if (limit === Infinity) return Number.MAX_SAFE_INTEGER;
  return Math.max(0, Math.floor(limit));
}
