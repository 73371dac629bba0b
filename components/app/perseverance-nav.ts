import { css, html, nothing } from 'lit';
import { defineElement } from './define.js';
import { DiagnosticView } from './diagnostic-view.js';
import { NAV_VIEWS, navEntryOf } from './views.js';

/**
 * @summary The navigation between the widget's views, from the view registry.
 * @internal
 */
export class PerseveranceNav extends DiagnosticView {
  /** In the root's shadow root, styled there: `::part(nav)` reaches it. */
  protected override createRenderRoot() {
    return this;
  }

  override render() {
    const { snapshot, messages, actions } = this;
    if (!snapshot || !messages) return nothing;
    const current = navEntryOf(snapshot.view);
    return html`
      <nav aria-label=${messages.nav.label} part="nav">
        <ul>
          ${NAV_VIEWS.map(
            (view) => html`
              <li>
                <button
                  type="button"
                  aria-current=${current === view ? 'page' : nothing}
                  @click=${() => actions?.goTo(view)}
                >
                  ${messages.nav[view]}
                </button>
              </li>
            `,
          )}
        </ul>
      </nav>
    `;
  }
}

/** The navigation's styles, in the root's shadow root. */
export const navStyles = css`
  perseverance-nav {
    display: block;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    list-style: none;
    margin: 0 0 1em;
    padding: 0 0 0.5em;
    border-bottom: 1px solid var(--_border-light);
  }
  nav button[aria-current='page'] {
    background: var(--_bg-action);
    color: var(--_text-inverted);
  }
`;

defineElement('perseverance-nav', PerseveranceNav);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-nav': PerseveranceNav;
  }
}
