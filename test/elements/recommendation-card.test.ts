import { expect, fixture, html } from '@open-wc/testing';
import '../../components/results/perseverance-recommendation-card.js';
import type {
  CardActionEvent,
  PerseveranceRecommendationCard,
} from '../../components/results/perseverance-recommendation-card.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { recommend } from '../../src/recommend/index.js';
import { sampleAnswers, smallCatalogue } from '../fixtures/small-catalogue.js';
import { messagesIn } from './context-fixture.js';

const catalogue = smallCatalogue();
const profile = computeProfile(catalogue, sampleAnswers(), { version: 'complet' });
const recommendations = recommend(catalogue, profile, { levels: ['college'], doneFicheIds: [] });
const fiche = recommendations.find((item) => item.kind === 'fiche')!;
const action = recommendations.find((item) => item.kind === 'action')!;

async function mount(recommendation = fiche, shown = catalogue) {
  const messages = await messagesIn('fr');
  const element = await fixture<PerseveranceRecommendationCard>(
    html`<perseverance-recommendation-card
      .recommendation=${recommendation}
      .catalogue=${shown}
      .messages=${messages}
    ></perseverance-recommendation-card>`,
  );
  const events: CardActionEvent['detail'][] = [];
  element.addEventListener('perseverance-card-action', (event) => events.push(event.detail));
  return { element, events, root: element.shadowRoot! };
}

describe('<perseverance-recommendation-card>', () => {
  it('is accessible for a fiche: an article named by its title, with why it is proposed', async () => {
    const { element, root } = await mount();
    await expect(element).to.be.accessible();
    const article = root.querySelector('article')!;
    expect(root.getElementById(article.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      fiche.title,
    );
    expect(root.querySelectorAll('.why li').length).to.equal(fiche.reasons.length);
    expect(root.querySelector('button[data-open]')!.textContent).to.include(fiche.title);
  });

  it('is accessible for an action, which has no fiche to open', async () => {
    const { element, root } = await mount(action);
    await expect(element).to.be.accessible();
    expect(root.querySelector('h3')!.textContent).to.equal(action.title);
    expect(root.querySelector('button[data-open]')).to.equal(null);
    expect(root.querySelector('.kind')!.textContent!.trim()).to.equal('Piste d’action');
  });

  it('quotes an action in its source’s words, and says when it is a modalité the tool proposes', async () => {
    const withWords = {
      ...catalogue,
      actions: catalogue.actions.map((item) =>
        item.id === action.id
          ? {
              ...item,
              description: 'Veiller à une répartition équilibrée des élèves.',
              origin: 'modalite' as const,
            }
          : item,
      ),
    };
    const { element, root } = await mount(action, withWords);
    await expect(element).to.be.accessible();
    expect(root.querySelector('.kind')!.textContent!.trim()).to.equal('Modalité de mise en œuvre');
    const words = root.querySelector('blockquote')!;
    expect(words.querySelector('p')!.textContent).to.equal(
      'Veiller à une répartition équilibrée des élèves.',
    );
    expect(words.querySelector('footer')!.textContent).to.match(/^Source : /);
    expect(root.textContent).to.include('l’outil propose cette modalité comme piste');
  });

  it('fires one card-action per user action: open, retain, done and back', async () => {
    const { root, events } = await mount();
    root.querySelector<HTMLButtonElement>('button[data-open]')!.click();
    root.querySelector<HTMLInputElement>('#retain')!.click();
    root.querySelector<HTMLInputElement>('#done')!.click();
    root.querySelector<HTMLInputElement>('#retain')!.click();
    expect(events).to.deep.equal([
      { id: fiche.id, action: 'open', on: true },
      { id: fiche.id, action: 'retain', on: true },
      { id: fiche.id, action: 'done', on: true },
      { id: fiche.id, action: 'retain', on: false },
    ]);
  });

  it('fires nothing when its owner sets retained and done, and shows them checked', async () => {
    const { element, root, events } = await mount();
    element.retained = true;
    element.done = true;
    await element.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#retain')!.checked).to.equal(true);
    expect(root.querySelector<HTMLInputElement>('#done')!.checked).to.equal(true);
    expect(element.hasAttribute('done')).to.equal(true);
    expect(events).to.deep.equal([]);
  });

  it('offers « Comparer » only in the decision view, disabled with a reason when the comparison is full', async () => {
    const { element, root, events } = await mount();
    expect(root.querySelector('#compare')).to.equal(null);
    element.comparable = true;
    await element.updateComplete;
    root.querySelector<HTMLInputElement>('#compare')!.click();
    expect(events).to.deep.equal([{ id: fiche.id, action: 'compare', on: true }]);
    element.compareFull = true;
    await element.updateComplete;
    const box = root.querySelector<HTMLInputElement>('#compare')!;
    expect(box.disabled).to.equal(true);
    expect(root.getElementById(box.getAttribute('aria-describedby')!)!.textContent).to.include(
      'trois au maximum',
    );
    await expect(element).to.be.accessible();
    // A card already in the full comparison can still leave it.
    element.compared = true;
    await element.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#compare')!.disabled).to.equal(false);
  });

  it('hands a retained card over to the plan: « Voir le plan de l’année » once retained', async () => {
    const { element, root, events } = await mount();
    element.handOver = true;
    await element.updateComplete;
    expect(root.querySelector('button[data-plan]')).to.equal(null);
    element.retained = true;
    await element.updateComplete;
    root.querySelector<HTMLButtonElement>('button[data-plan]')!.click();
    expect(events).to.deep.equal([{ id: fiche.id, action: 'plan', on: true }]);
    await expect(element).to.be.accessible();
  });

  it('folds the detailed reasons under the one-line reason in the decision view', async () => {
    const { element, root } = await mount();
    element.foldReasons = true;
    await element.updateComplete;
    const fold = root.querySelector('details.detail')!;
    expect(fold.hasAttribute('open')).to.equal(false);
    expect(fold.querySelectorAll('.why li').length).to.equal(fiche.reasons.length);
    expect(root.textContent).to.include('Pourquoi ?');
    await expect(element).to.be.accessible();
  });
});
