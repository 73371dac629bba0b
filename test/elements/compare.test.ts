import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/results/perseverance-compare.js';
import type {
  CompareActionEvent,
  PerseveranceCompare,
} from '../../components/results/perseverance-compare.js';
import { CRITERIA, type RatingsById } from '../../src/decision/index.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { recommend } from '../../src/recommend/index.js';
import { sampleAnswers, smallCatalogue } from '../fixtures/small-catalogue.js';
import { messagesIn } from './context-fixture.js';

const catalogue = smallCatalogue();
const profile = computeProfile(catalogue, sampleAnswers(), { version: 'complet' });
const recommendations = recommend(catalogue, profile, { levels: ['college'], doneFicheIds: [] });
const [first, second, third] = recommendations;

async function mount(
  candidates = [first!, second!, third!],
  ratings: RatingsById = {},
  lang: 'fr' | 'en' = 'fr',
) {
  const messages = await messagesIn(lang);
  const element = await fixture<PerseveranceCompare>(
    html`<perseverance-compare
      .candidates=${candidates}
      .ratings=${ratings}
      .messages=${messages}
    ></perseverance-compare>`,
  );
  const events: CompareActionEvent['detail'][] = [];
  element.addEventListener('perseverance-compare-action', (event) => events.push(event.detail));
  return { element, events, root: element.shadowRoot!, messages };
}

describe('<perseverance-compare>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is an accessible table with a caption, one column per candidate, a row per criterion', async () => {
    const { element, root, messages } = await mount();
    await expect(element).to.be.accessible();
    expect(root.querySelector('caption')!.textContent!.trim()).to.equal(messages.compare.caption);
    const heads = [...root.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(heads).to.deep.equal([
      messages.compare.criterion,
      first!.title,
      second!.title,
      third!.title,
    ]);
    const rows = [...root.querySelectorAll('tbody th[scope="row"]')].map((th) =>
      th.textContent!.trim(),
    );
    expect(rows.slice(0, CRITERIA.length)).to.deep.equal(
      CRITERIA.map((criterion) => messages.compare.criteria[criterion]),
    );
    // Every rating control is named by its criterion and its candidate.
    const select = root.querySelector<HTMLSelectElement>('select[data-criterion="cost"]')!;
    expect(select.getAttribute('aria-label')).to.include('Coût').and.include(first!.title);
  });

  it('says the criteria are the project’s adaptation, that 3 is always in favour, and that the fit is computed', async () => {
    const { root } = await mount();
    const legend = root.querySelector('.legend')!.textContent!;
    expect(legend).to.include('School Health Index');
    expect(legend).to.include('adaptés par le projet');
    expect(legend).to.include('coût 3 = peu coûteuse');
    expect(legend).to.include('calculée par l’outil');
    const fits = [...root.querySelectorAll('[data-fit]')].map((td) => td.textContent!.trim());
    expect(fits).to.deep.equal(
      [first!, second!, third!].map((item) => `${Math.round(item.need * 100)}\u00a0%`),
    );
  });

  it('fires one rate event per choice, and a clear for « – »', async () => {
    const { root, events } = await mount();
    const select = root.querySelector<HTMLSelectElement>(
      `select[data-criterion="importance"][data-id="${second!.id}"]`,
    )!;
    select.value = '3';
    select.dispatchEvent(new Event('change'));
    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect(events).to.deep.equal([
      { action: 'rate', id: second!.id, criterion: 'importance', value: 3 },
      { action: 'rate', id: second!.id, criterion: 'importance', value: null },
    ]);
  });

  it('shows the ratings it is given and the ranking after rating (total, then fit), firing nothing', async () => {
    const ratings: RatingsById = {
      [first!.id]: { importance: 1, cost: 1, time: 1, commitment: 1, feasibility: 1 },
      [third!.id]: { importance: 3, cost: 3, time: 3, commitment: 3, feasibility: 3 },
      [second!.id]: { cost: 2 },
    };
    const { root, events } = await mount(undefined, ratings);
    const value = (id: string, criterion: string) =>
      root.querySelector<HTMLSelectElement>(
        `select[data-criterion="${criterion}"][data-id="${id}"]`,
      )!.value;
    expect(value(third!.id, 'feasibility')).to.equal('3');
    expect(value(second!.id, 'importance')).to.equal('');
    const totals = [...root.querySelectorAll('[data-total]')].map((td) => td.textContent);
    expect(totals).to.deep.equal(['5 / 15', '2 / 15 (1 critère noté sur 5)', '15 / 15']);
    const ranking = [...root.querySelectorAll('[data-ranking] li')].map((li) => li.textContent!);
    expect(ranking.map((text) => text.split(' : ')[1]!.split(',')[0])).to.deep.equal([
      third!.title,
      first!.title,
      second!.title,
    ]);
    expect(ranking[0]).to.match(/^1er : /);
    expect(events).to.deep.equal([]);
  });

  it('asks for a second candidate when only one is compared', async () => {
    const { element, root, messages } = await mount([first!]);
    await expect(element).to.be.accessible();
    expect(root.textContent).to.include(messages.compare.addMore);
  });

  it('retains a candidate, then offers the plan; removes a candidate', async () => {
    const { element, root, events } = await mount();
    root.querySelector<HTMLButtonElement>('button[data-retain]')!.click();
    expect(root.querySelector('button[data-plan]')).to.equal(null);
    element.retained = [first!.id];
    await element.updateComplete;
    const retain = root.querySelector<HTMLButtonElement>('button[data-retain]')!;
    expect(retain.getAttribute('aria-pressed')).to.equal('true');
    root.querySelector<HTMLButtonElement>('button[data-plan]')!.click();
    root.querySelectorAll<HTMLButtonElement>('button[data-remove]')[1]!.click();
    expect(events).to.deep.equal([
      { action: 'retain', id: first!.id, on: true },
      { action: 'plan' },
      { action: 'remove', id: second!.id },
    ]);
    await expect(element).to.be.accessible();
  });

  it('is readable at 375 px: three candidates stack, each word whole, nothing to scroll sideways', async () => {
    await setViewport({ width: 375, height: 700 });
    const { element, root } = await mount();
    const frame = root.querySelector<HTMLElement>('.frame')!;
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1);
    expect(frame.getBoundingClientRect().right).to.be.at.most(375);
    // Stacked: a criterion's header on its own line, the three ratings side by side below it.
    const row = root.querySelector<HTMLElement>('th[scope="row"]')!;
    const selects = [
      ...root.querySelectorAll<HTMLSelectElement>('select[data-criterion="importance"]'),
    ];
    expect(row.getBoundingClientRect().bottom).to.be.at.most(
      selects[0]!.getBoundingClientRect().top,
    );
    expect(
      new Set(selects.map((select) => Math.round(select.getBoundingClientRect().top))).size,
    ).to.equal(1);
    // The row headers no longer take a column: the candidates share the whole width.
    for (const select of selects) {
      const cell = select.closest('td')!;
      expect(cell.getBoundingClientRect().width).to.be.at.least(frame.clientWidth / 3 - 2);
    }
    await expect(element).to.be.accessible();
  });

  it('says a starting point’s computed value is its breadth, not a fit to weak axes', async () => {
    const empty = computeProfile(catalogue, {}, { version: 'complet' });
    const starts = recommend(catalogue, empty, { levels: ['college'], doneFicheIds: [] });
    expect(starts[0]!.basis).to.equal('start');
    const { root } = await mount(starts.slice(0, 2));
    const fits = [...root.querySelectorAll('[data-fit]')].map((td) => td.textContent!);
    expect(fits.every((text) => text.includes('point de départ'))).to.equal(true);
  });

  it('speaks English, with English ordinals', async () => {
    const ratings: RatingsById = {
      [first!.id]: { importance: 3 },
      [second!.id]: { importance: 2 },
      [third!.id]: { importance: 1 },
    };
    const { root } = await mount(undefined, ratings, 'en');
    expect(root.querySelector('caption')!.textContent).to.include('Comparison of the suggestions');
    const ranks = [...root.querySelectorAll('[data-rank]')].map((td) => td.textContent);
    expect(ranks).to.deep.equal(['1st', '2nd', '3rd']);
  });
});
