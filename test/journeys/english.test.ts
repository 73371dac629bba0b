import { expect } from '@open-wc/testing';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import type { Answers } from '../../src/diagnostic/answers.js';
import { createEmptyState, serializeState } from '../../src/storage/index.js';
import type { PerseverancePlan } from '../../components/plan/perseverance-plan.js';
import {
  buttonByText,
  click,
  currentView,
  deepQuery,
  deepQueryAll,
  JOURNEY_TIMEOUT,
  mountWidget,
  settle,
  until,
} from './helpers.js';

/** French words the interface must not show in English (catalogue content aside). */
const FRENCH = /Votre axe|La clé|est à|Pour progresser|Déjà menée|semaine|Proposée|préparation/;

/**
 * A saved diagnostic: ACCUEILLIR answered at the lowest level, the rest at the top, and one fiche
 * (6 weeks of preparation) and one action (brought down to 1 week) kept for this year.
 */
function savedDiagnostic(key: string) {
  const keyOf = new Map(defaultCatalogue.axes.map((axis) => [axis.id, axis.key]));
  const answers: Answers = Object.fromEntries(
    defaultCatalogue.questions.map((q) => [q.id, keyOf.get(q.axis) === 'accueillir' ? 0 : 3]),
  );
  const state = createEmptyState(defaultCatalogue, {
    context: { levels: ['college'], questionnaireVersion: 'complet' },
    answers,
    selection: { retained: ['conseil-de-progres', 'journee-integration'], done: [] },
    plan: {
      entries: [
        {
          id: 'journee-integration',
          kind: 'action',
          pilot: '',
          publics: [],
          dates: [],
          ticks: [],
          leadTimeWeeks: 1,
        },
      ],
      drafts: [],
    },
  });
  localStorage.setItem(key, serializeState(state));
}

describe('<perseverance-diagnostic lang="en">: reasons and plan in English', function () {
  this.timeout(JOURNEY_TIMEOUT);

  let widget: HTMLElement | undefined;
  afterEach(() => widget?.remove());

  it('shows the later views in English when the language changes while they load', async () => {
    widget = await mountWidget();
    // The profile's chunk starts loading with French strings; English is asked for meanwhile.
    buttonByText(widget, 'Profil').click();
    widget.setAttribute('lang', 'en');
    await until(() => currentView(widget!)?.localName === 'perseverance-profile', 'the profile');
    await settle(widget);
    const heading = () => currentView(widget!)!.shadowRoot!.querySelector('h2')!.textContent!;
    await until(() => !heading().includes('Profil de'), 'the profile in English');
    expect(heading()).to.not.match(FRENCH);
  });

  it('words a recommendation’s « Why? » and the plan’s hints and warnings in English', async () => {
    const key = `english-${Math.random().toString(36).slice(2)}`;
    savedDiagnostic(key);
    widget = await mountWidget({ lang: 'en' }, key);

    await click(widget, 'Recommendations');
    await until(
      () => deepQueryAll(widget!, 'perseverance-recommendation-card').length > 0,
      'the recommendation cards',
    );
    const card = deepQueryAll(widget, 'perseverance-recommendation-card')[0]!.shadowRoot!;
    const why = [...card.querySelectorAll('p')].find((p) => p.textContent!.includes('Why?'))!;
    const reasons = [...card.querySelectorAll('ul.why li')].map((li) => li.textContent!.trim());
    expect(why.textContent).to.match(/To make progress on “.+” \(\d+%\), [A-Z]+ key\./);
    expect(reasons.length).to.be.above(0);
    // The answers quoted are the catalogue's own (French) questions; the words around them are English.
    expect(reasons[0]).to.match(
      /^Your area “.+” is at \d+%\. Answers that show it: “.+” \(\d out of 3(, a question this suggestion addresses)?\)/,
    );
    const quotesOut = (text: string) => text.replace(/“[^”]*”/g, '“…”');
    for (const text of [why.textContent!, ...reasons]) expect(quotesOut(text)).not.to.match(FRENCH);

    await click(widget, 'Action plan');
    await until(() => currentView(widget!)?.localName === 'perseverance-plan', 'the plan view');
    const plan = currentView(widget) as PerseverancePlan;
    // The week starts on 13 April 2026: the deadline (26 March) is past, and both preparations
    // (from 2 March, from 6 April) should have started.
    plan.today = '2026-04-08';
    await settle(widget);
    const warnings = [...plan.shadowRoot!.querySelectorAll('.warnings li')].map(
      (li) => li.textContent!,
    );
    expect(warnings[0]).to.include('The deadline for declaring actions (26 March 2026) has passed');
    expect(warnings.join('\n')).to.include(
      '6 weeks of preparation (the tool’s estimate) before its highlight',
    );
    expect(warnings.join('\n')).to.include(
      '1 week of preparation (set by the team) before its highlight',
    );
    // The « Actions » part's cards (the « Bilan » part shows the same actions, without lead times).
    const actionsPart = plan.shadowRoot!.querySelector('section[aria-labelledby="part-actions"]')!;
    const hints = [...actionsPart.querySelectorAll('perseverance-plan-action')].map(
      (card) => card.shadowRoot!.querySelector('#lead-hint')!.textContent!,
    );
    expect(hints.map((text) => text.trim())).to.deep.equal([
      'The tool’s estimate: 6 weeks (no source gives a duration). Change it to suit your team.',
      'Number chosen by the team; empty the field to go back to the tool’s estimate (4 weeks).',
    ]);
    for (const text of [...warnings, ...hints]) expect(text).not.to.match(FRENCH);
    const heading = plan.shadowRoot!.querySelector('h2')!.textContent!;
    expect(heading).to.equal('This year’s action plan');
    expect(deepQuery(widget, 'perseverance-plan')).to.equal(plan);
  });
});
