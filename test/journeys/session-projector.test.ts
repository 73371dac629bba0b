import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import type { AnswerValue, Answers } from '../../src/diagnostic/answers.js';
import { createEmptyState, serializeState } from '../../src/storage/index.js';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';
import type { PerseveranceRadar } from '../../components/results/perseverance-radar.js';
import {
  buttonByText,
  currentView,
  deepActiveElement,
  deepQuery,
  deepQueryAll,
  settle,
  until,
  JOURNEY_TIMEOUT,
} from './helpers.js';

/**
 * The GPDS meeting, projected at 1024×768: a session of five people (roles, last year's
 * diagnostic to compare with, a named establishment). In projector mode the first screen shows
 * the team's radar, with previous / next on one compact row above it.
 */
const answers = (shift: number): Answers => {
  const out: Record<string, AnswerValue> = {};
  defaultCatalogue.questions.forEach((q, i) => (out[q.id] = ((i + shift) % 4) as AnswerValue));
  return out;
};
const ROLES = ['cpe', 'professeur', 'professeur', 'professeur', 'direction'];

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
      respondents: ROLES.map((role, i) => ({
        id: `r${i}`,
        label: `Participant ${i + 1}`,
        role,
        answers: answers(i),
        source: 'code' as const,
      })),
    },
    previous: {
      label: 'Séance GPDS de juin 2026',
      importedAt: '2026-06-15T10:00:00.000Z',
      answers: answers(2),
      retained: [],
    },
  });
}

async function mountSession(): Promise<PerseveranceDiagnostic> {
  const key = `projector-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  localStorage.setItem(key, serializeState(seededState()));
  const element = document.createElement('perseverance-diagnostic');
  element.setAttribute('storage-key', key);
  element.setAttribute('mode', 'session');
  const ready = new Promise((resolve) =>
    element.addEventListener('perseverance-ready', resolve, { once: true }),
  );
  document.body.append(element);
  await ready;
  await until(() => deepQueryAll(element, 'perseverance-session').length === 1, 'the session');
  await settle(element);
  return element;
}

/** Whether `rect` lies entirely within the viewport, and has a size. */
function onFirstScreen(rect: DOMRect): boolean {
  return (
    rect.width > 0 &&
    rect.height > 0 &&
    rect.top >= 0 &&
    rect.left >= 0 &&
    rect.bottom <= window.innerHeight &&
    rect.right <= window.innerWidth
  );
}

const describeRect = (rect: DOMRect) =>
  `${Math.round(rect.left)},${Math.round(rect.top)} → ${Math.round(rect.right)},${Math.round(rect.bottom)}`;

describe('the GPDS session projected at 1024×768', function () {
  this.timeout(JOURNEY_TIMEOUT);
  let widget: PerseveranceDiagnostic;

  before(async () => {
    document.body.style.margin = '0';
    await setViewport({ width: 1024, height: 768 });
  });
  afterEach(() => {
    localStorage.removeItem(widget.storageKey!);
    widget.remove();
  });
  after(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('« Profil commun » opens on the team’s radar, previous / next above it', async () => {
    widget = await mountSession();
    const session = deepQuery(widget, 'perseverance-session');
    // With respondents the session opens on « Recueillir »; the facilitator projects, then moves on.
    buttonByText(session, 'Mode projection').click();
    await settle(widget);
    buttonByText(session, /Profil commun →/).click();
    await until(() => deepQueryAll(widget, 'perseverance-session-profile').length === 1, 'profile');
    const radar = deepQuery<PerseveranceRadar>(widget, 'perseverance-radar');
    await until(() => radar.chartInstance !== null, 'chart.js');
    await settle(widget);

    // The first screen: nothing scrolled, neither the page nor the projected widget.
    const root = widget.shadowRoot!.querySelector<HTMLElement>('.root.projector')!;
    expect(root.scrollTop, 'the projected widget is scrolled').to.equal(0);
    expect(window.scrollY, 'the page is scrolled').to.equal(0);

    const canvas = radar.shadowRoot!.querySelector('canvas')!;
    const chart = canvas.getBoundingClientRect();
    expect(onFirstScreen(chart), `the radar at ${describeRect(chart)}`).to.equal(true);
    // Large enough to be read from the back of the room: most of the screen's height.
    expect(chart.height, 'the radar’s height').to.be.at.least(window.innerHeight / 2);

    // Previous and next: on the first screen, large enough to click (44 px).
    for (const text of [/← Recueillir/, /Discuter →/, /Mode projection/]) {
      const rect = buttonByText(session, text).getBoundingClientRect();
      expect(onFirstScreen(rect), `${text} at ${describeRect(rect)}`).to.equal(true);
      expect(rect.height, `${text}: height`).to.be.at.least(44);
      expect(rect.width, `${text}: width`).to.be.at.least(44);
    }
    // The four clés' scores are on the first screen too, in text (not only on the canvas).
    const profile = deepQuery(widget, 'perseverance-session-profile');
    const headlines = deepQueryAll(profile, 'perseverance-profile-bars')[0]!;
    const keys = [...headlines.shadowRoot!.querySelectorAll('section')];
    expect(keys.map((key) => key.querySelector('h4')!.textContent!.trim())).to.deep.equal(
      defaultCatalogue.keys.map((key) => key.label),
    );
    for (const key of keys) {
      const rect = key.querySelector('.head')!.getBoundingClientRect();
      expect(onFirstScreen(rect), `the clé's headline at ${describeRect(rect)}`).to.equal(true);
    }

    await expect(currentView(widget)).to.be.accessible();
  });

  it('one row of controls, reached with the keyboard, the focus drawn', async () => {
    widget = await mountSession();
    const session = deepQuery(widget, 'perseverance-session');
    const toggle = buttonByText(session, 'Mode projection');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(widget);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    // The same button, still focused: the room's screen changed, not the facilitator's place.
    expect(deepActiveElement() === toggle, 'focus kept on « Mode projection »').to.equal(true);

    // Title, previous, next and « Mode projection » share one row.
    const title = session.shadowRoot!.querySelector('#session-title')!.getBoundingClientRect();
    const previous = buttonByText(session, /← Préparer/).getBoundingClientRect();
    const next = buttonByText(session, /Profil commun →/).getBoundingClientRect();
    const row = [title, previous, next, toggle.getBoundingClientRect()];
    const middle = (rect: DOMRect) => (rect.top + rect.bottom) / 2;
    const bottom = Math.min(...row.map((rect) => rect.bottom));
    for (const rect of row)
      expect(middle(rect), `one row: ${describeRect(rect)}`).to.be.below(bottom);

    // Back with the keyboard (Shift+Tab from « Mode projection »): next, then previous.
    await sendKeys({ press: 'Shift+Tab' });
    expect(deepActiveElement()?.textContent).to.match(/Profil commun →/);
    await sendKeys({ press: 'Shift+Tab' });
    const focused = deepActiveElement() as HTMLElement;
    expect(focused.textContent).to.match(/← Préparer/);
    const outline = getComputedStyle(focused);
    expect(outline.outlineStyle, 'focus outline').to.equal('solid');
    expect(parseFloat(outline.outlineWidth), 'focus outline width').to.be.at.least(2);
    await sendKeys({ press: 'Enter' });
    await until(() => deepQueryAll(widget, 'perseverance-session-start').length === 1, 'prepare');
    await settle(widget);
    await expect(currentView(widget)).to.be.accessible();
  });
});
