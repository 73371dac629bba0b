import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { sessionCsv } from '../../src/session/csv.js';
import { DEFAULT_AGENDA_SIZE } from '../../src/session/divergences.js';
import { defineElement } from '../app/define.js';
import { downloadText } from '../app/download.js';
import { printWidget } from '../app/print.js';
import { formatPercent } from '../i18n/format.js';
import { agendaStyles, renderDivergences } from './perseverance-session-agenda.js';
import './perseverance-session-table.js';
import { formatDate, roleName, sessionContext } from './session-context.js';
import type { SessionView } from './session-context.js';
import { sessionStyles } from './session-styles.js';
import { withUserText } from '../styles/user-text.js';

/**
 * @summary The session's report (compte rendu), made to print on one A4 page: session, date and
 * establishment, participants by role (no names), the four keys' scores, strengths and axes of
 * progress, the agenda's conclusions (the first questions and every question the team noted) and
 * the decisions; the detailed table and every divergence as an optional annex. Exports: CSV for a
 * spreadsheet, JSON for next year.
 * @tagname perseverance-session-report
 * @internal
 */
export class PerseveranceSessionReport extends LitElement {
  static override styles = [
    sessionStyles,
    agendaStyles,
    css`
      .compact h4 {
        margin: 0.75em 0 0.25em;
      }
      .compact ul {
        margin: 0.25em 0;
      }
      .roles {
        display: inline;
        padding: 0;
      }
      .roles li {
        display: inline;
      }
      .roles li + li::before {
        content: ' · ';
      }
      .columns {
        display: flex;
        flex-wrap: wrap;
        gap: 0 2em;
      }
      .columns > div {
        flex: 1 1 14em;
      }
      @media print {
        .compact {
          font-size: 9.5pt;
          line-height: 1.25;
        }
        .compact h3 {
          margin: 0 0 0.25em;
        }
        .compact ol.agenda > li {
          margin-bottom: 0.3em;
        }
        /* The distribution is written out beside: the bar is the screen's. */
        .compact .bar {
          display: none;
        }
        .compact th,
        .compact td {
          padding: 0.1em 0.5em;
        }
        .annex {
          break-before: page;
        }
      }
    `,
  ];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private view?: SessionView;

  /** The detailed table and every divergence are shown (and printed) as an annex. */
  @state()
  private annex = false;

  private exportCsv(view: SessionView) {
    const session = view.snapshot.state.session;
    if (!session || !view.summary) return;
    const csv = sessionCsv(view.snapshot.catalogue, session.respondents, view.summary, {
      version: session.questionnaireVersion,
      levels: view.snapshot.state.context.levels,
      labels: view.t.report.csvLabels,
      agenda: session.agenda ?? {},
    });
    const day = session.createdAt.slice(0, 10);
    downloadText(csv, `seance-gpds-${day}.csv`, 'text/csv;charset=utf-8');
  }

  override render() {
    const view = this.view;
    const summary = view?.summary;
    const session = view?.snapshot.state.session;
    if (!view || !summary || !session) return nothing;
    const { t, m, snapshot } = view;
    const r = t.report;
    const retained = view.decisions;
    const notes = session.agenda ?? {};
    const establishment = snapshot.state.context.establishmentName?.trim();
    const pct = (score: number | null) => (score === null ? '—' : formatPercent(t.locale, score));
    // The agenda's conclusions: the first questions, and any other one the team wrote about.
    const conclusions = summary.divergences.filter(
      (d, i) => i < DEFAULT_AGENDA_SIZE || Object.hasOwn(notes, d.questionId),
    );
    const profile = summary.profile;
    return html`<article aria-labelledby="report-title" class="compact">
      <h3 id="report-title" tabindex="-1">${t.sections.report}</h3>
      <p>
        <strong
          >${withUserText((name) => r.session(name, formatDate(session.createdAt, t)), session.name)}</strong
        >
      </p>
      ${establishment ? html`<p>${withUserText(r.establishment, establishment)}</p>` : nothing}
      <div>
        ${r.participants(summary.respondentCount)} —
        <ul class="roles">
          ${summary.roles.map(
            (role) =>
              html`<li>
                ${withUserText((name) => r.byRole(name, role.respondentCount), roleName(view, role.role))}
              </li>`,
          )}
        </ul>
      </div>
      <h4>${r.keys}</h4>
      <table>
        <thead>
          <tr>
            ${r.keyHead.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${summary.keys.map(
            (key) =>
              html`<tr>
                <th scope="row">${key.label}</th>
                <td class="n">${pct(key.score)}</td>
                <td class="n">${key.min === null ? '—' : `${pct(key.min)} – ${pct(key.max)}`}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <div class="columns">
        <div>
          <h4>${r.strengths}</h4>
          <ul>
            ${profile.strengths.map((a) => html`<li>${a.label} (${pct(a.score)})</li>`)}
          </ul>
        </div>
        <div>
          <h4>${r.weaknesses}</h4>
          <ul>
            ${profile.weaknesses.map((a) => html`<li>${a.label} (${pct(a.score)})</li>`)}
          </ul>
        </div>
      </div>
      <h4>${r.conclusions}</h4>
      ${
        summary.respondentCount < 2
          ? html`<p>${t.agenda.tooFew}</p>`
          : conclusions.length
            ? renderDivergences(conclusions, snapshot.catalogue.scale, t, { notes })
            : html`<p>${t.agenda.none}</p>`
      }
      <h4>${r.decisions}</h4>
      ${
        retained.length
          ? html`<ul class="decisions">
              ${retained.map((item) => html`<li>${item.title}</li>`)}
            </ul>`
          : html`<p>${r.none}</p>`
      }
      <p class="mention">${m.widgetLabel}</p>
      <div class="choice no-print">
        <input
          type="checkbox"
          id="annex"
          .checked=${this.annex}
          @change=${(e: Event) => (this.annex = (e.target as HTMLInputElement).checked)}
        />
        <label for="annex">${r.annex}</label>
      </div>
      ${
        this.annex
          ? html`<section class="annex" aria-labelledby="annex-title">
              <h4 id="annex-title">${r.annexTitle}</h4>
              <perseverance-session-table .view=${view}></perseverance-session-table>
              <h4>${r.divergences}</h4>
              ${
                summary.divergences.length
                  ? renderDivergences(summary.divergences, snapshot.catalogue.scale, t, { notes })
                  : html`<p>${t.agenda.none}</p>`
              }
            </section>`
          : nothing
      }
      <div class="actions">
        <button type="button" class="primary" @click=${() => printWidget(this)}>${r.print}</button>
        <button type="button" @click=${() => this.exportCsv(view)}>${r.csv}</button>
        <button type="button" @click=${() => view.actions.exportDiagnostic()}>${r.export}</button>
      </div>
      <p class="hint no-print">${r.csvHint}</p>
      <p class="hint no-print">${r.exportHint}</p>
    </article>`;
  }
}

defineElement('perseverance-session-report', PerseveranceSessionReport);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-session-report': PerseveranceSessionReport;
  }
}
