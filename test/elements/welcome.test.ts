import { expect, html } from '@open-wc/testing';
import '../../components/journey/perseverance-welcome.js';
import type { PerseveranceWelcome } from '../../components/journey/perseverance-welcome.js';
import { contextFixture } from './context-fixture.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';

const mount = (options: Parameters<typeof contextFixture>[1] = {}) =>
  contextFixture<PerseveranceWelcome>(html`<perseverance-welcome></perseverance-welcome>`, options);

function button(element: Element, text: string): HTMLButtonElement {
  const found = [...element.shadowRoot!.querySelectorAll('button')].find((candidate) =>
    candidate.textContent!.includes(text),
  );
  if (!found) throw new Error(`No button « ${text} »`);
  return found;
}

describe('<perseverance-welcome>', () => {
  it('is accessible, says nothing leaves the browser and how many questions there are', async () => {
    const { element } = await mount();
    await expect(element).to.be.accessible();
    const text = element.shadowRoot!.textContent!;
    expect(text).to.include('Rien n’est envoyé');
    expect(text).to.include('14 questions');
    expect(element.shadowRoot!.querySelector('cite')!.textContent).to.equal('Catalogue de test');
    expect(element.shadowRoot!.querySelector<HTMLInputElement>('#level-college')!.checked).to.equal(
      true,
    );
  });

  it('is accessible in English', async () => {
    const { element } = await mount({ lang: 'en' });
    await expect(element).to.be.accessible();
    expect(button(element, 'Start the diagnostic')).to.exist;
  });

  it('calls start when the user presses « Commencer »', async () => {
    const { element, calls } = await mount();
    button(element, 'Commencer le diagnostic').click();
    expect(calls).to.deep.equal([{ name: 'start', args: [] }]);
  });

  it('calls updateContext with what the user chose', async () => {
    const { element, calls } = await mount();
    const root = element.shadowRoot!;
    root.querySelector<HTMLInputElement>('#level-lycee-pro')!.click();
    root.querySelector<HTMLInputElement>('#version-court')!.click();
    const name = root.querySelector<HTMLInputElement>('#name')!;
    name.value = '  Collège Jean Moulin ';
    name.dispatchEvent(new Event('change'));
    expect(calls).to.deep.equal([
      { name: 'updateContext', args: [{ levels: ['college', 'lycee-pro'] }] },
      { name: 'updateContext', args: [{ questionnaireVersion: 'court' }] },
      { name: 'updateContext', args: [{ establishmentName: 'Collège Jean Moulin' }] },
    ]);
  });

  it('asks for confirmation before calling restart, and cancelling calls nothing', async () => {
    const { element, calls } = await mount({ setup: (store) => store.answer('climat-1', 2) });
    button(element, 'Recommencer à zéro').click();
    await element.updateComplete;
    const dialog = element.shadowRoot!.querySelector('[role="alertdialog"]')!;
    expect(dialog).to.exist;
    await expect(element).to.be.accessible();
    button(element, 'Annuler').click();
    await element.updateComplete;
    expect(calls).to.deep.equal([]);
    button(element, 'Recommencer à zéro').click();
    await element.updateComplete;
    button(element, 'Oui, tout effacer').click();
    expect(calls).to.deep.equal([{ name: 'restart', args: [] }]);
  });

  it('calls nothing when the snapshot changes under it, and shows the new context', async () => {
    const { element, calls, change } = await mount();
    await change((store) =>
      store.updateContext({ levels: ['lycee-gt'], establishmentName: 'Lycée Victor Hugo' }),
    );
    const root = element.shadowRoot!;
    expect(root.querySelector<HTMLInputElement>('#level-college')!.checked).to.equal(false);
    expect(root.querySelector<HTMLInputElement>('#level-lycee-gt')!.checked).to.equal(true);
    expect(root.querySelector<HTMLInputElement>('#name')!.value).to.equal('Lycée Victor Hugo');
    expect(calls).to.deep.equal([]);
  });
});

describe('<perseverance-welcome>: question counts for the establishment', () => {
  it('counts only the questions a collège is asked, and all of them for a lycée', async () => {
    const catalogue = smallCatalogue();
    catalogue.questions = catalogue.questions.map((q) =>
      q.id === 'climat-2' ? { ...q, levels: ['lycee-gt' as const] } : q,
    );
    const college = await mount({ catalogue, levels: ['college'] });
    await expect(college.element).to.be.accessible();
    expect(college.element.shadowRoot!.textContent).to.include('Complète (13 questions)');
    const lycee = await mount({ catalogue, levels: ['lycee-gt'] });
    expect(lycee.element.shadowRoot!.textContent).to.include('Complète (14 questions)');
  });
});
