import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/journey/perseverance-questionnaire.js';
import type { PerseveranceQuestionnaire } from '../../components/journey/perseverance-questionnaire.js';
import { contextFixture } from './context-fixture.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';

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

describe('<perseverance-questionnaire>: the scale where the team answers', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the scale legend at 375 px, not in a tooltip, and describes each radio by its level', async () => {
    await setViewport({ width: 375, height: 700 });
    const catalogue = smallCatalogue();
    catalogue.scale.levels = catalogue.scale.levels.map((level) => ({
      ...level,
      description: `La pratique, niveau ${level.value}.`,
    }));
    const { element } = await mount({ catalogue });
    await expect(element).to.be.accessible();
    const root = element.shadowRoot!;
    const legend = root.querySelector<HTMLDetailsElement>('details.scale')!;
    expect(legend.open, 'open by default').to.equal(true);
    const terms = [...legend.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(terms).to.deep.equal([
      ...catalogue.scale.levels.map((level) => level.label),
      catalogue.scale.unknownLabel,
    ]);
    const box = legend.querySelector('dd')!.getBoundingClientRect();
    expect(box.width, 'rendered').to.be.greaterThan(0);
    expect(box.right, 'no sideways scrolling').to.be.at.most(375);
    // No definition hidden in a tooltip any more.
    expect(root.querySelectorAll('[title]')).to.have.length(0);
    for (const question of root.querySelectorAll('perseverance-question')) {
      const radios = [...question.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      const described = radios.map(
        (radio) => root.getElementById(radio.getAttribute('aria-describedby') ?? '')?.textContent,
      );
      expect(described.map((text) => text?.trim())).to.deep.equal([
        'La pratique, niveau 0.',
        'La pratique, niveau 1.',
        'La pratique, niveau 2.',
        'La pratique, niveau 3.',
        'Vous ne pouvez pas en juger : la réponse ne compte pas dans le score.',
      ]);
    }
  });

  it('shows one legend per clé on the single page, with distinct ids', async () => {
    const { element } = await mount({ layout: 'page' });
    await expect(element).to.be.accessible();
    const legends = element.shadowRoot!.querySelectorAll('details.scale');
    expect(legends).to.have.length(4);
    const ids = [...element.shadowRoot!.querySelectorAll('dd[id]')].map((dd) => dd.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });
});

describe('<perseverance-questionnaire>: establishment levels', () => {
  /** The small catalogue with `climat-2` (ACCUEILLIR, not core) asked to lycées only. */
  function lyceeCatalogue() {
    const catalogue = smallCatalogue();
    catalogue.questions = catalogue.questions.map((q) =>
      q.id === 'climat-2' ? { ...q, levels: ['lycee-gt' as const, 'lycee-pro' as const] } : q,
    );
    return catalogue;
  }

  it('never asks a collège a lycée-only question, nor counts it in the progress', async () => {
    const catalogue = lyceeCatalogue();
    const { element } = await mount({ catalogue, levels: ['college'] });
    await expect(element).to.be.accessible();
    const root = element.shadowRoot!;
    expect(root.querySelector('[name="q-climat-2"]')).to.equal(null);
    expect(root.querySelectorAll('perseverance-question')).to.have.length(4);
    expect(root.querySelector('progress')!.max).to.equal(catalogue.questions.length - 1);
  });

  it('asks it when a lycée level is ticked, and when no level is', async () => {
    for (const levels of [['college', 'lycee-pro'], []]) {
      const { element } = await mount({ catalogue: lyceeCatalogue(), levels });
      expect(element.shadowRoot!.querySelector('[name="q-climat-2"]'), levels.join()).to.exist;
    }
  });
});

describe('<perseverance-questionnaire>: one step’s open details do not follow to the next', () => {
  it('closes « Modalités » opened on step 1 when step 2 shows', async () => {
    const fx = await mount();
    const root = fx.element.shadowRoot!;
    const practices = root.querySelector<HTMLDetailsElement>('.axis details')!;
    practices.open = true;
    await fx.change((store) => store.goToStep(1));
    expect(root.querySelector('h2')!.textContent).to.include('2');
    const opened = [...root.querySelectorAll<HTMLDetailsElement>('.axis details')].filter(
      (d) => d.open,
    );
    expect(opened).to.have.length(0);
    await expect(fx.element).to.be.accessible();
  });
});
