import { expect, html, waitUntil } from '@open-wc/testing';
import '../../components/results/perseverance-share-code.js';
import type { PerseveranceShareCode } from '../../components/results/perseverance-share-code.js';
import { formatJoinFragment } from '../../src/share/join-link.js';
import { decodeShareCode } from '../../src/share/share-code.js';
import { sampleAnswers } from '../fixtures/small-catalogue.js';
import { contextFixture } from './context-fixture.js';

const answered = (store: { answer(id: string, value: 0 | 1 | 2 | 3 | 'unknown'): void }) => {
  for (const [id, value] of Object.entries(sampleAnswers())) store.answer(id, value);
};

const mount = () =>
  contextFixture<PerseveranceShareCode>(html`<perseverance-share-code></perseverance-share-code>`, {
    setup: answered,
  });

/** Replaces `navigator.clipboard` for one test: records what is written, or refuses. */
async function withClipboard(refuse: boolean, body: (written: string[]) => Promise<void>) {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        if (refuse) throw new DOMException('Refused', 'NotAllowedError');
        written.push(text);
      },
    },
  });
  try {
    await body(written);
  } finally {
    // The own property goes: `navigator.clipboard` is the prototype's again.
    delete (navigator as unknown as Record<string, unknown>).clipboard;
  }
}

describe('<perseverance-share-code>', () => {
  it('is accessible, and its code gives back the answers', async () => {
    const { element, snapshot } = await mount();
    await expect(element).to.be.accessible();
    const code = element.shadowRoot!.querySelector<HTMLInputElement>('#share-code')!.value;
    expect(decodeShareCode(snapshot.catalogue, code)).to.deep.equal(sampleAnswers());
    expect(element.shadowRoot!.querySelector('textarea')!.value).to.include(code);
  });

  it('copies the code when the user asks, and says so in its status line', async () => {
    const { element } = await mount();
    const root = element.shadowRoot!;
    await withClipboard(false, async (written) => {
      root.querySelector('button')!.click();
      await waitUntil(() => written.length === 1, 'the clipboard written');
      await element.updateComplete;
      expect(written).to.deep.equal([root.querySelector<HTMLInputElement>('#share-code')!.value]);
      expect(root.querySelector('[role="status"]')!.textContent).to.equal(
        'Copié dans le presse-papiers.',
      );
    });
  });

  it('selects the message for a manual copy when the browser refuses', async () => {
    const { element } = await mount();
    const root = element.shadowRoot!;
    await withClipboard(true, async () => {
      root.querySelectorAll('button')[1]!.click();
      await waitUntil(
        () => root.querySelector('[role="status"]')!.textContent !== '',
        'the status line',
      );
      const message = root.querySelector('textarea')!;
      expect(root.activeElement).to.equal(message);
      expect(message.selectionEnd - message.selectionStart).to.equal(message.value.length);
      expect(root.querySelector('[role="status"]')!.textContent).to.include('Ctrl+C');
    });
  });

  it('shows the new code when the answers change under it, copying nothing', async () => {
    const { element, change } = await mount();
    await withClipboard(false, async (written) => {
      const input = element.shadowRoot!.querySelector<HTMLInputElement>('#share-code')!;
      const before = input.value;
      await change((store) => store.answer('climat-1', 0));
      expect(input.value).not.to.equal(before);
      expect(written).to.deep.equal([]);
      expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');
    });
  });
});

describe('<perseverance-share-code> opened from a session link', () => {
  let before = '';
  beforeEach(() => {
    before = location.href;
  });
  afterEach(() => {
    history.replaceState(null, '', before);
  });

  it('keeps the session’s name, as its organiser typed it, from turning the widget’s words around', async () => {
    const name = `GPDS \u202Edécembre ${'x'.repeat(100)}`;
    history.replaceState(null, '', formatJoinFragment({ session: name, version: 'complet' }));
    const { element } = await mount();
    const line = element.shadowRoot!.querySelector('strong')!;
    const isolated = line.querySelector('bdi');
    expect(isolated?.textContent).to.equal(name);
    // The widget's own words stay outside the isolated name.
    const outside = [...line.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
    expect(
      outside
        .map((node) => node.textContent)
        .join('')
        .trim(),
    ).to.equal('Séance :');
    element.style.width = '280px';
    expect(line.scrollWidth).to.be.at.most(line.clientWidth + 1);
  });
});
