import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { parseDiagnosticFile } from '../../src/exchange/diagnostic-file.js';
import { parseShareCodesInput } from '../../src/exchange/share-codes-input.js';
import { checkImportSize } from '../../src/exchange/size.js';
import {
  respondentsFromExport,
  sameAnswers,
  type RespondentInput,
} from '../../src/session/transitions.js';
import { defineElement } from '../app/define.js';
import { defaultLabelFor, roleOptions, sessionContext } from './session-context.js';
import type { SessionView } from './session-context.js';
import { sessionStyles } from './session-styles.js';
import './perseverance-session-respondents.js';
import './perseverance-qr-scan.js';
import { MAX_LABEL } from '../../src/storage/limits.js';

interface Line {
  readonly ok: boolean;
  /** The code as typed (or normalised when accepted), or the file's name. */
  readonly what: string;
  readonly text: string;
}

/**
 * @summary Collects respondents: pasted share codes (each checked; rejected ones stay in the field
 * for correction), exported files, answers typed on this device (« passer la tablette »); then
 * lists them.
 * @tagname perseverance-session-collect
 * @internal
 */
export class PerseveranceSessionCollect extends LitElement {
  static override styles = sessionStyles;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private view?: SessionView;
  @state() private codes = '';
  @state() private codesRole = '';
  @state() private summary = '';
  @state() private lines: readonly Line[] = [];
  @state() private fileLines: readonly Line[] = [];
  @state() private taken = '';

  private add(inputs: readonly RespondentInput[]) {
    const defaultLabel = defaultLabelFor(this.view!);
    return this.view!.actions.session.addRespondents(inputs, { defaultLabel });
  }

  private async focusOn(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private addCodes(event: Event) {
    event.preventDefault();
    const view = this.view!;
    const t = view.t.collect;
    const session = view.snapshot.state.session!;
    const parsed = parseShareCodesInput(view.snapshot.catalogue, this.codes, session.respondents);
    const accepted = parsed.filter((result) => result.ok);
    const { added } = this.add(
      accepted.map((result) => {
        const role = result.role ?? (this.codesRole || undefined);
        return { answers: result.answers, source: 'code', ...(role ? { role } : {}) };
      }),
    );
    const lines: Line[] = [];
    const kept: string[] = [];
    let next = 0;
    for (const result of parsed) {
      const respondent = result.ok ? added[next++] : undefined;
      if (result.ok && respondent)
        lines.push({ ok: true, what: result.code, text: t.added(respondent.label) });
      else {
        const text = result.ok ? t.full(accepted.length - added.length) : result.error.message;
        lines.push({ ok: false, what: result.input, text });
        kept.push(result.input);
      }
    }
    this.lines = lines;
    // Nothing typed is lost: what was not added stays in the field, one code a line.
    this.codes = kept.join('\n');
    this.summary = parsed.length ? t.summary(added.length, kept.length) : t.noCode;
    void this.focusOn('#codes-summary');
  }

  private async importFiles(event: Event) {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const t = this.view!.t.collect;
    const lines: Line[] = [];
    for (const file of files) {
      const line = (ok: boolean, text: string) => lines.push({ ok, what: file.name, text });
      try {
        // Refused before reading: a 50 MB file must not freeze the page.
        checkImportSize(file.size);
        const imported = parseDiagnosticFile(await file.text());
        const { snapshot } = this.view!;
        const read = respondentsFromExport(imported, snapshot.catalogue);
        if (!read.ok) {
          line(false, read.reason === 'catalogue' ? t.fileCatalogue : t.fileEmpty);
          continue;
        }
        const existing = snapshot.state.session?.respondents ?? [];
        const fresh: RespondentInput[] = [];
        for (const respondent of read.respondents) {
          const twin = existing.find((r) => sameAnswers(r.answers, respondent.answers));
          if (twin) line(false, t.fileDuplicate(twin.label));
          else if (!fresh.some((r) => sameAnswers(r.answers, respondent.answers)))
            fresh.push(respondent);
        }
        if (fresh.length === 0) continue;
        const { added, refused } = this.add(fresh);
        if (added.length) line(true, t.fileAdded(added.length));
        if (refused.length) line(false, t.full(refused.length));
      } catch (error) {
        // ImportError messages are French and name the problem; anything else is a bug.
        line(false, error instanceof Error ? error.message : String(error));
      }
    }
    this.fileLines = lines;
    void this.focusOn('#files-summary');
  }

  private take(event: Event) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const label = String(data.get('label') ?? '');
    const role = String(data.get('role') ?? '');
    const defaultLabel = defaultLabelFor(this.view!);
    const result = this.view!.actions.session.takeTablet(
      { label, ...(role ? { role } : {}) },
      { defaultLabel },
    );
    const respondent = result.added[0];
    if (!respondent) return;
    form.reset();
    this.taken = this.view!.t.collect.taken(respondent.label);
    void this.focusOn('[data-next]');
  }

  private renderLines(lines: readonly Line[], rejected: string) {
    return lines.length
      ? html`<ul>
          ${lines.map(
            (line) =>
              html`<li class=${line.ok ? 'ok' : 'error'}>
                <code>${line.what}</code> :
                ${line.ok ? nothing : html`<strong>${rejected}</strong> —`} ${line.text}
              </li>`,
          )}
        </ul>`
      : nothing;
  }

  override render() {
    const view = this.view;
    if (!view) return nothing;
    const { t, snapshot } = view;
    const c = t.collect;
    const { answered, total } = snapshot.profile.overall;
    return html`<div class=${view.projector ? 'projector' : ''}>
      <h3 tabindex="-1">${t.sections.collect}</h3>
      <form class="panel" @submit=${this.addCodes}>
        <div class="field">
          <label for="codes">${c.codes}</label>
          <p class="hint" id="codes-hint">${c.codesHint}</p>
          <textarea
            id="codes"
            rows="5"
            spellcheck="false"
            autocomplete="off"
            aria-describedby="codes-hint"
            .value=${this.codes}
            @input=${(e: Event) => (this.codes = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
          <perseverance-qr-scan
            .labels=${c.scan}
            @perseverance-qr-scanned=${(e: Event) => {
              const text = (e as Event & { text: string }).text;
              this.codes = this.codes.trim() ? `${this.codes.trim()}\n${text}` : text;
            }}
          ></perseverance-qr-scan>
        </div>
        <div class="field">
          <label for="codes-role">${c.role}</label>
          <select
            id="codes-role"
            @change=${(e: Event) => (this.codesRole = (e.target as HTMLSelectElement).value)}
          >
            ${roleOptions(view, this.codesRole || undefined)}
          </select>
        </div>
        <div class="actions">
          <button type="submit" class="primary">${c.add}</button>
        </div>
        <div id="codes-summary" tabindex="-1" role="status">
          ${this.summary ? html`<p>${this.summary}</p>` : nothing}
        </div>
        ${this.renderLines(this.lines, c.rejected)}
      </form>
      <div class="panel secondary no-print">
        <div class="field">
          <label for="files">${c.files}</label>
          <input
            type="file"
            id="files"
            multiple
            accept="application/json,.json"
            @change=${this.importFiles}
          />
        </div>
        <div id="files-summary" tabindex="-1" role="status">
          ${this.renderLines(this.fileLines, c.rejected)}
        </div>
      </div>
      <form class="panel secondary no-print" @submit=${this.take}>
        <h4>${c.tablet}</h4>
        <p class="hint">${c.tabletIntro}</p>
        <p>${c.tabletCurrent(answered, total)}</p>
        <div class="field">
          <label for="tablet-label">${c.tabletLabel}</label>
          <input type="text" id="tablet-label" name="label" maxlength=${MAX_LABEL} />
        </div>
        <div class="field">
          <label for="tablet-role">${t.respondents.role}</label>
          <select id="tablet-role" name="role">
            ${roleOptions(view, undefined)}
          </select>
        </div>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${answered === 0}>${c.take}</button>
          <button type="button" data-next @click=${() => view.actions.goToStep(0)}>
            ${c.next}
          </button>
        </div>
        <p role="status" class="ok">${this.taken}</p>
      </form>
      <perseverance-session-respondents></perseverance-session-respondents>
    </div>`;
  }
}

defineElement('perseverance-session-collect', PerseveranceSessionCollect);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-session-collect': PerseveranceSessionCollect;
  }
}
