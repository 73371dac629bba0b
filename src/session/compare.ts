import type { KeyId } from '../catalogue/schema.js';
import type { Profile } from '../diagnostic/profile.js';
import { EPSILON } from '../diagnostic/stats.js';

/** A score then and now (0–100); delta = after − before, null when either side is null. */
export interface ScoreDelta {
  readonly before: number | null;
  readonly after: number | null;
  readonly delta: number | null;
}

export interface AxisDelta extends ScoreDelta {
  readonly axisId: string;
  readonly keyId: KeyId;
  readonly label: string;
}

export interface KeyDelta extends ScoreDelta {
  readonly keyId: KeyId;
  readonly label: string;
}

/** Two diagnostics of the same establishment side by side (e.g. September and June). */
export interface ProfileComparison {
  readonly axes: readonly AxisDelta[];
  readonly keys: readonly KeyDelta[];
  readonly overall: ScoreDelta;
  /** Axes whose score rose, largest rise first (ties: order of `axes`). */
  readonly improved: readonly AxisDelta[];
  /** Axes whose score fell, largest fall first (ties: order of `axes`). */
  readonly declined: readonly AxisDelta[];
  /** The two profiles were computed on different questionnaire versions: compare with care. */
  readonly versionChanged: boolean;
}

function deltaOf(before: number | null, after: number | null): ScoreDelta {
  return { before, after, delta: before === null || after === null ? null : after - before };
}

/** The ids of both lists: `after`'s order, then those only in `before` (a catalogue may change). */
function unionIds<T>(before: readonly T[], after: readonly T[], id: (t: T) => string): string[] {
  const ids = after.map(id);
  for (const t of before) if (!ids.includes(id(t))) ids.push(id(t));
  return ids;
}

/**
 * Compares two profiles axis by axis and key by key. A null score on either side gives a null
 * delta: it is neither a rise nor a fall, and stays out of `improved`/`declined`. Changes smaller
 * than rounding noise count as no change.
 */
export function compareProfiles(before: Profile, after: Profile): ProfileComparison {
  const axes: AxisDelta[] = unionIds(before.axes, after.axes, (a) => a.axisId).map((axisId) => {
    const b = before.axes.find((a) => a.axisId === axisId);
    const a = after.axes.find((x) => x.axisId === axisId);
    const ref = (a ?? b)!;
    return {
      axisId,
      keyId: ref.keyId,
      label: ref.label,
      ...deltaOf(b?.score ?? null, a?.score ?? null),
    };
  });
  const keys: KeyDelta[] = after.keys.map((k) => {
    const b = before.keys.find((x) => x.keyId === k.keyId);
    return { keyId: k.keyId, label: k.label, ...deltaOf(b?.score ?? null, k.score) };
  });
  const moved = (sign: 1 | -1) =>
    axes
      .map((a, i) => ({ a, i }))
      .filter(({ a }) => a.delta !== null && sign * a.delta > EPSILON)
      .sort((x, y) => sign * (y.a.delta! - x.a.delta!) || x.i - y.i)
      .map(({ a }) => a);
  return {
    axes,
    keys,
    overall: deltaOf(before.overall.score, after.overall.score),
    improved: moved(1),
    declined: moved(-1),
    versionChanged: before.version !== after.version,
  };
}
