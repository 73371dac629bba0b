import { compareDesc } from './stats.js';
import type { AxisScore } from './types.js';

// Apart from `highlights.ts`, which the profile's computation needs in the first view: only the
// profile view groups the highlights by score.

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
