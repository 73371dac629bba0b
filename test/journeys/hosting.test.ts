import { expect } from '@open-wc/testing';
import {
  answerAllVisible,
  click,
  currentView,
  deepQuery,
  deepQueryAll,
  mountWidget,
  settle,
  until,
  JOURNEY_TIMEOUT,
} from './helpers.js';
import type { PerseveranceErrorEvent } from '../../components/app/events.js';

async function mountExpectingError(attributes: Record<string, string>) {
  const element = document.createElement('perseverance-diagnostic');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const error = new Promise<PerseveranceErrorEvent>((resolve) =>
    element.addEventListener('perseverance-error', (event) => resolve(event), { once: true }),
  );
  document.body.append(element);
  const event = await error;
  await settle(element);
  return { element, event };
}

describe('<perseverance-diagnostic> on a host page', function () {
  this.timeout(JOURNEY_TIMEOUT);
  it('loads a custom catalogue from catalogue-src', async () => {
    const widget = await mountWidget({
      'catalogue-src': '/data/examples/catalogue-minimal.json?raw',
    });
    await click(widget, 'Commencer');
    const minimal = await (await fetch('/data/examples/catalogue-minimal.json?raw')).json();
    const firstKeyQuestions = minimal.questions.filter((q: { axis: string }) =>
      minimal.axes.some(
        (a: { id: string; key: string }) => a.id === q.axis && a.key === minimal.keys[0].id,
      ),
    );
    expect(deepQueryAll(widget, 'perseverance-question')).to.have.length(firstKeyQuestions.length);
  });

  it('shows an error panel listing each problem with its path for an invalid catalogue', async () => {
    const { element, event } = await mountExpectingError({
      'catalogue-src': '/test/fixtures/invalid-catalogue.json?raw',
    });
    expect(event.detail.kind).to.equal('catalogue');
    expect(event.detail.issues!.length).to.be.greaterThan(0);
    const panel = deepQuery(element, 'perseverance-error-panel');
    const text = panel.shadowRoot!.textContent!;
    expect(text).to.include('contient des erreurs');
    for (const issue of event.detail.issues!) expect(text).to.include(issue.message);
    expect(text).to.match(/questions\[\d+\]\.axis/);
    await expect(element).to.be.accessible();
    element.remove();
  });

  it('shows an error panel when the catalogue cannot be loaded', async () => {
    const { element, event } = await mountExpectingError({
      'catalogue-src': '/test/fixtures/does-not-exist.json',
    });
    expect(event.detail.message).to.include('404');
    expect(deepQuery(element, 'perseverance-error-panel').shadowRoot!.textContent).to.include(
      'n’a pas pu être chargé',
    );
    element.remove();
  });

  it('keeps two instances with different storage keys independent', async () => {
    const a = await mountWidget();
    const b = await mountWidget();
    await click(a, 'Commencer');
    await answerAllVisible(a, () => 1);
    expect(Object.keys(a.answers).length).to.be.greaterThan(0);
    expect(b.answers).to.deep.equal({});
    await click(b, 'Commencer');
    await answerAllVisible(b, () => 3);
    const aValues = new Set(Object.values(a.answers));
    const bValues = new Set(Object.values(b.answers));
    expect([...aValues]).to.deep.equal([1]);
    expect([...bValues]).to.deep.equal([3]);
  });

  it('speaks English when lang="en", keeping the root lang attribute', async () => {
    const widget = await mountWidget({ lang: 'en' });
    const root = widget.shadowRoot!.querySelector('.root')!;
    expect(root.getAttribute('lang')).to.equal('en');
    expect(currentView(widget)!.shadowRoot!.textContent).to.include('Start the diagnostic');
    // The shell in English (nav, footer, the root's lang): the welcome's own check is an element test.
    await expect(widget).to.be.accessible();
  });

  it('declares the language it speaks for a regional lang (en-GB: English, lang="en")', async () => {
    const widget = await mountWidget({ lang: 'en-GB' });
    expect(currentView(widget)!.shadowRoot!.textContent).to.include('Start the diagnostic');
    expect(widget.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
  });

  it('passes axe on a questionnaire step left with unanswered questions, and the recommendations', async () => {
    const widget = await mountWidget({ levels: 'lycee-pro' });
    await click(widget, 'Commencer');
    await click(widget, 'Clé suivante');
    await click(widget, 'Clé précédente');
    // The built-in catalogue's first step, its questions flagged: the step's fullest state.
    expect(deepQueryAll(widget, 'perseverance-question[flagged]').length).to.be.greaterThan(0);
    await expect(currentView(widget)).to.be.accessible();
    await click(widget, 'Recommandations');
    await until(
      () => deepQueryAll(widget, 'perseverance-recommendation-card').length > 0,
      'recommendation cards',
    );
    await settle(widget);
    await expect(currentView(widget)).to.be.accessible();
  });
});
