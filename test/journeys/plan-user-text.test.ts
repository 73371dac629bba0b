import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { createEmptyState, serializeState } from '../../src/storage/index.js';
import type { PerseverancePlan } from '../../components/plan/perseverance-plan.js';
import {
  click,
  currentView,
  deepQuery,
  deepQueryAll,
  mountWidget,
  settle,
  until,
  JOURNEY_TIMEOUT,
} from './helpers.js';

/*
 * The plan shows text the team typed (a drafted fiche's title and fields, a pilot, a bilan): an
 * unterminated right-to-left override in it must not reverse the widget's own words around it,
 * and a long unbroken word must wrap, not widen a phone's page (issue #19).
 */

/** A 300-character word in the fields; a title holds 200 characters at most. */
const WORD = 'x'.repeat(300);
const TITLE = `Café \u202E${'y'.repeat(190)}`;
const PILOT = `CPE \u202Eréférente`;
const NOTE = `Bilan \u202E${WORD}`;

/** Every text node under `root`, through open shadow roots. */
function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) found.push(child as Text);
      visit(child);
      if (child instanceof Element && child.shadowRoot) visit(child.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** The user's text, wherever the plan shows it, sits in a `<bdi>` or a `dir="auto"` element. */
function expectIsolated(plan: Element) {
  const userNodes = textNodes(plan.shadowRoot!).filter((node) => node.data.includes('\u202E'));
  expect(userNodes.length).to.be.greaterThan(0);
  for (const node of userNodes) {
    const isolate = node.parentElement!.closest('bdi, [dir="auto"]');
    expect(
      isolate,
      `not isolated: « ${node.data.slice(0, 30)} » in <${node.parentElement!.localName}>`,
    ).to.not.equal(null);
    // Only the user's text is inside: the widget's words around it keep their own direction.
    expect([TITLE, PILOT, NOTE]).to.include(isolate!.textContent!.trim());
  }
}

/** Nothing scrolls sideways: the plan and each of its cards keep within their width. */
function expectNoOverflow(plan: Element) {
  const boxes = [
    plan,
    plan.shadowRoot!.querySelector('.screen')!,
    ...deepQueryAll(plan, 'article'),
    ...deepQueryAll(plan, 'table'),
  ];
  for (const box of boxes) {
    if (!box.getClientRects().length) continue;
    expect(box.scrollWidth, `<${box.localName} class="${box.className}">`).to.be.at.most(
      box.clientWidth,
    );
  }
}

describe('<perseverance-plan>: the team’s own text, isolated and wrapped', function () {
  this.timeout(JOURNEY_TIMEOUT);

  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    for (const key of Object.keys(localStorage))
      if (key.startsWith('plan-text-test-')) localStorage.removeItem(key);
  });

  it('keeps a title with « \\u202E » and a 300-character word in their place at 320 px', async () => {
    await setViewport({ width: 320, height: 700 });
    const key = `plan-text-test-${Math.random().toString(36).slice(2)}`;
    const state = createEmptyState(defaultCatalogue, {
      selection: { retained: ['conseil-de-progres'], done: [] },
    });
    const draft = {
      id: 'brouillon-1',
      titre: TITLE,
      organisation: NOTE,
      objectifs: '',
      publics: '',
      pilotage: '',
      reussite: '',
      valoriser: '',
      axes: [],
      keys: [],
    };
    const entry = {
      id: 'brouillon-1',
      kind: 'draft' as const,
      pilot: PILOT,
      publics: [],
      dates: [],
      ticks: [],
      bilan: { attendance: {}, worked: NOTE, vigilance: '', perspectives: '' },
    };
    localStorage.setItem(
      key,
      serializeState({ ...state, plan: { entries: [entry], drafts: [draft] } }),
    );
    const widget = await mountWidget({}, key);
    widget.parentElement!.style.width = '320px';
    await click(widget, 'Plan d’action');
    await until(() => currentView(widget)?.localName === 'perseverance-plan', 'the plan view');
    const plan = currentView(widget) as PerseverancePlan;
    // A day when the drafted fiche's preparation is late: its warning quotes its title.
    plan.today = '2026-03-30';
    await settle(widget);
    const root = plan.shadowRoot!;
    expect(root.querySelector('.warnings')!.textContent).to.include(TITLE);

    const parts = ['Actions', 'Calendrier', 'Bilan'];
    for (const name of parts) {
      [...root.querySelectorAll<HTMLButtonElement>('nav button')]
        .find((b) => b.textContent!.trim() === name)!
        .click();
      await settle(widget);
      expectIsolated(plan);
      expectNoOverflow(plan);
    }
    // The editor, on the drafted fiche: its heading quotes the title.
    [...root.querySelectorAll<HTMLButtonElement>('nav button')]
      .find((b) => b.textContent!.trim() === 'Actions')!
      .click();
    await settle(widget);
    const card = deepQuery(plan, `perseverance-plan-action[data-item='draft-brouillon-1']`);
    [...card.shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent!.includes('Modifier la fiche'))!
      .click();
    await settle(widget);
    const heading = root.querySelector('#part-draft')!;
    expect(heading.textContent).to.include('Modifier la fiche « ');
    expect(heading.querySelector('bdi')!.textContent).to.equal(TITLE);
    // The closing quote is the widget's, after the isolated title, not reversed into it.
    const text = heading.textContent!;
    expect(text.slice(text.indexOf(TITLE) + TITLE.length).trim()).to.equal('»');
    expectIsolated(plan);
    expectNoOverflow(plan);
    expect(widget.shadowRoot!.querySelector('.root')!.scrollWidth).to.be.at.most(320);
    widget.remove();
  });
});
