import { compareDesc, EPSILON } from './stats.js';
import type { AxisScore } from './types.js';

/** At most this many strengths and this many weaknesses. */
export const MAX_HIGHLIGHTS = 3;

/** Share of an axis's questions with a known answer; 0 for an axis without questions. */
function knownShare(axis: AxisScore): number {
  return axis.total === 0 ? 0 : axis.known / axis.total;
}

/**
 * Picks « points d'appui » and « axes de progrès » among the axes (given in catalogue order).
 *
 * Rule: only axes with a score count. With n scored axes, weaknesses take up to min(3, ⌈n/2⌉) and
 * strengths up to min(3, n − weaknesses picked), so an axis is never both and few axes are split
 * rather than listed twice. Weaknesses are picked first (they drive the recommendations). Ties on the score go to the
 * better-covered axis (more known answers per question: a firmer score), then to catalogue order.
 * An axis at 100 is never a weakness and an axis at 0 never a strength.
 */
export function pickHighlights(axes: readonly AxisScore[]): {
  strengths: AxisScore[];
  weaknesses: AxisScore[];
} {
  const order = new Map(axes.map((a, i) => [a.axisId, i]));
  const scored = axes.filter((a) => a.score !== null);
  const byCoverageThenOrder = (a: AxisScore, b: AxisScore) =>
    compareDesc(knownShare(a), knownShare(b)) || order.get(a.axisId)! - order.get(b.axisId)!;

  const weakLimit = Math.min(MAX_HIGHLIGHTS, Math.ceil(scored.length / 2));

  const weaknesses = scored
    .filter((a) => a.score! < 100 - EPSILON)
    .sort((a, b) => compareDesc(b.score!, a.score!) || byCoverageThenOrder(a, b))
    .slice(0, weakLimit);
  const taken = new Set(weaknesses.map((a) => a.axisId));
  const strongLimit = Math.min(MAX_HIGHLIGHTS, scored.length - weaknesses.length);
  const strengths = scored
    .filter((a) => a.score! > EPSILON && !taken.has(a.axisId))
    .sort((a, b) => compareDesc(a.score!, b.score!) || byCoverageThenOrder(a, b))
    .slice(0, strongLimit);
  return { strengths, weaknesses };
}

/** Axes sharing one score, in catalogue order. */
export interface TiedAxes {
  readonly score: number;
  readonly axes: readonly AxisScore[];
}

/**
 * The highlights as they should be read: grouped by score, and each score group completed with
 * every other scored axis at that score, so a tie is never cut by catalogue order (« 83 % : 8
 * axes »). `picked` is `strengths` or `weaknesses` (best or weakest first, see `pickHighlights`);
 * the groups keep that order, axes in a group keep catalogue order. An axis in `other` is never
 * added (it cannot be both): pass the weaknesses' groups, flattened, when grouping the strengths.
 */
export function tiedHighlights(
  axes: readonly AxisScore[],
  picked: readonly AxisScore[],
  other: readonly AxisScore[] = [],
): TiedAxes[] {
  const excluded = new Set(other.map((a) => a.axisId));
  const groups: TiedAxes[] = [];
  for (const axis of picked) {
    const score = axis.score!;
    if (groups.some((g) => compareDesc(g.score, score) === 0)) continue;
    groups.push({
      score,
      axes: axes.filter(
        (a) => a.score !== null && compareDesc(a.score, score) === 0 && !excluded.has(a.axisId),
      ),
    });
  }
  return groups.filter((g) => g.axes.length > 0);
}
