import { expect, html } from '@open-wc/testing';
import '../../components/journey/perseverance-questionnaire.js';
import type { PerseveranceQuestionnaire } from '../../components/journey/perseverance-questionnaire.js';
import { contextFixture } from './context-fixture.js';

const mount = (options: Parameters<typeof contextFixture>[1] = {}) =>
  contextFixture<PerseveranceQuestionnaire>(
    html`<perseverance-questionnaire></perseverance-questionnaire>`,
    options,
  );

function button(element: Element, text: string): HTMLButtonElement {
  const found = [...element.shadowRoot!.querySelectorAll('button')].find((candidate) =>
    candidate.textContent!.includes(text),
  );
  if (!found) throw new Error(`No button « ${text} »`);
  return found;
}

describe('<perseverance-questionnaire>', () => {
  it('is accessible on a step: the step heading, its questions and a named progress bar', async () => {
    const { element, snapshot } = await mount();
    await expect(element).to.be.accessible();
    const root = element.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.include('Étape 1 sur 4');
    // ACCUEILLIR: climat (2) and familles (3).
    expect(root.querySelectorAll('perseverance-question')).to.have.length(5);
    const progress = root.querySelector('progress')!;
    expect(progress.getAttribute('aria-label')).to.equal('Progression du questionnaire');
    expect(progress.max).to.equal(snapshot.catalogue.questions.length);
  });

  it('is accessible with the unanswered questions of a step the user left flagged', async () => {
    const { element } = await mount({
      setup: (store) => (store.start(), store.goToStep(1), store.goToStep(0)),
    });
    await expect(element).to.be.accessible();
    expect(element.shadowRoot!.querySelectorAll('perseverance-question[flagged]')).to.have.length(
      5,
    );
    expect(element.shadowRoot!.querySelector('.notice')!.textContent).to.include('sans réponse');
  });

  it('calls answer with the question and value the user picked', async () => {
    const { element, calls } = await mount();
    const second = element.shadowRoot!.querySelectorAll('perseverance-question')[1]!;
    second.querySelectorAll('label')[3]!.click();
    expect(calls).to.deep.equal([{ name: 'answer', args: ['climat-2', 3] }]);
  });

  it('calls goToStep and goTo when the user moves through the steps', async () => {
    const { element, calls, change } = await mount();
    button(element, 'Clé suivante').click();
    button(element, '2. Accrocher').click();
    await change((store) => store.goToStep(3));
    button(element, 'Clé précédente').click();
    button(element, 'Voir le profil').click();
    expect(calls).to.deep.equal([
      { name: 'goToStep', args: [1] },
      { name: 'goToStep', args: [1] },
      { name: 'goToStep', args: [2] },
      { name: 'goTo', args: ['profile'] },
    ]);
  });

  it('calls nothing and fires nothing when the snapshot changes under it', async () => {
    const { element, calls, change } = await mount();
    const events: Event[] = [];
    for (const type of ['perseverance-answer-change', 'perseverance-change'])
      element.addEventListener(type, (event) => events.push(event));
    await change((store) => {
      store.answer('climat-1', 2);
      store.answer('familles-1', 'unknown');
    });
    const progress = element.shadowRoot!.querySelector('progress')!;
    expect(progress.value).to.equal(2);
    const first = element.shadowRoot!.querySelector('perseverance-question')!;
    expect(first.querySelectorAll('input')[2]!.checked).to.equal(true);
    expect(calls).to.deep.equal([]);
    expect(events).to.deep.equal([]);
  });

  it('shows every question on one page with layout="page"', async () => {
    const { element, snapshot } = await mount({ layout: 'page' });
    const questions = element.shadowRoot!.querySelectorAll('perseverance-question');
    expect(questions).to.have.length(snapshot.catalogue.questions.length);
    expect(element.shadowRoot!.querySelector('nav.steps')).to.equal(null);
    await expect(element).to.be.accessible();
  });
});
