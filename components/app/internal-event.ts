/**
 * How the widget's internal events are dispatched: they bubble within the shadow root they are
 * fired in, where their listener is, and never cross it — so none reaches the host page, which
 * hears only the public `perseverance-*` events of `events.ts`.
 */
export const INTERNAL_EVENT: EventInit = { bubbles: true, composed: false };
