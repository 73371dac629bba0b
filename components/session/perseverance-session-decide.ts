import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { defineElement } from '../app/define.js';
import { readinessText } from '../results/reason-text.js';
import { cardList, cardListStyles } from '../results/recommendation-list.js';
import { sessionContext } from './session-context.js';
import type { SessionView } from './session-context.js';
import { sessionStyles } from './session-styles.js';

/**
 * @summary The team's decision: fiches and actions recommended on the session's shared profile
 * and the establishment's context, with their reasons; the team keeps some and sees how they cover
 * the four clés (a weak clé left uncovered is pointed out).
 * @tagname perseverance-session-decide
 * @internal
 */
export class PerseveranceSessionDecide extends LitElement {
  static override styles = [sessionStyles, cardListStyles];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private view?: SessionView;

  override render() {
    const view = this.view;
    const summary = view?.summary;
    if (!view || !summary) return nothing;
    const { t, m, snapshot } = view;
    const d = t.decide;
    const heading = html`<h3 tabindex="-1">${t.sections.decide}</h3>`;
    if (summary.respondentCount === 0)
      return html`${heading}
        <p>${t.profile.none}</p>`;
    // Ranked once per snapshot by the view model (`src/session/view.ts`), on the first call.
    const { recommendations, readiness, coverage } = view.decide()!;
    const { retained } = snapshot.state.selection;
    return html`<div class=${view.projector ? 'projector' : ''}>
      ${heading}
      <p class="secondary">${d.intro}</p>
      ${readiness.sufficient ? nothing : html`<p class="warning">${readinessText(readiness, view.m)}</p>`}
      <section class="panel" aria-labelledby="coverage-title">
        <h4 id="coverage-title">${d.coverage}</h4>
        <p role="status">${m.recommendations.retainedCount(retained.length)}</p>
        <ul>
          ${coverage.map(
            (key) =>
              html`<li>
                ${d.key(key.label, m.score(key.score), key.items.length)}${
                  key.items.length ? ` : ${key.items.map((item) => item.title).join(', ')}` : ''
                }
              </li>`,
          )}
        </ul>
        ${coverage
          .filter((key) => key.uncovered)
          .map((key) => html`<p class="warning">${d.uncovered(key.label, m.score(key.score))}</p>`)}
      </section>
      ${cardList(recommendations, snapshot, m, this.view?.actions)}
    </div>`;
  }
}

defineElement('perseverance-session-decide', PerseveranceSessionDecide);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-session-decide': PerseveranceSessionDecide;
  }
}
