import { expect, html } from '@open-wc/testing';
import '../../components/results/perseverance-fiche.js';
import type { PerseveranceFiche } from '../../components/results/perseverance-fiche.js';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';
import { contextFixture } from './context-fixture.js';

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim();

/**
 * The small catalogue with its first fiche cited as the default catalogue cites the fiche
 * mutualisation (its own kind and number, no académie, no year) and a resource of that fiche's
 * axes carrying a link note and the document that cites it.
 */
function citedCatalogue(): { catalogue: Catalogue; ficheId: string } {
  const catalogue = smallCatalogue();
  const fiche = catalogue.fiches[0]!;
  fiche.source = {
    document: 'Cérémonie de remise des diplômes de la persévérance',
    kind: 'fiche-mutualisation',
    number: 1,
  };
  const axis = fiche.axes[0]!.axis;
  const resource = catalogue.resources.find((item) => item.axes.includes(axis))!;
  resource.linkNote = 'La source donne le même lien pour une autre ressource.';
  resource.source = { document: 'Les clés de la persévérance' };
  return { catalogue, ficheId: fiche.id };
}

describe('<perseverance-fiche> — its source', () => {
  it('names the document by its own kind and number, with no year or académie it does not give', async () => {
    const { catalogue, ficheId } = citedCatalogue();
    const { element } = await contextFixture<PerseveranceFiche>(
      html`<perseverance-fiche></perseverance-fiche>`,
      { catalogue, setup: (store) => store.openFiche(ficheId) },
    );
    await expect(element).to.be.accessible();
    const root = element.shadowRoot!;
    const metas = [...root.querySelectorAll('.meta')].map(text);
    expect(metas[0]).to.equal('Fiche mutualisation n° 1');
    expect(metas.at(-1)).to.equal(
      'Source : Fiche mutualisation n° 1, Cérémonie de remise des diplômes de la persévérance',
    );
    expect(text(root.querySelector('article'))).not.to.match(/Fiche action n°|\(20\d\d\)/);
    // The linked resource shows what the source says of its link, and where it is cited.
    const body = text(root.querySelector('article'));
    expect(body).to.include('La source donne le même lien pour une autre ressource.');
    expect(body).to.include('Citée dans : Les clés de la persévérance');
  });

  it('gives a dated document’s académie and year, as the livret does', async () => {
    const catalogue = smallCatalogue();
    const fiche = catalogue.fiches[0]!;
    fiche.source = {
      document: 'Livret Semaine de la persévérance scolaire 2019',
      kind: 'fiche-action',
      number: 7,
      academie: 'académie de Créteil',
      year: 2019,
    };
    const { element } = await contextFixture<PerseveranceFiche>(
      html`<perseverance-fiche></perseverance-fiche>`,
      { catalogue, setup: (store) => store.openFiche(fiche.id) },
    );
    const metas = [...element.shadowRoot!.querySelectorAll('.meta')].map(text);
    expect(metas[0]).to.equal('Fiche action n° 7');
    expect(metas.at(-1)).to.equal(
      'Source : Fiche action n° 7, Livret Semaine de la persévérance scolaire 2019, académie de Créteil (2019)',
    );
  });
});
