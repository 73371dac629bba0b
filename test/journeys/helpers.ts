import { fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../components/index.js';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';

/**
 * Mocha's timeout for a whole-widget journey (`this.timeout(JOURNEY_TIMEOUT)` in its describe): a
 * journey loads the widget's chunks and walks several views on a shared 2-core machine, where
 * element tests (one element, no loading) keep the 10 s default.
 */
export const JOURNEY_TIMEOUT = 30_000;

/** Every element matching `selector` in `root` and all shadow roots below it, in document order. */
export function deepQueryAll<T extends Element = HTMLElement>(
  root: Element | ShadowRoot | Document,
  selector: string,
): T[] {
  const found: T[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element as T);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  return found;
}

export function deepQuery<T extends Element = HTMLElement>(
  root: Element | ShadowRoot | Document,
  selector: string,
): T {
  const [first] = deepQueryAll<T>(root, selector);
  if (!first) throw new Error(`No element matches ${selector}`);
  return first;
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until all Lit elements below `root` have rendered, and a frame. */
export async function settle(root: Element): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    const elements = [root, ...deepQueryAll(root, '*')] as Partial<LitElement>[];
    await Promise.all(elements.map((element) => element.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  }
}

// 8 s: a lazy chunk (chart.js) can take seconds on a loaded CI machine, and the message must come
// before mocha's own 10 s test timeout.
export async function until(condition: () => boolean, what: string, timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let counter = 0;

/** A fresh widget with its own storage key (cleared), ready to use. */
export async function mountWidget(
  attributes: Record<string, string> = {},
  storageKey = `perseverance-test-${Date.now()}-${(counter += 1)}`,
): Promise<PerseveranceDiagnostic> {
  const element = document.createElement('perseverance-diagnostic');
  element.setAttribute('storage-key', storageKey);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const ready = new Promise((resolve) =>
    element.addEventListener('perseverance-ready', resolve, { once: true }),
  );
  const host = await fixture(html`<div style="width: 1000px"></div>`);
  host.append(element);
  await ready;
  await settle(element);
  return element;
}

export function buttonByText(root: Element, text: string | RegExp): HTMLButtonElement {
  const buttons = deepQueryAll<HTMLButtonElement>(root, 'button');
  const match = buttons.find((button) =>
    typeof text === 'string'
      ? button.textContent?.trim().includes(text)
      : text.test(button.textContent ?? ''),
  );
  if (!match) throw new Error(`No button with text ${text}`);
  return match;
}

export async function click(root: Element, text: string | RegExp): Promise<void> {
  buttonByText(root, text).click();
  await settle(root);
}

/** The rendered view element (`perseverance-welcome`, `perseverance-profile`…). */
export function currentView(widget: Element): Element | null {
  return widget.shadowRoot?.querySelector('[data-view]') ?? null;
}

/** Clicks option `index` (0–3 = scale levels, 4 = « Je ne sais pas ») of every question on screen. */
export async function answerAllVisible(
  widget: Element,
  pick: (questionIndex: number) => number,
): Promise<void> {
  const questions = deepQueryAll(widget, 'perseverance-question');
  questions.forEach((question, index) => {
    const radios = question.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    radios[pick(index)]!.click();
  });
  await settle(widget);
}

/** Elements matching `selector` inside the shadow root of the first `host` element below `root`. */
export function within<T extends Element = HTMLElement>(
  root: Element,
  host: string,
  selector: string,
): T[] {
  const element = deepQuery(root, host);
  return [...element.shadowRoot!.querySelectorAll<T>(selector)];
}
