import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { SavedRespondent } from '../../src/storage/schema.js';
import { defineElement } from '../app/define.js';
import { roleName, roleOptions, sessionContext } from './session-context.js';
import type { SessionView } from './session-context.js';
import { sessionStyles } from './session-styles.js';
import { MAX_LABEL } from '../../src/storage/limits.js';

/**
 * @summary The session's respondents — label, role, source, answers count — each with an edit
 * form and a remove button (undoable).
 * @tagname perseverance-session-respondents
 * @internal
 */
export class PerseveranceSessionRespondents extends LitElement {
  static override styles = [
    sessionStyles,
    css`
      ul.list {
        list-style: none;
        padding: 0;
      }
      ul.list > li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25em 0.75em;
        padding: 0.35em 0;
        border-bottom: 1px solid var(--_border-light);
      }
      .who {
        margin-right: auto;
      }
      form {
        flex-basis: 100%;
      }
    `,
  ];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private view?: SessionView;
  @state() private editing: string | null = null;
  @state() private status = '';
  @state() private undo: { respondent: SavedRespondent; index: number } | null = null;

  /** Focuses the first of `selectors` that is rendered. */
  private async focusOn(...selectors: string[]) {
    await this.updateComplete;
    for (const selector of selectors) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target) return target.focus();
    }
  }

  private handleRemove(respondent: SavedRespondent) {
    const removed = this.view!.actions.session.removeRespondent(respondent.id);
    if (!removed) return;
    this.undo = removed;
    this.editing = null;
    this.status = this.view!.t.respondents.removed(respondent.label);
    // The row and its button are gone: focus goes to the list (or its heading when empty).
    void this.focusOn('ul.list', 'h4');
  }

  private restore() {
    const undo = this.undo!;
    this.view!.actions.session.restoreRespondent(undo.respondent, undo.index);
    this.undo = null;
    this.status = this.view!.t.respondents.restored(undo.respondent.label);
    void this.focusOn('ul.list');
  }

  private save(event: Event, id: string) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const label = String(data.get('label') ?? '');
    const role = String(data.get('role') ?? '') || null;
    this.view!.actions.session.updateRespondent(id, { label, role });
    this.toggle(id);
  }

  private async toggle(id: string) {
    this.editing = this.editing === id ? null : id;
    await this.focusOn(this.editing ? '#edit-label' : `[data-edit="${id}"]`);
  }

  override render() {
    const view = this.view;
    const session = view?.snapshot.state.session;
    if (!view || !session) return nothing;
    const { t, m } = view;
    const r = t.respondents;
    const total = view.questionCounts[session.questionnaireVersion];
    const list = session.respondents;
    return html`<section class="panel" aria-labelledby="respondents-title">
      <h4 id="respondents-title" tabindex="-1">${r.title(list.length)}</h4>
      <div role="status">${this.status ? html`<p>${this.status}</p>` : nothing}</div>
      ${
        this.undo
          ? html`<button type="button" class="no-print" @click=${this.restore}>${r.undo}</button>`
          : nothing
      }
      ${
        list.length === 0
          ? html`<p>${r.empty}</p>`
          : html`<ul class="list" tabindex="-1" aria-labelledby="respondents-title">
              ${list.map(
                (p) =>
                  html`<li>
                    <span class="who"
                      ><strong>${p.label}</strong> — ${roleName(view, p.role)} —
                      ${r.sources[p.source]} —
                      ${r.answered(view.answered.get(p.id) ?? 0, total)}</span
                    >
                    <button
                      type="button"
                      class="no-print secondary"
                      data-edit=${p.id}
                      aria-expanded=${this.editing === p.id ? 'true' : 'false'}
                      @click=${() => this.toggle(p.id)}
                    >
                      ${r.edit(p.label)}
                    </button>
                    <button
                      type="button"
                      class="no-print secondary"
                      @click=${() => this.handleRemove(p)}
                    >
                      ${r.remove(p.label)}
                    </button>
                    ${
                      this.editing === p.id
                        ? html`<form @submit=${(e: Event) => this.save(e, p.id)}>
                            <div class="field">
                              <label for="edit-label">${r.name}</label>
                              <input
                                type="text"
                                id="edit-label"
                                name="label"
                                maxlength=${MAX_LABEL}
                                .value=${p.label}
                              />
                            </div>
                            <div class="field">
                              <label for="edit-role">${r.role}</label>
                              <select id="edit-role" name="role">
                                ${roleOptions(view, p.role)}
                              </select>
                            </div>
                            <div class="actions">
                              <button type="submit" class="primary">${r.save}</button>
                              <button type="button" @click=${() => this.toggle(p.id)}>
                                ${m.welcome.confirmRestartNo}
                              </button>
                            </div>
                          </form>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }
}

defineElement('perseverance-session-respondents', PerseveranceSessionRespondents);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-session-respondents': PerseveranceSessionRespondents;
  }
}
