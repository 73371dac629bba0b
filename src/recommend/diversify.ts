import type { KeyId } from '../catalogue/schema.js';
import { compareDesc } from '../diagnostic/stats.js';

/** What the re-ranking needs to know of an item. */
export interface Rankable {
  readonly id: string;
  readonly score: number;
  /** Fiches before actions, then catalogue order. */
  readonly order: number;
  readonly mainAxisId: string;
  readonly mainKeyId: KeyId;
}

/** Each item already picked for the same key multiplies a candidate's score by this… */
export const KEY_REPEAT_FACTOR = 0.85;
/** …and, on top of it, each item already picked for the same axis by this. */
export const AXIS_REPEAT_FACTOR = 0.75;

/**
 * Greedy re-ranking for diversity.
 * 1. Coverage first: while a key of `priorityKeys` (the weak keys) has no item yet, the next pick
 *    is the best item whose main key is one of those uncovered keys. So when three keys are weak,
 *    the first three items serve three different keys.
 * 2. Then, at each step, the item with the highest
 *    score × 0.85^(picked items with its main key) × 0.75^(picked items with its main axis):
 *    mild on keys (with one weak key, its items rightly stay on top) and firmer on axes (the weak
 *    key's items spread over its axes instead of stacking on one).
 * Ties: adjusted score, raw score, then fiche before action and catalogue order, then id.
 * O(limit × n).
 */
export function diversify<T extends Rankable>(
  items: readonly T[],
  limit: number,
  priorityKeys: ReadonlySet<KeyId> = new Set(),
): T[] {
  const pool = [...items];
  const picked: T[] = [];
  const uncovered = new Set(priorityKeys);
  const perKey = new Map<string, number>();
  const perAxis = new Map<string, number>();
  const adjusted = (item: T) =>
    item.score *
    KEY_REPEAT_FACTOR ** (perKey.get(item.mainKeyId) ?? 0) *
    AXIS_REPEAT_FACTOR ** (perAxis.get(item.mainAxisId) ?? 0);
  const better = (a: T, av: number, b: T, bv: number) =>
    (compareDesc(av, bv) ||
      compareDesc(a.score, b.score) ||
      a.order - b.order ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) < 0;

  while (picked.length < limit && pool.length > 0) {
    const covering = pool.some((item) => uncovered.has(item.mainKeyId));
    let bestIndex = -1;
    let bestValue = 0;
    pool.forEach((item, i) => {
      if (covering && !uncovered.has(item.mainKeyId)) return;
      const value = adjusted(item);
      if (bestIndex === -1 || better(item, value, pool[bestIndex]!, bestValue)) {
        bestIndex = i;
        bestValue = value;
      }
    });
    const [item] = pool.splice(bestIndex, 1) as [T];
    picked.push(item);
    uncovered.delete(item.mainKeyId);
    perKey.set(item.mainKeyId, (perKey.get(item.mainKeyId) ?? 0) + 1);
    perAxis.set(item.mainAxisId, (perAxis.get(item.mainAxisId) ?? 0) + 1);
  }
  return picked;
}
