import { LitElement, html } from 'lit';
import { defineElement } from './define.js';

/**
 * @summary Placeholder of the session view, replaced by its real implementation.
 * @tagname perseverance-session
 */
export class PerseveranceSession extends LitElement {
  focusHeading() {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    return html`<h2 tabindex="-1">session</h2>`;
  }
}

defineElement('perseverance-session', PerseveranceSession);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-session': PerseveranceSession;
  }
}
