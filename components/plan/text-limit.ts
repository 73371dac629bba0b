import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import type { PlanMessages } from '../i18n/plan-fr.js';

/** From this share of its size on, a field shows how many characters it holds. */
const NEAR = 0.9;

type TextField = HTMLInputElement | HTMLTextAreaElement;

/**
 * What the plan's text fields say about their size. A field's `maxlength` keeps what the user types
 * or pastes within what can be saved, but the browser cuts silently: this says it, at the field —
 * a count near the limit (« 1 980 / 2 000 caractères »), and, politely announced, how much of a
 * paste (or of typing at the limit) was not kept. One per element; ids are the fields' own.
 */
export class TextLimit {
  /** Characters left out by the last insertion, by field id, until the field goes under its limit. */
  private readonly cut = new Map<string, number>();
  /** Each field's length as last typed: a field saved on `change` is ahead of what it shows. */
  private readonly lengths = new Map<string, number>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** `@beforeinput`: measures what the insertion brings against the room the field has left. */
  readonly beforeInput = (event: InputEvent) => {
    const field = event.target as TextField;
    const max = field.maxLength;
    if (max < 0 || !event.inputType.startsWith('insert')) return;
    const raw = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
    // A text area keeps line breaks as one character; a one-line field drops them.
    const text =
      field.localName === 'textarea' ? raw.replace(/\r\n?/g, '\n') : raw.replace(/[\r\n]/g, '');
    const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
    const room = Math.max(0, max - (field.value.length - selected));
    if (text.length > room) {
      this.cut.set(field.id, text.length - room);
      this.host.requestUpdate();
    }
  };

  /** To call on `input`: counts what the field holds; under its limit, it no longer says « cut ». */
  input(field: TextField): void {
    const before = this.lengths.get(field.id);
    this.lengths.set(field.id, field.value.length);
    if (this.cut.has(field.id) && field.value.length < field.maxLength) this.cut.delete(field.id);
    if (before !== field.value.length) this.host.requestUpdate();
  }

  /** The fields start again from other values (another draft): nothing typed is counted. */
  reset(): void {
    this.cut.clear();
    this.lengths.clear();
  }

  private length(id: string, value: string): number {
    return this.lengths.get(id) ?? value.length;
  }

  /** The id to add to the field's `aria-describedby` when it says something, else ''. */
  describedBy(id: string, value: string, max: number): string {
    return this.cut.has(id) || this.length(id, value) >= max * NEAR ? `${id}-limit` : '';
  }

  /**
   * The field's size, under it: the count near the limit, and a live message when something was
   * not kept (always in the page, so that screen readers announce it when it fills).
   */
  render(id: string, value: string, max: number, t: PlanMessages) {
    const left = this.cut.get(id);
    const length = this.length(id, value);
    return html`<p class="limit" id=${`${id}-limit`}>
      ${length >= max * NEAR ? html`<span class="count">${t.limit.count(length, max)}</span>` : nothing}
      <span class="cut" aria-live="polite">${left ? t.limit.cut(max, left) : ''}</span>
    </p>`;
  }
}

/** The size line's styles. The live part stays displayed even empty: screen readers then hear it fill. */
export const limitStyles = css`
  .limit {
    margin: 0.25em 0 0;
    color: var(--_text-mention);
  }
  .limit .cut {
    display: block;
    color: var(--_error);
    font-weight: 600;
  }
`;
