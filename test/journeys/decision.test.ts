import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { PerseveranceRecommendationCard } from '../../components/results/perseverance-recommendation-card.js';
import type { PerseveranceCompare } from '../../components/results/perseverance-compare.js';
import {
  answerAllVisible,
  click,
  currentView,
  deepQuery,
  deepQueryAll,
  mountWidget,
  settle,
  until,
  JOURNEY_TIMEOUT,
} from './helpers.js';

const KEY_COUNT = 4;

/** A lycée pro whose ACCUEILLIR is weak (0) and the other clés mixed, up to its recommendations. */
async function diagnosed(key?: string) {
  const widget = await mountWidget({ levels: 'lycee-pro' }, key);
  await click(widget, 'Commencer');
  for (let step = 0; step < KEY_COUNT; step += 1) {
    await answerAllVisible(widget, (index) => (step === 0 ? 0 : [3, 2, 3, 1][index % 4]!));
    await click(widget, step === KEY_COUNT - 1 ? 'Voir le profil' : 'Clé suivante');
  }
  await until(() => currentView(widget)?.localName === 'perseverance-profile', 'the profile');
  return widget;
}

async function openRecommendations(widget: Element) {
  await click(widget, 'Recommandations');
  await until(
    () => deepQueryAll(widget, 'perseverance-recommendation-card').length > 0,
    'recommendation cards',
  );
  await settle(widget);
  return deepQuery(widget, 'perseverance-recommendations').shadowRoot!;
}

const priorityCards = (view: ShadowRoot) => [
  ...view.querySelectorAll<PerseveranceRecommendationCard>(
    '[data-priorities] perseverance-recommendation-card',
  ),
];

function rate(compare: PerseveranceCompare, id: string, value: string) {
  for (const select of compare.shadowRoot!.querySelectorAll<HTMLSelectElement>(
    `select[data-id="${id}"]`,
  )) {
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }
}

describe('decision journey: diagnostic → priorities → compare → rate → retain → plan', function () {
  this.timeout(JOURNEY_TIMEOUT);

  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('compares two priorities, ranks them after rating, keeps the choice and finds it in the plan', async () => {
    const storageKey = `decision-test-${Math.random().toString(36).slice(2)}`;
    const widget = await diagnosed(storageKey);
    const view = await openRecommendations(widget);
    const priorities = priorityCards(view);
    expect(priorities.length).to.be.within(3, 5);
    expect(view.querySelector('[data-priorities] h3')!.textContent).to.equal('Nos priorités');
    await expect(currentView(widget)).to.be.accessible();

    const [a, b] = priorities.map((card) => card.recommendation!);
    for (const card of priorities.slice(0, 2))
      card.shadowRoot!.querySelector<HTMLInputElement>('#compare')!.click();
    await settle(widget);
    const compare = deepQuery<PerseveranceCompare>(widget, 'perseverance-compare');
    expect(compare.candidates.map((item) => item.id)).to.deep.equal([a!.id, b!.id]);
    await expect(currentView(widget)).to.be.accessible();

    // The team prefers the second: rated 3 everywhere, the first 1 everywhere.
    rate(compare, a!.id, '1');
    rate(compare, b!.id, '3');
    await settle(widget);
    const ranking = [...compare.shadowRoot!.querySelectorAll('[data-ranking] li')].map(
      (li) => li.textContent!,
    );
    expect(ranking[0]).to.include(b!.title).and.include('15 / 15');
    expect(ranking[1]).to.include(a!.title).and.include('5 / 15');
    await expect(currentView(widget)).to.be.accessible();

    // « Retenir pour cette année », then the way to the plan.
    const retain = [
      ...compare.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[data-retain]'),
    ];
    retain[1]!.click();
    await settle(widget);
    expect(retain[1]!.getAttribute('aria-pressed')).to.equal('true');
    compare.shadowRoot!.querySelector<HTMLButtonElement>('button[data-plan]')!.click();
    await until(() => currentView(widget)?.localName === 'perseverance-plan', 'the plan view');
    await settle(widget);
    const plan = deepQuery(widget, 'perseverance-plan');
    // The plan's text, its nested elements' shadow roots included.
    const planText = [plan, ...deepQueryAll(plan, '*')]
      .map((element) => element.shadowRoot?.textContent ?? '')
      .join(' ');
    expect(planText).to.include(b!.title);
    expect(planText).not.to.include(a!.title);

    // The comparison and its ratings are saved: a reload finds them.
    widget.remove();
    const again = await mountWidget({ levels: 'lycee-pro' }, storageKey);
    await openRecommendations(again);
    const restored = deepQuery<PerseveranceCompare>(again, 'perseverance-compare');
    expect(restored.candidates.map((item) => item.id)).to.deep.equal([a!.id, b!.id]);
    expect(restored.ratings[b!.id]).to.deep.equal({
      importance: 3,
      cost: 3,
      time: 3,
      commitment: 3,
      feasibility: 3,
    });
    localStorage.removeItem(storageKey);
  });

  it('keeps three compared candidates readable at 375 px', async () => {
    await setViewport({ width: 375, height: 800 });
    const widget = await diagnosed();
    (widget.parentElement as HTMLElement).style.width = '100%';
    const view = await openRecommendations(widget);
    for (const card of priorityCards(view).slice(0, 3))
      card.shadowRoot!.querySelector<HTMLInputElement>('#compare')!.click();
    await settle(widget);
    const compare = deepQuery<PerseveranceCompare>(widget, 'perseverance-compare');
    expect(compare.candidates.length).to.equal(3);
    const frame = compare.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1);
    expect(frame.getBoundingClientRect().right).to.be.at.most(375);
    // Nothing in the view (cards, filters, folds, comparison) scrolls the page sideways.
    const page = document.documentElement;
    expect(page.scrollWidth - page.clientWidth).to.equal(0);
    for (const select of compare.shadowRoot!.querySelectorAll('select'))
      expect(select.getBoundingClientRect().width).to.be.greaterThan(24);
    await expect(currentView(widget)).to.be.accessible();
  });
});
