import type { Answers } from '../../src/diagnostic/answers.js';
import type { Profile } from '../../src/diagnostic/profile.js';
import type { Recommendation } from '../../src/recommend/index.js';

/**
 * The widget's public events. All bubble and are composed, so a host page can listen on the
 * element or any ancestor; none fires on load or on a programmatic change.
 */
const init = { bubbles: true, composed: true } as const;

/** Fired once the widget is interactive (catalogue loaded, first view rendered). */
export class PerseveranceReadyEvent extends Event {
  static readonly eventName = 'perseverance-ready';
  constructor(readonly detail: { catalogueId: string; questionCount: number }) {
    super(PerseveranceReadyEvent.eventName, init);
  }
}

/** The user changed an answer. */
export class PerseveranceChangeEvent extends Event {
  static readonly eventName = 'perseverance-change';
  constructor(readonly detail: { questionId: string; answers: Answers }) {
    super(PerseveranceChangeEvent.eventName, init);
  }
}

/** The user reached the profile with every question of the chosen version answered. */
export class PerseveranceCompleteEvent extends Event {
  static readonly eventName = 'perseverance-complete';
  constructor(readonly detail: { profile: Profile; recommendations: readonly Recommendation[] }) {
    super(PerseveranceCompleteEvent.eventName, init);
  }
}

/** The user kept or dropped a fiche or action for this year, or marked it as already done. */
export class PerseveranceSelectionChangeEvent extends Event {
  static readonly eventName = 'perseverance-selection-change';
  constructor(readonly detail: { retained: readonly string[]; done: readonly string[] }) {
    super(PerseveranceSelectionChangeEvent.eventName, init);
  }
}

export type PerseveranceErrorKind = 'catalogue' | 'storage' | 'import';

/** A catalogue, storage or import problem the host may want to log. */
export class PerseveranceErrorEvent extends Event {
  static readonly eventName = 'perseverance-error';
  constructor(
    readonly detail: {
      kind: PerseveranceErrorKind;
      message: string;
      issues?: readonly { path: string; message: string }[];
    },
  ) {
    super(PerseveranceErrorEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'perseverance-ready': PerseveranceReadyEvent;
    'perseverance-change': PerseveranceChangeEvent;
    'perseverance-complete': PerseveranceCompleteEvent;
    'perseverance-selection-change': PerseveranceSelectionChangeEvent;
    'perseverance-error': PerseveranceErrorEvent;
  }
}
