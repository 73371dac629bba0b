import type { KeyId } from '../catalogue/schema.js';
import { compareDesc } from '../diagnostic/stats.js';
import type { Candidate } from './candidates.js';
import type { Lookup } from './lookup.js';

/** One scored axis an item serves, and how much it pushes the item up. */
export interface NeedTerm {
  readonly axisId: string;
  readonly keyId: KeyId;
  readonly weight: 1 | 2 | 3;
  /** (100 − axis score) / 100. */
  readonly need: number;
  /** Position of the tag in the item's `axes` (tie-break). */
  readonly index: number;
}

/** An item's need and the axis that drives it. */
export interface ItemNeed {
  /** Weighted mean of the terms' needs; null when the item serves no scored axis. */
  readonly need: number | null;
  /** Terms sorted by weight × need desc, then tag order. */
  readonly terms: readonly NeedTerm[];
  readonly mainAxisId: string;
  readonly mainKeyId: KeyId;
}

/**
 * need = Σ weight × (100 − score)/100 / Σ weight, over the item's axes that have a score.
 * Axes without a score contribute nothing: no answer is no evidence, neither of need nor of
 * strength (an item with no scored axis has no need and is not targeted).
 * A weighted mean (not a max) so an item whose main purpose is a strong axis is not pulled up by a
 * side tag (weight 1) to a weak one.
 */
export function needOf(item: Candidate, lookup: Lookup): ItemNeed {
  const terms: NeedTerm[] = [];
  item.axes.forEach((tag, index) => {
    const axis = lookup.axes.get(tag.axis);
    if (axis?.score == null) return;
    terms.push({
      axisId: axis.axisId,
      keyId: axis.keyId,
      weight: tag.weight,
      need: (100 - axis.score) / 100,
      index,
    });
  });
  terms.sort(
    (a, b) =>
      compareDesc(a.weight * a.need, b.weight * b.need) || b.weight - a.weight || a.index - b.index,
  );

  let weighted = 0;
  let weights = 0;
  for (const t of terms) {
    weighted += t.weight * t.need;
    weights += t.weight;
  }
  const main = terms[0] ?? mainTag(item, lookup.keyOfAxis);
  return {
    need: weights === 0 ? null : weighted / weights,
    terms,
    mainAxisId: main.axisId,
    mainKeyId: main.keyId,
  };
}

/** Without scores, the main axis is the item's heaviest tag (first on a tie). */
export function mainTag(
  item: Candidate,
  keyOfAxis: ReadonlyMap<string, KeyId>,
): { axisId: string; keyId: KeyId } {
  let best = item.axes[0]!;
  for (const tag of item.axes) if (tag.weight > best.weight) best = tag;
  return { axisId: best.axis, keyId: keyOfAxis.get(best.axis) ?? item.keys[0]! };
}
