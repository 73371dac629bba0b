import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import type { AnswerValue, Answers } from '../../src/diagnostic/answers.js';
import { encodeShareCode } from '../../src/share/share-code.js';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';
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

/**
 * Four respondents who disagree on eight questions (0, 3, 0, 3 each), agree elsewhere: the agenda
 * has eight questions, shows five, the other three on demand.
 */
const DIVIDED = defaultCatalogue.questions
  .filter((q) => q.core)
  .slice(0, 8)
  .map((q) => q.id);
function answers(value: 0 | 3): Answers {
  const all: Record<string, AnswerValue> = {};
  for (const q of defaultCatalogue.questions.filter((q) => q.core)) all[q.id] = 2;
  for (const id of DIVIDED) all[id] = value;
  return all;
}
const codes = [0, 3, 0, 3].map((v) => encodeShareCode(defaultCatalogue, answers(v as 0 | 3)));

const part = (widget: Element, tag: string) => deepQuery<HTMLElement>(widget, tag);
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')];

async function section(widget: PerseveranceDiagnostic, label: string, tag: string) {
  const nav = part(widget, 'perseverance-session').shadowRoot!.querySelector('nav')!;
  [...nav.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!.click();
  await until(() => deepQueryAll(widget, tag).length > 0, tag);
  await settle(widget);
  return part(widget, tag);
}

async function meeting(lang: 'fr' | 'en') {
  const widget = await mountWidget({ mode: 'session', lang });
  // The first session of a run loads its chunk through the test server: a generous wait.
  await until(
    () => deepQueryAll(widget, 'perseverance-session').length === 1,
    'the session',
    20_000,
  );
  await settle(widget);
  const start = part(widget, 'perseverance-session-start');
  start.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value = 'GPDS';
  start.shadowRoot!.querySelector<HTMLInputElement>('#version-court')!.click();
  await click(widget, lang === 'fr' ? 'Démarrer la séance' : 'Start the session');
  return widget;
}

async function paste(widget: PerseveranceDiagnostic, lang: 'fr' | 'en') {
  const collect = await section(
    widget,
    lang === 'fr' ? 'Recueillir' : 'Collect',
    'perseverance-session-collect',
  );
  const area = collect.shadowRoot!.querySelector<HTMLTextAreaElement>('#codes')!;
  area.value = codes.map((c, i) => `Message ${i + 1} : voici mon code ${c}, merci.`).join('\n');
  area.dispatchEvent(new Event('input'));
  await settle(widget);
  await click(widget, lang === 'fr' ? 'Ajouter les codes' : 'Add the codes');
}

describe('GPDS meeting: join link, agenda of five with notes, one-page report', function () {
  this.timeout(JOURNEY_TIMEOUT);
  let widget: PerseveranceDiagnostic | undefined;
  afterEach(() => {
    widget?.remove();
    widget = undefined;
    localStorage.clear();
  });

  it('shows the join link and its QR code when the session starts (axe clean)', async () => {
    widget = await meeting('fr');
    const start = part(widget, 'perseverance-session-start');
    const link = start.shadowRoot!.querySelector<HTMLInputElement>('#join-link')!.value;
    expect(link).to.include('#gpds=1&seance=GPDS&version=court');
    expect(start.shadowRoot!.querySelector('perseverance-qr-code')).to.have.property('text', link);
    await expect(currentView(widget)).to.be.accessible();
  });

  it('finds the codes in pasted messages, shows five questions of eight, saves the team’s decision', async () => {
    widget = await meeting('fr');
    await paste(widget, 'fr');
    const agenda = await section(widget, 'Discuter', 'perseverance-session-agenda');
    const items = () => agenda.shadowRoot!.querySelectorAll('ol.agenda > li');
    expect(items()).to.have.length(5);
    expect(agenda.shadowRoot!.textContent).to.include(
      'Les 5 questions où l’équipe est la plus partagée, sur 8',
    );
    await expect(currentView(widget)).to.be.accessible();
    buttons(agenda)
      .find((b) => b.textContent!.includes('3 autres questions'))!
      .click();
    await settle(widget);
    expect(items()).to.have.length(8);

    const first = items()[0]!;
    const id = first.getAttribute('data-question')!;
    const decision = first.querySelector<HTMLTextAreaElement>(`#decision-${id}`)!;
    decision.value = 'Point en conseil pédagogique';
    decision.dispatchEvent(new Event('change'));
    const due = first.querySelector<HTMLInputElement>(`#due-${id}`)!;
    due.value = '2027-01-15';
    due.dispatchEvent(new Event('change'));
    await settle(widget);
    const saved = JSON.parse(
      Object.values({ ...localStorage }).find((v) => v.includes('"agenda"')) ?? '{}',
    );
    expect(saved.session.agenda[id]).to.deep.equal({
      notes: '',
      decision: 'Point en conseil pédagogique',
      due: '2027-01-15',
    });

    const report = await section(widget, 'Compte rendu', 'perseverance-session-report');
    const text = report.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Décision : Point en conseil pédagogique (15 janvier 2027)');
    expect(report.shadowRoot!.querySelectorAll('ol.agenda > li')).to.have.length(5);
    expect(report.shadowRoot!.querySelector('perseverance-session-table')).to.equal(null);
    const annex = report.shadowRoot!.querySelector<HTMLInputElement>('#annex')!;
    annex.click();
    await settle(widget);
    expect(report.shadowRoot!.querySelector('perseverance-session-table')).not.to.equal(null);
    await expect(currentView(widget)).to.be.accessible();
  });

  it('works in English at 375 px: nothing wider than the phone', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      widget = await meeting('en');
      (widget.parentElement as HTMLElement).style.width = '100%';
      await settle(widget);
      const start = part(widget, 'perseverance-session-start');
      const wide = (root: Element) =>
        [...root.shadowRoot!.querySelectorAll('*')].filter(
          (el) => el.getBoundingClientRect().right > 375 + 0.5,
        );
      expect(
        wide(start).map(
          (el) => `${el.localName}.${el.className} ${el.getBoundingClientRect().right}`,
        ),
      ).to.deep.equal([]);
      await paste(widget, 'en');
      const agenda = await section(widget, 'Discuss', 'perseverance-session-agenda');
      expect(agenda.shadowRoot!.textContent).to.include(
        'The 5 questions where the team is most divided, of 8',
      );
      expect(agenda.shadowRoot!.textContent).to.include('Lead person');
      expect(wide(agenda).map((el) => el.localName)).to.deep.equal([]);
      await expect(currentView(widget)).to.be.accessible();
      const report = await section(widget, 'Report', 'perseverance-session-report');
      expect(report.shadowRoot!.textContent).to.include('Export for a spreadsheet (CSV)');
      expect(wide(report).map((el) => el.localName)).to.deep.equal([]);
      await expect(currentView(widget)).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
