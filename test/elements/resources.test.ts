import { expect, html } from '@open-wc/testing';
import '../../components/results/perseverance-resources.js';
import type { PerseveranceResources } from '../../components/results/perseverance-resources.js';
import { sampleAnswers, smallCatalogue } from '../fixtures/small-catalogue.js';
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
  it('says what the catalogue is and whom to ask, as the académie wrote it', async () => {
    const catalogue = {
      ...smallCatalogue(),
      description: 'Catalogue de l’académie pour ses établissements.',
      contact: {
        label: 'SAIO, rectorat',
        email: 'ce.saio@ac-exemple.fr',
        url: 'https://www.ac-exemple.fr/saio',
      },
    };
    const { element } = await contextFixture<PerseveranceResources>(
      html`<perseverance-resources></perseverance-resources>`,
      { catalogue, setup: answered },
    );
    await expect(element).to.be.accessible();
    const about = element.shadowRoot!.querySelector('aside')!;
    expect(text(about.querySelector('h3'))).to.equal('À propos du catalogue');
    expect(text(about)).to.include('Catalogue de test');
    expect(text(about)).to.include('Catalogue de l’académie pour ses établissements.');
    expect(text(about)).to.include('Pour vous faire aider : SAIO, rectorat');
    const links = [...about.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['mailto:ce.saio@ac-exemple.fr', 'https://www.ac-exemple.fr/saio']);
  });

  it('leaves out what the catalogue does not give (no description, no contact)', async () => {
    const { element } = await contextFixture<PerseveranceResources>(
      html`<perseverance-resources></perseverance-resources>`,
      { setup: answered },
    );
    const about = element.shadowRoot!.querySelector('aside')!;
    expect(about.querySelectorAll('p').length).to.equal(1);
    expect(text(about)).not.to.include('faire aider');
  });
});
