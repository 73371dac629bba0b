import { css, html, nothing } from 'lit';
import { defineElement } from './define.js';
import { DiagnosticView } from './diagnostic-view.js';
import { sharedStyles } from '../styles/shared.js';
import type { NoticeAction } from './context.js';

/**
 * @summary Notices about storage, saved state and imports: visible, announced, dismissible.
 * @tagname perseverance-notices
 * @internal
 */
export class PerseveranceNotices extends DiagnosticView {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0 0 1em;
        padding: 0;
        display: grid;
        gap: 0.5em;
      }
      li {
        display: flex;
        align-items: flex-start;
        gap: 1em;
        padding: 0.75em 1em;
        border-left: 4px solid var(--_text-action);
        background: var(--_bg-alt);
      }
      li.warning {
        border-color: #8a5a00;
        background: var(--_warning-bg);
      }
      li.error {
        border-color: var(--_error);
        background: var(--_bg-error);
      }
      li {
        flex-wrap: wrap;
      }
      p {
        margin: 0;
        flex: 1 1 20em;
        overflow-wrap: anywhere;
      }
      textarea {
        flex: 1 1 100%;
        max-width: none;
        font-family: ui-monospace, monospace;
      }
    `,
  ];

  private label(action: NoticeAction): string {
    const m = this.messages;
    if (!m) return '';
    if (action === 'reload') return m.errors.reload;
    return m.actions.importChoice[action];
  }

  override render() {
    const notices = this.snapshot?.notices ?? [];
    return html`
      <div role="alert">
        ${
          notices.length === 0
            ? nothing
            : html`<ul>
                ${notices.map(
                  (notice) => html`
                    <li class=${notice.tone}>
                      <p>${notice.message}</p>
                      ${(notice.actions ?? []).map(
                        (action) =>
                          html`<button
                            type="button"
                            @click=${() =>
                              action === 'reload'
                                ? globalThis.location.reload()
                                : this.actions?.noticeAction(notice.id, action)}
                          >
                            ${this.label(action)}
                          </button>`,
                      )}
                      <button
                        type="button"
                        class="link"
                        aria-label=${this.messages?.errors.dismiss ?? 'Fermer'}
                        @click=${() => this.actions?.dismissNotice(notice.id)}
                      >
                        ×
                      </button>
                      ${
                        notice.copy
                          ? html`<textarea
                              readonly
                              rows="6"
                              aria-label=${notice.copy.label}
                              .value=${notice.copy.text}
                              @focus=${selectAll}
                              @click=${selectAll}
                            ></textarea>`
                          : nothing
                      }
                    </li>
                  `,
                )}
              </ul>`
        }
      </div>
    `;
  }
}

/** One click or Tab into a text to copy selects all of it. */
function selectAll(event: Event) {
  (event.target as HTMLTextAreaElement).select();
}

defineElement('perseverance-notices', PerseveranceNotices);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-notices': PerseveranceNotices;
  }
}
