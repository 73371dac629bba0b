import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { distributionParts, distributionText } from '../../src/session/distribution.js';
import { DEFAULT_AGENDA_SIZE } from '../../src/session/divergences.js';
import type { AgendaNotePatch } from '../../src/session/transitions.js';
import type { Divergence } from '../../src/session/types.js';
import { MAX_LABEL, MAX_PLAN_TEXT } from '../../src/storage/limits.js';
import type { SavedAgendaNote } from '../../src/storage/schema.js';
import { defineElement } from '../app/define.js';
import { printWidget } from '../app/print.js';
import type { SessionMessages } from '../i18n/session-fr.js';
import { formatDay, sessionContext } from './session-context.js';
import type { SessionView } from './session-context.js';
import { sessionStyles } from './session-styles.js';
import { userText } from '../styles/user-text.js';

/** Bar colours from « Pas engagée » to « Consolidée », then « Je ne sais pas ». Decorative only. */
const COLORS = ['#b3261e', '#d97a00', '#6f9f3a', '#2d7232', '#a0a0a0'];

/** How the agenda shows the team's notes: fields to fill in (discussion) or text (report). */
export interface AgendaNotes {
  readonly notes: Readonly<Record<string, SavedAgendaNote>>;
  /** Given: one form per question, saved on each change. */
  readonly edit?: (questionId: string, patch: AgendaNotePatch) => void;
}

function renderNoteText(note: SavedAgendaNote | undefined, t: SessionMessages) {
  if (!note) return nothing;
  const a = t.agenda;
  const due = note.due ? formatDay(note.due, t) : '';
  const lead = note.lead ? html`${userText(note.lead)}${due ? `, ${due}` : ''}` : due;
  return html`${note.notes.trim() ? html`<p class="note"><strong>${a.notes} :</strong> ${userText(note.notes)}</p>` : nothing}
  ${
    note.decision.trim() || lead
      ? html`<p class="note">
          <strong>${a.decision} :</strong>
          ${userText(note.decision)}${lead ? html` (${lead})` : nothing}
        </p>`
      : nothing
  }`;
}

function renderNoteForm(
  questionId: string,
  note: SavedAgendaNote | undefined,
  edit: NonNullable<AgendaNotes['edit']>,
  t: SessionMessages,
) {
  const a = t.agenda;
  const id = (field: string) => `${field}-${questionId}`;
  const on =
    (field: keyof AgendaNotePatch) =>
    (e: Event): void =>
      edit(questionId, { [field]: (e.target as HTMLInputElement | HTMLTextAreaElement).value });
  return html`<div class="note-form">
      <div class="field">
        <label for=${id('notes')}>${a.notes}</label>
        <textarea
          id=${id('notes')}
          rows="2"
          dir="auto"
          maxlength=${MAX_PLAN_TEXT}
          .value=${note?.notes ?? ''}
          @change=${on('notes')}
        ></textarea>
      </div>
      <div class="field">
        <label for=${id('decision')}>${a.decision}</label>
        <textarea
          id=${id('decision')}
          rows="2"
          dir="auto"
          maxlength=${MAX_PLAN_TEXT}
          .value=${note?.decision ?? ''}
          @change=${on('decision')}
        ></textarea>
      </div>
      <div class="pair">
        <div class="field">
          <label for=${id('lead')}>${a.lead}</label>
          <input
            id=${id('lead')}
            type="text"
            dir="auto"
            maxlength=${MAX_LABEL}
            .value=${note?.lead ?? ''}
            @change=${on('lead')}
          />
        </div>
        <div class="field">
          <label for=${id('due')}>${a.due}</label>
          <input id=${id('due')} type="date" .value=${note?.due ?? ''} @change=${on('due')} />
        </div>
      </div>
    </div>
    <div class="print-only">${renderNoteText(note, t)}</div>`;
}

/** The divergence agenda, rendered the same way in the discussion and in the report. */
export function renderDivergences(
  divergences: readonly Divergence[],
  scale: Catalogue['scale'],
  t: SessionMessages,
  notes?: AgendaNotes,
) {
  const a = t.agenda;
  return html`<ol class="agenda">
    ${divergences.map((d) => {
      const note =
        notes && Object.hasOwn(notes.notes, d.questionId) ? notes.notes[d.questionId] : undefined;
      return html`<li data-question=${d.questionId}>
        <p><strong>${d.text}</strong></p>
        <p class="mention">${d.keyLabel} › ${d.axisLabel} — ${a.range(d.range)}</p>
        <div class="bar" aria-hidden="true">
          ${distributionParts(d.distribution, scale).map(
            // A property, not a style attribute: the CSSOM is allowed under a strict CSP
            // (style-src 'self'), an attribute is not — nor is styleMap's first render.
            (part) =>
              html`<span
                .style=${`flex-grow: ${part.count}; background: ${COLORS[part.value === 'unknown' ? 4 : part.value]}`}
              ></span>`,
          )}
        </div>
        <p class="distribution">${a.answers} : ${distributionText(d.distribution, scale)}</p>
        ${d.unknown > 0 ? html`<p class="unknown">${a.unknown(d.unknown)}</p>` : nothing}
        ${notes?.edit ? renderNoteForm(d.questionId, note, notes.edit, t) : renderNoteText(note, t)}
      </li>`;
    })}
  </ol>`;
}

/** Styles of `renderDivergences`. */
export const agendaStyles = css`
  ol.agenda > li {
    margin-bottom: 1em;
    break-inside: avoid;
    /* « Voir aussi les N autres questions » adds forms below the fold: laid out when scrolled to. */
    content-visibility: auto;
    contain-intrinsic-size: auto 16em;
  }
  @media print {
    ol.agenda > li {
      content-visibility: visible;
    }
  }
  ol.agenda p {
    margin: 0 0 0.25em;
  }
  .note-form {
    margin-top: 0.5em;
  }
  .note-form textarea,
  .note-form input {
    width: 100%;
    box-sizing: border-box;
  }
  .note-form textarea {
    min-height: 3em;
  }
  .pair {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .pair > .field {
    flex: 1 1 12em;
  }
  .print-only {
    display: none;
  }
  @media print {
    .note-form {
      display: none;
    }
    .print-only {
      display: block;
    }
  }
  .bar {
    display: flex;
    height: 0.75em;
    max-width: 24em;
    gap: 2px;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
`;

/**
 * @summary The discussion: the facilitator's script as a checklist with durations, then the
 * divergence agenda — questions where members disagree most, with the answers given — printable
 * as the meeting's list.
 * @tagname perseverance-session-agenda
 * @internal
 */
export class PerseveranceSessionAgenda extends LitElement {
  static override styles = [
    sessionStyles,
    agendaStyles,
    css`
      .script {
        list-style: none;
        padding: 0;
      }
      .script p {
        margin: 0 0 0.5em 1.75em;
      }
    `,
  ];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private view?: SessionView;

  /** The questions after the first `DEFAULT_AGENDA_SIZE` are shown. */
  @state()
  private all = false;

  /** Ticked steps of this session's script: in the snapshot, kept while the page is open. */
  private tick(index: number, on: boolean) {
    this.view?.actions.session.tickStep(index, on);
  }

  private renderAgenda(view: SessionView) {
    const a = view.t.agenda;
    const summary = view.summary!;
    const all = summary.divergences;
    if (summary.respondentCount < 2) return html`<p role="status">${a.tooFew}</p>`;
    if (all.length === 0) return html`<p role="status">${a.none}</p>`;
    const shown = this.all ? all : all.slice(0, DEFAULT_AGENDA_SIZE);
    const rest = all.length - Math.min(all.length, DEFAULT_AGENDA_SIZE);
    return html`<p role="status">${a.shown(shown.length, all.length)}</p>
      <p class="hint no-print">${a.rule}</p>
      ${renderDivergences(shown, view.snapshot.catalogue.scale, view.t, {
        notes: view.snapshot.state.session?.agenda ?? {},
        edit: (id, patch) => view.actions.session.setAgendaNote(id, patch),
      })}
      ${
        rest > 0
          ? html`<div class="actions">
              <button
                type="button"
                aria-expanded=${this.all ? 'true' : 'false'}
                @click=${() => (this.all = !this.all)}
              >
                ${this.all ? a.less(DEFAULT_AGENDA_SIZE) : a.more(rest)}
              </button>
            </div>`
          : nothing
      }`;
  }

  override render() {
    const view = this.view;
    const summary = view?.summary;
    if (!view || !summary) return nothing;
    const { t } = view;
    const a = t.agenda;
    const steps = t.script.steps;
    const ticks = view.ticks;
    return html`<div class=${view.projector ? 'projector' : ''}>
      <h3 tabindex="-1">${t.sections.discuss}</h3>
      <section class="panel secondary no-print" aria-labelledby="script-title">
        <h4 id="script-title">${t.script.title(steps.reduce((sum, step) => sum + step[1], 0))}</h4>
        <ol class="script">
          ${steps.map(
            ([title, minutes, detail], i) =>
              html`<li>
                <div class="choice">
                  <input
                    type="checkbox"
                    id=${`step-${i}`}
                    aria-describedby=${`step-${i}-detail`}
                    .checked=${ticks.includes(i)}
                    @change=${(e: Event) => this.tick(i, (e.target as HTMLInputElement).checked)}
                  />
                  <label for=${`step-${i}`}
                    ><strong>${i + 1}. ${title}</strong> — ${minutes} min</label
                  >
                </div>
                <p class="hint" id=${`step-${i}-detail`}>${detail}</p>
              </li>`,
          )}
        </ol>
      </section>
      <section aria-labelledby="agenda-title">
        <h4 id="agenda-title">${a.title}</h4>
        ${this.renderAgenda(view)}
        <div class="actions">
          <button type="button" @click=${() => printWidget(this)}>${a.print}</button>
        </div>
      </section>
    </div>`;
  }
}

defineElement('perseverance-session-agenda', PerseveranceSessionAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-session-agenda': PerseveranceSessionAgenda;
  }
}
