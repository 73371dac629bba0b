import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';
import { NAV_VIEWS } from '../../components/app/views.js';
import {
  buttonByText,
  currentView,
  deepQuery,
  deepQueryAll,
  JOURNEY_TIMEOUT,
  settle,
  until,
  within,
} from './helpers.js';

/**
 * What a user types is shown across the whole widget: the establishment's name (every view's
 * heading line, the profile, the reports) and the GPDS session's name. Typed with an unterminated
 * right-to-left override (U+202E) and a 300-character word, it must neither reverse the widget's
 * own text around it (each place it shows is isolated: inside `<bdi>` or an element with
 * `dir="auto"`) nor push a 320 px phone's page sideways.
 */
const NAME_MARK = 'q'.repeat(12);
const SESSION_MARK = 'z'.repeat(12);
const ESTABLISHMENT = `Lycée \u202EAB ${'q'.repeat(300)}`;
const SESSION = `Séance \u202EXY ${'z'.repeat(300)}`;

/** Every text node below `root`, through open shadow roots. */
function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/** Whether `node` sits in a `<bdi>` or a `dir="auto"` element, up to `widget` (across shadow roots). */
function isolated(node: Node, widget: Element): boolean {
  for (let at: Node | null = node.parentNode; at && at !== widget;) {
    if (at instanceof Element && (at.localName === 'bdi' || at.getAttribute('dir') === 'auto'))
      return true;
    at = at instanceof ShadowRoot ? at.host : at.parentNode;
  }
  return false;
}

/** Where each text node holding the user's text is shown without isolation (a short path). */
function unisolated(widget: Element, mark: string): string[] {
  return textNodes(widget.shadowRoot!)
    .filter((node) => node.data.includes(mark) && !isolated(node, widget))
    .map((node) => {
      const path: string[] = [];
      for (let at: Node | null = node.parentNode; at && at !== widget;) {
        if (at instanceof Element) path.unshift(at.localName + (at.id ? `#${at.id}` : ''));
        at = at instanceof ShadowRoot ? at.host : at.parentNode;
      }
      return path.slice(-4).join(' > ');
    });
}

function navButtons(widget: Element): HTMLButtonElement[] {
  return [...widget.shadowRoot!.querySelectorAll<HTMLButtonElement>('perseverance-nav nav button')];
}

async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

describe('user text across the whole widget: isolated from bidi overrides, long words wrap (320 px)', function () {
  this.timeout(JOURNEY_TIMEOUT * 4);
  let widget: PerseveranceDiagnostic;

  before(async () => {
    document.body.style.margin = '0';
    await setViewport({ width: 320, height: 740 });
    widget = document.createElement('perseverance-diagnostic');
    widget.setAttribute('storage-key', `user-text-${Date.now()}`);
    const ready = new Promise((resolve) =>
      widget.addEventListener('perseverance-ready', resolve, { once: true }),
    );
    document.body.append(widget);
    await ready;
    await settle(widget);
    // Typed on the welcome view, then the team starts and answers the first clé.
    await typeInto(
      within<HTMLInputElement>(widget, 'perseverance-welcome', 'input#name')[0]!,
      ESTABLISHMENT,
    );
    await settle(widget);
    buttonByText(widget, 'Commencer le diagnostic').click();
    await until(() => deepQueryAll(widget, 'perseverance-question').length > 0, 'the questions');
    for (const question of deepQueryAll(widget, 'perseverance-question'))
      question.querySelectorAll<HTMLInputElement>('input[type="radio"]')[2]!.click();
    await settle(widget);
  });

  after(async () => {
    localStorage.removeItem(widget.storageKey!);
    widget.remove();
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  /** Opens the nav's `index`-th view and waits until it has rendered. */
  async function open(index: number): Promise<void> {
    const view = NAV_VIEWS[index]!;
    navButtons(widget)[index]!.click();
    await until(() => currentView(widget)?.localName === `perseverance-${view}`, view, 20_000);
    await settle(widget);
    await settle(currentView(widget)!);
  }

  function expectIsolatedAndFitting(where: string): void {
    // The name is shown (the nav's line names the establishment on every view).
    expect(
      textNodes(widget.shadowRoot!).some((node) => node.data.includes(NAME_MARK)),
      `${where}: the establishment's name is shown`,
    ).to.equal(true);
    for (const [mark, what] of [
      [NAME_MARK, 'the name'],
      [SESSION_MARK, 'the session’s name'],
    ] as const) {
      const places = unisolated(widget, mark);
      expect(
        places,
        `${where}: ${what} shown without isolation in ${places.join(' ; ')}`,
      ).to.deep.equal([]);
    }
    expect(widget.scrollWidth, `${where}: the widget is wider than its box`).to.be.at.most(
      widget.clientWidth,
    );
    expect(
      document.documentElement.scrollWidth,
      `${where}: the page scrolls sideways at 320 px`,
    ).to.be.at.most(document.documentElement.clientWidth);
  }

  NAV_VIEWS.forEach((view, index) => {
    it(`${view}: the establishment's name is isolated and wraps`, async () => {
      await open(index);
      expectIsolatedAndFitting(view);
    });
  });

  it('the GPDS session named by the facilitator: every section isolates both names and fits', async () => {
    await open(NAV_VIEWS.indexOf('session'));
    await typeInto(
      within<HTMLInputElement>(widget, 'perseverance-session-start', 'input#name')[0]!,
      SESSION,
    );
    buttonByText(widget, 'Démarrer la séance').click();
    await until(
      () => textNodes(widget.shadowRoot!).some((node) => node.data.includes(SESSION_MARK)),
      'the session’s name shown',
      20_000,
    );
    const session = deepQuery(widget, 'perseverance-session');
    const sections = [...session.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav button')];
    expect(sections.length).to.be.greaterThan(1);
    const failures: string[] = [];
    for (const button of sections) {
      button.click();
      await settle(widget);
      await settle(session);
      const where = `session, ${button.textContent!.trim()}`;
      try {
        expectIsolatedAndFitting(where);
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
    // Then the other views, which may show the session's name too.
    for (const [index] of NAV_VIEWS.entries()) {
      await open(index);
      try {
        expectIsolatedAndFitting(`${NAV_VIEWS[index]} with a session`);
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
    expect(failures).to.deep.equal([]);
  });
});
