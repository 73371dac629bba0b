import { expect, html } from '@open-wc/testing';
import '../../components/app/perseverance-nav.js';
import '../../components/app/perseverance-footer.js';
import type { PerseveranceFooter } from '../../components/app/perseverance-footer.js';
import type { PerseveranceNav } from '../../components/app/perseverance-nav.js';
import { NAV_VIEWS } from '../../components/app/views.js';
import { contextFixture } from './context-fixture.js';

const mountNav = (options: Parameters<typeof contextFixture>[1] = {}) =>
  contextFixture<PerseveranceNav>(html`<perseverance-nav></perseverance-nav>`, options);
const mountFooter = (options: Parameters<typeof contextFixture>[1] = {}) =>
  contextFixture<PerseveranceFooter>(html`<perseverance-footer></perseverance-footer>`, options);

const labels = (nav: Element) =>
  [...nav.querySelectorAll('button')].map((button) => button.textContent!.trim());

describe('<perseverance-nav>', () => {
  it('lists the registry’s views in order, in French and in English, and is accessible', async () => {
    const { element, messages } = await mountNav();
    expect(labels(element)).to.deep.equal(NAV_VIEWS.map((view) => messages.nav[view]));
    expect(labels(element)[0]).to.equal('Accueil');
    expect(element.querySelector('nav')!.getAttribute('aria-label')).to.equal(messages.nav.label);
    await expect(element).to.be.accessible();
    const english = await mountNav({ lang: 'en' });
    expect(labels(english.element)).to.not.include('Accueil');
    expect(labels(english.element)).to.have.length(NAV_VIEWS.length);
  });

  it('goes to the view the user picks, and marks the current one', async () => {
    const { element, calls } = await mountNav();
    const current = element.querySelector('[aria-current="page"]')!;
    expect(current.textContent!.trim()).to.equal('Accueil');
    const profile = [...element.querySelectorAll('button')][NAV_VIEWS.indexOf('profile')]!;
    profile.click();
    expect(calls).to.deep.equal([{ name: 'goTo', args: ['profile'] }]);
  });

  it('marks « Recommandations » while a fiche is open, and calls nothing on its own', async () => {
    const { element, calls, change } = await mountNav();
    await change((store) => store.openFiche('strategie-gpds'));
    const current = element.querySelector('[aria-current="page"]')!;
    expect(current.textContent!.trim()).to.equal('Recommandations');
    expect(calls).to.deep.equal([]);
  });
});

describe('<perseverance-footer>', () => {
  it('offers the export and the import, and says nothing is saved before anything is', async () => {
    const { element } = await mountFooter();
    expect(element.querySelector('.save-status')!.textContent!.trim()).to.equal('');
    expect(labels(element)).to.have.length(2);
    await expect(element).to.be.accessible();
  });

  it('calls exportDiagnostic when the user exports, importFile with the file chosen', async () => {
    const { element, calls } = await mountFooter();
    element.querySelectorAll('button')[0]!.click();
    expect(calls).to.deep.equal([{ name: 'exportDiagnostic', args: [] }]);
    const input = element.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['{}'], 'diagnostic.json', { type: 'application/json' });
    const list = new DataTransfer();
    list.items.add(file);
    input.files = list.files;
    input.dispatchEvent(new Event('change'));
    expect(calls[1]).to.deep.equal({ name: 'importFile', args: [file] });
    // The input is emptied, so that choosing the same file again is a change again.
    expect(input.value).to.equal('');
  });

  it('shows « Enregistré » once the store has saved, without calling anything', async () => {
    const { element, calls, change } = await mountFooter();
    await change((store) => store.answer(store.current.catalogue.questions[0]!.id, 2));
    expect(element.querySelector('.save-status')!.textContent).to.include('Enregistré');
    expect(calls).to.deep.equal([]);
  });
});
