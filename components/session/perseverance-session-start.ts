import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { QuestionnaireVersion } from '../../src/diagnostic/answers.js';
import { defineElement } from '../app/define.js';
import { INTERNAL_EVENT } from '../app/internal-event.js';
import { sessionContext } from './session-context.js';
import type { SessionView } from './session-context.js';
import { sessionStyles } from './session-styles.js';
import { MAX_LABEL } from '../../src/storage/limits.js';
import { formatJoinLink, isEmailAddress, MAX_JOIN_CONTACT } from '../../src/share/join-link.js';
import { copyText } from '../results/clipboard.js';
import './perseverance-qr-code.js';

/** Internal: a session was started; the container shows the instructions and moves focus there. */
export class SessionStartedEvent extends Event {
  static readonly eventName = 'perseverance-session-started';
  constructor() {
    super(SessionStartedEvent.eventName, INTERNAL_EVENT);
  }
}

/**
 * @summary Starts a GPDS session (name, questionnaire version), then gives the instructions for
 * participants: this page's address and the code to send back. Renames or replaces the session.
 * @tagname perseverance-session-start
 * @internal
 */
export class PerseveranceSessionStart extends LitElement {
  static override styles = [
    sessionStyles,
    css`
      .join {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        gap: 1em 2em;
      }
      .join-text {
        flex: 1 1 16em;
        min-width: 0;
      }
      .join input {
        width: 100%;
        box-sizing: border-box;
      }
      .projector perseverance-qr-code {
        --_qr-size: 20em;
      }
    `,
  ];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private view?: SessionView;
  @state() private confirming = false;
  /** The facilitator's address for the join link: kept while the page is open, never saved. */
  @state() private contact = '';
  @state() private copyStatus = '';

  /** The host page's address, as participants will open it. */
  private readonly pageUrl = globalThis.location?.href ?? '';

  private start(event: Event) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const name = (form.elements.namedItem('name') as HTMLInputElement).value;
    const version = (new FormData(form).get('version') ?? 'complet') as QuestionnaireVersion;
    this.view?.actions.session.start({ name, version });
    this.confirming = false;
    this.dispatchEvent(new SessionStartedEvent());
  }

  private joinLink(view: SessionView): string {
    const session = view.snapshot.state.session!;
    const contact = this.contact.trim();
    return formatJoinLink(this.pageUrl, {
      session: session.name,
      version: session.questionnaireVersion,
      ...(contact && isEmailAddress(contact) ? { contact } : {}),
    });
  }

  private async copyLink(view: SessionView) {
    const field = this.renderRoot.querySelector<HTMLInputElement>('#join-link');
    const ok = await copyText(field?.value ?? '', field);
    this.copyStatus = ok ? view.t.start.copied : view.t.start.copyFailed;
  }

  private renderJoin(view: SessionView) {
    const { t } = view;
    const session = view.snapshot.state.session!;
    const link = this.joinLink(view);
    const contact = this.contact.trim();
    return html`<div class="join">
      <perseverance-qr-code
        .text=${link}
        .label=${t.start.qrLabel(session.name)}
      ></perseverance-qr-code>
      <div class="join-text">
        <p>${t.start.joinStep}</p>
        <div class="field">
          <label for="join-link">${t.start.joinLink}</label>
          <input type="text" id="join-link" class="url" readonly .value=${link} />
        </div>
        <div class="actions">
          <button type="button" @click=${() => this.copyLink(view)}>${t.start.copyLink}</button>
          <span role="status">${this.copyStatus}</span>
        </div>
        <div class="field secondary no-print">
          <label for="join-contact">${t.start.contact}</label>
          <input
            type="email"
            id="join-contact"
            dir="auto"
            autocomplete="email"
            maxlength=${MAX_JOIN_CONTACT}
            aria-describedby="join-contact-hint"
            .value=${this.contact}
            @change=${(e: Event) => (this.contact = (e.target as HTMLInputElement).value)}
          />
          <p class="hint" id="join-contact-hint">
            ${contact && !isEmailAddress(contact) ? t.start.contactInvalid : t.start.contactHint}
          </p>
        </div>
      </div>
    </div>`;
  }

  private rename(event: Event) {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('rename');
    const name = (input as HTMLInputElement).value;
    this.view?.actions.session.rename(name);
  }

  private async confirm(on: boolean) {
    this.confirming = on;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(on ? '#name' : '[data-new]')?.focus();
  }

  private renderForm(view: SessionView, replacing: number | null) {
    const { t, m, snapshot } = view;
    const current = snapshot.state.context.questionnaireVersion;
    const count = (version: QuestionnaireVersion) => view.questionCounts[version];
    return html`<form @submit=${this.start}>
      ${
        replacing === null
          ? nothing
          : html`<p class="confirm" role="alert">${t.start.confirmNew(replacing)}</p>`
      }
      <div class="field">
        <label for="name">${t.start.name}</label>
        <input
          type="text"
          id="name"
          name="name"
          dir="auto"
          maxlength=${MAX_LABEL}
          aria-describedby="name-hint"
        />
        <p class="hint" id="name-hint">${t.start.nameHint}</p>
      </div>
      <fieldset>
        <legend>${t.start.version}</legend>
        ${(['complet', 'court'] as const).map(
          (version) =>
            html`<div class="choice">
              <input
                type="radio"
                name="version"
                id=${`version-${version}`}
                value=${version}
                ?checked=${current === version}
              />
              <label for=${`version-${version}`}
                >${(version === 'complet' ? m.welcome.versionFull : m.welcome.versionShort)(
                  count(version),
                )}</label
              >
            </div>`,
        )}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary">${t.start.submit}</button>
        ${
          replacing === null
            ? nothing
            : html`<button type="button" @click=${() => this.confirm(false)}>
                ${m.welcome.confirmRestartNo}
              </button>`
        }
      </div>
    </form>`;
  }

  override render() {
    const view = this.view;
    if (!view) return nothing;
    const { t, snapshot } = view;
    const session = snapshot.state.session;
    if (!session)
      return html`<h3 tabindex="-1">${t.start.title}</h3>
        ${this.renderForm(view, null)}`;
    const version = t.versions[session.questionnaireVersion] ?? '';
    const questions = view.questionCounts[session.questionnaireVersion];
    return html`<div class=${view.projector ? 'projector' : ''}>
      <h3 tabindex="-1">${t.start.instructions}</h3>
      ${this.renderJoin(view)}
      <ol>
        <li>${t.start.step2(version, questions)}</li>
        <li>${t.start.step3Join}</li>
      </ol>
      <p class="hint">${t.start.noDevice}</p>
      <div class="panel secondary no-print">
        <form @submit=${this.rename}>
          <div class="field">
            <label for="rename">${t.start.name}</label>
            <input
              type="text"
              id="rename"
              name="rename"
              dir="auto"
              maxlength=${MAX_LABEL}
              .value=${session.name}
            />
          </div>
          <div class="actions">
            <button type="submit">${t.start.rename}</button>
            ${
              this.confirming
                ? nothing
                : html`<button type="button" data-new @click=${() => this.confirm(true)}>
                    ${t.start.newSession}
                  </button>`
            }
          </div>
        </form>
        ${
          this.confirming
            ? html`<h4>${t.start.title}</h4>
                ${this.renderForm(view, session.respondents.length)}`
            : nothing
        }
      </div>
    </div>`;
  }
}

defineElement('perseverance-session-start', PerseveranceSessionStart);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-session-start': PerseveranceSessionStart;
  }
  interface GlobalEventHandlersEventMap {
    'perseverance-session-started': SessionStartedEvent;
  }
}
