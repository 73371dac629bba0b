import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { defineElement } from '../app/define.js';
import { agendaStyles, renderDivergences } from './perseverance-session-agenda.js';
import './perseverance-session-table.js';
import { formatDate, roleName, sessionContext } from './session-context.js';
import type { SessionView } from './session-context.js';
import { sessionStyles } from './session-styles.js';

/**
 * @summary The session's report (compte rendu), made to be printed: date, participants by role
 * (no names), shared profile, divergences and decisions; and the session's export.
 * @tagname perseverance-session-report
 * @internal
 */
export class PerseveranceSessionReport extends LitElement {
  static override styles = [sessionStyles, agendaStyles];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private view?: SessionView;

  override render() {
    const view = this.view;
    const summary = view?.summary;
    const session = view?.snapshot.state.session;
    if (!view || !summary || !session) return nothing;
    const { t, m, snapshot } = view;
    const r = t.report;
    const retained = view.decisions;
    return html`<article aria-labelledby="report-title">
      <h3 id="report-title" tabindex="-1">${t.sections.report}</h3>
      <p><strong>${r.session(session.name, formatDate(session.createdAt, t))}</strong></p>
      <h4>${r.participants(summary.respondentCount)}</h4>
      <ul>
        ${summary.roles.map(
          (role) => html`<li>${r.byRole(roleName(view, role.role), role.respondentCount)}</li>`,
        )}
      </ul>
      <h4>${t.sections.profile}</h4>
      <perseverance-session-table .view=${view}></perseverance-session-table>
      <h4>${r.divergences}</h4>
      ${
        summary.divergences.length
          ? renderDivergences(summary.divergences, snapshot.catalogue.scale, t)
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
      <div class="actions">
        <button type="button" class="primary" @click=${() => window.print()}>${r.print}</button>
        <button type="button" @click=${() => view.actions.exportDiagnostic()}>${r.export}</button>
      </div>
      <p class="hint no-print">${r.exportHint}</p>
      <p class="mention">${m.widgetLabel}</p>
    </article>`;
  }
}

defineElement('perseverance-session-report', PerseveranceSessionReport);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-session-report': PerseveranceSessionReport;
  }
}
