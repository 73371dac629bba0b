import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { createEmptyState, serializeState } from '../../src/storage/index.js';
import { SAVED_STATE_VERSION } from '../../src/storage/limits.js';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';
import type { PerseverancePlan } from '../../components/plan/perseverance-plan.js';
import {
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

const TODAY = '2026-01-12';
const RETAINED = ['conseil-de-progres', 'journee-integration'];

/** A widget whose saved state already keeps two items for this year (a fiche and an action). */
async function mountWithPlan(key = `plan-test-${Math.random().toString(36).slice(2)}`) {
  const state = createEmptyState(defaultCatalogue, {
    selection: { retained: [...RETAINED], done: [] },
  });
  localStorage.setItem(key, serializeState(state));
  const widget = await mountWidget({}, key);
  await openPlan(widget);
  return { widget, key };
}

async function openPlan(widget: PerseveranceDiagnostic): Promise<PerseverancePlan> {
  await click(widget, 'Plan d’action');
  await until(() => currentView(widget)?.localName === 'perseverance-plan', 'the plan view');
  const plan = currentView(widget) as PerseverancePlan;
  plan.today = TODAY;
  await settle(widget);
  return plan;
}

const planRoot = (widget: Element) => deepQuery(widget, 'perseverance-plan').shadowRoot!;

async function showPart(widget: Element, name: string) {
  const nav = planRoot(widget).querySelector('nav')!;
  const button = [...nav.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
  button.click();
  await settle(widget);
}

function cards(widget: Element, mode: 'plan' | 'bilan' = 'plan') {
  return [...planRoot(widget).querySelectorAll('perseverance-plan-action')].filter(
    (card) => card.getAttribute('mode') === mode,
  );
}

async function change(
  widget: Element,
  input: HTMLInputElement | HTMLTextAreaElement,
  value: string,
) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(widget);
}

describe('<perseverance-plan>', function () {
  this.timeout(JOURNEY_TIMEOUT);

  afterEach(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('plan-test-')) localStorage.removeItem(key);
  });

  it('lists the chosen fiche and action with their steps back from the suggested week', async () => {
    const { widget } = await mountWithPlan();
    const root = planRoot(widget);
    expect(root.querySelector('h2')!.textContent).to.equal('Plan d’action de l’année');
    const [fiche, action] = cards(widget);
    const ficheText = fiche!.shadowRoot!.textContent!;
    expect(ficheText).to.include('Fiche action n° 4');
    // Week of 13 April 2026 (Monday on or before 15 April); 6 weeks of preparation: 2 March.
    expect(ficheText).to.include('2 mars 2026');
    expect(ficheText).to.include('Début de la préparation');
    expect(action!.shadowRoot!.textContent).to.include('Piste d’action');
    await showPart(widget, 'Dates de l’année');
    const weekStart = root.querySelector<HTMLInputElement>('#weekStart')!;
    expect(weekStart.value).to.equal('2026-04-13');
    expect(root.querySelector('#weekStart-hint')!.textContent).to.include('Date suggérée');
    expect(root.querySelector<HTMLInputElement>('#deadline')!.value).to.equal('2026-03-26');
  });

  it('keeps ticked checklist items across a reload', async () => {
    const { widget, key } = await mountWithPlan();
    const card = cards(widget)[0]!;
    const box = card.shadowRoot!.querySelector<HTMLInputElement>('#tick-avant-recenser-projets')!;
    expect(box.checked).to.equal(false);
    box.click();
    await settle(widget);
    card.shadowRoot!.querySelector<HTMLInputElement>('#tick-apres-communiquer-bilan')!.click();
    await settle(widget);
    const headings = [...card.shadowRoot!.querySelectorAll('h5')].map((h) => h.textContent!.trim());
    expect(headings).to.include(
      'Liste de la fiche méthode « Communiquer, valoriser une action » (2022) : 2 sur 15',
    );
    const saved = JSON.parse(localStorage.getItem(key)!);
    expect(saved.version).to.equal(SAVED_STATE_VERSION);
    expect(saved.plan.entries[0].ticks).to.deep.equal([
      'avant-recenser-projets',
      'apres-communiquer-bilan',
    ]);
    widget.remove();

    const again = await mountWidget({}, key);
    await openPlan(again);
    const reloaded = cards(again)[0]!;
    expect(
      reloaded.shadowRoot!.querySelector<HTMLInputElement>('#tick-avant-recenser-projets')!.checked,
    ).to.equal(true);
    expect(
      reloaded.shadowRoot!.querySelector<HTMLInputElement>('#tick-avant-preparer-en-gpds')!.checked,
    ).to.equal(false);
  });

  it('saves the pilot, publics, strong moment and lead time of an action', async () => {
    const { widget, key } = await mountWithPlan();
    const card = cards(widget)[1]!;
    const root = card.shadowRoot!;
    await change(widget, root.querySelector<HTMLInputElement>('#pilot')!, '  CPE ');
    root.querySelector<HTMLInputElement>('#public-parents')!.click();
    await settle(widget);
    await change(widget, root.querySelector<HTMLInputElement>('#moment-0')!, '2026-04-16');
    await change(widget, root.querySelector<HTMLInputElement>('#lead')!, '2');
    const entry = JSON.parse(localStorage.getItem(key)!).plan.entries[0];
    expect(entry).to.deep.include({
      id: 'journee-integration',
      kind: 'action',
      pilot: 'CPE',
      dates: ['2026-04-16'],
      leadTimeWeeks: 2,
    });
    expect(entry.publics).to.include('parents');
    // 2 weeks before 16 April 2026.
    expect(root.textContent).to.include('2 avril 2026');
    // A refused number keeps what was typed and says why, at the field.
    const lead = root.querySelector<HTMLInputElement>('#lead')!;
    await change(widget, lead, '99');
    expect(lead.value).to.equal('99');
    expect(lead.getAttribute('aria-invalid')).to.equal('true');
    expect(lead.getAttribute('aria-describedby')).to.include('lead-error');
    expect(root.querySelector('#lead-error')!.textContent).to.include('de 0 à 52');
    expect(JSON.parse(localStorage.getItem(key)!).plan.entries[0].leadTimeWeeks).to.equal(2);
  });

  it('labels the lead time as the tool’s estimate and shows the team’s change', async () => {
    const { widget, key } = await mountWithPlan();
    const root = cards(widget)[0]!.shadowRoot!;
    const hint = () => root.querySelector('#lead-hint')!.textContent!.trim();
    expect(hint()).to.equal(
      'Estimation de l’outil : 6 semaines (aucune source ne donne de durée). Changez-la selon votre équipe.',
    );
    expect(root.querySelector('#lead')!.getAttribute('aria-describedby')).to.equal('lead-hint');
    await change(widget, root.querySelector<HTMLInputElement>('#lead')!, '3');
    expect(hint()).to.equal(
      'Nombre choisi par l’équipe ; videz le champ pour revenir à l’estimation de l’outil (6 semaines).',
    );
    // 3 weeks before 13 April 2026, in the action's steps.
    expect(root.textContent).to.include('23 mars 2026');
    await change(widget, root.querySelector<HTMLInputElement>('#lead')!, '');
    expect(JSON.parse(localStorage.getItem(key)!).plan.entries[0].leadTimeWeeks).to.equal(
      undefined,
    );
    expect(hint()).to.include('Estimation de l’outil : 6 semaines');
  });

  it('schedules a fiche of la rentrée at la rentrée, with its fiche’s words, never in the week', async () => {
    const key = `plan-test-${Math.random().toString(36).slice(2)}`;
    localStorage.setItem(
      key,
      serializeState(
        createEmptyState(defaultCatalogue, {
          selection: { retained: ['rentree-6e', 'fete-des-reussites'], done: [] },
        }),
      ),
    );
    const widget = await mountWidget({}, key);
    await openPlan(widget);
    const [rentree, fete] = cards(widget).map((card) => card.shadowRoot!);
    expect(rentree!.textContent).to.include('À la rentrée, hors de la Semaine');
    expect(rentree!.querySelector('blockquote')!.textContent).to.include(
      'dès la fin de l’année scolaire précédent la mise en œuvre',
    );
    const steps = [...rentree!.querySelectorAll('ol li')].map((li) => li.textContent!);
    const moment = steps.find((text) => text.includes('Temps fort'))!;
    expect(moment).to.include('1er septembre 2026');
    expect(steps.some((text) => text.includes('Temps fort') && text.includes('avril'))).to.equal(
      false,
    );
    // The Fête des réussites is prepared from the start of the year, as its fiche says.
    expect(fete!.querySelector('#lead-hint')!.textContent).to.include(
      'D’après la fiche, la préparation commence en début d’année scolaire',
    );
    expect(fete!.querySelector<HTMLInputElement>('#lead')!.value).to.equal('');
    expect(fete!.textContent).to.include('1er septembre 2025');
    expect(fete!.querySelector('blockquote')!.textContent).to.include(
      'retro-planning à définir en début d’année',
    );
    await expect(currentView(widget)).to.be.accessible();
    widget.remove();
  });

  it('shows both fiches méthode, each with its source, its links and what is missing', async () => {
    const { widget } = await mountWithPlan();
    await showPart(widget, 'Fiches méthode');
    const root = planRoot(widget);
    const guides = [...root.querySelectorAll('article.guide')];
    expect(guides.map((guide) => guide.querySelector('h4')!.textContent)).to.deep.equal([
      'Mode d’emploi de la 7e semaine de la persévérance scolaire',
      'Communiquer, valoriser une action',
    ]);
    expect(guides[0]!.querySelector('.source')!.textContent).to.equal(
      'Source : Fiche méthode n° 1, Mode d’emploi de la 7e semaine de la persévérance scolaire, académie de Créteil (2021)',
    );
    expect(guides[1]!.querySelector('.source')!.textContent).to.include('(2022)');
    expect(guides[0]!.textContent).to.include(
      'Note de l’outil : Fiche méthode n°4, citée mais non fournie.',
    );
    const hrefs = [...root.querySelectorAll('article.guide a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include(
      'http://orientation.ac-creteil.fr/semaine-de-perseverance-scolaire-2021/',
    );
    expect(hrefs).to.include(
      'http://orientation.ac-creteil.fr/semaine-de-la-persévérance-scolaire-2022/',
    );
    // Each action ticks the 2022 list, whose items carry the same links.
    const card = cards(widget)[0]!.shadowRoot!;
    expect([...card.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include(
      'https://ppe.orion.education.fr/creteil/itw/answer/s/4ywprr7r3/k/persévérance2022',
    );
    // The calendar's milestones with the livret's own dates.
    await showPart(widget, 'Calendrier');
    expect(root.textContent).to.include('Dans la source : 24 janvier – 28 mars 2019');
    // In a 375 px column, the fiches méthode's long addresses wrap: nothing scrolls sideways.
    const column = widget.parentElement!;
    column.style.width = '375px';
    await showPart(widget, 'Fiches méthode');
    const right = column.getBoundingClientRect().right;
    for (const link of root.querySelectorAll('article.guide a'))
      expect(link.getBoundingClientRect().right, link.textContent!).to.be.at.most(right);
    for (const guide of root.querySelectorAll('article.guide'))
      expect(guide.scrollWidth).to.be.at.most(guide.clientWidth);
  });

  it('flags dates in the wrong order at the field and keeps what was typed', async () => {
    const { widget, key } = await mountWithPlan();
    await showPart(widget, 'Dates de l’année');
    const root = planRoot(widget);
    const weekEnd = root.querySelector<HTMLInputElement>('#weekEnd')!;
    await change(widget, weekEnd, '2026-04-10');
    expect(weekEnd.value).to.equal('2026-04-10');
    expect(weekEnd.getAttribute('aria-invalid')).to.equal('true');
    expect(weekEnd.getAttribute('aria-describedby')).to.equal('weekEnd-hint weekEnd-error');
    expect(root.querySelector('#weekEnd-error')!.textContent).to.equal(
      'Fin de la semaine : le 10 avril 2026 est avant le début de la semaine (13 avril 2026).',
    );
    expect(root.querySelector('#weekEnd-hint')!.textContent).to.include('Date choisie');
    const deadline = root.querySelector<HTMLInputElement>('#deadline')!;
    await change(widget, deadline, '2026-04-20');
    expect(root.querySelector('#deadline-error')!.textContent).to.include(
      'Date limite de déclaration des actions : le 20 avril 2026 n’est pas avant la semaine',
    );
    expect(deadline.getAttribute('aria-invalid')).to.equal('true');
    // Nothing lost: both values are saved as typed, the plan waits for a fix.
    expect(JSON.parse(localStorage.getItem(key)!).plan).to.deep.include({
      weekEnd: '2026-04-10',
      deadline: '2026-04-20',
    });
    await showPart(widget, 'Calendrier');
    expect(root.textContent).to.include('Corrigez les dates');
    await expect(currentView(widget)).to.be.accessible();
    // An emptied field says so and is not saved.
    await showPart(widget, 'Dates de l’année');
    await change(widget, weekEnd, '');
    expect(root.querySelector('#weekEnd-error')!.textContent).to.include('indiquez une date');
    expect(JSON.parse(localStorage.getItem(key)!).plan.weekEnd).to.equal('2026-04-10');
    await change(widget, weekEnd, '2026-04-18');
    await change(widget, deadline, '2026-03-27');
    expect(root.querySelector('.error')).to.equal(null);
    await click(widget, /Reprendre la date suggérée \(26 mars 2026\)/);
    expect(deadline.value).to.equal('2026-03-26');
    expect(JSON.parse(localStorage.getItem(key)!).plan.deadline).to.equal(undefined);
  });

  it('warns when the deadline has passed and a lead time no longer fits', async () => {
    const { widget } = await mountWithPlan();
    const plan = deepQuery<PerseverancePlan>(widget, 'perseverance-plan');
    expect(plan.shadowRoot!.querySelector('.warnings')).to.equal(null);
    plan.today = '2026-03-30';
    await settle(widget);
    const warnings = plan.shadowRoot!.querySelector('.warnings')!.textContent!;
    expect(warnings).to.include(
      'La date limite de déclaration des actions (26 mars 2026) est passée',
    );
    expect(warnings).to.include('6 semaines de préparation (estimation de l’outil)');
    await expect(currentView(widget)).to.be.accessible();
  });

  it('refuses a drafted fiche without a title, keeping what was typed', async () => {
    const { widget, key } = await mountWithPlan();
    await showPart(widget, 'À votre tour…');
    const editor = deepQuery(widget, 'perseverance-plan-draft').shadowRoot!;
    await change(
      widget,
      editor.querySelector<HTMLTextAreaElement>('#draft-organisation')!,
      'Au CDI.',
    );
    editor.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(widget);
    const title = editor.querySelector<HTMLInputElement>('#draft-titre')!;
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(title.getAttribute('aria-describedby')).to.include('draft-titre-error');
    expect(editor.querySelector('#draft-titre-error')!.textContent).to.equal(
      'Titre de l’action : donnez un titre à la fiche pour l’enregistrer.',
    );
    expect(deepActiveElement()).to.equal(title);
    expect(editor.querySelector<HTMLTextAreaElement>('#draft-organisation')!.value).to.equal(
      'Au CDI.',
    );
    // Not added to the plan, but kept as typed (plan-draft.test.ts).
    const plan = JSON.parse(localStorage.getItem(key)!).plan;
    expect(plan.drafts).to.deep.equal([]);
    expect(plan.unsaved[0].organisation).to.equal('Au CDI.');
    await change(widget, title, 'Café');
    expect(editor.querySelector('#draft-titre-error')).to.equal(null);
    await expect(currentView(widget)).to.be.accessible();
  });

  it('round-trips a drafted fiche, shown as text, through export and import', async () => {
    const { widget } = await mountWithPlan();
    await showPart(widget, 'À votre tour…');
    const editor = deepQuery(widget, 'perseverance-plan-draft').shadowRoot!;
    const titre = 'Café <b>des parents</b> & <img src=x onerror=alert(1)>';
    await change(widget, editor.querySelector<HTMLInputElement>('#draft-titre')!, titre);
    await change(
      widget,
      editor.querySelector<HTMLTextAreaElement>('#draft-pilotage')!,
      'CPE, référente décrochage',
    );
    editor.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(widget);
    const status = planRoot(widget).querySelector('[role="status"]')!.textContent!;
    expect(status).to.include('ajoutée au plan');
    const card = cards(widget)[2]!;
    expect(card.shadowRoot!.querySelector('h4')!.textContent).to.equal(titre);
    expect(card.shadowRoot!.querySelector('b, img')).to.equal(null);
    expect(card.shadowRoot!.textContent).to.include('Fiche rédigée par l’équipe');

    const exported = widget.exportDiagnostic();
    const draft = JSON.parse(exported).state.plan.drafts[0];
    expect(draft).to.deep.include({
      id: 'brouillon-1',
      titre,
      pilotage: 'CPE, référente décrochage',
    });
    widget.reset();
    await settle(widget);
    expect(JSON.parse(widget.exportDiagnostic()).state.plan).to.equal(undefined);
    await widget.importDiagnostic(exported);
    await settle(widget);
    await openPlan(widget);
    expect(JSON.parse(widget.exportDiagnostic()).state.plan.drafts).to.deep.equal([draft]);
    const reimported = cards(widget)[2]!;
    expect(reimported.shadowRoot!.querySelector('h4')!.textContent).to.equal(titre);
    // And it opens again in the editor.
    [...reimported.shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent!.includes('Modifier la fiche'))!
      .click();
    await settle(widget);
    const reopened = deepQuery(widget, 'perseverance-plan-draft').shadowRoot!;
    expect(reopened.querySelector<HTMLInputElement>('#draft-titre')!.value).to.equal(titre);
  });

  it('pre-fills a new draft from the weakest axes of the diagnosis', async () => {
    const { widget } = await mountWithPlan();
    const exported = JSON.parse(widget.exportDiagnostic());
    exported.state.answers = Object.fromEntries(
      defaultCatalogue.questions.map((q) => [q.id, q.axis === 'accrocher-sens' ? 0 : 3]),
    );
    await widget.importDiagnostic(exported);
    await openPlan(widget);
    await showPart(widget, 'À votre tour…');
    const axis = defaultCatalogue.axes.find((a) => a.id === 'accrocher-sens')!;
    expect(planRoot(widget).textContent).to.include(`Axes de progrès visés : ${axis.label}`);
    const objectifs = deepQuery(
      widget,
      'perseverance-plan-draft',
    ).shadowRoot!.querySelector<HTMLTextAreaElement>('#draft-objectifs')!;
    expect(objectifs.value).to.equal(`Progresser sur l’axe « ${axis.label} » (clé ACCROCHER).`);
  });

  it('records a bilan after the week', async () => {
    const { widget, key } = await mountWithPlan();
    await showPart(widget, 'Bilan');
    const card = cards(widget, 'bilan')[0]!.shadowRoot!;
    await change(widget, card.querySelector<HTMLInputElement>('#count-eleves')!, '84');
    await change(
      widget,
      card.querySelector<HTMLTextAreaElement>('#worked')!,
      'La parole des élèves.',
    );
    const count = card.querySelector<HTMLInputElement>('#count-parents')!;
    await change(widget, count, '-4');
    expect(count.getAttribute('aria-invalid')).to.equal('true');
    expect(card.querySelector('#count-parents-error')!.textContent).to.include('Nombre entier');
    expect(JSON.parse(localStorage.getItem(key)!).plan.entries[0].bilan).to.deep.equal({
      attendance: { eleves: 84 },
      worked: 'La parole des élèves.',
      vigilance: '',
      perspectives: '',
    });
    await expect(currentView(widget)).to.be.accessible();
  });

  it('downloads a valid .ics calendar of the milestones', async () => {
    const { widget } = await mountWithPlan();
    await showPart(widget, 'Calendrier');
    const rows = planRoot(widget).querySelectorAll('.screen tbody tr');
    expect(rows.length).to.equal(5 + 4);
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:stub';
    };
    const clicks: string[] = [];
    const anchorClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    };
    try {
      await click(widget, 'Télécharger le calendrier');
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = anchorClick;
    }
    expect(clicks).to.deep.equal(['plan-perseverance-2026.ics']);
    expect(blobs[0]!.type).to.equal('text/calendar;charset=utf-8');
    const text = await blobs[0]!.text();
    expect(text).to.match(/^BEGIN:VCALENDAR\r\n/);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events).to.have.length(rows.length);
    const summaries = events.map((event) => new ICAL.Event(event).summary);
    expect(summaries).to.include('Semaine de la persévérance scolaire');
    expect(summaries.some((summary) => summary.startsWith('Temps fort : '))).to.equal(true);
  });

  it('prints one page per action', async () => {
    const { widget } = await mountWithPlan();
    const root = planRoot(widget);
    const sheets = root.querySelectorAll('.print-only .sheet');
    expect(sheets).to.have.length(RETAINED.length);
    expect(getComputedStyle(root.querySelector('.print-only')!).display).to.equal('none');
    const rules = [...root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])]
      .map((rule) => rule.cssText)
      .join('\n');
    expect(rules).to.match(/@media print[\s\S]*\.sheet\s*\{\s*break-before: page;/);
    const printed: number[] = [];
    const print = window.print;
    window.print = () => printed.push(1);
    try {
      await showPart(widget, 'Calendrier');
      await click(widget, 'Imprimer le plan');
    } finally {
      window.print = print;
    }
    expect(printed).to.have.length(1);
  });

  it('takes an action out of the plan, and offers a way back when the plan is empty', async () => {
    const { widget } = await mountWithPlan();
    const selections: Event[] = [];
    widget.addEventListener('perseverance-selection-change', (event) => selections.push(event));
    for (let index = 0; index < RETAINED.length; index += 1) {
      const card = cards(widget)[0]!;
      [...card.shadowRoot!.querySelectorAll('button')]
        .find((b) => b.textContent!.includes('Retirer du plan'))!
        .click();
      await settle(widget);
    }
    expect(selections).to.have.length(2);
    expect(widget.exportDiagnostic()).to.include('"retained": []');
    expect(planRoot(widget).textContent).to.include('Aucune action dans le plan');
    await expect(currentView(widget)).to.be.accessible();
  });

  it('passes axe on every part of the plan, and on its fullest part in English', async () => {
    const { widget } = await mountWithPlan();
    for (const part of [
      'Dates de l’année',
      'Actions',
      'Calendrier',
      'Fiches méthode',
      'À votre tour…',
      'Bilan',
    ]) {
      await showPart(widget, part);
      expect(deepActiveElement()?.textContent).to.equal(
        part === 'À votre tour…' ? 'À votre tour… : rédiger une fiche' : part,
      );
      // Once per part, scoped to the plan's view: the nav and footer are checked elsewhere.
      await expect(currentView(widget)).to.be.accessible();
    }
    widget.setAttribute('lang', 'en');
    await until(
      () => planRoot(widget).querySelector('h2')?.textContent === 'This year’s action plan',
      'the English strings',
    );
    await settle(widget);
    // The same markup in another language: the actions, with every field, stand for all parts.
    await showPart(widget, 'Actions');
    await expect(currentView(widget)).to.be.accessible();
    expect(deepQueryAll(widget, 'perseverance-plan-action').length).to.be.greaterThan(0);
  });
});
