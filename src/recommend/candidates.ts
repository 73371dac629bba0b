import type { AxisTarget, Catalogue, KeyId, Level, Public } from '../catalogue/schema.js';

/** A fiche or an action, seen the same way by the ranking. */
export interface Candidate {
  readonly kind: 'fiche' | 'action';
  readonly id: string;
  readonly title: string;
  readonly keys: readonly KeyId[];
  readonly axes: readonly AxisTarget[];
  readonly publics: readonly Public[];
  /** Undefined = every level (actions may omit it). */
  readonly levels: readonly Level[] | undefined;
  /** Fiches first, then actions, each in catalogue order: the last tie-break. */
  readonly order: number;
}

/** Every fiche then every action of the catalogue, as candidates. */
export function candidatesOf(catalogue: Catalogue): Candidate[] {
  const fiches: Candidate[] = catalogue.fiches.map((f, i) => ({
    kind: 'fiche',
    id: f.id,
    title: f.title,
    keys: f.keys,
    axes: f.axes,
    publics: f.publics,
    levels: f.levels,
    order: i,
  }));
  const actions: Candidate[] = catalogue.actions.map((a, i) => ({
    kind: 'action',
    id: a.id,
    title: a.title,
    keys: a.keys,
    axes: a.axes,
    publics: a.publics ?? [],
    levels: a.levels,
    order: fiches.length + i,
  }));
  return [...fiches, ...actions];
}
