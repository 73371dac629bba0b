import { LitElement, html } from 'lit';
import { defineElement } from './define.js';

/**
 * @summary Placeholder of the plan view, replaced by its real implementation.
 * @tagname perseverance-plan
 */
export class PerseverancePlan extends LitElement {
  focusHeading() {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    return html`<h2 tabindex="-1">plan</h2>`;
  }
}

defineElement('perseverance-plan', PerseverancePlan);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-plan': PerseverancePlan;
  }
}
