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
