import { MAX_COMPARED } from './criteria.js';

/**
 * The candidates compared, after the user ticks or unticks « Comparer » on `id`. Ticking a fourth
 * is refused (the same list comes back: the interface says why); the order is the order ticked.
 */
export function toggleCompared(
  compared: readonly string[],
  id: string,
  on: boolean,
): readonly string[] {
  const has = compared.includes(id);
  if (on === has) return compared;
  if (!on) return compared.filter((item) => item !== id);
  return compared.length >= MAX_COMPARED ? compared : [...compared, id];
}

/** True when `id` can still be added: the comparison is not full, or `id` is already in it. */
export function canCompare(compared: readonly string[], id: string): boolean {
  return compared.includes(id) || compared.length < MAX_COMPARED;
}
