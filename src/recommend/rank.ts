import type { KeyId } from '../catalogue/schema.js';
import { compareDesc } from '../diagnostic/stats.js';

/**
 * The ranking rule, in one place (docs/RECOMMENDATIONS.md says the same in words).
 *
 * 1. fit = need × relevance (`need.ts`, `relevance.ts`): how much the item does for the weakest axis
 *    it serves, nudged by the publics the team wants to involve, halved when already carried out.
 * 2. priority = fit + LEVEL_BONUS if the item is made for the establishment's level (« Montre à ton
 *    prof ! » for a lycée professionnel) + FICHE_BONUS for a fiche (complete, ready to run) rather
 *    than a one-line action. The bonuses only decide near-ties: a generic action needs a fit more
 *    than 0.15 higher to pass a level-specific fiche.
 * 3. Base order (`compareRanked`): priority, then fit, then made for the level, then fiche, then
 *    breadth (how many weak keys the item serves with weight 2 or 3), then not done before done,
 *    then catalogue order, then id: a total order, so equal inputs always give the same list.
 * 4. Breadth (`arrange`): the list is built greedily; at each step the candidates are the remaining
 *    items within NEAR_TIE of the best remaining priority, and among them the first, in base order,
 *    whose main key no picked item has yet, else whose main axis no picked item has yet, else the
 *    best. So near-equal items spread over keys and axes instead of stacking on one, and an item never
 *    passes one whose priority is more than NEAR_TIE higher: an item at 50 % need from a strong key
 *    cannot pass one at 80 % from the weak key. Only a repeat gives way: the first item of a key or
 *    axis is never passed by a less-needed one for breadth's sake.
 */
export const LEVEL_BONUS = 0.1;
export const FICHE_BONUS = 0.05;
export const NEAR_TIE = 0.1;

/** What the ranking reads of an item. */
export interface Rankable {
  readonly id: string;
  readonly kind: 'fiche' | 'action';
  /** need × relevance. */
  readonly fit: number;
  readonly priority: number;
  readonly levelSpecific: boolean;
  readonly done: boolean;
  /** Weak keys served with weight 2 or 3. */
  readonly breadth: number;
  /** Fiches first, then actions, each in catalogue order. */
  readonly order: number;
  readonly mainAxisId: string;
  readonly mainKeyId: KeyId;
}

/** priority = fit + the level and fiche bonuses. */
export function priorityOf(fit: number, levelSpecific: boolean, kind: 'fiche' | 'action'): number {
  return fit + (levelSpecific ? LEVEL_BONUS : 0) + (kind === 'fiche' ? FICHE_BONUS : 0);
}

/** The base order: negative when `a` comes first. */
export function compareRanked(a: Rankable, b: Rankable): number {
  return (
    compareDesc(a.priority, b.priority) ||
    compareDesc(a.fit, b.fit) ||
    Number(b.levelSpecific) - Number(a.levelSpecific) ||
    Number(b.kind === 'fiche') - Number(a.kind === 'fiche') ||
    b.breadth - a.breadth ||
    Number(a.done) - Number(b.done) ||
    a.order - b.order ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Orders the items (rule 3) then spreads near-ties across keys and axes (rule 4), and cuts to
 * `limit`. O(n log n + limit × n).
 */
export function arrange<T extends Rankable>(items: readonly T[], limit: number): T[] {
  const pool = [...items].sort(compareRanked);
  const picked: T[] = [];
  const keys = new Set<KeyId>();
  const axes = new Set<string>();
  const novelty = (item: T) => (!keys.has(item.mainKeyId) ? 2 : !axes.has(item.mainAxisId) ? 1 : 0);
  while (picked.length < limit && pool.length > 0) {
    const floor = pool[0]!.priority - NEAR_TIE;
    let best = 0;
    let bestNovelty = novelty(pool[0]!);
    for (let i = 1; i < pool.length && bestNovelty < 2; i++) {
      if (pool[i]!.priority < floor) break;
      const n = novelty(pool[i]!);
      if (n > bestNovelty) {
        best = i;
        bestNovelty = n;
      }
    }
    const [item] = pool.splice(best, 1) as [T];
    picked.push(item);
    keys.add(item.mainKeyId);
    axes.add(item.mainAxisId);
  }
  return picked;
}
