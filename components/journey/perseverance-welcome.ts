import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { LEVELS } from '../../src/catalogue/constants.js';
import type { Level } from '../../src/catalogue/schema.js';
import { questionsFor } from '../../src/diagnostic/answers.js';
import { defineElement } from '../app/define.js';
import { DiagnosticView } from '../app/diagnostic-view.js';
import { sharedStyles } from '../styles/shared.js';

/** Minutes per question in a team session: read, discuss briefly, answer. */
const MINUTES_PER_QUESTION = 0.5;

/**
 * @summary The welcome view: what the diagnostic is, privacy, the establishment's context, start or resume.
 * @tagname perseverance-welcome
 * @internal
 */
export class PerseveranceWelcome extends DiagnosticView {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .privacy {
        margin-bottom: 1em;
        padding: 0.75em 1em;
        border-left: 4px solid var(--_bg-action);
        background: var(--_bg-alt);
      }
      fieldset {
        border: 1px solid var(--_border-light);
        border-radius: var(--_radius);
        margin: 0 0 1em;
        padding: 0.5em 1em 1em;
      }
      legend {
        font-weight: 600;
      }
      .choice input {
        display: inline-block !important;
      }
      .field {
        margin-bottom: 1em;
      }
      .field label {
        display: block;
        font-weight: 600;
        margin-bottom: 0.25em;
      }
      .hint {
        color: var(--_text-mention);
        font-size: 0.9375em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em;
        margin-top: 1em;
      }
      .confirm {
        margin-top: 1em;
        padding: 1em;
        border: 2px solid var(--_error);
        border-radius: var(--_radius);
        background: var(--_bg-error);
      }
      .resume {
        font-weight: 600;
      }
    `,
  ];

  @state() private confirming = false;

  private toggleLevel(level: Level, checked: boolean) {
    const current = this.snapshot?.state.context.levels ?? [];
    const levels = LEVELS.filter((item) => (item === level ? checked : current.includes(item)));
    this.actions?.updateContext({ levels });
  }

  private async askRestart() {
    this.confirming = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.confirm [data-cancel]')?.focus();
  }

  private async cancelRestart() {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-restart]')?.focus();
  }

  private confirmRestart() {
    this.confirming = false;
    this.actions?.restart();
  }

  override render() {
    const { snapshot, messages: m } = this;
    if (!snapshot || !m) return nothing;
    const t = m.welcome;
    const context = snapshot.state.context;
    // Counted for the ticked levels: a collège is not told about lycée-only questions.
    const full = questionsFor(snapshot.catalogue, 'complet', context.levels).length;
    const short = questionsFor(snapshot.catalogue, 'court', context.levels).length;
    const minutes = (n: number) => Math.max(5, Math.round((n * MINUTES_PER_QUESTION) / 5) * 5);
    const resumable = snapshot.hasSavedProgress;
    return html`
      <section aria-labelledby="welcome-title">
        <h2 id="welcome-title" tabindex="-1">${t.title}</h2>
        <p>${t.intro}</p>
        <p>${t.audience}</p>
        <p>${t.outcome}</p>
        <p>${t.catalogue} <cite>${snapshot.catalogue.title}</cite></p>
        <p>${t.duration(full, short, minutes(full), minutes(short))}</p>
        <div class="privacy">
          <h3>${t.privacyTitle}</h3>
          <p>${t.privacy}</p>
        </div>

        <h3>${t.contextTitle}</h3>
        <fieldset>
          <legend>${t.levelsLegend}</legend>
          <p class="hint" id="levels-hint">
            ${context.levels.length ? t.levelsHint : t.levelsRequired}
          </p>
          ${LEVELS.map(
            (level) => html`
              <div class="choice">
                <input
                  type="checkbox"
                  id=${`level-${level}`}
                  aria-describedby="levels-hint"
                  .checked=${context.levels.includes(level)}
                  @change=${(event: Event) => this.toggleLevel(level, (event.target as HTMLInputElement).checked)}
                />
                <label for=${`level-${level}`}>${m.levels[level]}</label>
              </div>
            `,
          )}
        </fieldset>
        <div class="field">
          <label for="role">${t.roleLabel}</label>
          <select
            id="role"
            @change=${(event: Event) => {
              const value = (event.target as HTMLSelectElement).value;
              this.actions?.updateContext({ role: value || undefined });
            }}
          >
            <option value="" ?selected=${!context.role}>${t.roleNone}</option>
            ${Object.entries(m.roles).map(
              ([id, label]) =>
                html`<option value=${id} ?selected=${context.role === id}>${label}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="name">${t.nameLabel}</label>
          <input
            type="text"
            id="name"
            dir="auto"
            maxlength="120"
            autocomplete="organization"
            .value=${context.establishmentName ?? ''}
            @change=${(event: Event) => {
              const value = (event.target as HTMLInputElement).value.trim();
              this.actions?.updateContext({ establishmentName: value || undefined });
            }}
          />
        </div>
        <fieldset>
          <legend>${t.versionLegend}</legend>
          ${(['complet', 'court'] as const).map(
            (version) => html`
              <div class="choice">
                <input
                  type="radio"
                  name="version"
                  id=${`version-${version}`}
                  .checked=${context.questionnaireVersion === version}
                  @change=${() => this.actions?.updateContext({ questionnaireVersion: version })}
                />
                <label for=${`version-${version}`}
                  >${version === 'complet' ? t.versionFull(full) : t.versionShort(short)}</label
                >
              </div>
            `,
          )}
        </fieldset>

        ${
          resumable
            ? html`<p class="resume">
                ${t.resumeInfo(snapshot.profile.overall.answered, snapshot.profile.overall.total)}
              </p>`
            : nothing
        }
        <div class="actions">
          <button type="button" class="primary" @click=${() => this.actions?.start()}>
            ${resumable ? t.resume : t.start}
          </button>
          ${
            resumable || snapshot.profile.overall.answered > 0
              ? html`<button type="button" data-restart @click=${this.askRestart}>
                  ${t.restart}
                </button>`
              : nothing
          }
        </div>
        ${
          this.confirming
            ? html`
                <div
                  class="confirm"
                  role="alertdialog"
                  aria-labelledby="confirm-text"
                  aria-modal="false"
                >
                  <p id="confirm-text">${t.confirmRestart}</p>
                  <div class="actions">
                    <button type="button" class="primary" @click=${this.confirmRestart}>
                      ${t.confirmRestartYes}
                    </button>
                    <button type="button" data-cancel @click=${this.cancelRestart}>
                      ${t.confirmRestartNo}
                    </button>
                  </div>
                </div>
              `
            : nothing
        }
      </section>
    `;
  }
}

defineElement('perseverance-welcome', PerseveranceWelcome);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-welcome': PerseveranceWelcome;
  }
}
