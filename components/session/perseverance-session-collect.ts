import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { parseDiagnosticFile } from '../../src/exchange/diagnostic-file.js';
import {
  readShareCodesInput,
  type ShareCodeInputResult,
} from '../../src/exchange/share-codes-input.js';
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
import { pasteOutcome, pasteWindow, type PasteOutcome } from '../../src/session/paste.js';
import { userText, withUserText } from '../styles/user-text.js';

interface Line {
  readonly ok: boolean;
  /** The code as typed (or normalised when accepted), or the file's name. */
  readonly what: string;
  readonly text: unknown;
}

/** Refused codes listed after a paste, at most: the codes themselves stay in the field. */
const SHOWN_REFUSED = 100;

/** Decoding works in slices of about this long, the page answering between them. */
const SLICE_MS = 12;

/** Lets the page paint and answer input: `scheduler.yield()` where there is one, else a task. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
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
  /** The field's text: from the session's interface state when the section opens. */
  @state() private codes = '';
  @state() private codesRole = '';
  @state() private summary = '';
  /** The last paste: what became of each code. */
  @state() private outcome: PasteOutcome | null = null;
  /** While a long paste is decoded: how far it is (the form is busy). */
  @state() private reading: string | null = null;
  private codesLoaded = false;
  @state() private fileLines: readonly Line[] = [];
  @state() private taken: unknown = '';

  private add(inputs: readonly RespondentInput[]) {
    const defaultLabel = defaultLabelFor(this.view!);
    return this.view!.actions.session.addRespondents(inputs, { defaultLabel });
  }

  private async focusOn(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected override willUpdate(): void {
    if (!this.codesLoaded && this.view) {
      this.codes = this.view.snapshot.sessionUi.codes ?? '';
      this.codesLoaded = true;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Another section opens: typed or pasted codes not kept yet (no « change » since) are kept
    // now, after the section's own update (an action publishes a new snapshot).
    const { view, codes } = this;
    if (view && this.codesLoaded && (view.snapshot.sessionUi.codes ?? '') !== codes)
      queueMicrotask(() => view.actions.session.keepCodes(codes));
  }

  private keep(codes: string) {
    this.codes = codes;
    this.view?.actions.session.keepCodes(codes);
  }

  /**
   * Reads the field (a part at a time when it is very long: `pasteWindow`), decoding in slices
   * that let the page paint the progress and answer; then adds the valid codes in one go, and
   * leaves in the field everything not added, with one count per kind.
   */
  private async addCodes(event: Event) {
    event.preventDefault();
    if (this.reading !== null) return;
    const t = this.view!.t.collect;
    const { read, rest } = pasteWindow(this.codes);
    const { snapshot } = this.view!;
    const existing = snapshot.state.session?.respondents ?? [];
    const results: ShareCodeInputResult[] = [];
    this.reading = '';
    try {
      let sliceEnd = performance.now() + SLICE_MS;
      for (const result of readShareCodesInput(snapshot.catalogue, read, existing)) {
        results.push(result);
        if (performance.now() > sliceEnd) {
          this.reading = t.reading(results.length);
          await nextTask();
          sliceEnd = performance.now() + SLICE_MS;
        }
      }
      const { added } = this.add(
        results.flatMap((result) => {
          if (!result.ok) return [];
          const role = result.role ?? (this.codesRole || undefined);
          return [{ answers: result.answers, source: 'code' as const, ...(role ? { role } : {}) }];
        }),
      );
      const outcome = pasteOutcome(results, added, rest);
      this.outcome = outcome;
      this.keep(outcome.kept);
      this.summary = [
        results.length ? t.summary(outcome.counts) : t.noCode,
        outcome.unread ? t.unread(read.length) : '',
        outcome.dropped ? t.dropped(outcome.dropped) : '',
      ]
        .filter(Boolean)
        .join(' ');
    } finally {
      this.reading = null;
    }
    void this.focusOn('#codes-summary');
  }

  private async importFiles(event: Event) {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const t = this.view!.t.collect;
    const lines: Line[] = [];
    for (const file of files) {
      const line = (ok: boolean, text: unknown) => lines.push({ ok, what: file.name, text });
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
          if (twin) line(false, withUserText(t.fileDuplicate, twin.label));
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
    this.taken = withUserText(this.view!.t.collect.taken, respondent.label);
    void this.focusOn('[data-next]');
  }

  private renderLines(lines: readonly Line[], rejected: string) {
    return lines.length
      ? html`<ul>
          ${lines.map(
            (line) =>
              html`<li class=${line.ok ? 'ok' : 'error'}>
                <code>${userText(line.what)}</code> :
                ${line.ok ? nothing : html`<strong>${rejected}</strong> —`} ${line.text}
              </li>`,
          )}
        </ul>`
      : nothing;
  }

  /**
   * The last paste's problems: each code refused (invalid or duplicate) with its reason, then one
   * line for those the full session could not take; those added are in the list below. A long list
   * is cut: its codes are in the field anyway.
   */
  private renderOutcome({ lines, counts }: PasteOutcome) {
    const c = this.view!.t.collect;
    const refused = lines.flatMap((line) =>
      line.kind === 'invalid' || line.kind === 'duplicate' ? [line] : [],
    );
    return html`<ul>
      ${refused
        .slice(0, SHOWN_REFUSED)
        .map(
          (line) =>
            html`<li class="error">
              <code>${userText(line.input)}</code> :
              <strong>${line.kind === 'duplicate' ? c.duplicate : c.rejected}</strong> —
              ${line.message}
            </li>`,
        )}
      ${refused.length > SHOWN_REFUSED ? html`<li>${c.more(refused.length - SHOWN_REFUSED)}</li>` : nothing}
      ${counts.full ? html`<li class="full">${c.full(counts.full)}</li>` : nothing}
    </ul>`;
  }

  override render() {
    const view = this.view;
    if (!view) return nothing;
    const { t, snapshot } = view;
    const c = t.collect;
    const { answered, total } = snapshot.profile.overall;
    return html`<div class=${view.projector ? 'projector' : ''}>
      <h3 tabindex="-1">${t.sections.collect}</h3>
      <form
        class="panel"
        aria-busy=${this.reading !== null ? 'true' : 'false'}
        @submit=${this.addCodes}
      >
        <div class="field">
          <label for="codes">${c.codes}</label>
          <p class="hint" id="codes-hint">${c.codesHint}</p>
          <textarea
            id="codes"
            rows="5"
            dir="auto"
            spellcheck="false"
            autocomplete="off"
            aria-describedby="codes-hint"
            .value=${this.codes}
            @input=${(e: Event) => (this.codes = (e.target as HTMLTextAreaElement).value)}
            @change=${(e: Event) => this.keep((e.target as HTMLTextAreaElement).value)}
          ></textarea>
          <perseverance-qr-scan
            .labels=${c.scan}
            @perseverance-qr-scanned=${(e: Event) => {
              const text = (e as Event & { text: string }).text;
              this.keep(this.codes.trim() ? `${this.codes.trim()}\n${text}` : text);
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
          <button
            type="submit"
            class="primary"
            aria-disabled=${this.reading !== null ? 'true' : 'false'}
          >
            ${c.add}
          </button>
          <span role="status" id="codes-progress">${this.reading ?? ''}</span>
        </div>
        <div id="codes-summary" tabindex="-1" role="status">
          ${this.summary ? html`<p>${this.summary}</p>` : nothing}
        </div>
        ${this.outcome ? this.renderOutcome(this.outcome) : nothing}
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
          <input type="text" id="tablet-label" name="label" dir="auto" maxlength=${MAX_LABEL} />
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
