import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { parseDiagnosticFile } from '../../src/exchange/diagnostic-file.js';
import { checkImportSize } from '../../src/exchange/size.js';
import { previousFromExport } from '../../src/session/transitions.js';
import { defineElement } from '../app/define.js';
import { formatDate, sessionContext } from './session-context.js';
import type { SessionView } from './session-context.js';
import { sessionStyles } from './session-styles.js';
import { withUserText } from '../styles/user-text.js';

/**
 * @summary Last year's diagnostic for comparison: import its export (a diagnostic or a session),
 * or remove it. The radar and the table show the change.
 * @tagname perseverance-session-previous
 * @internal
 */
export class PerseveranceSessionPrevious extends LitElement {
  static override styles = sessionStyles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private view?: SessionView;
  @state() private status: { ok: boolean; text: string } | null = null;

  private async importFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const view = this.view;
    if (!file || !view) return;
    const t = view.t.previous;
    try {
      checkImportSize(file.size);
      const imported = parseDiagnosticFile(await file.text());
      const read = previousFromExport(imported, view.snapshot.catalogue, {
        label: imported.session?.name ?? t.label(formatDate(imported.savedAt, view.t)),
        importedAt: new Date().toISOString(),
      });
      if (read.ok) {
        view.actions.session.setPrevious(read.previous);
        this.status = {
          ok: true,
          text: t.done + (read.fromSession ? t.fromSession(read.fromSession) : ''),
        };
      } else this.status = { ok: false, text: read.reason === 'catalogue' ? t.catalogue : t.empty };
    } catch (error) {
      this.status = { ok: false, text: error instanceof Error ? error.message : String(error) };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#previous-status')?.focus();
  }

  private async handleRemove() {
    this.view!.actions.session.clearPrevious();
    this.status = { ok: true, text: this.view!.t.previous.removed };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#previous-file')?.focus();
  }

  override render() {
    const view = this.view;
    if (!view) return nothing;
    const t = view.t.previous;
    const previous = view.snapshot.state.previous;
    return html`<section class="panel" aria-labelledby="previous-title">
      <h4 id="previous-title">${t.title}</h4>
      <p class="hint">${t.intro}</p>
      ${previous ? html`<p>${withUserText(t.loaded, previous.label)}</p>` : nothing}
      <div class="field no-print">
        <label for="previous-file">${t.file}</label>
        <input
          type="file"
          id="previous-file"
          accept="application/json,.json"
          @change=${this.importFile}
        />
      </div>
      <div id="previous-status" tabindex="-1" role="status">
        ${
          this.status
            ? html`<p class=${this.status.ok ? 'ok' : 'error'}>${this.status.text}</p>`
            : nothing
        }
      </div>
      ${
        previous
          ? html`<button type="button" class="no-print" @click=${this.handleRemove}>
              ${t.remove}
            </button>`
          : nothing
      }
    </section>`;
  }
}

defineElement('perseverance-session-previous', PerseveranceSessionPrevious);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-session-previous': PerseveranceSessionPrevious;
  }
}
