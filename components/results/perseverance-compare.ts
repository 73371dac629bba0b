import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import {
  CRITERIA,
  MIN_COMPARED,
  RATING_VALUES,
  parseRating,
  rankCandidates,
  type CriterionId,
  type RatingValue,
  type RatingsById,
} from '../../src/decision/index.js';
import type { Recommendation } from '../../src/recommend/index.js';
import { defineElement } from '../app/define.js';
import { INTERNAL_EVENT } from '../app/internal-event.js';
import type { Messages } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';

/** What the user did in the comparison: rate a criterion, remove a candidate, keep it this year. */
export type CompareActionDetail =
  | {
      readonly action: 'rate';
      readonly id: string;
      readonly criterion: CriterionId;
      readonly value: RatingValue | null;
    }
  | { readonly action: 'remove'; readonly id: string }
  | { readonly action: 'retain'; readonly id: string; readonly on: boolean }
  | { readonly action: 'plan' };

/** Internal event of the comparison (never leaves the widget's shadow root). */
export class CompareActionEvent extends Event {
  static readonly eventName = 'perseverance-compare-action';
  constructor(readonly detail: CompareActionDetail) {
    super(CompareActionEvent.eventName, INTERNAL_EVENT);
  }
}

/**
 * @summary Two or three candidates side by side: the team rates each on the criteria (the project's
 * adaptation of the School Health Index's action planning), beside the fit the tool computed; the
 * ranking after rating; « Retenir pour cette année ».
 * @tagname perseverance-compare
 * @internal
 */
export class PerseveranceCompare extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      .legend {
        font-size: 0.9375em;
      }
      .legend p {
        margin: 0.35em 0;
      }
      .frame {
        max-width: 100%;
        overflow-x: auto;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        table-layout: fixed;
      }
      caption {
        text-align: left;
        font-weight: 600;
        padding-bottom: 0.5em;
      }
      th,
      td {
        border: 1px solid var(--_border-light);
        padding: 0.35em 0.4em;
        vertical-align: top;
        text-align: left;
        overflow-wrap: break-word;
        hyphens: auto;
      }
      thead th {
        font-size: 0.9375em;
      }
      th[scope='row'] {
        width: 7.5em;
        font-weight: 600;
      }
      select {
        width: 100%;
        max-width: 5em;
      }
      td button {
        width: 100%;
        margin-top: 0.25em;
        font-size: 0.875em;
      }
      .ranking {
        margin: 0.75em 0 0;
        padding-left: 1.5em;
      }
      .pressed {
        font-weight: 600;
      }
      /*
       * A narrow widget (a phone): the table stacks. Each row becomes a grid, its header on a line of
       * its own, the candidates' cells side by side below it, so each column stays wide enough to
       * read its words whole. The elements keep their table roles (explicit in the markup).
       */
      @container (max-width: 36em) {
        table,
        thead,
        tbody,
        caption {
          display: block;
        }
        tr {
          display: grid;
          grid-template-columns: repeat(var(--_columns, 3), minmax(0, 1fr));
          border-top: 1px solid var(--_border-light);
        }
        table.cols-1 tr {
          --_columns: 1;
        }
        table.cols-2 tr {
          --_columns: 2;
        }
        th,
        td {
          border: none;
        }
        th[scope='row'] {
          grid-column: 1 / -1;
          width: auto;
          padding-bottom: 0;
        }
        .corner {
          display: none;
        }
        select {
          max-width: none;
        }
      }
    `,
  ];

  /** The compared candidates, in the order ticked. */
  @property({ attribute: false }) candidates: readonly Recommendation[] = [];
  @property({ attribute: false }) ratings: RatingsById = {};
  /** Ids kept for this year (`selection.retained`). */
  @property({ attribute: false }) retained: readonly string[] = [];
  @property({ attribute: false }) messages?: Messages;

  private emit(detail: CompareActionDetail) {
    this.dispatchEvent(new CompareActionEvent(detail));
  }

  private rate(id: string, criterion: CriterionId, event: Event) {
    const value = parseRating((event.target as HTMLSelectElement).value);
    this.emit({ action: 'rate', id, criterion, value });
  }

  override render() {
    const { candidates, messages: m } = this;
    if (!m || candidates.length === 0) return nothing;
    const c = m.compare;
    const ranked = rankCandidates(candidates, this.ratings);
    const rankOf = new Map(ranked.map((row) => [row.id, row]));
    const titleOf = new Map(candidates.map((item) => [item.id, item.title]));
    const anyRated = ranked.some((row) => row.rated > 0);
    const colId = (index: number) => `cmp-col-${index}`;
    return html`
      <div class="legend">
        <p>${c.legend}</p>
        <p>${c.attribution}</p>
        <p>${c.fitNote}</p>
      </div>
      ${candidates.length < MIN_COMPARED ? html`<p>${c.addMore}</p>` : nothing}
      <div class="frame">
        <table role="table" class=${`cols-${candidates.length}`}>
          <caption>
            ${c.caption}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader" class="corner">${c.criterion}</th>
              ${candidates.map((item, index) => html`<th scope="col" role="columnheader" id=${colId(index)}>${item.title}</th>`)}
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${CRITERIA.map(
              (criterion) =>
                html`<tr role="row">
                  <th scope="row" role="rowheader" id=${`cmp-row-${criterion}`}>
                    ${c.criteria[criterion]}
                  </th>
                  ${candidates.map((item) => {
                    const current = this.ratings[item.id]?.[criterion];
                    return html`<td role="cell">
                      <select
                        aria-label=${c.rateLabel(c.criteria[criterion], item.title)}
                        data-criterion=${criterion}
                        data-id=${item.id}
                        @change=${(event: Event) => this.rate(item.id, criterion, event)}
                      >
                        <option value="" ?selected=${current === undefined}>${c.notRated}</option>
                        ${RATING_VALUES.map((value) => html`<option value=${value} ?selected=${current === value}>${value}</option>`)}
                      </select>
                    </td>`;
                  })}
                </tr>`,
            )}
            <tr role="row">
              <th scope="row" role="rowheader">${c.fit}</th>
              ${candidates.map(
                (item) =>
                  html`<td role="cell" data-fit>
                    ${item.basis === 'start' ? c.fitStart(item.need) : c.fitValue(item.need)}
                  </td>`,
              )}
            </tr>
            <tr role="row">
              <th scope="row" role="rowheader">${c.total}</th>
              ${candidates.map((item) => {
                const row = rankOf.get(item.id)!;
                return html`<td role="cell" data-total>${c.totalValue(row.total, row.rated)}</td>`;
              })}
            </tr>
            <tr role="row">
              <th scope="row" role="rowheader">${c.rank}</th>
              ${candidates.map((item) => html`<td role="cell" data-rank>${c.rankValue(rankOf.get(item.id)!.rank)}</td>`)}
            </tr>
            <tr role="row">
              <td role="cell" class="corner"></td>
              ${candidates.map((item) => {
                const kept = this.retained.includes(item.id);
                return html`<td role="cell">
                  <button
                    type="button"
                    data-retain
                    aria-pressed=${kept ? 'true' : 'false'}
                    aria-label=${c.retainLabel(item.title)}
                    class=${kept ? 'pressed' : ''}
                    @click=${() => this.emit({ action: 'retain', id: item.id, on: !kept })}
                  >
                    ${c.retain}
                  </button>
                  ${kept ? html`<button type="button" data-plan @click=${() => this.emit({ action: 'plan' })}>${m.decision.toPlan}</button>` : nothing}
                  <button
                    type="button"
                    data-remove
                    aria-label=${c.remove(item.title)}
                    @click=${() => this.emit({ action: 'remove', id: item.id })}
                  >
                    ${c.removeShort}
                  </button>
                </td>`;
              })}
            </tr>
          </tbody>
        </table>
      </div>
      <h4>${c.rankingTitle}</h4>
      ${
        anyRated
          ? html`<ol class="ranking" data-ranking>
              ${ranked.map((row) => html`<li>${c.rankingItem(c.rankValue(row.rank), titleOf.get(row.id) ?? row.id, row.total, row.fit)}</li>`)}
            </ol>`
          : html`<p>${c.rankingEmpty}</p>`
      }
    `;
  }
}

defineElement('perseverance-compare', PerseveranceCompare);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-compare': PerseveranceCompare;
  }
  interface GlobalEventHandlersEventMap {
    'perseverance-compare-action': CompareActionEvent;
  }
}
