import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import type { AnswerValue, Answers } from '../../src/diagnostic/answers.js';
import { exportDiagnostic } from '../../src/exchange/export.js';
import { encodeShareCode } from '../../src/share/share-code.js';
import type { RoleId } from '../../src/share/roles.js';
import { createEmptyState } from '../../src/storage/empty-state.js';
import type { SavedState } from '../../src/storage/schema.js';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';
import type { PerseveranceRadar } from '../../components/results/perseverance-radar.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';
import {
  answerAllVisible,
  buttonByText,
  click,
  currentView,
  deepActiveElement,
  deepQuery,
  deepQueryAll,
  mountWidget,
  settle,
  until,
  JOURNEY_TIMEOUT,
} from './helpers.js';

/**
 * Three respondents on the real catalogue, built so the expectations can be computed by hand:
 * everybody answers « En place » (2) everywhere, except
 * - accueillir-integration-1: A 0, B 3, C 3 → mean 2 (66.67 %), range 3: top of the agenda;
 * - accueillir-classes-1: A 0, B 2, C « je ne sais pas » → mean 1, range 2: second.
 * Axis « intégration »: (2 + 2) / 2 / 3 = 66.67 % (A alone: (0 + 2) / 2 / 3 = 33.33 %, B and C 83.33 %).
 * Axis « classes »: (1 + 2) / 2 / 3 = 50 % (A 33.33 %, B 66.67 %, C 2 / 3 = 66.67 %).
 * ACCUEILLIR: (4 × 66.67 + 50) / 5 = 63.33 %; overall (63.33 + 3 × 66.67) / 4 = 65.83 %.
 */
function answers(overrides: Record<string, AnswerValue>): Answers {
  const all: Record<string, AnswerValue> = {};
  for (const q of defaultCatalogue.questions) all[q.id] = 2;
  return { ...all, ...overrides };
}
const A = answers({ 'accueillir-integration-1': 0, 'accueillir-classes-1': 0 });
const B = answers({ 'accueillir-integration-1': 3 });
const C = answers({ 'accueillir-integration-1': 3, 'accueillir-classes-1': 'unknown' });
const code = (a: Answers, role?: RoleId) =>
  encodeShareCode(defaultCatalogue, a, role ? { role } : {});

/** A code with one character changed (its checksum no longer matches). */
function tamper(text: string): string {
  let i = 10;
  while (text[i] === '-') i += 1;
  const next = text[i] === 'A' ? 'B' : 'A';
  return `${text.slice(0, i)}${next}${text.slice(i + 1)}`;
}

/** Compares without handing DOM nodes to chai (its diff of a whole widget can hang the page). */
function expectFocused(element: Element | null | undefined) {
  const active = deepActiveElement();
  const name = (e: Element | null | undefined) =>
    e ? `${e.localName}#${e.id}.${e.className}` : `${e}`;
  expect(active === element, `focus on ${name(active)}, expected ${name(element)}`).to.equal(true);
}

function sessionPart(widget: Element, tag: string): HTMLElement {
  return deepQuery(widget, tag);
}

function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

async function openSession(attributes: Record<string, string> = { mode: 'session' }) {
  const widget = await mountWidget(attributes);
  await until(() => deepQueryAll(widget, 'perseverance-session').length === 1, 'the session view');
  await settle(widget);
  return widget;
}

async function startSession(widget: PerseveranceDiagnostic, name = 'GPDS — mars 2027') {
  const start = sessionPart(widget, 'perseverance-session-start');
  const input = start.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
  input.value = name;
  await click(widget, 'Démarrer la séance');
}

async function section(widget: PerseveranceDiagnostic, label: string, tag: string) {
  const nav = sessionPart(widget, 'perseverance-session').shadowRoot!.querySelector('nav')!;
  const button = [...nav.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;
  button.click();
  await until(() => deepQueryAll(widget, tag).length > 0, tag);
  await settle(widget);
  return sessionPart(widget, tag);
}

async function pasteCodes(widget: PerseveranceDiagnostic, text: string, role = '') {
  const collect = sessionPart(widget, 'perseverance-session-collect');
  const area = collect.shadowRoot!.querySelector<HTMLTextAreaElement>('#codes')!;
  area.value = text;
  area.dispatchEvent(new Event('input'));
  if (role) {
    const select = collect.shadowRoot!.querySelector<HTMLSelectElement>('#codes-role')!;
    select.value = role;
    select.dispatchEvent(new Event('change'));
  }
  await settle(widget);
  await click(widget, 'Ajouter les codes');
  // A long paste is read in slices: the form is busy until every code is added or refused.
  const form = collect.shadowRoot!.querySelector('#codes')!.closest('form')!;
  await until(() => form.getAttribute('aria-busy') === 'false', 'the codes read', 20000);
  await settle(widget);
  return collect;
}

async function chooseFiles(input: HTMLInputElement, files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

function exportFile(over: Partial<SavedState>, name: string): File {
  const state = { ...createEmptyState(defaultCatalogue), ...over };
  return new File([exportDiagnostic(state)], name, { type: 'application/json' });
}

/** A started session with A (direction), B (CPE) and C (no role) pasted. */
async function sessionOfThree() {
  const widget = await openSession();
  await startSession(widget);
  await section(widget, 'Recueillir', 'perseverance-session-collect');
  await pasteCodes(widget, `${code(A, 'direction')}\n${code(B, 'cpe')}   ${code(C)}`);
  return widget;
}

function rowCells(table: Element, axisId: string): string[] {
  const row = table.shadowRoot!.querySelector(`tr[data-axis="${axisId}"]`)!;
  // Percents carry Intl's non-breaking space: read as a plain one, like shadowText.
  return [...row.querySelectorAll('td')].map((cell) =>
    cell.textContent!.replace(/\s+/g, ' ').trim(),
  );
}

describe('<perseverance-diagnostic mode="session"> GPDS session', function () {
  this.timeout(JOURNEY_TIMEOUT);

  let widget: PerseveranceDiagnostic | undefined;

  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    if (widget) {
      localStorage.removeItem(widget.storageKey!);
      widget.parentElement?.remove();
    }
    widget = undefined;
  });

  it('opens on the session view, starts a session and gives the instructions', async () => {
    widget = await openSession();
    expect(currentView(widget)?.localName).to.equal('perseverance-session');
    // No focus stolen on page load.
    expect(deepActiveElement() === deepQuery(widget, 'perseverance-session')).to.equal(false);
    await expect(currentView(widget)).to.be.accessible();
    const start = sessionPart(widget, 'perseverance-session-start');
    start.shadowRoot!.querySelector<HTMLInputElement>('#version-court')!.click();
    await startSession(widget);
    const session = widget.exportDiagnostic();
    const saved = JSON.parse(session).state as SavedState;
    expect(saved.session).to.deep.include({
      name: 'GPDS — mars 2027',
      questionnaireVersion: 'court',
    });
    expect(saved.context.questionnaireVersion).to.equal('court');
    const instructions = sessionPart(widget, 'perseverance-session-start');
    const text = shadowText(instructions);
    // The join link: this page, its fragment carrying the session (see session-meeting.test.ts).
    const link = instructions.shadowRoot!.querySelector<HTMLInputElement>('#join-link')!.value;
    expect(link.startsWith(`${location.href.split('#')[0]}#gpds=1&`)).to.equal(true);
    expect(text).to.include('Envoyer mon code');
    expect(deepActiveElement()?.textContent).to.include('Consignes');
    await expect(currentView(widget)).to.be.accessible();
  });

  it('adds pasted codes in any order; the mean and the divergence agenda match hand computations', async () => {
    widget = await sessionOfThree();
    const collect = sessionPart(widget, 'perseverance-session-collect');
    const summary = collect.shadowRoot!.querySelector('#codes-summary')!;
    expect(summary.textContent).to.include('3 codes ajoutés, 0 refusé');
    expectFocused(summary);
    const saved = (JSON.parse(widget.exportDiagnostic()).state as SavedState).session!;
    expect(saved.respondents.map((r) => [r.label, r.role ?? null, r.source])).to.deep.equal([
      ['Direction', 'direction', 'code'],
      ['CPE', 'cpe', 'code'],
      ['Participant 3', null, 'code'],
    ]);
    const list = sessionPart(widget, 'perseverance-session-respondents');
    expect(shadowText(list)).to.include('Participants (3)');
    expect(shadowText(list)).to.include('Réponses (sur 60)');
    expect(shadowText(list)).to.include('60 réponses sur 60');

    const profile = await section(widget, 'Profil commun', 'perseverance-session-profile');
    expect(shadowText(profile)).to.include('Score global 66 %');
    // Privacy in the room: one person per role is never drawn apart; the three make « Autres ».
    const groups = [...profile.shadowRoot!.querySelectorAll('fieldset label')].map((l) =>
      l.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(groups).to.deep.equal(['Autres (3)']);
    const table = sessionPart(widget, 'perseverance-session-table');
    // Mean, then the middle half of the team (A 33 %, B and C 83 %: quartiles 58 % and 83 %).
    expect(rowCells(table, 'accueillir-integration')).to.deep.equal(['67 %', '58 % à 83 %']);
    expect(rowCells(table, 'accueillir-classes')).to.deep.equal(['50 %', '50 % à 67 %']);
    const keyRow = table.shadowRoot!.querySelector('tbody tr.key')!;
    expect(keyRow.textContent!.replace(/\s+/g, ' ')).to.include('ACCUEILLIR 63 %');
    expect(table.shadowRoot!.querySelector('caption')).to.exist;
    expect(table.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(3);
    // The radar draws the four clés' means, each named with its value: no min–max outlines.
    const radar = deepQuery<PerseveranceRadar>(widget, 'perseverance-radar');
    await until(() => radar.chartInstance !== null, 'chart.js');
    const sets = radar.chartInstance!.data.datasets;
    expect(sets.map((set) => set.label)).to.deep.equal(['Moyenne']);
    expect((sets[0]!.data as number[])[0]).to.be.closeTo(190 / 3, 1e-9);
    expect([radar.chartInstance!.data.labels![0]].flat().join(' ')).to.match(/^ACCUEILLIR 63\s%$/);
    await expect(currentView(widget)).to.be.accessible();

    // The only group of three, « Autres », on top: one more dataset and one more column.
    const others = [...profile.shadowRoot!.querySelectorAll('label')].find((l) =>
      l.textContent!.includes('Autres'),
    )!;
    profile.shadowRoot!.getElementById(others.htmlFor)!.click();
    await settle(widget);
    await until(() => radar.chartInstance!.data.datasets.length === 2, 'the « Autres » dataset');
    expect(rowCells(table, 'accueillir-integration')).to.deep.equal([
      '67 %',
      '58 % à 83 %',
      '67 %',
    ]);

    const agenda = await section(widget, 'Discuter', 'perseverance-session-agenda');
    const items = [...agenda.shadowRoot!.querySelectorAll('ol.agenda > li')];
    expect(items.map((li) => li.getAttribute('data-question'))).to.deep.equal([
      'accueillir-integration-1',
      'accueillir-classes-1',
    ]);
    expect(items[0]!.querySelector('.distribution')!.textContent).to.include(
      '1 × Pas engagée, 2 × Consolidée',
    );
    expect(items[0]!.textContent).to.include('écart de 3 niveaux');
    expect(items[1]!.querySelector('.distribution')!.textContent).to.include(
      '1 × Pas engagée, 1 × En place, 1 × Je ne sais pas',
    );
    expect(items[1]!.querySelector('.unknown')!.textContent).to.include('« Je ne sais pas » : 1');
    expect(items[0]!.querySelector('.bar')!.getAttribute('aria-hidden')).to.equal('true');
    // The facilitator's script: five steps, 65 minutes, ticks kept when leaving the section.
    const boxes = agenda.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes).to.have.length(5);
    expect(shadowText(agenda)).to.include('65 minutes');
    boxes[0]!.click();
    await settle(widget);
    await expect(currentView(widget)).to.be.accessible();
    await section(widget, 'Décider', 'perseverance-session-decide');
    const again = await section(widget, 'Discuter', 'perseverance-session-agenda');
    expect(again.shadowRoot!.querySelector<HTMLInputElement>('#step-0')!.checked).to.equal(true);
  });

  it('rejects a bad code alone, with a French message, and keeps it for correction', async () => {
    widget = await openSession();
    await startSession(widget);
    await section(widget, 'Recueillir', 'perseverance-session-collect');
    const bad = tamper(code(B));
    const collect = await pasteCodes(widget, `${code(A)} ${bad}\n${code(C)}`, 'professeur');
    const area = collect.shadowRoot!.querySelector<HTMLTextAreaElement>('#codes')!;
    expect(area.value).to.equal(bad);
    const text = shadowText(collect);
    expect(text).to.include('2 codes ajoutés, 1 refusé');
    expect(text).to.include('restent dans la zone de saisie');
    const rejected = [...collect.shadowRoot!.querySelectorAll('li.error')];
    expect(rejected).to.have.length(1);
    expect(rejected[0]!.textContent).to.include(bad);
    // The chosen role applies to codes without one.
    const saved = (JSON.parse(widget.exportDiagnostic()).state as SavedState).session!;
    expect(saved.respondents.map((r) => r.role)).to.deep.equal(['professeur', 'professeur']);

    // Duplicate, truncated, other catalogue: each refused with its own message; nothing lost.
    const other = encodeShareCode(smallCatalogue(), { 'climat-1': 1 });
    const truncated = code(B).slice(0, 20);
    await pasteCodes(widget, [code(A), truncated, other].join('\n'));
    const messages = [...collect.shadowRoot!.querySelectorAll('li.error')].map((li) =>
      li.textContent!.replace(/\s+/g, ' '),
    );
    expect(messages).to.have.length(3);
    expect(messages[0]).to.include('Mêmes réponses que « Professeur ou professeure »');
    expect(new Set(messages).size).to.equal(3);
    expect(area.value.split('\n')).to.deep.equal([code(A), truncated, other]);
    const after = (JSON.parse(widget.exportDiagnostic()).state as SavedState).session!;
    expect(after.respondents).to.have.length(2);
    await expect(currentView(widget)).to.be.accessible();
  });

  it('imports exported files as respondents and refuses wrong files with their own message', async () => {
    widget = await openSession();
    await startSession(widget);
    const collect = await section(widget, 'Recueillir', 'perseverance-session-collect');
    const input = collect.shadowRoot!.querySelector<HTMLInputElement>('#files')!;
    const good = exportFile(
      { answers: A, context: { levels: [], questionnaireVersion: 'complet', role: 'cpe' } },
      'cpe.json',
    );
    const notExport = new File(['{"bonjour": 1}'], 'autre.json');
    const huge = new File([new Uint8Array(50_000_000)], 'video.json');
    const otherCatalogue = new File(
      [exportDiagnostic({ ...createEmptyState(smallCatalogue()), answers: { 'climat-1': 1 } })],
      'test.json',
    );
    await chooseFiles(input, [good, notExport, huge, otherCatalogue]);
    const summary = collect.shadowRoot!.querySelector('#files-summary')!;
    await until(() => summary.querySelectorAll('li').length === 4, 'file results');
    const lines = [...summary.querySelectorAll('li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' '),
    );
    expect(lines[0]).to.include('cpe.json').and.include('1 participant ajouté');
    expect(lines[1]).to.include('n’est pas un export');
    expect(lines[2]).to.include('trop volumineux');
    expect(lines[3]).to.include('autre questionnaire');
    expectFocused(summary);
    // The same file again: a probable duplicate, not added.
    await chooseFiles(input, [good]);
    await until(() => summary.textContent!.includes('doublon'), 'the duplicate message');
    const saved = (JSON.parse(widget.exportDiagnostic()).state as SavedState).session!;
    expect(saved.respondents.map((r) => [r.label, r.source])).to.deep.equal([['CPE', 'file']]);
  });

  it('removes a respondent with undo; focus moves to the list', async () => {
    widget = await sessionOfThree();
    const list = sessionPart(widget, 'perseverance-session-respondents');
    // One button a row; removing is in its form.
    expect(list.shadowRoot!.querySelectorAll('ol.people button')).to.have.length(3);
    await click(widget, 'Modifier « CPE »');
    await click(widget, 'Retirer « CPE »');
    expectFocused(list.shadowRoot!.querySelector('ol.people'));
    expect(shadowText(list)).to.include('« CPE » ne fait plus partie de la séance');
    expect(shadowText(list)).to.include('Participants (2)');
    await click(widget, 'Annuler le retrait');
    expect(shadowText(list)).to.include('Participants (3)');
    const saved = (JSON.parse(widget.exportDiagnostic()).state as SavedState).session!;
    expect(saved.respondents.map((r) => r.label)).to.deep.equal([
      'Direction',
      'CPE',
      'Participant 3',
    ]);
    // Rename.
    await click(widget, 'Modifier « Participant 3 »');
    const input = list.shadowRoot!.querySelector<HTMLInputElement>('#edit-label')!;
    expectFocused(input);
    input.value = 'M. T.';
    await click(widget, 'Enregistrer');
    expect(shadowText(list)).to.include('M. T.');
    await expect(currentView(widget)).to.be.accessible();
  });

  it('passes the tablet: the answers typed here join the session and are cleared', async () => {
    widget = await openSession({ mode: 'session', levels: 'college' });
    await startSession(widget);
    await section(widget, 'Recueillir', 'perseverance-session-collect');
    await click(widget, 'Mode projection');
    await click(widget, 'Faire répondre la personne suivante');
    await until(
      () => currentView(widget!)?.localName === 'perseverance-questionnaire',
      'questionnaire',
    );
    await settle(widget);
    await answerAllVisible(widget, () => 1);
    const answered = Object.keys(widget.answers).length;
    expect(answered).to.be.greaterThan(0);
    await click(widget, 'Séance GPDS');
    await until(
      () => deepQueryAll(widget!, 'perseverance-session-collect').length === 1,
      'collect',
    );
    await settle(widget);
    // Back where the facilitator left it (collect, not the default « prepare » of an empty
    // session), still in projector mode: the session view's place is kept in the snapshot.
    const container = sessionPart(widget, 'perseverance-session').shadowRoot!;
    expect(container.querySelector('section')!.classList.contains('projector')).to.equal(true);
    expect(container.querySelector('[aria-pressed]')!.getAttribute('aria-pressed')).to.equal(
      'true',
    );
    const collect = sessionPart(widget, 'perseverance-session-collect');
    collect.shadowRoot!.querySelector<HTMLInputElement>('#tablet-label')!.value = 'Mme D.';
    await click(widget, 'Ajouter ses réponses à la séance');
    expect(widget.answers).to.deep.equal({});
    const state = JSON.parse(widget.exportDiagnostic()).state as SavedState;
    expect(state.context.levels).to.deep.equal(['college']);
    expect(state.session!.respondents).to.have.length(1);
    expect(state.session!.respondents[0]).to.deep.include({ label: 'Mme D.', source: 'device' });
    expect(Object.keys(state.session!.respondents[0]!.answers)).to.have.length(answered);
    expect(shadowText(collect)).to.include('« Mme D. » ajoutées');
  });

  it('compares with last year: deltas per axis and clé, axes acted on pointed out', async () => {
    widget = await sessionOfThree();
    await section(widget, 'Profil commun', 'perseverance-session-profile');
    const previous = sessionPart(widget, 'perseverance-session-previous');
    const fiche = defaultCatalogue.fiches.find((f) => f.id === 'rentree-6e')!;
    const lastYear = Object.fromEntries(defaultCatalogue.questions.map((q) => [q.id, 1 as const]));
    await chooseFiles(previous.shadowRoot!.querySelector<HTMLInputElement>('#previous-file')!, [
      exportFile({ answers: lastYear, selection: { retained: [fiche.id], done: [] } }, 'n-1.json'),
    ]);
    await until(() => shadowText(previous).includes('importé'), 'the import');
    await settle(widget);
    const table = sessionPart(widget, 'perseverance-session-table');
    // Last year everything at 1: 33 % everywhere.
    // Mean, middle half, last year, this year rounded per question like last year, the change:
    // integration-1 (0, 3, 3) rounds to 2, so the axis is 67 % on both bases.
    expect(rowCells(table, 'accueillir-integration')).to.deep.equal([
      '67 %',
      '58 % à 83 %',
      '33 %',
      '67 %',
      '+33 pts',
    ]);
    expect(rowCells(table, 'accueillir-classes').slice(2)).to.deep.equal([
      '33 %',
      '50 %',
      '+17 pts',
    ]);
    const keyCells = [...table.shadowRoot!.querySelector('tbody tr.key')!.querySelectorAll('td')];
    expect(keyCells.map((c) => c.textContent!.replace(/\s+/g, ' ').trim()).slice(2)).to.deep.equal([
      '33 %',
      '63 %',
      '+30 pts',
    ]);
    for (const { axis } of fiche.axes) {
      const row = table.shadowRoot!.querySelector(`tr[data-axis="${axis}"]`)!;
      expect(row.querySelector('.acted')!.textContent).to.include(fiche.title);
    }
    // Above the radar: each bar this year (same basis), last year as a mark, the change in words.
    const profile = sessionPart(widget, 'perseverance-session-profile');
    const compare = profile.shadowRoot!.querySelector('perseverance-profile-bars.compare')!;
    expect(shadowText(compare)).to.include('An dernier 33 % · +33 pts');
    expect(compare.shadowRoot!.querySelectorAll('.mark').length).to.be.greaterThan(
      defaultCatalogue.axes.length,
    );
    expect(shadowText(profile)).to.match(
      /Score global, même calcul que l’an dernier : 33 % → 66 % \(\+33 pts\)/,
    );
    await expect(currentView(widget)).to.be.accessible();
    expect(shadowText(previous)).to.include('Comparaison avec « Diagnostic du');
    await click(widget, 'Retirer la comparaison');
    expect(table.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(3);
  });

  it('decides on the shared profile: cards, coverage of the clés and a warning for a weak clé', async () => {
    widget = await openSession({ mode: 'session', levels: 'college' });
    await startSession(widget);
    await section(widget, 'Recueillir', 'perseverance-session-collect');
    // Weak everywhere (level 0): every clé below 50 %.
    const weak = answers({});
    for (const id of Object.keys(weak)) (weak as Record<string, AnswerValue>)[id] = 0;
    await pasteCodes(widget, code(weak));
    const decide = await section(widget, 'Décider', 'perseverance-session-decide');
    await until(
      () => deepQueryAll(widget!, 'perseverance-recommendation-card').length > 0,
      'the cards',
    );
    expect(decide.shadowRoot!.querySelectorAll('.warning')).to.have.length(4);
    const card = deepQuery(widget, 'perseverance-recommendation-card');
    const id = (card as unknown as { recommendation: { id: string; keys: string[] } })
      .recommendation;
    card.shadowRoot!.querySelector<HTMLInputElement>('#retain')!.click();
    await settle(widget);
    const state = JSON.parse(widget.exportDiagnostic()).state as SavedState;
    expect(state.selection.retained).to.deep.equal([id.id]);
    expect(decide.shadowRoot!.querySelectorAll('.warning')).to.have.length(4 - id.keys.length);
    await expect(currentView(widget)).to.be.accessible();
  });

  it('prints the report: nav hidden, report shown, roles without names', async () => {
    widget = await sessionOfThree();
    const report = await section(widget, 'Compte rendu', 'perseverance-session-report');
    const text = shadowText(report);
    expect(text).to.include('GPDS — mars 2027');
    expect(text).to.include('Participants : 3');
    expect(text).to.include('CPE : 1');
    expect(text).to.include('Sans rôle : 1');
    expect(text).not.to.include('Participant 3');
    expect(report.shadowRoot!.querySelectorAll('ol.agenda > li')).to.have.length(2);
    await expect(currentView(widget)).to.be.accessible();
    await emulateMedia({ media: 'print' });
    const nav = widget.shadowRoot!.querySelector('nav')!;
    expect(getComputedStyle(nav).display).to.equal('none');
    const sessionNav = sessionPart(widget, 'perseverance-session').shadowRoot!.querySelector(
      'nav',
    )!;
    expect(getComputedStyle(sessionNav).display).to.equal('none');
    expect(getComputedStyle(report).display).to.equal('block');
    const print = buttonByText(widget, 'Imprimer le compte rendu');
    expect(getComputedStyle(print.parentElement!).display).to.equal('none');
    expect(report.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('toggles projector mode and keeps every section usable with 200 respondents', async () => {
    widget = await openSession();
    await startSession(widget);
    await section(widget, 'Recueillir', 'perseverance-session-collect');
    const codes: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      const a: Record<string, AnswerValue> = {};
      defaultCatalogue.questions.forEach(
        (q, j) =>
          (a[q.id] = ((i * 7 + j * (i % 5)) % 5 === 4 ? 'unknown' : (i + j) % 4) as AnswerValue),
      );
      a[defaultCatalogue.questions[0]!.id] = (i % 4) as AnswerValue;
      a[defaultCatalogue.questions[1]!.id] = (Math.floor(i / 4) % 4) as AnswerValue;
      a[defaultCatalogue.questions[2]!.id] = (Math.floor(i / 16) % 4) as AnswerValue;
      a[defaultCatalogue.questions[3]!.id] = (Math.floor(i / 64) % 4) as AnswerValue;
      codes.push(code(a, (['cpe', 'professeur', 'direction'] as const)[i % 3]));
    }
    const collect = await pasteCodes(widget, codes.join('\n'));
    expect(shadowText(collect)).to.include('200 codes ajoutés, 0 refusé');
    await click(widget, 'Mode projection');
    const root = sessionPart(widget, 'perseverance-session').shadowRoot!.querySelector('section')!;
    expect(root.classList.contains('projector')).to.equal(true);
    await section(widget, 'Profil commun', 'perseverance-session-profile');
    const radar = deepQuery<PerseveranceRadar>(widget, 'perseverance-radar');
    await until(() => radar.chartInstance !== null, 'chart.js');
    // The team's mean only: no min–max lines that saturate with 200 people.
    expect(radar.chartInstance!.data.datasets).to.have.length(1);
    // Projector: the widget's own navigation gives way to previous / next.
    const shell = widget.shadowRoot!.querySelector('.root')!;
    expect(shell.classList.contains('projector')).to.equal(true);
    expect(getComputedStyle(shell.querySelector('perseverance-nav nav')!).display).to.equal('none');
    buttonByText(sessionPart(widget, 'perseverance-session'), /Discuter →/);
    await section(widget, 'Discuter', 'perseverance-session-agenda');
    await section(widget, 'Compte rendu', 'perseverance-session-report');
    await expect(currentView(widget)).to.be.accessible();
  });

  it('is reachable from the nav, in English too', async () => {
    widget = await mountWidget({ lang: 'en' });
    await click(widget, 'Team session');
    await until(() => deepQueryAll(widget!, 'perseverance-session-start').length === 1, 'start');
    await until(
      () => shadowText(deepQuery(widget!, 'perseverance-session')).includes('Team session'),
      'English',
    );
    await settle(widget);
    expect(shadowText(deepQuery(widget, 'perseverance-session-start'))).to.include(
      'Start the session',
    );
    await expect(currentView(widget)).to.be.accessible();
  });
});

describe('« Mon code à transmettre » in the profile view', function () {
  this.timeout(JOURNEY_TIMEOUT);

  it('shows the code of the answers with the role, and copies it (or says how)', async () => {
    const widget = await mountWidget();
    const welcome = deepQuery(widget, 'perseverance-welcome');
    const role = welcome.shadowRoot!.querySelector<HTMLSelectElement>('#role')!;
    role.value = 'cpe';
    role.dispatchEvent(new Event('change'));
    await click(widget, 'Commencer');
    await answerAllVisible(widget, (i) => i % 5);
    await click(widget, 'Profil');
    await until(() => deepQueryAll(widget, 'perseverance-share-code').length === 1, 'the code');
    await settle(widget);
    const block = deepQuery(widget, 'perseverance-share-code');
    const input = block.shadowRoot!.querySelector<HTMLInputElement>('#share-code')!;
    expect(input.value).to.equal(
      encodeShareCode(defaultCatalogue, widget.answers, { role: 'cpe' }),
    );
    const message = block.shadowRoot!.querySelector<HTMLTextAreaElement>('#share-message')!;
    expect(message.value).to.include(input.value);
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    let copied = '';
    try {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void (copied = text) },
      });
      await click(widget, 'Copier le code');
      await until(() => shadowText(block).includes('Copié'), 'the copy');
      expect(copied).to.equal(input.value);
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      await click(widget, 'Copier le message');
      await until(() => shadowText(block).includes('Ctrl+C'), 'the fallback');
      expectFocused(message);
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
    await expect(currentView(widget)).to.be.accessible();
    localStorage.removeItem(widget.storageKey!);
    widget.parentElement?.remove();
  });
});
