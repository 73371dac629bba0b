import { expect } from '@open-wc/testing';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';
import { currentView, deepQueryAll, settle, until } from '../journeys/helpers.js';

/** The widget's shadow root and every shadow root below it. */
export function shadowRoots(root: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) {
        roots.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  if (root.shadowRoot) {
    roots.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  return roots;
}

/** All text of the widget, through its shadow roots (what a user can read, roughly). */
export function deepText(root: Element): string {
  return shadowRoots(root)
    .map((shadow) => shadow.textContent ?? '')
    .join('\n');
}

/**
 * Asserts that no markup from content got parsed: no `img`, `script`, `iframe`, `object` or
 * `embed` element anywhere in the widget, and no element with an inline event handler attribute.
 */
export function expectNoInjectedMarkup(widget: Element): void {
  const forbidden = deepQueryAll(widget, 'img, script, iframe, object, embed, svg, math');
  expect(
    forbidden.map((element) => element.outerHTML),
    'elements created from content',
  ).to.deep.equal([]);
  const handlers = deepQueryAll(widget, '*').filter((element) =>
    element.getAttributeNames().some((name) => name.toLowerCase().startsWith('on')),
  );
  expect(
    handlers.map((element) => element.outerHTML),
    'inline event handlers',
  ).to.deep.equal([]);
}

/** A catalogue served from memory, as a host would serve its JSON file. */
export function catalogueUrl(catalogue: unknown): string {
  const text = typeof catalogue === 'string' ? catalogue : JSON.stringify(catalogue);
  return URL.createObjectURL(new Blob([text], { type: 'application/json' }));
}

/** Mounts a widget and resolves once it is ready or shows its error panel. */
export async function mountSettled(
  attributes: Record<string, string>,
  storageKey = `perseverance-hardening-${Math.random().toString(36).slice(2)}`,
): Promise<{ widget: PerseveranceDiagnostic; outcome: 'ready' | 'error' }> {
  const widget = document.createElement('perseverance-diagnostic');
  widget.setAttribute('storage-key', storageKey);
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  const outcome = new Promise<'ready' | 'error'>((resolve) => {
    widget.addEventListener('perseverance-ready', () => resolve('ready'), { once: true });
    widget.addEventListener(
      'perseverance-error',
      (event) => {
        if (event.detail.kind === 'catalogue') resolve('error');
      },
      { once: true },
    );
  });
  document.body.append(widget);
  const result = await outcome;
  await settle(widget);
  return { widget, outcome: result };
}

/** Navigates with the widget's own nav bar and waits for the view to render. */
export async function openView(widget: Element, label: string, tag: string): Promise<Element> {
  const nav = widget.shadowRoot!.querySelector('nav')!;
  const button = [...nav.querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  if (!button) throw new Error(`No nav button « ${label} »`);
  button.click();
  await until(() => currentView(widget)?.localName === tag, tag);
  await settle(widget);
  return currentView(widget)!;
}

/** Runs `body` with `window[name]` replaced by `descriptor`, restoring the original afterwards. */
export async function withWindowProperty<T>(
  name: string,
  descriptor: PropertyDescriptor,
  body: () => Promise<T>,
): Promise<T> {
  const original = Object.getOwnPropertyDescriptor(window, name);
  Object.defineProperty(window, name, { configurable: true, ...descriptor });
  try {
    return await body();
  } finally {
    if (original) Object.defineProperty(window, name, original);
    else delete (window as unknown as Record<string, unknown>)[name];
  }
}
