import { expect } from '@open-wc/testing';
import { loadCatalogue } from '../../components/app/catalogue-loader.js';
import { downloadsMayBeBlocked } from '../../components/app/export-fallback.js';
import { loadMessages, messagesFor } from '../../components/i18n/index.js';
import { deepText, mountSettled } from './helpers.js';

/** Replaces `fetch` for one test and counts its calls; restored in `finally`. */
async function countingFetch<T>(run: () => Promise<T>): Promise<{ result: T; calls: number }> {
  const real = globalThis.fetch;
  let calls = 0;
  globalThis.fetch = (...args) => {
    calls += 1;
    return real(...args);
  };
  try {
    return { result: await run(), calls };
  } finally {
    globalThis.fetch = real;
  }
}

describe('hardening — what a host’s catalogue address is told', () => {
  it('a `javascript:` address is said not to be http(s), without a request (not « réseau »)', async () => {
    const { result, calls } = await countingFetch(() =>
      loadCatalogue('javascript:alert(1)', messagesFor('fr'), undefined, { retryDelayMs: 1 }),
    );
    expect(calls).to.equal(0);
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.problem.message).to.equal(
        'Le catalogue « javascript:alert(1) » n’a pas pu être chargé : l’adresse doit commencer par http:// ou https://, pas par « javascript: ».',
      );
  });

  it('in English too; an address that is not one is said so', async () => {
    const en = await loadMessages('en');
    const scheme = await loadCatalogue('file:///C:/catalogue.json', en);
    if (scheme.ok) throw new Error('file: accepted');
    expect(scheme.problem.message).to.equal(
      'The catalogue “file:///C:/catalogue.json” could not be loaded: the address must start with http:// or https://, not with “file:”.',
    );
    const { result, calls } = await countingFetch(() =>
      loadCatalogue('http://[catalogue', messagesFor('fr')),
    );
    expect(calls).to.equal(0);
    if (result.ok) throw new Error('a bad address accepted');
    expect(result.problem.message).to.equal(
      'Le catalogue « http://[catalogue » n’a pas pu être chargé : ce n’est pas une adresse valide.',
    );
  });

  it('the widget shows it in its error panel, in French', async () => {
    const { widget, outcome } = await mountSettled({ 'catalogue-src': 'javascript:alert(1)' });
    try {
      expect(outcome).to.equal('error');
      const text = deepText(widget);
      expect(text).to.include('l’adresse doit commencer par http:// ou https://');
      expect(text).to.not.include('réseau');
    } finally {
      widget.remove();
    }
  });

  it('a blank `catalogue-src` (a CMS template left empty) is no catalogue: the built-in one starts', async () => {
    const { widget, outcome } = await mountSettled({ 'catalogue-src': '   ' });
    try {
      expect(outcome).to.equal('ready');
      expect(deepText(widget)).to.not.include('JSON');
      expect(deepText(widget)).to.include('Commencer le diagnostic');
    } finally {
      localStorage.removeItem(widget.storageKey!);
      widget.remove();
    }
  });
});

describe('hardening — downloads in a frame the host sandboxed', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  /** A same-origin frame (so that its `frameElement` can be read), loaded. */
  async function frame(sandbox: string | null, parent: Document = document) {
    const element = parent.createElement('iframe');
    if (sandbox !== null) element.setAttribute('sandbox', sandbox);
    const loaded = new Promise((resolve) => element.addEventListener('load', resolve));
    element.srcdoc = '<!doctype html><p>cadre</p>';
    parent.body.append(element);
    await loaded;
    if (parent === document) frames.push(element);
    return element.contentWindow!;
  }

  it('says downloads may be blocked in a sandbox without allow-downloads, not otherwise', async () => {
    expect(downloadsMayBeBlocked(window), 'the test page itself').to.equal(false);
    expect(downloadsMayBeBlocked(await frame(null)), 'a plain frame').to.equal(false);
    expect(
      downloadsMayBeBlocked(await frame('allow-scripts allow-same-origin')),
      'a sandbox without allow-downloads',
    ).to.equal(true);
    expect(
      downloadsMayBeBlocked(await frame('allow-scripts allow-same-origin allow-downloads')),
      'a sandbox that allows downloads',
    ).to.equal(false);
  });

  it('a frame inside a sandboxed frame inherits its sandbox', async () => {
    const outer = await frame('allow-scripts allow-same-origin');
    const inner = await frame(null, outer.document);
    expect(downloadsMayBeBlocked(inner)).to.equal(true);
  });
});
