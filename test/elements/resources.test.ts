import { expect, html } from '@open-wc/testing';
import '../../components/results/perseverance-resources.js';
import type { PerseveranceResources } from '../../components/results/perseverance-resources.js';
import { sampleAnswers } from '../fixtures/small-catalogue.js';
import { contextFixture } from './context-fixture.js';

type Store = { answer(id: string, value: 0 | 1 | 2 | 3 | 'unknown'): void };
const answered = (store: Store) => {
  for (const [id, value] of Object.entries(sampleAnswers())) store.answer(id, value);
};
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim();

describe('<perseverance-resources>', () => {
  it('is accessible, and says under each resource why it is there', async () => {
    const { element } = await contextFixture<PerseveranceResources>(
      html`<perseverance-resources></perseverance-resources>`,
      { setup: answered },
    );
    await expect(element).to.be.accessible();
    const root = element.shadowRoot!;
    const items = [...root.querySelectorAll('li')];
    expect(items.length).to.be.above(0);
    for (const item of items) expect(text(item.querySelector('.why'))).not.to.equal('');
    // familles is the weakest axis (11 %): its own resource comes first.
    expect(text(root.querySelector('h3'))).to.equal(
      'Pour votre axe « Relations avec les familles » (11 %)',
    );
    expect(text(items[0]!.querySelector('.why'))).to.equal(
      'Consacrée à l’axe « Relations avec les familles », à 11 % dans votre diagnostic.',
    );
    // suivi has no resource of its own: the why says the resource is its key's.
    expect(items.map((li) => text(li.querySelector('.why')))).to.include(
      'Le catalogue n’a pas de ressource pour l’axe « Suivi individualisé » : ressource de sa clé, ACCOMPAGNER.',
    );
  });

  it('proposes none while the diagnostic is too incomplete, and says how many answers are missing', async () => {
    const { element } = await contextFixture<PerseveranceResources>(
      html`<perseverance-resources></perseverance-resources>`,
      { setup: (store: Store) => store.answer('familles-1', 0) },
    );
    await expect(element).to.be.accessible();
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('li').length).to.equal(0);
    expect(text(root.querySelector('section'))).to.include(
      'Les ressources seront proposées quand le diagnostic aura assez de réponses connues : encore 3 réponses connues au moins.',
    );
  });
});
