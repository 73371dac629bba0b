import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../components/results/perseverance-profile.js';
import type { PerseveranceProfile } from '../../components/results/perseverance-profile.js';
import { GLOSSARY } from '../../components/results/perseverance-glossary.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';
import { contextFixture } from './context-fixture.js';

type Store = { answer(id: string, value: 0 | 1 | 2 | 3 | 'unknown'): void };
const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Every question of each listed axis at one value. */
const byAxis = (values: Record<string, 0 | 1 | 2 | 3>) => (store: Store) => {
  for (const q of smallCatalogue().questions)
    if (q.axis in values) store.answer(q.id, values[q.axis]!);
};

describe('<perseverance-profile>', () => {
  it('with nothing answered: no chart and no « non évalué » list, a way to start', async () => {
    const { element, calls } = await contextFixture<PerseveranceProfile>(
      html`<perseverance-profile></perseverance-profile>`,
    );
    await expect(element).to.be.accessible();
    const root = element.shadowRoot!;
    expect(root.querySelector('perseverance-radar')).to.equal(null);
    expect(root.querySelector('perseverance-profile-bars')).to.equal(null);
    expect(text(root.querySelector('section'))).not.to.include('non évalué');
    root.querySelector<HTMLButtonElement>('button.primary')!.click();
    expect(calls).to.deep.equal([{ name: 'goTo', args: ['questionnaire'] }]);
  });

  it('reads at a glance: overall explained, a headline per clé, its axes sorted with values', async () => {
    const { element } = await contextFixture<PerseveranceProfile>(
      html`<perseverance-profile></perseverance-profile>`,
      {
        setup: byAxis({ climat: 3, familles: 1, vie: 2, orientation: 1, suivi: 3, decrochage: 0 }),
      },
    );
    await expect(element).to.be.accessible();
    const root = element.shadowRoot!;
    expect(text(root.querySelector('.summary'))).to.match(/^Score global : \d+ % proche de « /);
    expect(text(root)).to.include('0 % si toutes les pratiques sont « ');
    expect(text(root)).not.to.include('Cible');
    const bars = root.querySelector('.annex perseverance-profile-bars')!.shadowRoot!;
    const sections = [...bars.querySelectorAll('section')];
    expect(sections.map((s) => text(s.querySelector('h4')))).to.deep.equal(
      smallCatalogue().keys.map((k) => k.label),
    );
    // ACCUEILLIR: climat 100 %, familles 33 % → 67 %, its axes highest first, each with its value.
    expect(text(sections[0]!.querySelector('.head'))).to.equal('67 % proche de « Plutôt »');
    // (name and value are two cells of a row: their texts join without a space)
    expect([...sections[0]!.querySelectorAll('li .row')].map(text)).to.deep.equal([
      'Climat scolaire100 %',
      'Relations avec les familles33 %',
    ]);
  });

  it('lists a tie whole: every axis sharing the weakest score, counted', async () => {
    const { element } = await contextFixture<PerseveranceProfile>(
      html`<perseverance-profile></perseverance-profile>`,
      {
        setup: byAxis({ climat: 1, familles: 1, vie: 1, orientation: 1, suivi: 3, decrochage: 3 }),
      },
    );
    const columns = element.shadowRoot!.querySelector('.columns')!;
    const weak = text(columns.querySelector('ul'));
    expect(weak).to.include('33 % — 4 axes à égalité');
    for (const label of ['Climat', 'familles', 'Vie', 'orientation'])
      expect(weak).to.include(label);
  });

  it('when every scored axis ties, says so under « Points d’appui » instead of « not enough answers »', async () => {
    const { element } = await contextFixture<PerseveranceProfile>(
      html`<perseverance-profile></perseverance-profile>`,
      {
        setup: byAxis({ climat: 2, familles: 2, vie: 2, orientation: 2, suivi: 2, decrochage: 2 }),
      },
    );
    const [weak, strong] = element.shadowRoot!.querySelectorAll('.columns > div');
    expect(text(weak)).to.include('6 axes à égalité');
    expect(text(strong)).to.include('tous figurent dans les axes de progrès');
    expect(text(strong)).not.to.include('Pas encore assez de réponses');
  });

  it('expands an acronym only as a source does, and says when the sources do not', async () => {
    const { element } = await contextFixture<PerseveranceProfile>(
      html`<perseverance-profile></perseverance-profile>`,
      { setup: byAxis({ climat: 2 }) },
    );
    const glossary = element.shadowRoot!.querySelector('perseverance-glossary')!.shadowRoot!;
    glossary.querySelector('details')!.open = true;
    const abbrs = [...glossary.querySelectorAll('abbr')];
    expect(abbrs.map((a) => [a.textContent, a.title])).to.deep.equal([
      ['MLDS', 'Mission de Lutte contre le décrochage scolaire'],
      ['PAFI', 'Parcours aménagé de formation initiale'],
    ]);
    expect(glossary.querySelectorAll('dt')).to.have.length(GLOSSARY.length);
    expect(text(glossary)).to.include('Les documents sources ne développent pas ce sigle.');
    await expect(element).to.be.accessible();
  });

  describe('on paper', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
    });

    const shown = (el: Element | null | undefined) => !!el && el.getClientRects().length > 0;

    it('holds one page: radar, highlights, the clés in words, the catalogue’s version; the rest is an annex', async () => {
      const { element, snapshot } = await contextFixture<PerseveranceProfile>(
        html`<perseverance-profile></perseverance-profile>`,
        { setup: byAxis({ climat: 3, familles: 1, vie: 2, orientation: 1, suivi: 3 }) },
      );
      const root = element.shadowRoot!;
      const catalogue = snapshot.catalogue;
      const source = text(root.querySelector('.source'));
      expect(source).to.include(catalogue.title);
      expect(source).to.include(`(version ${catalogue.version}), questionnaire complet de`);
      // The catalogue's title is the académie's text: isolated like any text the widget quotes.
      expect(root.querySelector('.source bdi')?.textContent).to.equal(catalogue.title);

      await emulateMedia({ media: 'print' });
      expect(shown(root.querySelector('perseverance-radar'))).to.equal(true);
      expect(shown(root.querySelector('.columns'))).to.equal(true);
      expect(shown(root.querySelector('.source'))).to.equal(true);
      // The clés' headlines, without their axes.
      const headlines = root.querySelector('perseverance-profile-bars.print-only');
      expect(shown(headlines)).to.equal(true);
      expect(headlines!.shadowRoot!.querySelectorAll('section')).to.have.length(
        catalogue.keys.length,
      );
      expect(headlines!.shadowRoot!.querySelectorAll('li')).to.have.length(0);
      // Not on paper: the axes' bars, the score table, the glossary, the share code, the buttons.
      expect(shown(root.querySelector('.annex'))).to.equal(false);
      expect(shown(root.querySelector('perseverance-score-table'))).to.equal(false);
      expect(shown(root.querySelector('perseverance-share-code'))).to.equal(false);
      expect([...root.querySelectorAll('button, input')].filter(shown)).to.have.length(0);

      // Asked for, the annex prints from a new page: every axis and the score table.
      await emulateMedia({ media: 'screen' });
      const annex = root.querySelector<HTMLInputElement>('#print-annex')!;
      expect(annex.checked).to.equal(false);
      annex.click();
      await element.updateComplete;
      await emulateMedia({ media: 'print' });
      expect(shown(root.querySelector('.annex'))).to.equal(true);
      expect(getComputedStyle(root.querySelector('.annex-start')!).breakBefore).to.equal('page');
      expect(shown(root.querySelector('perseverance-score-table'))).to.equal(true);
      const bars = root.querySelector('.annex perseverance-profile-bars')!.shadowRoot!;
      expect(bars.querySelectorAll('li')).to.have.length(snapshot.profile.axes.length);
    });

    it('offers the annex with a label and says what printing gives', async () => {
      const { element } = await contextFixture<PerseveranceProfile>(
        html`<perseverance-profile></perseverance-profile>`,
        { setup: byAxis({ climat: 2 }) },
      );
      const root = element.shadowRoot!;
      expect(text(root.querySelector('label[for="print-annex"]'))).to.equal(
        'Imprimer aussi l’annexe : les axes de chaque clé et le tableau des scores',
      );
      const print = [...root.querySelectorAll('button')].find((b) => text(b) === 'Imprimer')!;
      const hint = root.getElementById(print.getAttribute('aria-describedby')!);
      expect(text(hint)).to.equal('Sans l’annexe, le profil s’imprime sur une page A4.');
      await expect(element).to.be.accessible();
    });
  });
});
