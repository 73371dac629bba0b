import { expect } from '@open-wc/testing';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import {
  answerAllVisible,
  buttonByText,
  click,
  currentView,
  deepQueryAll,
  mountWidget,
  until,
  JOURNEY_TIMEOUT,
} from './helpers.js';

const QUESTION_COUNT = defaultCatalogue.questions.length;

/** Radio groups as the shared bench counts them: native radios sharing a name within one root. */
function radioGroups(widget: Element): number {
  let groups = 0;
  const visit = (root: Document | ShadowRoot) => {
    const names = new Set<string>();
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      names.add(input.name);
    groups += names.size;
    for (const element of root.querySelectorAll('*'))
      if (element.shadowRoot) visit(element.shadowRoot);
  };
  visit(widget.shadowRoot!);
  return groups;
}

describe('<perseverance-diagnostic layout="page">', function () {
  this.timeout(JOURNEY_TIMEOUT);
  it('shows every question at once, as native radio groups, without « Commencer »', async () => {
    const widget = await mountWidget({ layout: 'page' });
    expect(currentView(widget)?.localName).to.equal('perseverance-questionnaire');
    expect(deepQueryAll(widget, 'perseverance-question')).to.have.length(QUESTION_COUNT);
    expect(radioGroups(widget)).to.equal(QUESTION_COUNT);
    expect(() => buttonByText(widget, 'Commencer')).to.throw();
    // The built-in catalogue's questions (help texts, taglines) on one page: the view, not the shell.
    await expect(currentView(widget)).to.be.accessible();
  });

  it('has its questions in the DOM when perseverance-ready fires', async () => {
    const element = document.createElement('perseverance-diagnostic');
    element.setAttribute('layout', 'page');
    element.setAttribute('storage-key', `perseverance-page-ready-${Date.now()}`);
    const groupsAtReady = new Promise<number>((resolve) =>
      element.addEventListener('perseverance-ready', () => resolve(radioGroups(element)), {
        once: true,
      }),
    );
    document.body.append(element);
    expect(await groupsAtReady).to.equal(QUESTION_COUNT);
    element.remove();
  });

  it('keeps the welcome content reachable from the navigation', async () => {
    const widget = await mountWidget({ layout: 'page' });
    await click(widget, 'Accueil');
    expect(currentView(widget)?.localName).to.equal('perseverance-welcome');
    expect(currentView(widget)!.shadowRoot!.textContent).to.include('Rien n’est envoyé');
    await click(widget, 'Commencer');
    expect(deepQueryAll(widget, 'perseverance-question')).to.have.length(QUESTION_COUNT);
  });

  it('answers on one page and opens the profile', async () => {
    const widget = await mountWidget({ layout: 'page' });
    await answerAllVisible(widget, (index) => index % 4);
    expect(Object.keys(widget.answers)).to.have.length(QUESTION_COUNT);
    await click(widget, 'Voir le profil');
    await until(() => currentView(widget)?.localName === 'perseverance-profile', 'the profile');
    expect(widget.profile!.status).to.equal('complete');
  });

  it('offers to resume on the welcome view when progress was saved', async () => {
    const key = `perseverance-page-resume-${Date.now()}`;
    const first = await mountWidget({ layout: 'page' }, key);
    await answerAllVisible(first, () => 2);
    first.remove();
    const second = await mountWidget({ layout: 'page' }, key);
    expect(currentView(second)?.localName).to.equal('perseverance-welcome');
    expect(currentView(second)!.shadowRoot!.textContent).to.include('Un diagnostic est en cours');
    await click(second, 'Reprendre');
    expect(currentView(second)?.localName).to.equal('perseverance-questionnaire');
    expect(deepQueryAll(second, 'perseverance-question')).to.have.length(QUESTION_COUNT);
  });
});
