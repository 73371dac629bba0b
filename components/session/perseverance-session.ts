import { css, html, nothing } from 'lit';
import { ContextProvider } from '@lit/context';
import { defineElement } from '../app/define.js';
import { DiagnosticView } from '../app/diagnostic-view.js';
import { formatDate, sessionContext, sessionView } from './session-context.js';
import type { SessionSection, SessionView } from './session-context.js';
import { sessionStyles } from './session-styles.js';
import { userText } from '../styles/user-text.js';

const SECTIONS: readonly SessionSection[] = [
  'prepare',
  'collect',
  'profile',
  'discuss',
  'decide',
  'report',
];

type SectionElement = HTMLElement & { updateComplete?: Promise<unknown> };

/**
 * @summary The GPDS session: several respondents' answers gathered on one device, their shared
 * profile and its spread, the divergence agenda, the team's decisions, last year's comparison and
 * a printable report. Derives one `SessionView` for its sections.
 * @tagname perseverance-session
 * @internal
 */
export class PerseveranceSession extends DiagnosticView {
  static override styles = [
    sessionStyles,
    css`
      /*
       * The frame's head: the title, then the session's line and « Mode projection »; in projector
       * mode one row (title, previous / next, « Mode projection »), so the section fills the screen.
       */
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em 1em;
      }
      .head h2 {
        flex: 1 0 100%;
        margin: 0;
      }
      .head p {
        margin: 0 auto 0 0;
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em;
        list-style: none;
        margin: 0.75em 0 1em;
        padding: 0;
      }
      [aria-current],
      [aria-pressed='true'] {
        background: var(--_bg-action);
        color: var(--_text-inverted);
      }
      /* Projector: one section in large type, only previous / next to move. */
      .projector {
        font-size: 1.6em;
      }
      .projector nav,
      .projector .head .mention {
        display: none;
      }
      /* The row's text a little smaller than the section's: it is the facilitator's, not the room's. */
      @media screen {
        .projector .head {
          font-size: 0.75em;
          gap: 0.5em;
          margin-bottom: 0.5em;
        }
        .projector .head h2 {
          flex: 1 1 12em;
          font-size: 1.125em;
        }
        .projector .head button {
          min-height: 44px;
          padding-inline: 0.75em;
        }
      }
      .steps {
        display: flex;
        gap: 0.5em;
      }
      @media print {
        .projector {
          font-size: 1em;
        }
        nav,
        .head > :not(h2) {
          display: none;
        }
      }
    `,
  ];

  private view: SessionView | null = null;
  private readonly provider = new ContextProvider(this, { context: sessionContext });

  protected override willUpdate(): void {
    const { snapshot, actions, messages } = this;
    if (!snapshot || !actions || !messages) return;
    const t = messages.session;
    const last = this.view;
    if (
      last?.snapshot !== snapshot ||
      last.actions !== actions ||
      last.m !== messages ||
      last.t !== t
    ) {
      this.view = sessionView(snapshot, actions, messages, t, last);
      this.provider.setValue(this.view);
    }
  }

  private async show(section: SessionSection) {
    this.actions?.session.showSection(section);
    await this.updateComplete;
    const view = this.renderRoot.querySelector<SectionElement>('[data-section]');
    await view?.updateComplete;
    view?.shadowRoot?.querySelector<HTMLElement>('h3')?.focus();
  }

  private toggleProjector() {
    this.actions?.session.setProjector(!this.view?.projector);
  }

  private renderSection(section: SessionSection) {
    switch (section) {
      case 'prepare':
        return html`<perseverance-session-start data-section></perseverance-session-start>`;
      case 'collect':
        return html`<perseverance-session-collect data-section></perseverance-session-collect>`;
      case 'profile':
        return html`<perseverance-session-profile data-section></perseverance-session-profile>`;
      case 'discuss':
        return html`<perseverance-session-agenda data-section></perseverance-session-agenda>`;
      case 'decide':
        return html`<perseverance-session-decide data-section></perseverance-session-decide>`;
      case 'report':
        return html`<perseverance-session-report data-section></perseverance-session-report>`;
    }
  }

  /** Previous / next section, the only navigation left in projector mode. */
  private renderSteps(current: SessionSection) {
    const t = this.view!.t;
    const at = SECTIONS.indexOf(current);
    const step = (to: SessionSection | undefined, text: string) =>
      to
        ? html`<button type="button" @click=${() => void this.show(to)}>${text}</button>`
        : html`<span></span>`;
    return html`<div class="steps no-print">
      ${step(SECTIONS[at - 1], `← ${SECTIONS[at - 1] ? t.sections[SECTIONS[at - 1]!] : ''}`)}
      ${step(SECTIONS[at + 1], `${SECTIONS[at + 1] ? t.sections[SECTIONS[at + 1]!] : ''} →`)}
    </div>`;
  }

  override render() {
    const view = this.view;
    if (!view) return nothing;
    const t = view.t;
    const session = view.snapshot.state.session;
    const heading = html`<h2 id="session-title" tabindex="-1">
      ${t.title}${session ? html` : ${userText(session.name)}` : ''}
    </h2>`;
    if (!session)
      return html`<section aria-labelledby="session-title">
        ${heading}
        <p>${t.intro}</p>
        <perseverance-session-start
          @perseverance-session-started=${() => void this.show('prepare')}
        ></perseverance-session-start>
      </section>`;
    const current =
      view.snapshot.sessionUi.section ??
      (session.respondents.length > 0 ? 'collect' : ('prepare' as const));
    return html`<section
      aria-labelledby="session-title"
      class=${view.projector ? 'projector' : ''}
      @perseverance-session-started=${() => void this.show('prepare')}
    >
      <div class="head">
        ${heading}
        <p class="mention secondary">
          ${t.meta(
            session.respondents.length,
            t.versions[session.questionnaireVersion] ?? '',
            formatDate(session.createdAt, t),
          )}
        </p>
        ${view.projector ? this.renderSteps(current) : nothing}
        <button
          type="button"
          aria-pressed=${view.projector ? 'true' : 'false'}
          @click=${this.toggleProjector}
        >
          ${t.projector}
        </button>
      </div>
      <nav aria-label=${t.sectionsLabel}>
        <ul>
          ${SECTIONS.map(
            (id) =>
              html`<li>
                <button
                  type="button"
                  aria-current=${id === current ? 'step' : nothing}
                  @click=${() => void this.show(id)}
                >
                  ${t.sections[id]}
                </button>
              </li>`,
          )}
        </ul>
      </nav>
      ${this.renderSection(current)}
    </section>`;
  }
}

defineElement('perseverance-session', PerseveranceSession);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-session': PerseveranceSession;
  }
}
