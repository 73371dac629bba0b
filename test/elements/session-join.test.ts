import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/results/perseverance-share-code.js';
import type { PerseveranceShareCode } from '../../components/results/perseverance-share-code.js';
import {
  qrMatrix,
  type PerseveranceQrCode,
} from '../../components/session/perseverance-qr-code.js';
import '../../components/session/perseverance-qr-scan.js';
import type { PerseveranceQrScan } from '../../components/session/perseverance-qr-scan.js';
import { formatJoinFragment } from '../../src/share/join-link.js';
import { sampleAnswers } from '../fixtures/small-catalogue.js';
import { contextFixture } from './context-fixture.js';

const LINK = `https://lycee.example/gpds.html${formatJoinFragment({
  session: 'GPDS — décembre',
  version: 'court',
  contact: 'cpe@ac-test.fr',
})}`;

/** A finder pattern: a 7 × 7 dark ring, a light ring, a 3 × 3 dark centre. */
function hasFinder(m: boolean[][], top: number, left: number): boolean {
  for (let y = 0; y < 7; y += 1)
    for (let x = 0; x < 7; x += 1) {
      const ring = y === 0 || y === 6 || x === 0 || x === 6;
      const centre = y >= 2 && y <= 4 && x >= 2 && x <= 4;
      if (m[top + y]![left + x] !== (ring || centre)) return false;
    }
  return true;
}

describe('<perseverance-qr-code>', () => {
  it('draws a valid QR symbol of the link, labelled, black on white (axe clean)', async () => {
    const el = await fixture<PerseveranceQrCode>(
      html`<perseverance-qr-code .text=${LINK} label="Code QR du lien"></perseverance-qr-code>`,
    );
    const m = qrMatrix(LINK);
    const n = m.length;
    expect((n - 17) % 4).to.equal(0);
    expect(hasFinder(m, 0, 0) && hasFinder(m, 0, n - 7) && hasFinder(m, n - 7, 0)).to.equal(true);
    // Timing pattern: row 6 alternates between the finders.
    for (let x = 8; x < n - 8; x += 1) expect(m[6]![x]).to.equal(x % 2 === 0);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Code QR du lien');
    expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${n + 8} ${n + 8}`);
    const dark = m.flat().filter(Boolean).length;
    expect(svg.querySelector('path')!.getAttribute('d')!.match(/M/g)).to.have.length(dark);
    await expect(el).to.be.accessible();
  });
});

describe('<perseverance-share-code> opened from a join link', () => {
  let before = '';
  beforeEach(() => {
    before = location.href;
    history.replaceState(null, '', new URL(LINK).hash);
  });
  afterEach(() => {
    history.replaceState(null, '', before);
    delete (navigator as unknown as Record<string, unknown>).share;
  });

  const mount = () =>
    contextFixture<PerseveranceShareCode>(
      html`<perseverance-share-code></perseverance-share-code>`,
      {
        setup: (store) => {
          for (const [id, value] of Object.entries(sampleAnswers())) store.answer(id, value);
        },
      },
    );

  it('names the session and mails the ready message to the facilitator; no share button without Web Share', async () => {
    const { element } = await mount();
    const root = element.shadowRoot!;
    expect(root.textContent).to.include('Séance : GPDS — décembre');
    const mail = root.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    const code = root.querySelector<HTMLInputElement>('#share-code')!.value;
    expect(mail.href.startsWith('mailto:cpe@ac-test.fr?subject=')).to.equal(true);
    expect(decodeURIComponent(mail.href)).to.include(code);
    expect([...root.querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include(
      'Envoyer mon code',
    );
    await expect(element).to.be.accessible();
  });

  it('opens the native share sheet with the message where the browser has one', async () => {
    const shared: ShareData[] = [];
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        shared.push(data);
      },
    });
    const { element } = await mount();
    const root = element.shadowRoot!;
    const send = [...root.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Envoyer mon code',
    )!;
    send.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    const code = root.querySelector<HTMLInputElement>('#share-code')!.value;
    expect(shared).to.have.length(1);
    expect(shared[0]!.text).to.include(code);
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('Code partagé.');
  });

  it('shows the code as a QR code on demand, for the facilitator to scan', async () => {
    const { element } = await mount();
    const root = element.shadowRoot!;
    [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('QR'))!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    const qr = root.querySelector<PerseveranceQrCode>('perseverance-qr-code')!;
    expect(qr.text).to.equal(root.querySelector<HTMLInputElement>('#share-code')!.value);
  });
});

describe('<perseverance-qr-scan>', () => {
  const g = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete g.BarcodeDetector;
    delete (navigator.mediaDevices as unknown as Record<string, unknown>).getUserMedia;
  });

  it('offers nothing where the browser has no BarcodeDetector', async () => {
    delete g.BarcodeDetector;
    const el = await fixture<PerseveranceQrScan>(
      html`<perseverance-qr-scan></perseverance-qr-scan>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('scans with the camera where it can, reports each new code once, and stops the camera', async () => {
    const canvas = document.createElement('canvas');
    const stream = canvas.captureStream();
    Object.defineProperty(navigator.mediaDevices, 'getUserMedia', {
      configurable: true,
      value: async () => stream,
    });
    g.BarcodeDetector = class {
      static getSupportedFormats = async () => ['qr_code', 'ean_13'];
      detect = async () => [{ rawValue: 'CODE-ONE' }];
    };
    const el = await fixture<PerseveranceQrScan>(
      html`<perseverance-qr-scan></perseverance-qr-scan>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const read: string[] = [];
    el.addEventListener('perseverance-qr-scanned', (e) => read.push(e.text));
    el.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => read.length > 0, 'a code read');
    // The same code, seen on the next frames, is not reported again.
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent !== '');
    expect(read).to.deep.equal(['CODE-ONE']);
    await el.updateComplete;
    el.shadowRoot!.querySelector('button')!.click();
    expect(stream.getTracks().every((track) => track.readyState === 'ended')).to.equal(true);
  });
});
