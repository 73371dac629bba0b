import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import type { AnswerValue, Answers } from '../../src/diagnostic/answers.js';
import { createEmptyState, serializeState } from '../../src/storage/index.js';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';
import { NAV_VIEWS } from '../../components/app/views.js';
import { currentView, deepQuery, deepQueryAll, settle, until, JOURNEY_TIMEOUT } from './helpers.js';

/**
 * Every view on a phone, with what makes them wide: a named establishment, a complete profile, a
 * session of thirty people with roles, last year's diagnostic. Nothing may scroll sideways at 320
 * or 375 px (tables scroll within themselves, focusable), and axe stays clean at both widths.
 */
const ROLES = ['cpe', 'cpe', 'cpe', 'professeur', 'professeur', 'direction'];
const answers = (shift: number): Answers => {
  const out: Record<string, AnswerValue> = {};
  defaultCatalogue.questions.forEach((q, i) => (out[q.id] = ((i + shift) % 4) as AnswerValue));
  return out;
};

function seededState() {
  return createEmptyState(defaultCatalogue, {
    answers: answers(0),
    context: {
      levels: ['college'],
      publics: [],
      establishmentName: 'Collège Jean Moulin',
      questionnaireVersion: 'complet',
    },
    session: {
      name: 'GPDS — mars 2027',
      createdAt: '2027-03-10T17:00:00.000Z',
      questionnaireVersion: 'complet',
      respondents: Array.from({ length: 30 }, (_, i) => ({
        id: `r${i}`,
        label: `Participant ${i + 1}`,
        ...(i < ROLES.length * 3 ? { role: ROLES[i % ROLES.length]! } : {}),
        answers: answers(i),
        source: 'code' as const,
      })),
    },
    previous: {
      label:
        'Séance de juin 2026 sur https://exemple.ac-academie.fr/un-tres-long-chemin-sans-espace',
      importedAt: '2026-06-15T10:00:00.000Z',
      answers: answers(2),
      retained: [],
    },
  });
}

async function mountPhoneWidget(): Promise<PerseveranceDiagnostic> {
  const key = `narrow-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  localStorage.setItem(key, serializeState(seededState()));
  const element = document.createElement('perseverance-diagnostic');
  element.setAttribute('storage-key', key);
  const ready = new Promise((resolve) =>
    element.addEventListener('perseverance-ready', resolve, { once: true }),
  );
  document.body.append(element);
  await ready;
  await settle(element);
  return element;
}

function navButton(widget: Element, index: number): HTMLButtonElement {
  return widget.shadowRoot!.querySelectorAll<HTMLButtonElement>('perseverance-nav nav button')[
    index
  ]!;
}

/** The text nodes under `root`, through open shadow roots. */
function textNodes(root: Node): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) nodes.push(node);
    else if ((node as Element).shadowRoot) nodes.push(...textNodes((node as Element).shadowRoot!));
  }
  return nodes;
}

/**
 * The widget's own words shown under `root` that are cut across two lines, letter by letter
 * (« Consolidé / e »). A compound may break at its hyphen, and what may be cut anywhere is left
 * out: the user's own text (`<bdi>`, `dir=auto`) and strings too long for a phone's line (an
 * address, a file's name).
 */
function brokenWords(root: Element): string[] {
  const broken: string[] = [];
  for (const node of textNodes(root.shadowRoot ?? root)) {
    if (node.parentElement?.closest('bdi, [dir="auto"]')) continue;
    for (const token of node.textContent!.matchAll(/\S+/g)) {
      if (token[0].length > 30) continue;
      for (const word of token[0].matchAll(/[\p{L}\p{N}]+/gu)) {
        const start = token.index + word.index;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + word[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(word[0]);
      }
    }
  }
  return broken;
}

/** How far the page is wider than the viewport (0 when nothing scrolls sideways). */
function overflow(): number {
  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
}

for (const width of [320, 375]) {
  describe(`every view at ${width} px`, function () {
    this.timeout(JOURNEY_TIMEOUT * 4);
    let widget: PerseveranceDiagnostic;

    before(async () => {
      document.body.style.margin = '0';
      await setViewport({ width, height: 740 });
      widget = await mountPhoneWidget();
    });
    after(async () => {
      localStorage.removeItem(widget.storageKey!);
      widget.remove();
      document.body.style.margin = '';
      await setViewport({ width: 800, height: 600 });
    });

    NAV_VIEWS.forEach((view, index) => {
      it(`${view}: no sideways scroll, axe clean, establishment named`, async () => {
        navButton(widget, index).click();
        await until(() => currentView(widget)?.localName === `perseverance-${view}`, view);
        await settle(widget);
        await settle(currentView(widget)!);
        expect(overflow(), `${view} is wider than ${width} px`).to.equal(0);
        expect(brokenWords(currentView(widget)!), `${view}: words cut in two`).to.deep.equal([]);
        expect(widget.shadowRoot!.querySelector('.context')!.textContent).to.include(
          'Collège Jean Moulin',
        );
        await expect(currentView(widget)).to.be.accessible();
      });
    });

    it('profile: the radar’s clé labels are drawn whole inside its canvas', async () => {
      navButton(widget, NAV_VIEWS.indexOf('profile')).click();
      await until(() => currentView(widget)?.localName === 'perseverance-profile', 'profile');
      const radar = currentView(widget)!.shadowRoot!.querySelector('perseverance-radar')!;
      await until(() => radar.chartInstance !== null, 'chart.js');
      // chart.js's own layout of the point labels (not public API: the boxes it draws them in).
      const scale = radar.chartInstance!.scales['r'] as unknown as {
        _pointLabelItems: { left: number; right: number }[];
      };
      const width = radar.chartInstance!.width;
      const boxes = scale._pointLabelItems.map(({ left, right }) => [left, right]);
      expect(boxes.length).to.equal(4);
      for (const [left, right] of boxes) {
        expect(left, 'left edge').to.be.at.least(0);
        expect(right, 'right edge').to.be.at.most(width);
      }
    });

    it('the session: every section fits, its tables are focusable', async () => {
      navButton(widget, NAV_VIEWS.indexOf('session')).click();
      await until(() => deepQueryAll(widget, 'perseverance-session').length === 1, 'session');
      await settle(widget);
      const session = deepQuery(widget, 'perseverance-session');
      const sections = [...session.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav button')];
      expect(sections.length).to.be.greaterThan(4);
      for (const button of sections) {
        button.click();
        await settle(session);
        const part = session.shadowRoot!.querySelector<HTMLElement>('[data-section]')!;
        await settle(part);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(overflow(), `${button.textContent!.trim()} is wider than ${width} px`).to.equal(0);
        for (const region of deepQueryAll(part, '[role="region"]')) {
          expect(region.getAttribute('tabindex')).to.equal('0');
          expect(region.getAttribute('aria-label')).to.not.equal(null);
        }
        await expect(part).to.be.accessible();
      }
    });
  });
}

describe('a respondent on a phone (375 × 667)', function () {
  this.timeout(JOURNEY_TIMEOUT);
  after(() => setViewport({ width: 800, height: 600 }));

  it('sees the first question right after « Commencer », in two columns of options', async () => {
    await setViewport({ width: 375, height: 667 });
    document.body.style.margin = '0';
    const element = document.createElement('perseverance-diagnostic');
    element.setAttribute('storage-key', `phone-${Date.now()}`);
    const ready = new Promise((resolve) =>
      element.addEventListener('perseverance-ready', resolve, { once: true }),
    );
    document.body.append(element);
    await ready;
    await settle(element);
    [...element.shadowRoot!.querySelectorAll('perseverance-welcome')][0]!
      .shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!
      .click();
    await until(() => deepQueryAll(element, 'perseverance-question').length > 0, 'the questions');
    await settle(currentView(element)!);
    const first = deepQueryAll(element, 'perseverance-question')[0]!.getBoundingClientRect();
    expect(first.top, 'the first question starts on screen').to.be.within(0, 667 - 120);
    const labels = [
      ...deepQueryAll(element, 'perseverance-question')[0]!.querySelectorAll('label'),
    ];
    // The four levels two by two, each target still at least 44 px high.
    expect(labels[0]!.getBoundingClientRect().top).to.equal(labels[1]!.getBoundingClientRect().top);
    for (const label of labels) expect(label.getBoundingClientRect().height).to.be.at.least(44);
    // The widget's own words wrap between words, never inside one (« Consolidé / e »).
    expect(labels.flatMap(brokenWords)).to.deep.equal([]);
    expect(overflow()).to.equal(0);
    localStorage.removeItem(element.storageKey!);
    element.remove();
    document.body.style.margin = '';
  });
});
