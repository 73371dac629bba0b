import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { CatalogueProblem } from '../app/catalogue-loader.js';
import { messagesContext } from '../app/context.js';
import { defineElement } from '../app/define.js';
import { INTERNAL_EVENT } from '../app/internal-event.js';
import type { Messages } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';

/** Internal event: the user asks to load the catalogue again. */
export class RetryEvent extends Event {
  static readonly eventName = 'perseverance-retry';
  constructor() {
    super(RetryEvent.eventName, INTERNAL_EVENT);
  }
}

/**
 * @summary Why the diagnostic cannot start (a catalogue that fails to load or to validate), problem by problem.
 * @tagname perseverance-error-panel
 * @internal
 */
export class PerseveranceErrorPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      section {
        padding: 1em;
        border: 2px solid var(--_error);
        border-radius: var(--_radius);
        background: var(--_bg-error);
      }
      h2 {
        color: var(--_error);
      }
      code {
        font-family: ui-monospace, monospace;
        font-size: 0.9375em;
        overflow-wrap: anywhere;
      }
      li {
        margin-bottom: 0.25em;
      }
    `,
  ];

  @property({ attribute: false }) problem: CatalogueProblem | null = null;
  @consume({ context: messagesContext, subscribe: true })
  @state()
  private messages?: Messages;

  override render() {
    const m = this.messages;
    if (!this.problem || !m) return nothing;
    return html`
      <section role="alert" aria-labelledby="error-title">
        <h2 id="error-title">${m.errors.title}</h2>
        <p>${this.problem.message}</p>
        ${
          this.problem.issues.length > 0
            ? html`<ul>
                  ${this.problem.issues.map((issue) => html`<li>${issue.message}</li>`)}
                </ul>
                <p>${m.errors.hint}</p>`
            : nothing
        }
        ${
          this.problem.remedy === 'reload'
            ? html`<button type="button" @click=${() => globalThis.location.reload()}>
                ${m.errors.reload}
              </button>`
            : html`<button type="button" @click=${() => this.dispatchEvent(new RetryEvent())}>
                ${m.errors.retry}
              </button>`
        }
      </section>
    `;
  }
}

defineElement('perseverance-error-panel', PerseveranceErrorPanel);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-error-panel': PerseveranceErrorPanel;
  }
  interface GlobalEventHandlersEventMap {
    'perseverance-retry': RetryEvent;
  }
}
