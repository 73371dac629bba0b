import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../app/define.js';

/** What this element needs of the Shape Detection API (not in TypeScript's DOM types yet). */
interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats?(): Promise<string[]>;
}

function detectorClass(): DetectorClass | null {
  const found = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  return typeof found === 'function' ? found : null;
}

/**
 * True where the browser can scan a QR code with a camera: `BarcodeDetector` with the `qr_code`
 * format, and `getUserMedia`. Elsewhere (Firefox, Safari on a Mac, most desktops) the option is
 * not offered: no decoder is shipped, codes are pasted as before.
 */
export async function canScanQr(): Promise<boolean> {
  const Detector = detectorClass();
  if (!Detector || typeof navigator.mediaDevices?.getUserMedia !== 'function') return false;
  try {
    const formats = (await Detector.getSupportedFormats?.()) ?? ['qr_code'];
    return formats.includes('qr_code');
  } catch {
    return false;
  }
}

/** Fired with each new text read from a QR code (the same text is not repeated). */
export class QrScannedEvent extends Event {
  static readonly eventName = 'perseverance-qr-scanned';
  constructor(readonly text: string) {
    super(QrScannedEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * @summary Scans the QR codes respondents' phones show (their share codes) with this device's
 * camera, where the browser has `BarcodeDetector`; renders nothing elsewhere. The camera runs only
 * between « Scanner » and « Arrêter » (or the element leaving the page); images stay on the device.
 * @tagname perseverance-qr-scan
 * @fires perseverance-qr-scanned - `QrScannedEvent`, with the text read.
 * @internal
 */
export class PerseveranceQrScan extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    video {
      display: block;
      width: 100%;
      max-width: 24em;
      margin: 0.5em 0;
      background: #000;
    }
    [hidden] {
      display: none !important;
    }
  `;

  /** Button and status texts, from the session's strings. */
  @property({ attribute: false }) labels = {
    start: 'Scanner un code avec l’appareil photo',
    stop: 'Arrêter',
    read: (n: number) => `${n} lu(s)`,
    denied: 'Appareil photo indisponible.',
    video: 'Image de l’appareil photo',
  };

  @state() private supported = false;
  @state() private running = false;
  @state() private status = '';
  private stream: MediaStream | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly seen = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    void canScanQr().then((ok) => (this.supported = ok));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  private async start() {
    const Detector = detectorClass();
    if (!Detector) return;
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
    } catch {
      this.status = this.labels.denied;
      return;
    }
    this.running = true;
    await this.updateComplete;
    const video = this.renderRoot.querySelector('video')!;
    video.srcObject = this.stream;
    // Not awaited: `play()` may wait for a first frame; detection simply finds nothing until then.
    void video.play().catch(() => undefined);
    const detector = new Detector({ formats: ['qr_code'] });
    const tick = async () => {
      if (!this.running) return;
      try {
        for (const { rawValue } of await detector.detect(video)) {
          const text = rawValue.trim();
          if (!text || this.seen.has(text)) continue;
          this.seen.add(text);
          this.status = this.labels.read(this.seen.size);
          this.dispatchEvent(new QrScannedEvent(text));
        }
      } catch {
        // A frame not ready yet: the next one will do.
      }
      if (this.running) this.timer = setTimeout(() => void tick(), 250);
    };
    void tick();
  }

  stop(): void {
    this.running = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
  }

  override render() {
    if (!this.supported) return nothing;
    return html`<div class="actions">
        ${
          this.running
            ? html`<button type="button" @click=${() => this.stop()}>${this.labels.stop}</button>`
            : html`<button type="button" @click=${() => this.start()}>${this.labels.start}</button>`
        }
      </div>
      <video ?hidden=${!this.running} muted playsinline aria-label=${this.labels.video}></video>
      <p role="status">${this.status}</p>`;
  }
}

defineElement('perseverance-qr-scan', PerseveranceQrScan);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-qr-scan': PerseveranceQrScan;
  }
  interface GlobalEventHandlersEventMap {
    'perseverance-qr-scanned': QrScannedEvent;
  }
}
