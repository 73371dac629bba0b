import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import {
  checklistGuide,
  checklistProgress,
  itemPlan,
  leadTimeBasis,
  planItems,
  type PlanDates,
} from '../../src/plan/index.js';
import { createEmptyState } from '../../src/storage/index.js';
import type { SavedPlanEntry } from '../../src/storage/schema.js';
import type { PlanMessages } from '../../components/i18n/plan-fr.js';
import '../../components/plan/perseverance-plan-action.js';
import type {
  PerseverancePlanAction,
  PlanEntryChangeEvent,
} from '../../components/plan/perseverance-plan-action.js';
import { messagesIn } from './context-fixture.js';

const dates: PlanDates = { weekStart: '2026-04-13', weekEnd: '2026-04-18', deadline: '2026-03-26' };
const guide = checklistGuide(defaultCatalogue)!;

function itemFor(id: string, entry: Partial<SavedPlanEntry> = {}) {
  const state = {
    ...createEmptyState(defaultCatalogue, { selection: { retained: [id], done: [] } }),
    plan: {
      entries: [
        { id, kind: 'fiche' as const, pilot: '', publics: [], dates: [], ticks: [], ...entry },
      ],
      drafts: [],
    },
  };
  return planItems(state, defaultCatalogue)[0]!;
}

async function card(id: string, lang: 'fr' | 'en' = 'fr', entry: Partial<SavedPlanEntry> = {}) {
  const messages = await messagesIn(lang);
  const item = itemFor(id, entry);
  return fixture<PerseverancePlanAction>(
    html`<perseverance-plan-action
      .item=${item}
      .milestones=${itemPlan(item, defaultCatalogue.calendar!, dates)}
      .guide=${guide}
      .progress=${checklistProgress(guide, item.entry)}
      .basis=${leadTimeBasis(item)}
      .messages=${messages}
      .t=${messages.plan as PlanMessages}
    ></perseverance-plan-action>`,
  );
}

describe('<perseverance-plan-action>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('fits a 375 px screen: long addresses and quotes wrap, nothing scrolls sideways', async () => {
    await setViewport({ width: 375, height: 700 });
    const el = await card('rentree-6e');
    const article = el.shadowRoot!.querySelector('article')!;
    expect(article.scrollWidth).to.be.at.most(article.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(375);
    for (const link of el.shadowRoot!.querySelectorAll('a'))
      expect(link.getBoundingClientRect().right, link.textContent!).to.be.at.most(375);
  });

  it('says when a fiche of la rentrée happens, in its fiche’s words, and labels the estimate', async () => {
    const el = await card('rentree-6e');
    await expect(el).to.be.accessible();
    const root = el.shadowRoot!;
    expect(root.textContent).to.include('À la rentrée, hors de la Semaine');
    const quote = root.querySelector('blockquote')!;
    expect(quote.getAttribute('lang')).to.equal('fr');
    expect(quote.textContent).to.include('dès la fin de l’année scolaire précédent');
    expect(root.querySelector('#moments-hint')!.textContent).to.include('le 1er septembre suivant');
    expect(root.querySelector('#lead-hint')!.textContent!.trim()).to.equal(
      'Estimation de l’outil : 10 semaines (aucune source ne donne de durée). Changez-la selon votre équipe.',
    );
    expect(root.querySelector<HTMLInputElement>('#lead')!.value).to.equal('10');
    const strong = [...root.querySelectorAll('ol li')].find((li) =>
      li.textContent!.includes('Temps fort'),
    )!;
    expect(strong.textContent).to.include('1er septembre 2026');
    // The livret's milestones, moved to this year by the tool, say so.
    expect(root.textContent).to.include(
      'Remontée des actions (calendrier de la source, dates transposées par l’outil)',
    );
  });

  it('lets the team change the lead time: one event with the new number', async () => {
    const el = await card('conseil-de-progres');
    // Its source says nothing of when: the default is the tool's, and says so.
    expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.include(
      'Quand : Pendant la Semaine de la persévérance (choix par défaut de l’outil',
    );
    const lead = el.shadowRoot!.querySelector<HTMLInputElement>('#lead')!;
    lead.value = '3';
    setTimeout(() => lead.dispatchEvent(new Event('change')));
    const event = (await oneEvent(el, 'perseverance-plan-entry-change')) as PlanEntryChangeEvent;
    expect(event.entry.leadTimeWeeks).to.equal(3);
    expect(event.entry.id).to.equal('conseil-de-progres');
  });

  it('shows the 2022 list with its links as written and the tool’s notes as notes', async () => {
    const el = await card('fete-des-reussites');
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('h5')].map((h) => h.textContent!.trim())).to.include(
      'Liste de la fiche méthode « Communiquer, valoriser une action » (2022) : 0 sur 15',
    );
    const link = [...root.querySelectorAll('a')].find((a) =>
      a.getAttribute('href')!.startsWith('http://orientation'),
    )!;
    expect(link.getAttribute('href')).to.equal(
      'http://orientation.ac-creteil.fr/semaine-de-la-persévérance-scolaire-2022/',
    );
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(root.textContent).to.include('Note de l’outil : La fiche méthode fait de');
    // From the source, the field is empty and the hint says where the date comes from.
    expect(root.querySelector<HTMLInputElement>('#lead')!.value).to.equal('');
    expect(root.querySelector('#lead-hint')!.textContent).to.include('D’après la fiche');
    expect(root.textContent).to.include('1er septembre 2025');
  });

  it('words the timing and the estimate in English, the fiche’s own words marked French', async () => {
    const el = await card('erreur-quel-bonheur', 'en', { leadTimeWeeks: 8 });
    await expect(el).to.be.accessible();
    const root = el.shadowRoot!;
    expect(root.textContent).to.include('All year, from la rentrée');
    expect(root.querySelector('#lead-hint')!.textContent!.trim()).to.equal(
      'Number chosen by the team; empty the field to go back to the sheet’s date (start of the year).',
    );
    expect(root.querySelector('blockquote')!.getAttribute('lang')).to.equal('fr');
  });
});
