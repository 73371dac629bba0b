import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { mailtoLink, parseJoinFragment, type JoinLink } from '../../src/share/join-link.js';
import { isRoleId } from '../../src/share/roles.js';
import { encodeShareCode } from '../../src/share/share-code.js';
import { copyText } from './clipboard.js';
import { diagnosticContext, messagesContext } from '../app/context.js';
import type { DiagnosticSnapshot } from '../app/context.js';
import { defineElement } from '../app/define.js';
import type { Messages } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import { userText } from '../styles/user-text.js';

/**
 * @summary « Mon code à transmettre »: the participant's answers (and role) as a share code for the
 * GPDS session's facilitator, with copy buttons and a message ready to paste.
 * @tagname perseverance-share-code
 * @internal
 */
export class PerseveranceShareCode extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin: 1.5em 0;
        padding: 1em;
        border: 1px solid var(--_border-light);
        border-left: 4px solid var(--_bg-action);
        border-radius: var(--_radius);
      }
      .code {
        font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
        font-size: 1.125em;
        letter-spacing: 0.05em;
        max-width: 100%;
      }
      label {
        display: block;
        font-weight: 600;
        margin: 0.75em 0 0.25em;
      }
      textarea {
        max-width: 100%;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em;
        margin-top: 0.5em;
      }
      @media print {
        :host {
          display: none;
        }
      }
    `,
  ];

  @consume({ context: diagnosticContext, subscribe: true })
  @state()
  private snapshot?: DiagnosticSnapshot;
  @consume({ context: messagesContext, subscribe: true })
  @state()
  private messages?: Messages;
  @state() private status = '';
  /** The session joined through its link (read from the page's fragment), or null. */
  @state() private join: JoinLink | null = null;
  /** The QR element's module, loaded when the respondent asks to show the code as a QR code. */
  @state() private qrShown = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.join = parseJoinFragment(globalThis.location?.hash ?? '');
  }

  /** The native share sheet (Web Share API), offered only where the browser has it. */
  private get canShare(): boolean {
    return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  }

  private async share(message: string) {
    const t = this.messages!.shareCode;
    try {
      await navigator.share({ title: t.subject(this.join?.session ?? ''), text: message });
      this.status = t.sent;
    } catch (error) {
      // Closing the sheet is no failure; anything else leaves copy and mail at hand.
      if (!(error instanceof DOMException && error.name === 'AbortError'))
        this.status = t.copyFailed;
    }
  }

  private async showQr() {
    await import('../session/perseverance-qr-code.js');
    this.qrShown = true;
  }

  private async copy(selector: string) {
    const t = this.messages!.shareCode;
    const field = this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    const ok = await copyText(field?.value ?? '', field);
    this.status = ok ? t.copied : t.copyFailed;
  }

  override render() {
    const { snapshot, messages } = this;
    if (!snapshot || !messages) return nothing;
    const t = messages.shareCode;
    const role = snapshot.state.context.role;
    const code = encodeShareCode(
      snapshot.catalogue,
      snapshot.state.answers,
      isRoleId(role) ? { role } : {},
    );
    const { answered, total } = snapshot.profile.overall;
    const message = t.message(code, answered, total);
    const join = this.join;
    const mailto = join?.contact
      ? mailtoLink(join.contact, t.subject(join.session), message)
      : null;
    return html`<section aria-labelledby="share-title">
      <h3 id="share-title">${t.title}</h3>
      ${
        join?.session
          ? html`<p>
              <strong>${t.session} ${userText(join.session)}</strong>
            </p>`
          : nothing
      }
      <p>${t.intro}</p>
      ${
        this.canShare || mailto
          ? html`<div class="actions send">
                ${
                  this.canShare
                    ? html`<button
                        type="button"
                        class="primary"
                        @click=${() => this.share(message)}
                      >
                        ${t.send}
                      </button>`
                    : nothing
                }
                ${mailto ? html`<a class="button" href=${mailto}>${t.mail}</a>` : nothing}
              </div>
              ${this.canShare ? html`<p class="hint">${t.sendHint}</p>` : nothing}`
          : nothing
      }
      <label for="share-code">${t.codeLabel}</label>
      <input
        type="text"
        class="code"
        id="share-code"
        readonly
        size=${code.length + 2}
        .value=${code}
      />
      <div class="actions">
        <button type="button" @click=${() => this.copy('#share-code')}>${t.copyCode}</button>
      </div>
      <label for="share-message">${t.messageLabel}</label>
      <textarea id="share-message" readonly rows="3" cols="60" .value=${message}></textarea>
      <div class="actions">
        <button type="button" @click=${() => this.copy('#share-message')}>${t.copyMessage}</button>
        ${
          join && !this.qrShown
            ? html`<button type="button" @click=${() => this.showQr()}>${t.showQr}</button>`
            : nothing
        }
      </div>
      ${
        this.qrShown
          ? html`<perseverance-qr-code .text=${code} .label=${t.qrLabel}></perseverance-qr-code>`
          : nothing
      }
      <p role="status">${this.status}</p>
    </section>`;
  }
}

defineElement('perseverance-share-code', PerseveranceShareCode);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-share-code': PerseveranceShareCode;
  }
}
