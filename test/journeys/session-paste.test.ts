import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import type { AnswerValue, Answers } from '../../src/diagnostic/answers.js';
import { encodeShareCode } from '../../src/share/share-code.js';
import { createEmptyState, serializeState } from '../../src/storage/index.js';
import type { SavedState } from '../../src/storage/schema.js';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';
import { deepQuery, deepQueryAll, mountWidget, settle, until, JOURNEY_TIMEOUT } from './helpers.js';

/**
 * The codes field of the GPDS session with many codes: what stays in the field, one count per
 * kind, what survives opening another section; and user text (session name, labels, notes) kept
 * apart from the widget's own words and wrapped on a phone.
 */

/** Respondent `n`'s answers: distinct for every n below 4⁶⁰. */
function answersOf(n: number): Answers {
  const answers: Record<string, AnswerValue> = {};
  defaultCatalogue.questions.forEach((question, i) => {
    answers[question.id] = (Math.floor(n / 4 ** (i % 20)) % 4) as AnswerValue;
  });
  answers[defaultCatalogue.questions[59]!.id] = 'unknown';
  return answers;
}
const codeOf = (n: number) => encodeShareCode(defaultCatalogue, answersOf(n));

function sessionState(respondents: number, over: Partial<NonNullable<SavedState['session']>> = {}) {
  return createEmptyState(defaultCatalogue, {
    session: {
      name: 'GPDS — mars 2027',
      createdAt: '2027-03-10T17:00:00.000Z',
      questionnaireVersion: 'complet',
      respondents: Array.from({ length: respondents }, (_, n) => ({
        id: `p${n + 1}`,
        label: `Participant ${n + 1}`,
        answers: answersOf(n),
        source: 'code' as const,
      })),
      ...over,
    },
  });
}

let widget: PerseveranceDiagnostic | undefined;

async function openSession(state: SavedState) {
  const key = `session-paste-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  localStorage.setItem(key, serializeState(state));
  widget = await mountWidget({ mode: 'session' }, key);
  await until(() => deepQueryAll(widget!, 'perseverance-session').length === 1, 'the session');
  await settle(widget);
  return widget;
}

function sessionRoot(): ShadowRoot {
  return deepQuery(widget!, 'perseverance-session').shadowRoot!;
}

async function showSection(label: string, tag: string): Promise<HTMLElement> {
  const button = [...sessionRoot().querySelectorAll('nav button')].find(
    (b) => b.textContent!.trim() === label,
  ) as HTMLButtonElement;
  button.click();
  await until(() => deepQueryAll(widget!, tag).length === 1, tag);
  await settle(widget!);
  return deepQuery(widget!, tag);
}

function codesField(collect: HTMLElement): HTMLTextAreaElement {
  return collect.shadowRoot!.querySelector<HTMLTextAreaElement>('#codes')!;
}

/** Types (or pastes) `text` in the codes field, as an `input` event tells the field. */
function fill(collect: HTMLElement, text: string) {
  const field = codesField(collect);
  field.value = text;
  field.dispatchEvent(new Event('input'));
}

async function addCodes(collect: HTMLElement) {
  const form = codesField(collect).closest('form')!;
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await until(
    () =>
      form.getAttribute('aria-busy') !== 'true' &&
      !!collect.shadowRoot!.querySelector('#codes-summary p'),
    'the codes read',
    30000,
  );
  await settle(widget!);
}

const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
const summaryOf = (collect: HTMLElement) =>
  text(collect.shadowRoot!.querySelector('#codes-summary')!);

describe('the session’s codes field with many codes', function () {
  this.timeout(JOURNEY_TIMEOUT * 2);

  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    if (widget) {
      localStorage.removeItem(widget.storageKey!);
      widget.parentElement?.remove();
    }
    widget = undefined;
  });

  it('reads a paste over 50,000 characters and keeps every code not added in the field', async () => {
    await openSession(sessionState(0));
    const collect = await showSection('Recueillir', 'perseverance-session-collect');
    const codes = Array.from({ length: 1300 }, (_, n) => codeOf(1000 + n));
    const pasted = codes.join('\n');
    expect(pasted.length).to.be.greaterThan(50_000);
    fill(collect, pasted);
    await addCodes(collect);
    // The session takes 200; everything else is still there, whole and in order: the codes the
    // full session could not take, then the part of the text not read yet.
    const kept = codesField(collect).value;
    expect(kept.split('\n')).to.have.length(1100);
    expect(kept === codes.slice(200).join('\n'), 'the field holds codes 201 to 1300').to.equal(
      true,
    );
    const summary = summaryOf(collect);
    expect(summary).to.include(
      '200 codes ajoutés, 0 refusé ; 1 019 non ajoutés : la séance est complète',
    );
    expect(summary).to.include('Les codes non ajoutés restent dans la zone de saisie.');
    expect(summary).to.include('Texte long : seuls les');
    const saved = JSON.parse(widget!.exportDiagnostic()).state as SavedState;
    expect(saved.session!.respondents).to.have.length(200);
  });

  it('counts a paste into a full session once: refused, duplicates and « not added » apart', async () => {
    await openSession(sessionState(200));
    const collect = await showSection('Recueillir', 'perseverance-session-collect');
    // The list is drawn over a few frames, and ends with every respondent.
    const list = collect.shadowRoot!.querySelector('perseverance-session-respondents')!.shadowRoot!;
    await until(() => list.querySelectorAll('ol.people > li').length === 200, 'the 200 rows');
    const fresh = Array.from({ length: 1000 }, (_, n) => codeOf(5000 + n));
    const typo = `${fresh[0]!.slice(0, -1)}${fresh[0]!.endsWith('A') ? 'B' : 'A'}`;
    const twin = codeOf(3); // the answers of « Participant 4 », already in the session
    fill(collect, [...fresh, typo, fresh[1]!.slice(0, 30), twin].join('\n'));
    await addCodes(collect);
    expect(summaryOf(collect)).to.equal(
      '0 code ajouté, 3 refusés (dont 1 doublon) ; 1 000 non ajoutés : la séance est complète (200 participants). Les codes non ajoutés restent dans la zone de saisie.',
    );
    // One line for the codes the full session could not take, with the same count.
    const full = [...collect.shadowRoot!.querySelectorAll('li.full')].map(text);
    expect(full).to.deep.equal([
      'La séance a atteint 200 participants (maximum) : 1 000 non ajoutés.',
    ]);
    const refused = [...collect.shadowRoot!.querySelectorAll('li.error')].map(text);
    expect(refused).to.have.length(3);
    expect(refused[2]).to.include('doublon').and.include('Participant 4');
    expect(codesField(collect).value.split('\n')).to.have.length(1003);
  });

  it('keeps codes pasted but not added when another section opens, and after passing through', async () => {
    await openSession(sessionState(2));
    let collect = await showSection('Recueillir', 'perseverance-session-collect');
    const pasted = `${codeOf(700)}\n${codeOf(701)} ${codeOf(702)}`;
    fill(collect, pasted);
    await showSection('Profil commun', 'perseverance-session-profile');
    await showSection('Discuter', 'perseverance-session-agenda');
    collect = await showSection('Recueillir', 'perseverance-session-collect');
    expect(codesField(collect).value).to.equal(pasted);
    // Once added, the field holds only what was not: here, nothing.
    await addCodes(collect);
    expect(summaryOf(collect)).to.include('3 codes ajoutés, 0 refusé');
    await showSection('Préparer', 'perseverance-session-start');
    collect = await showSection('Recueillir', 'perseverance-session-collect');
    expect(codesField(collect).value).to.equal('');
  });
});

/** Every text node holding `marker` in the widget (open shadow roots walked). */
function textNodesWith(root: Node, marker: string, found: Text[] = []): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE && (node as Text).data.includes(marker))
      found.push(node as Text);
    const shadow = (node as Element).shadowRoot;
    if (shadow) textNodesWith(shadow, marker, found);
  }
  return found;
}

/** Text nodes holding `marker` with neither a `<bdi>` nor a `dir="auto"` around them. */
function unisolated(marker: string): string[] {
  return textNodesWith(widget!.shadowRoot!, marker)
    .filter((node) => !node.parentElement?.closest('bdi, [dir="auto"]'))
    .map((node) => `${node.parentElement?.localName}: ${node.data.slice(0, 40)}`);
}

describe('user text in the session views', function () {
  this.timeout(JOURNEY_TIMEOUT * 4);

  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    if (widget) {
      localStorage.removeItem(widget.storageKey!);
      widget.parentElement?.remove();
    }
    widget = undefined;
  });

  it('sits in <bdi> or dir="auto" in every section, and wraps at 320 px', async () => {
    // An unterminated right-to-left override, then a long unbroken word, in everything typed.
    const word = 'ZQX'.padEnd(180, 'w');
    const typed = (prefix: string) => `${prefix} \u202EAB ${word}`;
    const note = `Noté \u202EAB ${'ZQX'.padEnd(300, 'n')}`;
    const state = sessionState(4, {
      name: typed('GPDS'),
      agenda: {},
    });
    const session = state.session!;
    const respondents = session.respondents.map((r, i) =>
      i === 0 ? { ...r, label: typed('Mme'), role: typed('Rôle') } : { ...r, role: 'cpe' },
    );
    // Answers far apart, so that the agenda has questions to note.
    respondents[1] = { ...respondents[1]!, answers: answersOf(0) };
    respondents[2] = {
      ...respondents[2]!,
      answers: Object.fromEntries(defaultCatalogue.questions.map((q) => [q.id, 3])),
    };
    const seeded: SavedState = {
      ...state,
      context: { ...state.context, establishmentName: typed('Lycée') },
      session: { ...session, respondents },
    };
    await setViewport({ width: 320, height: 640 });
    await openSession(seeded);
    widget!.parentElement!.style.width = '';

    // A note on the agenda's first question, written as the team would.
    const agenda = await showSection('Discuter', 'perseverance-session-agenda');
    const notes = agenda.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[id^="notes-"]')!;
    notes.value = note;
    notes.dispatchEvent(new Event('change'));
    await settle(widget!);

    const sections: [string, string][] = [
      ['Préparer', 'perseverance-session-start'],
      ['Recueillir', 'perseverance-session-collect'],
      ['Profil commun', 'perseverance-session-profile'],
      ['Discuter', 'perseverance-session-agenda'],
      ['Décider', 'perseverance-session-decide'],
      ['Compte rendu', 'perseverance-session-report'],
    ];
    for (const [label, tag] of sections) {
      const section = await showSection(label, tag);
      if (tag === 'perseverance-session-collect') {
        // The respondent's own row, with its form open.
        section
          .shadowRoot!.querySelector<HTMLElement>('perseverance-session-respondents')!
          .shadowRoot!.querySelector<HTMLButtonElement>('[data-edit]')!
          .click();
        await settle(widget!);
      }
      if (tag === 'perseverance-session-profile') {
        const others = section.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input');
        others.forEach((box) => box.click());
        await settle(widget!);
      }
      expect(
        textNodesWith(widget!.shadowRoot!, 'ZQX').length,
        `${label}: user text shown`,
      ).to.be.greaterThan(0);
      expect(unisolated('ZQX'), label).to.deep.equal([]);
      expect(
        document.documentElement.scrollWidth,
        `${label}: nothing scrolls sideways at 320 px`,
      ).to.be.at.most(document.documentElement.clientWidth);
    }
    const report = deepQuery(widget!, 'perseverance-session-report');
    expect(text(report.shadowRoot!.querySelector('article')!)).to.include('ZQXnnn');
  });
});
