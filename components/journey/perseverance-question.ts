import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../app/define.js';
import { INTERNAL_EVENT } from '../app/internal-event.js';
import type { Question } from '../../src/catalogue/schema.js';
import type { AnswerValue } from '../../src/diagnostic/answers.js';

export interface ScaleOption {
  readonly value: AnswerValue;
  readonly label: string;
  readonly description?: string;
}

/** Internal event: the user picked an option of one question. */
export class AnswerChangeEvent extends Event {
  static readonly eventName = 'perseverance-answer-change';
  constructor(readonly detail: { questionId: string; value: AnswerValue }) {
    super(AnswerChangeEvent.eventName, INTERNAL_EVENT);
  }
}

/**
 * The question's styles, for the shadow root it renders in (the questionnaire's, which has no
 * other fieldset, option or help): questions have no shadow root of their own, so a step creates
 * plain elements, not 15 style scopes.
 */
export const questionStyles = css`
  perseverance-question {
    display: block;
  }
  fieldset {
    margin: 0;
    padding: 0.75em 1em 1em;
    border: 1px solid var(--_border-light);
    border-radius: var(--_radius);
    background: var(--_bg);
    min-width: 0;
  }
  perseverance-question[flagged] fieldset {
    border: 2px solid var(--_error);
    background: var(--_bg-error);
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
    max-width: 100%;
  }
  .flag {
    display: block;
    color: var(--_error);
    font-weight: 600;
    font-size: 0.875em;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .option {
    position: relative;
    display: flex;
    align-items: center;
    flex: 1 1 9em;
  }
  .option input {
    position: absolute;
    opacity: 0;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    left: 0.6em;
    display: block !important;
  }
  .option label {
    display: flex;
    align-items: center;
    gap: 0.5em;
    width: 100%;
    min-height: 2.75em;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
    line-height: 1.25;
  }
  .option label::before {
    content: '';
    flex: none;
    width: 1.1em;
    height: 1.1em;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
  }
  .option input:checked + label {
    border-color: var(--_bg-action);
    background: var(--_bg-contrast);
    font-weight: 600;
  }
  .option input:checked + label::before {
    border-color: var(--_bg-action);
    background: radial-gradient(circle, var(--_bg-action) 45%, var(--_bg) 50%);
  }
  .option input:focus-visible + label {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .option.unknown label {
    border-style: dashed;
  }
  /* A phone: the four levels two by two (same 2.75em targets), « Je ne sais pas » below. */
  @container (max-width: 30em) {
    fieldset {
      padding: 0.5em 0.625em 0.75em;
    }
    .options {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0.375em;
    }
    .option.unknown {
      grid-column: 1 / -1;
    }
  }
  .help-toggle {
    margin-top: 0.5em;
    min-height: 2.25em;
    font-size: 0.875em;
  }
  .help {
    margin: 0.5em 0 0;
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--_bg-action);
    background: var(--_bg-alt);
    color: var(--_text);
  }
  @media (forced-colors: active) {
    .option label::before {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .option input:checked + label::before {
      background: Highlight;
    }
    .option input:checked + label {
      border: 3px solid Highlight;
    }
  }
`;

/**
 * @summary One question of the diagnostic: a fieldset of native radios on the maturity scale.
 * @tagname perseverance-question
 * @internal
 * @event perseverance-answer-change - The user picked an option (internal to the widget).
 */
export class PerseveranceQuestion extends LitElement {
  /** Renders in place (light DOM), styled by `questionStyles` in the questionnaire. */
  protected override createRenderRoot() {
    return this;
  }

  @property({ attribute: false }) question?: Question;
  @property({ attribute: false }) options: readonly ScaleOption[] = [];
  @property({ attribute: false }) value?: AnswerValue;
  /**
   * Id prefix of the scale legend shown above the step (`<id>-<option index>` names each level's
   * definition): each radio is described by its level's definition, read by screen readers.
   */
  @property({ attribute: false }) legendId?: string;
  /** Highlights an unanswered question after the user left its step. */
  @property({ type: Boolean, reflect: true }) flagged = false;
  @property({ attribute: false }) labels = {
    showHelp: 'Aide',
    hideHelp: 'Masquer l’aide',
    unanswered: 'Sans réponse',
  };
  @state() private helpOpen = false;

  private handleChange(event: Event) {
    const input = event.target as HTMLInputElement;
    const option = this.options[Number(input.dataset.index)];
    if (!this.question || !option) return;
    this.value = option.value;
    this.dispatchEvent(
      new AnswerChangeEvent({ questionId: this.question.id, value: option.value }),
    );
  }

  private toggleHelp() {
    this.helpOpen = !this.helpOpen;
  }

  override render() {
    const question = this.question;
    if (!question) return nothing;
    const name = `q-${question.id}`;
    return html`
      <fieldset part="question">
        <legend part="legend">
          ${question.text}
          ${
            this.flagged && this.value === undefined
              ? html`<span class="flag">${this.labels.unanswered}</span>`
              : nothing
          }
        </legend>
        <div class="options">
          ${this.options.map(
            (option, index) => html`
              <div class=${option.value === 'unknown' ? 'option unknown' : 'option'}>
                <input
                  type="radio"
                  id=${`${name}-${index}`}
                  name=${name}
                  data-index=${index}
                  .checked=${this.value === option.value}
                  aria-describedby=${this.legendId ? `${this.legendId}-${index}` : nothing}
                  @change=${this.handleChange}
                />
                <label for=${`${name}-${index}`}>${option.label}</label>
              </div>
            `,
          )}
        </div>
        ${
          question.help
            ? html`
                <button
                  type="button"
                  class="link help-toggle"
                  aria-expanded=${this.helpOpen ? 'true' : 'false'}
                  aria-controls=${`${name}-help`}
                  @click=${this.toggleHelp}
                >
                  ${this.helpOpen ? this.labels.hideHelp : this.labels.showHelp}
                </button>
                <p id=${`${name}-help`} class="help" ?hidden=${!this.helpOpen}>${question.help}</p>
              `
            : nothing
        }
      </fieldset>
    `;
  }
}

defineElement('perseverance-question', PerseveranceQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-question': PerseveranceQuestion;
  }
  interface GlobalEventHandlersEventMap {
    'perseverance-answer-change': AnswerChangeEvent;
  }
}
