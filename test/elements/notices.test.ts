import { expect, html, waitUntil } from '@open-wc/testing';
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

describe('<perseverance-notices> — storage notices (facts worded here, copies to download)', () => {
  const mine = 'perseverance:x.backup-2026-12-05T10:00:00.000Z';
  const theirs = 'perseverance:x.backup-2026-12-05T10:00:00.000Z-2';
  const conflict = {
    id: 'storage-conflict',
    tone: 'warning',
    storage: { kind: 'conflict', mine, theirs },
  } as const;

  /** Mounted, with the storage notice's words (loaded the first time one shows) in. */
  async function mountWith(storage: typeof conflict, lang: 'fr' | 'en' = 'fr') {
    const fx = await mount({ lang, setup: (store) => store.notify(storage) });
    await waitUntil(() => fx.element.shadowRoot!.querySelector('li p'), 'the notice');
    await fx.element.updateComplete;
    return fx;
  }

  it('a stale tab’s merge: « Rien n’est perdu », one button per version kept aside', async () => {
    const { element, calls } = await mountWith(conflict);
    const item = element.shadowRoot!.querySelector('li')!;
    const sentence = item.querySelector('p')!.textContent!;
    expect(sentence).to.include('Rien n’est perdu');
    expect(sentence).not.to.include('perseverance:');
    expect(item.querySelector('small')!.textContent).to.include(mine).and.include(theirs);
    const buttons = [...item.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal([
      'Télécharger la version de cet onglet',
      'Télécharger l’autre version',
      '×',
    ]);
    item.querySelectorAll('button')[1]!.click();
    expect(calls).to.have.length(1);
    expect(calls[0]!.name).to.equal('downloadCopy');
    expect(calls[0]!.args[0]).to.equal(theirs);
    expect(calls[0]!.args[1]).to.match(/^perseverance-copie-mise-de-cote-\d{4}-\d\d-\d\d\.json$/);
    await expect(element).to.be.accessible();
  });

  it('in English: the same notice in English words, English buttons and file name', async () => {
    const { element, calls } = await mountWith(conflict, 'en');
    const item = element.shadowRoot!.querySelector('li')!;
    expect(item.querySelector('p')!.textContent).to.include('Nothing is lost');
    const buttons = [...item.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent!.trim()).slice(0, 2)).to.deep.equal([
      'Download this tab’s version',
      'Download the other version',
    ]);
    buttons[0]!.click();
    expect(calls[0]!.args[0]).to.equal(mine);
    expect(calls[0]!.args[1]).to.match(/^perseverance-set-aside-copy-/);
  });
});
