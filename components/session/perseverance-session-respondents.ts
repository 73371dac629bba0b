import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { SavedRespondent } from '../../src/storage/schema.js';
import { defineElement } from '../app/define.js';
import { roleName, roleOptions, sessionContext } from './session-context.js';
import type { SessionView } from './session-context.js';
import { sessionStyles } from './session-styles.js';
import { MAX_LABEL } from '../../src/storage/limits.js';
import { userText, withUserText } from '../styles/user-text.js';

/** Rows added to the list per frame. */
const ROWS_PER_FRAME = 50;

/**
 * @summary The session's respondents as a compact table — number, label, role and source, answers
 * count — one « Modifier » per row; its form renames, changes the role or removes the respondent
 * (undoable). Two hundred rows stay light: one button each, no form until asked.
 * @tagname perseverance-session-respondents
 * @internal
 */
export class PerseveranceSessionRespondents extends LitElement {
  static override styles = [
    sessionStyles,
    css`
      /*
       * A compact list laid out as a table: fixed tracks, so every row lines up without a table's
       * layout over all 200 rows; rows off screen are not laid out until scrolled to.
       */
      ol.people {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      ol.people > li,
      .head {
        display: grid;
        grid-template-columns: 2.5em minmax(min-content, 1fr) 5.5em auto;
        gap: 0 0.75em;
        align-items: center;
        padding: 0.2em 0;
        border-bottom: 1px solid var(--_border-light);
      }
      ol.people > li {
        content-visibility: auto;
        contain-intrinsic-size: auto 3.4em;
      }
      .head {
        font-weight: 600;
        font-size: 0.9375em;
      }
      .n {
        text-align: right;
      }
      .who .mention {
        display: block;
      }
      button.row {
        min-height: 2.25em;
        padding: 0.1em 0.75em;
      }
      li > form {
        grid-column: 1 / -1;
        padding: 0.5em 0 0.25em;
      }
      @media print {
        ol.people > li,
        .head {
          grid-template-columns: 2.5em minmax(min-content, 1fr) 5.5em;
        }
        ol.people > li {
          content-visibility: visible;
        }
      }
    `,
  ];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private view?: SessionView;
  @state() private editing: string | null = null;
  @state() private status: unknown = '';
  @state() private undo: { respondent: SavedRespondent; index: number } | null = null;
  /**
   * Rows rendered so far: the list grows by `ROWS_PER_FRAME` a frame, so that no single task
   * creates 200 rows (opening the section, adding 150 codes): the page paints and answers between.
   */
  @state() private rows = ROWS_PER_FRAME;
  /** Rows on the page after the last update. */
  private shown = 0;
  private growing = false;

  protected override willUpdate(): void {
    // After a paste of many codes too: the rows already there, and the rest frame by frame.
    this.rows = Math.max(Math.min(this.rows, this.shown + ROWS_PER_FRAME), ROWS_PER_FRAME);
  }

  protected override updated(): void {
    const total = this.view?.snapshot.state.session?.respondents.length ?? 0;
    this.shown = Math.min(this.rows, total);
    if (this.rows >= total || this.growing) return;
    this.growing = true;
    requestAnimationFrame(() => {
      this.growing = false;
      this.rows += ROWS_PER_FRAME;
    });
  }

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
    this.status = withUserText(this.view!.t.respondents.removed, respondent.label);
    // The row and its form are gone: focus goes to the list (or its heading when empty).
    void this.focusOn('[data-list]', 'h4');
  }

  private restore() {
    const undo = this.undo!;
    this.view!.actions.session.restoreRespondent(undo.respondent, undo.index);
    this.undo = null;
    this.status = withUserText(this.view!.t.respondents.restored, undo.respondent.label);
    void this.focusOn('[data-list]');
  }

  private save(event: Event, id: string) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const label = String(data.get('label') ?? '');
    const role = String(data.get('role') ?? '') || null;
    this.view!.actions.session.updateRespondent(id, { label, role });
    void this.toggle(id);
  }

  private async toggle(id: string) {
    this.editing = this.editing === id ? null : id;
    await this.focusOn(this.editing ? '#edit-label' : `[data-edit="${id}"]`);
  }

  private renderForm(view: SessionView, p: SavedRespondent) {
    const { t, m } = view;
    const r = t.respondents;
    return html`<form @submit=${(e: Event) => this.save(e, p.id)}>
      <div class="field">
        <label for="edit-label">${r.name}</label>
        <input
          type="text"
          id="edit-label"
          name="label"
          dir="auto"
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
        <button type="button" class="secondary" @click=${() => this.handleRemove(p)}>
          ${withUserText(r.remove, p.label)}
        </button>
      </div>
    </form>`;
  }

  override render() {
    const view = this.view;
    const session = view?.snapshot.state.session;
    if (!view || !session) return nothing;
    const { t } = view;
    const r = t.respondents;
    const total = view.questionCounts[session.questionnaireVersion];
    const list = session.respondents;
    // The same few sentences for 200 rows: each worded once.
    const said = new Map<number, string>();
    const answered = (n: number) => said.get(n) ?? said.set(n, r.answered(n, total)).get(n)!;
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
          : html`<div class="head" aria-hidden="true">
                <span class="n">${r.columns.number}</span><span>${r.columns.who}</span
                ><span class="n">${r.columns.answers(total)}</span>
              </div>
              <ol class="people" data-list tabindex="-1" aria-labelledby="respondents-title">
                ${list.slice(0, this.rows).map(
                  (p, i) =>
                    html`<li>
                      <span class="n" aria-hidden="true">${i + 1}</span>
                      <span class="who"
                        ><strong>${userText(p.label)}</strong>
                        <span class="mention"
                          >${userText(roleName(view, p.role))} · ${r.sources[p.source]}</span
                        ></span
                      >
                      <span class="n"
                        ><span aria-hidden="true">${view.answered.get(p.id) ?? 0}</span
                        ><span class="visually-hidden"
                          >${answered(view.answered.get(p.id) ?? 0)}</span
                        ></span
                      >
                      <button
                        type="button"
                        class="row secondary no-print"
                        data-edit=${p.id}
                        aria-expanded=${this.editing === p.id ? 'true' : 'false'}
                        @click=${() => this.toggle(p.id)}
                      >
                        ${r.editShort}<span class="visually-hidden"
                          >${withUserText(r.quoted, p.label)}</span
                        >
                      </button>
                      ${this.editing === p.id ? this.renderForm(view, p) : nothing}
                    </li>`,
                )}
              </ol>`
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
