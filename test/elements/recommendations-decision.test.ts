import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/results/perseverance-recommendations.js';
import type { PerseveranceRecommendations } from '../../components/results/perseverance-recommendations.js';
import type { PerseveranceRecommendationCard } from '../../components/results/perseverance-recommendation-card.js';
import type { DiagnosticController } from '../../components/app/diagnostic-controller.js';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { createDecisionActions } from '../../components/results/decision-actions.js';
import { decisionOf } from '../../src/recommend/decision.js';
import { sampleAnswers, smallCatalogue } from '../fixtures/small-catalogue.js';
import { contextFixture, type ContextFixtureOptions } from './context-fixture.js';

const answerAll =
  (answers: Record<string, 0 | 1 | 2 | 3 | 'unknown'>) => (store: DiagnosticController) => {
    for (const [id, value] of Object.entries(answers)) store.answer(id, value);
  };

async function mount(options: ContextFixtureOptions = {}) {
  const fx = await contextFixture<PerseveranceRecommendations>(
    html`<perseverance-recommendations></perseverance-recommendations>`,
    {
      ...options,
      // The results' chunk registers the comparison's actions with the store.
      setup: (store) => {
        store.enable('decision', createDecisionActions);
        (options.setup ?? answerAll(sampleAnswers()))(store);
      },
    },
  );
  const root = fx.element.shadowRoot!;
  const ids = (scope: ParentNode) =>
    [
      ...scope.querySelectorAll<PerseveranceRecommendationCard>('perseverance-recommendation-card'),
    ].map((card) => card.recommendation!.id);
  const decision = () =>
    decisionOf(fx.snapshot.profile, fx.snapshot.catalogue, fx.snapshot.establishment);
  return { ...fx, root, ids, decision };
}

describe('<perseverance-recommendations>: the decision view', () => {
  it('shows « Nos priorités » first, in the engine’s order, then the rest folded by axis, weakest first', async () => {
    const { element, root, ids, decision } = await mount();
    await expect(element).to.be.accessible();
    const expected = decision();
    const priorities = root.querySelector('[data-priorities]')!;
    expect(priorities.querySelector('h3')!.textContent).to.equal('Nos priorités');
    expect(ids(priorities)).to.deep.equal(expected.priorities.map((item) => item.id));
    expect(expected.priorities.length).to.be.within(3, 5);
    // The priorities come before the comparison and the folds: they are what a team reads first.
    const compare = root.querySelector('section.compare')!;
    expect(priorities.compareDocumentPosition(compare) & Node.DOCUMENT_POSITION_FOLLOWING).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const folds = [...root.querySelectorAll<HTMLDetailsElement>('[data-by-axis] details')];
    expect(folds.map((fold) => fold.dataset['axis'])).to.deep.equal(
      expected.byAxis.map((group) => group.axisId),
    );
    expect(folds.length).to.be.greaterThan(0);
    expect(folds.every((fold) => !fold.open)).to.equal(true);
    folds.forEach((fold, index) =>
      expect(ids(fold)).to.deep.equal(expected.byAxis[index]!.items.map((item) => item.id)),
    );
    // Every proposal appears once: priorities and folds together are the engine's whole list.
    expect([...ids(priorities), ...folds.flatMap((fold) => ids(fold))].sort()).to.deep.equal(
      expected.recommendations.map((item) => item.id).sort(),
    );
    expect(root.querySelector('[data-status]')).to.equal(null);
  });

  it('opens an axis from the keyboard', async () => {
    const { root } = await mount();
    const summary = root.querySelector<HTMLElement>('[data-by-axis] summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
  });

  it('filters by clé without re-sorting', async () => {
    const { element, root, ids, decision } = await mount();
    const select = root.querySelector<HTMLSelectElement>('#filter-key')!;
    select.value = 'accompagner';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    const engineOrder = decision().recommendations.map((item) => item.id);
    const shown = ids(root.querySelector('[data-priorities]') ?? root);
    const cards = [
      ...root.querySelectorAll<PerseveranceRecommendationCard>('perseverance-recommendation-card'),
    ];
    expect(cards.length).to.be.greaterThan(0);
    expect(cards.every((card) => card.recommendation!.keys.includes('accompagner'))).to.equal(true);
    const positions = shown.map((id) => engineOrder.indexOf(id));
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
  });

  it('sends « Comparer » to the store, disables it on other cards once three are compared', async () => {
    const { root, calls, change, decision } = await mount();
    const first = root.querySelector<PerseveranceRecommendationCard>(
      'perseverance-recommendation-card',
    )!;
    first.shadowRoot!.querySelector<HTMLInputElement>('#compare')!.click();
    expect(calls).to.deep.equal([
      { name: 'decision.setCompared', args: [first.recommendation!.id, true] },
    ]);
    const top = decision()
      .recommendations.slice(0, 3)
      .map((item) => item.id);
    await change((store) => top.forEach((id) => store.decision.setCompared(id, true)));
    const cards = [
      ...root.querySelectorAll<PerseveranceRecommendationCard>('perseverance-recommendation-card'),
    ];
    const other = cards.find((card) => !top.includes(card.recommendation!.id))!;
    expect(other.shadowRoot!.querySelector<HTMLInputElement>('#compare')!.disabled).to.equal(true);
    const compare = root.querySelector('perseverance-compare')!;
    expect(compare.candidates.map((item) => item.id)).to.deep.equal(top);
  });

  it('rates in the comparison through the store, and keeps the ratings in the state', async () => {
    const { element, root, calls, change, decision } = await mount();
    const [a, b] = decision().recommendations;
    await change((store) => {
      store.decision.setCompared(a!.id, true);
      store.decision.setCompared(b!.id, true);
      store.decision.rate(b!.id, 'importance', 3);
    });
    await expect(element).to.be.accessible();
    const compare = root.querySelector('perseverance-compare')!;
    const select = compare.shadowRoot!.querySelector<HTMLSelectElement>(
      `select[data-criterion="cost"][data-id="${a!.id}"]`,
    )!;
    select.value = '2';
    select.dispatchEvent(new Event('change'));
    expect(calls).to.deep.equal([{ name: 'decision.rate', args: [a!.id, 'cost', 2] }]);
    const ranking = compare.shadowRoot!.querySelector('[data-ranking]')!.textContent!;
    expect(ranking.indexOf(b!.title)).to.be.lessThan(ranking.indexOf(a!.title));
  });

  it('says when a compared proposal is no longer proposed, and lets the team remove it', async () => {
    const { element, root, calls, change } = await mount();
    await change((store) => store.decision.setCompared('fiche-retiree-du-catalogue', true));
    await expect(element).to.be.accessible();
    const section = root.querySelector('.compare')!;
    expect(section.textContent).to.include(
      '1 proposition comparée n’est plus proposée pour ce profil',
    );
    expect(root.querySelector('perseverance-compare')).to.equal(null);
    section.querySelector('button')!.click();
    expect(calls).to.deep.equal([
      { name: 'decision.setCompared', args: ['fiche-retiree-du-catalogue', false] },
    ]);
  });

  it('hands retained proposals over to the plan', async () => {
    const { root, calls, change, decision } = await mount();
    expect(root.querySelector('button[data-plan]')).to.equal(null);
    const [a] = decision().priorities;
    await change((store) => store.setRetained(a!.id, true));
    expect(root.textContent).to.include('1 proposition retenue pour cette année');
    root.querySelector<HTMLButtonElement>('button[data-plan]')!.click();
    expect(calls).to.deep.equal([{ name: 'goTo', args: ['plan'] }]);
  });

  it('says how many more answers it needs when there are too few', async () => {
    const { element, root, calls, decision } = await mount({ setup: answerAll({ 'climat-1': 1 }) });
    await expect(element).to.be.accessible();
    const notice = root.querySelector<HTMLElement>('[data-status="insufficient"]')!;
    const { status } = decision();
    expect(status.kind).to.equal('insufficient');
    if (status.kind !== 'insufficient') return;
    expect(notice.textContent).to.include(`Encore ${status.missing} réponse`);
    notice.querySelector('button')!.click();
    expect(calls).to.deep.equal([{ name: 'goTo', args: ['questionnaire'] }]);
  });

  it('suggests deepening when every answer is at the top', async () => {
    const top = Object.fromEntries(Object.keys(sampleAnswers()).map((id) => [id, 3 as const]));
    const { element, root } = await mount({ setup: answerAll(top) });
    await expect(element).to.be.accessible();
    const notice = root.querySelector('[data-status="all-strong"]')!;
    expect(notice.textContent).to.include('Déjà menée').and.include('bilan');
    expect(root.textContent).not.to.include('Aucune proposition ne correspond à ces filtres');
  });

  it('states a custom catalogue without fiches, and shows the weak axes’ modalités', async () => {
    const catalogue: Catalogue = { ...smallCatalogue(), fiches: [], actions: [] };
    const { element, root } = await mount({ catalogue });
    await expect(element).to.be.accessible();
    expect(root.querySelector('[data-status="no-fiches"]')).to.not.equal(null);
    expect(root.querySelector('perseverance-recommendation-card')).to.equal(null);
    expect(root.querySelector('#filter-key')).to.equal(null);
    const gap = root.querySelector('[data-gap="familles"]')!;
    expect(gap.textContent).to.include('Aucune fiche ni action du catalogue ne cible');
  });

  it('names a weak axis no proposal serves, with its modalités', async () => {
    const base = smallCatalogue();
    const serves = (item: { axes: readonly { axis: string }[] }) =>
      item.axes.some((target) => target.axis === 'familles');
    const catalogue: Catalogue = {
      ...base,
      fiches: base.fiches.filter((item) => !serves(item)),
      actions: base.actions.filter((item) => !serves(item)),
    };
    const { element, root } = await mount({ catalogue });
    await expect(element).to.be.accessible();
    const gap = root.querySelector('[data-gap="familles"]')!;
    const practices = base.axes.find((axis) => axis.id === 'familles')!.practices;
    expect(gap.textContent).to.include(
      'Aucune fiche ni action du catalogue ne cible « Relations avec les familles »',
    );
    expect([...gap.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      ...practices,
    ]);
  });

  it('speaks English', async () => {
    const { element, root } = await mount({ lang: 'en' });
    await expect(element).to.be.accessible();
    expect(root.querySelector('[data-priorities] h3')!.textContent).to.equal('Our priorities');
    expect(root.querySelector('[data-by-axis] h3')!.textContent).to.equal(
      'The other suggestions, by area for progress',
    );
  });
});
