import { expect, fixture, html } from '@open-wc/testing';
import '../../components/journey/perseverance-question.js';
import type {
  AnswerChangeEvent,
  PerseveranceQuestion,
  ScaleOption,
} from '../../components/journey/perseverance-question.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';

const catalogue = smallCatalogue();
const question = { ...catalogue.questions[0]!, help: 'Un protocole écrit, connu de tous.' };
const options: ScaleOption[] = [
  ...catalogue.scale.levels.map((level) => ({ value: level.value, label: level.label })),
  { value: 'unknown', label: catalogue.scale.unknownLabel },
];

async function mount(value?: ScaleOption['value']) {
  // Questions render in light DOM: a fieldset outside any shadow root.
  return fixture<PerseveranceQuestion>(
    html`<perseverance-question
      .question=${question}
      .options=${options}
      .value=${value}
    ></perseverance-question>`,
  );
}

function radios(element: Element) {
  return [...element.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

describe('<perseverance-question>', () => {
  it('is accessible: a fieldset named by the question, one labelled radio per option', async () => {
    const element = await mount();
    await expect(element).to.be.accessible();
    expect(element.querySelector('legend')!.textContent).to.include(question.text);
    expect(radios(element).map((radio) => radio.labels?.[0]?.textContent?.trim())).to.deep.equal(
      options.map((option) => option.label),
    );
  });

  it('fires one answer-change with the option picked when the user clicks it', async () => {
    const element = await mount();
    const events: AnswerChangeEvent[] = [];
    element.addEventListener('perseverance-answer-change', (event) => events.push(event));
    element.querySelectorAll('label')[2]!.click();
    expect(events.map((event) => event.detail)).to.deep.equal([
      { questionId: question.id, value: 2 },
    ]);
    expect(events[0]!.composed, 'internal: stays in the widget').to.equal(false);
    radios(element)[4]!.click();
    expect(events.at(-1)!.detail.value).to.equal('unknown');
  });

  it('fires nothing when its value is set by its owner, and checks that radio', async () => {
    const element = await mount();
    const events: Event[] = [];
    element.addEventListener('perseverance-answer-change', (event) => events.push(event));
    element.value = 3;
    await element.updateComplete;
    expect(radios(element).map((radio) => radio.checked)).to.deep.equal([
      false,
      false,
      false,
      true,
      false,
    ]);
    expect(events).to.have.length(0);
  });

  it('opens and closes its help with the button, which says whether it is expanded', async () => {
    const element = await mount(1);
    const toggle = element.querySelector<HTMLButtonElement>('button.help-toggle')!;
    const help = element.querySelector<HTMLElement>('.help')!;
    expect(help.hidden).to.equal(true);
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(help.hidden).to.equal(false);
    expect(help.id).to.equal(toggle.getAttribute('aria-controls'));
  });
});
