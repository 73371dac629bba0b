import { css, html, nothing } from 'lit';
import { defineElement } from './define.js';
import { DiagnosticView } from './diagnostic-view.js';
import { sharedStyles } from '../styles/shared.js';
import type { PropertyValues } from 'lit';
import type { Notice, NoticeAction } from './context.js';
import { awaitsWords, loadStorageNotices, noticeText, storageNotices } from './notice-text.js';

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
      small {
        flex: 1 1 100%;
        overflow-wrap: anywhere;
        color: var(--_text-mention);
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

  /** A storage notice's words load the first time one shows (`notice-text.ts`). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.snapshot?.notices.some(awaitsWords))
      void loadStorageNotices().then(() => this.requestUpdate());
  }

  /** A storage notice's buttons for its set-aside copies, or its small print. */
  private extra({ storage }: Notice, part: 'copyButtons' | 'supportDetail') {
    const later = storageNotices();
    const lang = this.messages?.lang;
    return storage && later && lang ? later[part](storage, lang, this.actions) : nothing;
  }

  override render() {
    const m = this.messages;
    // A notice whose words are loading shows once they are in (`willUpdate`).
    const notices = (this.snapshot?.notices ?? []).flatMap((notice) => {
      const text = m ? noticeText(notice, m) : (notice.message ?? '');
      return text === null ? [] : [{ notice, text }];
    });
    return html`
      <div role="alert">
        ${
          notices.length === 0
            ? nothing
            : html`<ul>
                ${notices.map(
                  ({ notice, text }) => html`
                    <li class=${notice.tone}>
                      <p>${text}</p>
                      ${this.extra(notice, 'copyButtons')}
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
                      ${this.extra(notice, 'supportDetail')}
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
