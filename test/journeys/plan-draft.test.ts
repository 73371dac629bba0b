import { expect } from '@open-wc/testing';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { createEmptyState, serializeState } from '../../src/storage/index.js';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';
import type { PerseverancePlan } from '../../components/plan/perseverance-plan.js';
import {
  click,
  currentView,
  deepActiveElement,
  deepQuery,
  mountWidget,
  settle,
  until,
  JOURNEY_TIMEOUT,
} from './helpers.js';

/*
 * The « À votre tour » editor of the plan (issue #19): what is typed is saved as it is typed, so
 * that leaving the view, or reloading the page, loses nothing.
 */

const newKey = () => `plan-draft-test-${Math.random().toString(36).slice(2)}`;

async function mountWithPlan(key: string, retained = ['conseil-de-progres']) {
  if (!localStorage.getItem(key)) {
    const state = createEmptyState(defaultCatalogue, { selection: { retained, done: [] } });
    localStorage.setItem(key, serializeState(state));
  }
  const widget = await mountWidget({}, key);
  await openPlan(widget);
  return widget;
}

async function openPlan(widget: PerseveranceDiagnostic): Promise<PerseverancePlan> {
  await click(widget, 'Plan d’action');
  await until(() => currentView(widget)?.localName === 'perseverance-plan', 'the plan view');
  const plan = currentView(widget) as PerseverancePlan;
  plan.today = '2026-01-12';
  await settle(widget);
  return plan;
}

const planRoot = (widget: Element) => deepQuery(widget, 'perseverance-plan').shadowRoot!;

async function showPart(widget: Element, name: string) {
  const nav = planRoot(widget).querySelector('nav')!;
  [...nav.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!.click();
  await settle(widget);
}

const editor = (widget: Element) => deepQuery(widget, 'perseverance-plan-draft').shadowRoot!;
const field = (widget: Element, id: string) =>
  editor(widget).querySelector<HTMLInputElement | HTMLTextAreaElement>(`#draft-${id}`)!;

/** Types into a field as a keyboard does: `input` events only, the field keeps its focus. */
async function type(widget: Element, id: string, text: string) {
  const input = field(widget, id);
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(widget);
}

async function leaveAndComeBack(widget: PerseveranceDiagnostic) {
  await click(widget, 'Ressources');
  await until(() => currentView(widget)?.localName !== 'perseverance-plan', 'another view');
  await openPlan(widget);
  await showPart(widget, 'À votre tour…');
}

describe('<perseverance-plan> « À votre tour » keeps what is typed', function () {
  this.timeout(JOURNEY_TIMEOUT);

  afterEach(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('plan-draft-test-')) localStorage.removeItem(key);
  });

  it('keeps a new draft’s text across another view and a reload', async () => {
    const key = newKey();
    const widget = await mountWithPlan(key);
    await showPart(widget, 'À votre tour…');
    await type(widget, 'titre', 'Café des parents');
    await type(widget, 'organisation', 'Au CDI, le mardi matin.');

    await leaveAndComeBack(widget);
    expect(field(widget, 'titre').value).to.equal('Café des parents');
    expect(field(widget, 'organisation').value).to.equal('Au CDI, le mardi matin.');

    widget.remove();
    const again = await mountWithPlan(key);
    await showPart(again, 'À votre tour…');
    expect(field(again, 'titre').value).to.equal('Café des parents');
    expect(field(again, 'organisation').value).to.equal('Au CDI, le mardi matin.');
    // Added to the plan, it is no longer a text waiting: the next draft starts afresh.
    editor(again).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(again);
    const saved = JSON.parse(localStorage.getItem(key)!).plan;
    expect(saved.drafts.map((d: { titre: string }) => d.titre)).to.deep.equal(['Café des parents']);
    expect(saved.unsaved).to.equal(undefined);
    await showPart(again, 'À votre tour…');
    expect(field(again, 'titre').value).to.equal('');
    again.remove();
  });

  it('reopens a saved draft’s change where it was left, and « Annuler » drops it', async () => {
    const key = newKey();
    const widget = await mountWithPlan(key);
    await showPart(widget, 'À votre tour…');
    await type(widget, 'titre', 'Café');
    editor(widget).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(widget);
    const card = [...planRoot(widget).querySelectorAll('perseverance-plan-action[mode="plan"]')].at(
      -1,
    )!;
    [...card.shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent!.includes('Modifier la fiche'))!
      .click();
    await settle(widget);
    await type(widget, 'titre', 'Café des parents');

    widget.remove();
    const again = await mountWithPlan(key);
    await showPart(again, 'À votre tour…');
    expect(planRoot(again).querySelector('#part-draft')!.textContent).to.include('Modifier');
    expect(field(again, 'titre').value).to.equal('Café des parents');
    // The saved draft itself is unchanged until « Enregistrer ».
    expect(JSON.parse(localStorage.getItem(key)!).plan.drafts[0].titre).to.equal('Café');
    [...editor(again).querySelectorAll('button')]
      .find((b) => b.textContent!.trim() === 'Annuler')!
      .click();
    await settle(again);
    expect(JSON.parse(localStorage.getItem(key)!).plan.unsaved).to.equal(undefined);
    expect(field(again, 'titre').value).to.equal('');
    again.remove();
  });

  it('takes the team to the new fiche’s card, at the end of a long plan', async () => {
    const key = newKey();
    const widget = await mountWithPlan(key, [
      'conseil-de-progres',
      'journee-integration',
      'rentree-6e',
      'fete-des-reussites',
    ]);
    await showPart(widget, 'À votre tour…');
    await type(widget, 'titre', 'Café des parents');
    editor(widget).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(widget);
    const card = deepQuery(widget, `perseverance-plan-action[data-item='draft-brouillon-1']`);
    const title = card.shadowRoot!.querySelector('h4')!;
    expect(title.textContent).to.equal('Café des parents');
    expect(deepActiveElement()).to.equal(title);
    // In sight, although four actions with their checklists come before it.
    const box = title.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight);
    expect(planRoot(widget).querySelector('[role="status"]')!.textContent).to.include(
      'Fiche « Café des parents » ajoutée au plan.',
    );
    widget.remove();
  });
});
