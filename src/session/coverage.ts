import type { Catalogue, KeyId } from '../catalogue/schema.js';
import type { Profile } from '../diagnostic/profile.js';

/** Below this score (0–100) a clé with no retained action deserves a warning. */
export const LOW_KEY_SCORE = 50;

/** A retained fiche or action, as the coverage lists it. */
export interface RetainedItem {
  readonly id: string;
  readonly kind: 'fiche' | 'action';
  readonly title: string;
}

/** How the retained fiches and actions cover one clé. */
export interface KeyCoverage {
  readonly keyId: KeyId;
  readonly label: string;
  readonly score: number | null;
  /** Retained items working on this clé, in the order they were retained. */
  readonly items: readonly RetainedItem[];
  /** Scored below `LOW_KEY_SCORE`. */
  readonly low: boolean;
  /** Low and no retained item works on it: the team should know before deciding. */
  readonly uncovered: boolean;
}

function retainedItems(catalogue: Catalogue, retained: readonly string[]) {
  const out: (RetainedItem & { keys: readonly KeyId[]; axes: readonly string[] })[] = [];
  for (const id of retained) {
    const fiche = catalogue.fiches.find((f) => f.id === id);
    const action = fiche ? undefined : catalogue.actions.find((a) => a.id === id);
    const item = fiche ?? action;
    // An id the catalogue no longer has (an old save) covers nothing.
    if (!item) continue;
    out.push({
      id,
      kind: fiche ? 'fiche' : 'action',
      title: item.title,
      keys: item.keys,
      axes: item.axes.map((a) => a.axis),
    });
  }
  return out;
}

/**
 * Which clés the retained fiches and actions work on, clé by clé in catalogue order, with the
 * profile's score: a clé scored under `LOW_KEY_SCORE` that no retained item covers is `uncovered`.
 * A clé without score (nothing known) is never `low`.
 */
export function retainedCoverage(
  catalogue: Catalogue,
  profile: Profile,
  retained: readonly string[],
): KeyCoverage[] {
  const items = retainedItems(catalogue, retained);
  return catalogue.keys.map((key) => {
    const score = profile.keys.find((k) => k.keyId === key.id)?.score ?? null;
    const covering = items
      .filter((item) => item.keys.includes(key.id))
      .map(({ id, kind, title }) => ({ id, kind, title }));
    const low = score !== null && score < LOW_KEY_SCORE;
    return {
      keyId: key.id,
      label: key.label,
      score,
      items: covering,
      low,
      uncovered: low && covering.length === 0,
    };
  });
}

/**
 * The axes a set of retained fiches or actions worked on (last year's `previous.retained`):
 * axis id → titles of the items, in retained order. Unknown ids are skipped.
 */
export function axesActedOn(
  catalogue: Catalogue,
  retained: readonly string[],
): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const item of retainedItems(catalogue, retained)) {
    for (const axis of item.axes) {
      const titles = map.get(axis) ?? [];
      if (!titles.includes(item.title)) titles.push(item.title);
      map.set(axis, titles);
    }
  }
  return map;
}
