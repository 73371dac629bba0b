import { css, html, nothing } from 'lit';
import { defineElement } from './define.js';
import { DiagnosticView } from './diagnostic-view.js';
import { NAV_VIEWS, navEntryOf } from './views.js';
import { userText } from '../styles/user-text.js';

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
    const name = snapshot.state.context.establishmentName;
    // Every view, on screen and on paper, says whose diagnostic it is and when it was shown. The
    // name is the user's text: isolated (<bdi>), so no bidi control in it reorders the date.
    const date = new Intl.DateTimeFormat(messages.locale, { dateStyle: 'long' }).format(new Date());
    return html`
      <p class="context">${name ? html`<strong>${userText(name)}</strong> · ` : nothing}${date}</p>
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
  .context {
    margin: 0 0 0.5em;
    color: var(--_text-mention);
    overflow-wrap: anywhere;
  }
  /* A phone: the seven entries on one line that scrolls within itself, not four rows. */
  @container (max-width: 40em) {
    nav ul {
      flex-wrap: nowrap;
      overflow-x: auto;
      margin-bottom: 0.5em;
    }
    nav button {
      white-space: nowrap;
      flex: none;
    }
  }
`;

defineElement('perseverance-nav', PerseveranceNav);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-nav': PerseveranceNav;
  }
}
