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
export const KEY_REPEAT_FACTOR = 0.5;
/** …and, on top of it, each item already picked for the same axis by this. */
export const AXIS_REPEAT_FACTOR = 0.75;

/**
 * Greedy re-ranking for diversity: at each step, take the item with the highest
 * score × 0.5^(picked items with its main key) × 0.75^(picked items with its main axis).
 * So the top of the list spreads over the weak keys instead of stacking five items on the weakest
 * axis, while a much larger need still wins. Ties: adjusted score, raw score, then fiche before
 * action and catalogue order, then id. O(limit × n).
 */
export function diversify<T extends Rankable>(items: readonly T[], limit: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  const perKey = new Map<string, number>();
  const perAxis = new Map<string, number>();
  const adjusted = (item: T) =>
    item.score *
    KEY_REPEAT_FACTOR ** (perKey.get(item.mainKeyId) ?? 0) *
    AXIS_REPEAT_FACTOR ** (perAxis.get(item.mainAxisId) ?? 0);

  while (picked.length < limit && pool.length > 0) {
    let bestIndex = 0;
    let bestValue = adjusted(pool[0]!);
    for (let i = 1; i < pool.length; i += 1) {
      const value = adjusted(pool[i]!);
      const best = pool[bestIndex]!;
      const candidate = pool[i]!;
      const cmp =
        compareDesc(value, bestValue) ||
        compareDesc(candidate.score, best.score) ||
        candidate.order - best.order ||
        (candidate.id < best.id ? -1 : candidate.id > best.id ? 1 : 0);
      if (cmp < 0) {
        bestIndex = i;
        bestValue = value;
      }
    }
    const [item] = pool.splice(bestIndex, 1) as [T];
    picked.push(item);
    perKey.set(item.mainKeyId, (perKey.get(item.mainKeyId) ?? 0) + 1);
    perAxis.set(item.mainAxisId, (perAxis.get(item.mainAxisId) ?? 0) + 1);
  }
  return picked;
}
