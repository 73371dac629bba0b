import { LitElement, css, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import qrcode from 'qrcode-generator';
import { defineElement } from '../app/define.js';

/**
 * The dark modules of `text`'s QR code, as rows of booleans (quiet zone not included).
 * Library: `qrcode-generator` (Kazuhiko Arase's reference implementation, MIT, no dependency, no
 * install script, ≈ 7.6 KB gzip), loaded with the session's chunk only. Error correction M
 * (15 %): a projected or photographed code survives glare. Byte mode: callers pass ASCII (a URL
 * with its fragment percent-encoded, a share code), which the library writes as it is.
 */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, row) =>
    Array.from({ length: n }, (_, col) => qr.isDark(row, col)),
  );
}

/** One SVG path drawing every dark module, offset by the 4-module quiet zone. */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + 4} ${y + 4}h1v1h-1z`);
    }),
  );
  return parts.join('');
}

/**
 * @summary A QR code for a short text (the session's join link), drawn as SVG: black on white
 * with its quiet zone, sharp at any size, printed as it shows. The text it holds is its label.
 * @tagname perseverance-qr-code
 * @internal
 */
export class PerseveranceQrCode extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      width: var(--_qr-size, 12em);
      max-width: 100%;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  `;

  /** What the code holds. */
  @property() text = '';
  /** Its accessible name (what scanning it does). */
  @property() label = '';

  private cache: { text: string; path: string; size: number } | null = null;

  override render() {
    if (!this.text) return nothing;
    if (this.cache?.text !== this.text) {
      const matrix = qrMatrix(this.text);
      this.cache = { text: this.text, path: qrPath(matrix), size: matrix.length + 8 };
    }
    const { path, size } = this.cache;
    return html`<svg
      viewBox=${`0 0 ${size} ${size}`}
      role="img"
      aria-label=${this.label || this.text}
      shape-rendering="crispEdges"
    >
      ${svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${path} fill="#000"></path>`}
    </svg>`;
  }
}

defineElement('perseverance-qr-code', PerseveranceQrCode);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-qr-code': PerseveranceQrCode;
  }
}
