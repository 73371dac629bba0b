import { css, html, nothing } from 'lit';
import { defineElement } from './define.js';
import { DiagnosticView } from './diagnostic-view.js';

/**
 * @summary The save status, and the export and import of the whole diagnostic as a file.
 * @internal
 */
export class PerseveranceFooter extends DiagnosticView {
  /** In the root's shadow root, styled there: `::part(footer)` reaches it. */
  protected override createRenderRoot() {
    return this;
  }

  private chooseFile() {
    this.querySelector<HTMLInputElement>('input[type="file"]')?.click();
  }

  private fileChosen(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Choosing the same file again must fire `change` again.
    input.value = '';
    if (file) void this.actions?.importFile(file);
  }

  override render() {
    const { snapshot, messages, actions } = this;
    if (!snapshot || !messages) return nothing;
    const memory = snapshot.storageMode === 'memory';
    return html`<footer part="footer">
      <p class=${memory ? 'save-status memory' : 'save-status'}>
        ${memory ? messages.save.memory : snapshot.savedAt ? `✓ ${messages.save.saved}` : ''}
      </p>
      <button type="button" @click=${() => actions?.exportDiagnostic()}>
        ${messages.actions.export}
      </button>
      <button type="button" @click=${this.chooseFile}>${messages.actions.import}</button>
      <input
        type="file"
        accept="application/json,.json"
        tabindex="-1"
        aria-hidden="true"
        @change=${this.fileChosen}
      />
    </footer>`;
  }
}

/** The footer's styles, in the root's shadow root. */
export const footerStyles = css`
  footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-top: 1.5em;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border-light);
    font-size: 0.9375em;
  }
  .save-status {
    margin: 0 auto 0 0;
    color: var(--_text-mention);
  }
  .save-status.memory {
    color: var(--_error);
  }
  footer input[type='file'] {
    display: none !important;
  }
`;

defineElement('perseverance-footer', PerseveranceFooter);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-footer': PerseveranceFooter;
  }
}
