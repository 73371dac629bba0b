/**
 * Counts the listeners live on `window` and `document`. Imported before the widget, so every
 * listener the widget or chart.js adds goes through the wrapped methods.
 */
type Entry = { type: string; listener: unknown; capture: boolean };
const live = new Map<EventTarget, Entry[]>();

const capture = (options: unknown) =>
  typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions)?.capture);

const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;

EventTarget.prototype.addEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  if ((this === window || this === document) && listener) {
    const entries = live.get(this) ?? [];
    const entry = { type, listener, capture: capture(options) };
    if (
      !entries.some(
        (e) => e.type === type && e.listener === listener && e.capture === entry.capture,
      )
    ) {
      entries.push(entry);
      live.set(this, entries);
      const signal = (options as AddEventListenerOptions | undefined)?.signal;
      signal?.addEventListener('abort', () => forget(this, entry));
    }
  }
  return add.call(this, type, listener, options);
};

function forget(target: EventTarget, entry: Entry) {
  const entries = live.get(target) ?? [];
  const index = entries.findIndex(
    (e) => e.type === entry.type && e.listener === entry.listener && e.capture === entry.capture,
  );
  if (index >= 0) entries.splice(index, 1);
}

EventTarget.prototype.removeEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
) {
  if ((this === window || this === document) && listener)
    forget(this, { type, listener, capture: capture(options) });
  return remove.call(this, type, listener, options);
};

/** Live listeners on window and document, by type. */
export function liveListeners(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [target, entries] of live) {
    for (const entry of entries) {
      const name = `${target === window ? 'window' : 'document'}:${entry.type}`;
      counts[name] = (counts[name] ?? 0) + 1;
    }
  }
  return counts;
}
