import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Catalogue, CatalogueAction, Fiche } from '../../src/catalogue/schema.js';
import type { Recommendation } from '../../src/recommend/index.js';
import { defineElement } from '../app/define.js';
import { INTERNAL_EVENT } from '../app/internal-event.js';
import type { Messages } from '../i18n/index.js';
import { reasonText, summaryText } from './reason-text.js';
import { sourceText } from './resource-link.js';
import { sharedStyles } from '../styles/shared.js';

/** What a card's controls do: open the fiche, keep it, mark it done, compare it, go to the plan. */
export type CardAction = 'open' | 'retain' | 'done' | 'compare' | 'plan';

/** Internal events of a card: open the fiche, keep it for this year, mark it done, compare it… */
export class CardActionEvent extends Event {
  static readonly eventName = 'perseverance-card-action';
  constructor(readonly detail: { id: string; action: CardAction; on: boolean }) {
    super(CardActionEvent.eventName, INTERNAL_EVENT);
  }
}

/**
 * @summary One recommended fiche or action: what it is, for whom, and why it is proposed.
 * @tagname perseverance-recommendation-card
 * @internal
 */
export class PerseveranceRecommendationCard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      article {
        height: 100%;
        display: flex;
        flex-direction: column;
        gap: 0.5em;
        padding: 1em;
        border: 1px solid var(--_border-light);
        border-top: 4px solid var(--_bg-action);
        border-radius: var(--_radius);
        background: var(--_bg);
      }
      :host([done]) article {
        background: var(--_bg-alt);
      }
      .kind {
        font-size: 0.8125em;
        text-transform: uppercase;
        letter-spacing: 0.04em;
        color: var(--_text-mention);
        font-weight: 600;
        margin: 0;
      }
      h3 {
        font-size: 1.125em;
        margin: 0;
      }
      .source-words {
        margin: 0;
        padding-left: 0.75em;
        border-left: 3px solid var(--_border-light);
        font-size: 0.9375em;
      }
      .source-words p {
        margin: 0;
      }
      .source-words footer {
        font-size: 0.875em;
        color: var(--_text-mention);
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35em;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      dl {
        display: grid;
        grid-template-columns: fit-content(45%) minmax(0, 1fr);
        gap: 0.15em 0.75em;
        margin: 0;
        font-size: 0.9375em;
      }
      dt {
        color: var(--_text-mention);
      }
      dd {
        margin: 0;
      }
      .why {
        margin: 0;
        padding-left: 1.1em;
        font-size: 0.9375em;
      }
      .detail summary {
        cursor: pointer;
        font-size: 0.9375em;
      }
      .hint {
        margin: 0;
        font-size: 0.875em;
        color: var(--_text-mention);
      }
      .controls {
        margin-top: auto;
        display: flex;
        flex-direction: column;
        gap: 0.25em;
      }
    `,
  ];

  @property({ attribute: false }) recommendation?: Recommendation;
  @property({ attribute: false }) catalogue?: Catalogue;
  @property({ attribute: false }) messages?: Messages;
  @property({ type: Boolean }) retained = false;
  @property({ type: Boolean, reflect: true }) done = false;
  /** Shows « Comparer » (the decision view; not the session's list). */
  @property({ type: Boolean }) comparable = false;
  @property({ type: Boolean }) compared = false;
  /** The comparison is full: « Comparer » is disabled on the cards not in it. */
  @property({ type: Boolean }) compareFull = false;
  /** Once retained, offers the way to the plan of the year (the hand-over). */
  @property({ type: Boolean }) handOver = false;
  /** The one-line reason shown, the detailed reasons folded (the decision view's cards). */
  @property({ type: Boolean }) foldReasons = false;

  /** Focuses the card's « Ouvrir la fiche » button; false when the card has none. */
  focusOpen(): boolean {
    const open = this.renderRoot.querySelector<HTMLButtonElement>('button[data-open]');
    open?.focus();
    return open !== null;
  }

  private emit(action: CardAction, on = true) {
    if (this.recommendation)
      this.dispatchEvent(new CardActionEvent({ id: this.recommendation.id, action, on }));
  }

  private renderReasons(item: Recommendation, m: Messages) {
    return html`<ul class="why">
      ${item.reasons.map((reason) => html`<li>${reasonText(reason, m)}</li>`)}
    </ul>`;
  }

  private renderCompare(m: Messages) {
    const disabled = this.compareFull && !this.compared;
    return html`<div class="check">
        <input
          type="checkbox"
          id="compare"
          .checked=${this.compared}
          ?disabled=${disabled}
          aria-describedby=${disabled ? 'compare-full' : nothing}
          @change=${(event: Event) => this.emit('compare', (event.target as HTMLInputElement).checked)}
        />
        <label for="compare">${m.compare.toggle}</label>
      </div>
      ${disabled ? html`<p id="compare-full" class="hint">${m.compare.full}</p>` : nothing}`;
  }

  override render() {
    const { recommendation: item, catalogue, messages: m } = this;
    if (!item || !catalogue || !m) return nothing;
    const r = m.recommendations;
    const fiche: Fiche | undefined =
      item.kind === 'fiche' ? catalogue.fiches.find((f) => f.id === item.id) : undefined;
    const action: CatalogueAction | undefined =
      item.kind === 'action' ? catalogue.actions.find((a) => a.id === item.id) : undefined;
    const publics = fiche?.publics ?? action?.publics ?? [];
    const levels = fiche?.levels ?? action?.levels ?? [];
    const keyOf = (id: string) => catalogue.keys.find((key) => key.id === id);
    const headingId = `title-${item.id}`;
    return html`
      <article aria-labelledby=${headingId}>
        <p class="kind">
          ${item.kind === 'fiche' ? r.fiche : action?.origin === 'modalite' ? r.modalite : r.action}
        </p>
        <h3 id=${headingId}>${item.title}</h3>
        ${
          action?.description
            ? html`<blockquote class="source-words">
                <p>${action.description}</p>
                <footer>${m.fiche.source(sourceText(action.source, m))}</footer>
              </blockquote>`
            : nothing
        }
        ${action?.origin === 'modalite' ? html`<p class="hint">${r.modaliteNote}</p>` : nothing}
        <ul class="chips" aria-label=${r.keys}>
          ${item.keys.map((id) => html`<li class=${`chip key-${keyOf(id)?.color ?? id}`}>${keyOf(id)?.label ?? id}</li>`)}
        </ul>
        <dl>
          ${
            publics.length
              ? html`<dt>${r.publics}</dt>
                  <dd>${publics.map((p) => m.publics[p]).join(', ')}</dd>`
              : nothing
          }
          ${
            levels.length
              ? html`<dt>${r.levels}</dt>
                  <dd>${levels.map((level) => m.levels[level]).join(', ')}</dd>`
              : nothing
          }
          ${
            fiche
              ? html`<dt>${r.scale}</dt>
                  <dd>${fiche.scale.map((s) => m.scales[s]).join(', ')}</dd>
                  <dt>${r.leadTimeLabel}</dt>
                  <dd>${r.leadTimeValue(fiche.leadTimeWeeks)}</dd>`
              : nothing
          }
        </dl>
        <p><strong>${r.why}</strong> ${summaryText(item, m)}</p>
        ${
          this.foldReasons
            ? html`<details class="detail">
                <summary>${m.decision.reasonsDetail(item.reasons.length)}</summary>
                ${this.renderReasons(item, m)}
              </details>`
            : this.renderReasons(item, m)
        }
        <div class="controls">
          ${
            fiche
              ? html`<button
                  type="button"
                  data-open
                  aria-label=${r.open(item.title)}
                  @click=${() => this.emit('open')}
                >
                  ${r.open(item.title)}
                </button>`
              : nothing
          }
          <div class="check">
            <input
              type="checkbox"
              id="retain"
              .checked=${this.retained}
              @change=${(event: Event) => this.emit('retain', (event.target as HTMLInputElement).checked)}
            />
            <label for="retain">${r.retain}</label>
          </div>
          <div class="check">
            <input
              type="checkbox"
              id="done"
              .checked=${this.done}
              @change=${(event: Event) => this.emit('done', (event.target as HTMLInputElement).checked)}
            />
            <label for="done">${r.done}</label>
          </div>
          ${this.comparable ? this.renderCompare(m) : nothing}
          ${
            this.handOver && this.retained
              ? html`<button type="button" data-plan @click=${() => this.emit('plan')}>
                  ${m.decision.toPlan}
                </button>`
              : nothing
          }
        </div>
      </article>
    `;
  }
}

defineElement('perseverance-recommendation-card', PerseveranceRecommendationCard);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-recommendation-card': PerseveranceRecommendationCard;
  }
  interface GlobalEventHandlersEventMap {
    'perseverance-card-action': CardActionEvent;
  }
}
