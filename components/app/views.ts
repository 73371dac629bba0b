/**
 * The widget's views, in navigation order: the one list from which the view type, the navigation,
 * the view switch and lazy loading are derived. Adding a view is one entry here (and its element
 * in a feature folder).
 */

/** A feature folder that is a chunk of its own, loaded before its views can show. */
export type FeatureChunk = 'results' | 'session' | 'plan';

export interface ViewEntry {
  readonly id: string;
  /** The element that shows the view; it extends `DiagnosticView`. */
  readonly tag: string;
  /**
   * Where the view sits in the navigation: its own entry (`'self'`), another view's entry (a fiche
   * is part of the recommendations), or none.
   */
  readonly nav: 'self' | string;
  /** Feature chunks the view needs, in load order; none for the first view. */
  readonly chunks: readonly FeatureChunk[];
}

export const VIEWS = [
  { id: 'welcome', tag: 'perseverance-welcome', nav: 'self', chunks: [] },
  { id: 'questionnaire', tag: 'perseverance-questionnaire', nav: 'self', chunks: [] },
  { id: 'profile', tag: 'perseverance-profile', nav: 'self', chunks: ['results'] },
  { id: 'recommendations', tag: 'perseverance-recommendations', nav: 'self', chunks: ['results'] },
  { id: 'fiche', tag: 'perseverance-fiche', nav: 'recommendations', chunks: ['results'] },
  { id: 'resources', tag: 'perseverance-resources', nav: 'self', chunks: ['results'] },
  // The plan and the session reuse the results' elements (cards, radar, share code).
  { id: 'plan', tag: 'perseverance-plan', nav: 'self', chunks: ['results', 'plan'] },
  { id: 'session', tag: 'perseverance-session', nav: 'self', chunks: ['results', 'session'] },
] as const satisfies readonly ViewEntry[];

export type ViewId = (typeof VIEWS)[number]['id'];

export const VIEW_IDS: readonly ViewId[] = VIEWS.map((view) => view.id);

export function viewEntry(id: ViewId): ViewEntry {
  return VIEWS.find((view) => view.id === id)!;
}

type NavView = Extract<(typeof VIEWS)[number], { nav: 'self' }>;
/** A view with its own navigation entry: the strings must have a label for each (`nav.<id>`). */
export type NavViewId = NavView['id'];

/** The navigation's entries: the views that have one, in order. */
export const NAV_VIEWS: readonly NavViewId[] = VIEWS.filter(
  (view): view is NavView => view.nav === 'self',
).map((view) => view.id);

/** The navigation entry that is current while `view` shows. */
export function navEntryOf(id: ViewId): ViewId {
  const { nav } = viewEntry(id);
  return nav === 'self' ? id : (nav as ViewId);
}
