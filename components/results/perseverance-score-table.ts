import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Profile } from '../../src/diagnostic/profile.js';
import { defineElement } from '../app/define.js';
import type { Messages } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import { tableStyles } from '../styles/table.js';

/**
 * @summary The profile as a data table: the text alternative of the radar, with the same values.
 * @tagname perseverance-score-table
 * @internal
 */
export class PerseveranceScoreTable extends LitElement {
  static override styles = [
    sharedStyles,
    tableStyles,
    css`
      :host {
        display: block;
        overflow-x: auto;
      }
      td.number {
        text-align: right;
        white-space: nowrap;
      }
      tbody th[scope='rowgroup'] {
        background: var(--_bg-alt);
      }
      tr.key-row th,
      tr.key-row td {
        font-weight: 700;
        background: var(--_bg-alt);
      }
      tfoot th,
      tfoot td {
        font-weight: 700;
      }
      .scroll {
        overflow-x: auto;
      }
      /* Printed over two pages, the overall score stays at the end instead of closing each page. */
      @media print {
        tfoot {
          display: table-row-group;
        }
      }
    `,
  ];

  @property({ attribute: false }) profile?: Profile;
  @property({ attribute: false }) messages?: Messages;

  override render() {
    const { profile, messages: m } = this;
    if (!profile || !m) return nothing;
    const p = m.profile;
    const score = m.score;
    // A table wider than a phone scrolls within itself: focusable and named, so a keyboard can too.
    return html`
      <div class="scroll" tabindex="0" role="region" aria-label=${p.tableCaption}>
        <table>
          <caption>
            ${p.tableCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${p.colKey} / ${p.colAxis}</th>
              <th scope="col">${p.colScore}</th>
              <th scope="col">${p.colAnswered}</th>
              <th scope="col">${p.colUnknown}</th>
            </tr>
          </thead>
          ${profile.keys.map(
            (key) => html`
              <tbody>
                <tr class="key-row">
                  <th scope="row">${key.label}</th>
                  <td class="number">${score(key.score)}</td>
                  <td class="number">${key.answered}/${key.total}</td>
                  <td class="number">${key.unknown}</td>
                </tr>
                ${profile.axes
                  .filter((axis) => axis.keyId === key.keyId)
                  .map(
                    (axis) => html`
                      <tr>
                        <th scope="row">${axis.label}</th>
                        <td class="number">${score(axis.score)}</td>
                        <td class="number">${axis.answered}/${axis.total}</td>
                        <td class="number">${axis.unknown}</td>
                      </tr>
                    `,
                  )}
              </tbody>
            `,
          )}
          <tfoot>
            <tr>
              <th scope="row">${p.overall}</th>
              <td class="number">${score(profile.overall.score)}</td>
              <td class="number">${profile.overall.answered}/${profile.overall.total}</td>
              <td class="number">${profile.overall.unknown}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    `;
  }
}

defineElement('perseverance-score-table', PerseveranceScoreTable);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-score-table': PerseveranceScoreTable;
  }
}
