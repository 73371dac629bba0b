import { expect, html } from '@open-wc/testing';
import '../../components/app/perseverance-notices.js';
import type { PerseveranceNotices } from '../../components/app/perseverance-notices.js';
import { contextFixture } from './context-fixture.js';

const notice = {
  id: 'import-error',
  tone: 'error',
  message: 'Le fichier n’est pas un export du diagnostic.',
} as const;

const mount = (options: Parameters<typeof contextFixture>[1] = {}) =>
  contextFixture<PerseveranceNotices>(html`<perseverance-notices></perseverance-notices>`, options);

describe('<perseverance-notices>', () => {
  it('is accessible, in an alert region, each notice with a named dismiss button', async () => {
    const { element } = await mount({ setup: (store) => store.notify(notice) });
    await expect(element).to.be.accessible();
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include(notice.message);
    expect(alert.querySelector('button')!.getAttribute('aria-label')).to.equal('Fermer ce message');
  });

  it('calls dismissNotice with the notice the user closes', async () => {
    const { element, calls } = await mount({
      setup: (store) => {
        store.notify({ id: 'other', tone: 'info', message: 'Autre message.' });
        store.notify(notice);
      },
    });
    element.shadowRoot!.querySelectorAll('button')[1]!.click();
    expect(calls).to.deep.equal([{ name: 'dismissNotice', args: [notice.id] }]);
  });

  it('keeps its alert region and calls nothing when notices come and go', async () => {
    const { element, calls, change } = await mount();
    // The region exists before any notice, so screen readers announce the ones added later.
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent!.trim()).to.equal('');
    await change((store) => store.notify(notice));
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(alert);
    expect(alert.textContent).to.include(notice.message);
    await change((store) => store.dismissNotice(notice.id));
    expect(alert.textContent!.trim()).to.equal('');
    expect(calls).to.deep.equal([]);
  });
});
