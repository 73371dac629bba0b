import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../app/define.js';
import { sharedStyles } from '../styles/shared.js';

/** One axis's bar: its value, and optionally the team's middle half and last year's mark. */
/**
 * Axes (or any scored rows) highest first, unscored last; equal scores keep their catalogue order
 * (the sort is stable), so a tie is never reordered arbitrarily.
 */
export function byScore<T extends { readonly score: number | null }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
}

export interface BarRow {
  readonly id: string;
  readonly label: string;
  /** 0–100, null when not scored. */
  readonly value: number | null;
  /** The middle half of the team (first to third quartile), 0–100. */
  readonly band?: readonly [number, number] | null;
  /** Last year, 0–100 (a mark on the bar). */
  readonly mark?: number | null;
  /** Printed after the value (a tie, a change since last year, « peu de réponses »). */
  readonly note?: string;
}

/** One clé: its headline and its axes, sorted by the caller. */
export interface BarGroup {
  readonly keyId: string;
  /** The clé's colour name (`accueillir`…): the bar takes `--_key-<color>`. */
  readonly color: string;
  readonly label: string;
  readonly value: number | null;
  /** The value in words (« proche de « En place » »). */
  readonly words: string;
  readonly mark?: number | null;
  readonly note?: string;
  readonly rows: readonly BarRow[];
}

const pct = (v: number) => `${Math.max(0, Math.min(100, v))}%`;

/**
 * @summary A profile read at a glance: a headline per clé (value in words and numbers, a bar in
 * the clé's colour), then its axes as horizontal bars with their value printed. Optional: the
 * team's middle half as a band, last year as a mark. Every number is in the text; the bars are
 * decoration (`aria-hidden`).
 * @tagname perseverance-profile-bars
 * @internal
 */
export class PerseveranceProfileBars extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .groups {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr));
        gap: 1em 2em;
      }
      section {
        border-top: 4px solid var(--_bar);
        padding-top: 0.25em;
        break-inside: avoid;
      }
      h3,
      h4,
      h5 {
        margin: 0.25em 0;
        font-size: 1.125em;
        color: var(--_bar);
      }
      .head {
        font-size: 1.125em;
        margin: 0 0 0.25em;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        margin: 0.5em 0;
      }
      .row {
        color: var(--_text);
        display: flex;
        justify-content: space-between;
        gap: 0.5em;
        overflow-wrap: anywhere;
      }
      .value {
        font-weight: bold;
        white-space: nowrap;
      }
      .note {
        color: var(--_text-mention);
        font-size: 0.875em;
      }
      .track {
        position: relative;
        height: 0.75em;
        background: var(--_bg-alt);
        border: 1px solid var(--_border-light);
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      .head + .track {
        height: 1.25em;
      }
      .fill,
      .band,
      .mark {
        position: absolute;
        top: 0;
        bottom: 0;
        left: 0;
      }
      .fill {
        background: var(--_bar);
      }
      .band {
        top: 25%;
        bottom: 25%;
        background: color-mix(in srgb, var(--_text) 45%, transparent);
      }
      .mark {
        width: 0;
        top: -0.25em;
        bottom: -0.25em;
        border-left: 3px solid var(--_text);
      }
      .key-accueillir {
        --_bar: var(--_key-accueillir);
      }
      .key-accrocher {
        --_bar: var(--_key-accrocher);
      }
      .key-accompagner {
        --_bar: var(--_key-accompagner);
      }
      .key-raccrocher {
        --_bar: var(--_key-raccrocher);
      }
      /* On paper (the profile's annex): the 28 axes in less height. */
      @media print {
        li {
          margin: 0.2em 0;
        }
        .track {
          height: 0.5em;
        }
        .head + .track {
          height: 0.9em;
        }
      }
      @media (forced-colors: active) {
        .fill {
          background: CanvasText;
        }
      }
    `,
  ];

  @property({ attribute: false }) groups: readonly BarGroup[] = [];
  /** Text of a row without a score (« non évalué »). */
  @property() notScored = '';
  /** Heading level of the clés' names: 3 (default), 4 or 5. */
  @property({ type: Number }) level = 3;
  /** Formats a value (« 58 % »). */
  @property({ attribute: false }) format: (value: number) => string = (v) => `${Math.round(v)} %`;

  private track(
    value: number | null,
    band?: readonly [number, number] | null,
    mark?: number | null,
  ) {
    // Widths through a property (not a style attribute): allowed under a strict CSP.
    return html`<div class="track" aria-hidden="true">
      ${value === null ? nothing : html`<div class="fill" .style=${`width: ${pct(value)}`}></div>`}
      ${
        band
          ? html`<div
              class="band"
              .style=${`left: ${pct(band[0])}; width: ${pct(band[1] - band[0])}`}
            ></div>`
          : nothing
      }
      ${mark == null ? nothing : html`<div class="mark" .style=${`left: ${pct(mark)}`}></div>`}
    </div>`;
  }

  override render() {
    const value = (v: number | null) => (v === null ? this.notScored : this.format(v));
    const heading = (text: string) =>
      this.level === 5
        ? html`<h5>${text}</h5>`
        : this.level === 4
          ? html`<h4>${text}</h4>`
          : html`<h3>${text}</h3>`;
    return html`<div class="groups">
      ${this.groups.map(
        (group) =>
          html`<section class=${`key-${group.color}`}>
            ${heading(group.label)}
            <p class="head">
              <span class="value">${value(group.value)}</span> ${group.words}
              ${group.note ? html`<span class="note">${group.note}</span>` : nothing}
            </p>
            ${this.track(group.value, null, group.mark)}
            <ul>
              ${group.rows.map(
                (row) =>
                  html`<li>
                    <div class="row">
                      <span>${row.label}</span><span class="value">${value(row.value)}</span>
                    </div>
                    ${row.note ? html`<div class="note">${row.note}</div>` : nothing}
                    ${this.track(row.value, row.band, row.mark)}
                  </li>`,
              )}
            </ul>
          </section>`,
      )}
    </div>`;
  }
}

defineElement('perseverance-profile-bars', PerseveranceProfileBars);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-profile-bars': PerseveranceProfileBars;
  }
}
