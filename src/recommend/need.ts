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
  /** need × weight / 3: what this tag contributes to the item's fit. */
  readonly value: number;
  /** Position of the tag in the item's `axes` (tie-break). */
  readonly index: number;
}

/** An item's need and the axis that drives it. */
export interface ItemNeed {
  /** The largest term's value; null when the item serves no scored axis. */
  readonly need: number | null;
  /** Terms sorted by value desc, then weight desc, then tag order: the first is the main one. */
  readonly terms: readonly NeedTerm[];
  readonly mainAxisId: string;
  readonly mainKeyId: KeyId;
}

/**
 * need = max over the item's scored axes of (100 − score)/100 × weight/3: what the item does for
 * the axis it serves best. A tag of weight 3 (the item's main purpose) on an axis at 0 % gives 1; the
 * same tag on an axis at 60 % gives 0.4; a side tag (weight 1) on an axis at 0 % gives 0.33, so an
 * item is not pulled up by a side purpose. The axis of that term is the item's main axis: the one its
 * summary names, the first of its reasons.
 * Axes without a score contribute nothing: no answer is no evidence, neither of need nor of
 * strength (an item with no scored axis has no need and is not targeted). Nor do the profile's
 * « points d'appui » at 50 % or more (`lookup.strengths`): a strength is never the reason to propose
 * an item, so an item serving only strengths (or axes at 100 %) is not targeted.
 */
export function needOf(item: Candidate, lookup: Lookup): ItemNeed {
  const terms: NeedTerm[] = [];
  item.axes.forEach((tag, index) => {
    const axis = lookup.axes.get(tag.axis);
    if (axis?.score == null || lookup.strengths.has(axis.axisId)) return;
    const need = (100 - axis.score) / 100;
    terms.push({
      axisId: axis.axisId,
      keyId: axis.keyId,
      weight: tag.weight,
      need,
      value: (need * tag.weight) / 3,
      index,
    });
  });
  terms.sort((a, b) => compareDesc(a.value, b.value) || b.weight - a.weight || a.index - b.index);
  const main = terms[0] ?? mainTag(item, lookup.keyOfAxis);
  return {
    need: terms.length === 0 ? null : terms[0]!.value,
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
