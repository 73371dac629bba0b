import { css, html } from 'lit';
import { MAX_COMPARED } from '../../src/decision/criteria.js';
import type { Recommendation } from '../../src/recommend/index.js';
import type { DiagnosticActions, DiagnosticSnapshot } from '../app/context.js';
import type { Messages } from '../i18n/index.js';
import type { CardActionEvent } from './perseverance-recommendation-card.js';
import './perseverance-recommendation-card.js';

/** The grid of recommendation cards, shared by the recommendations view and the session's decisions. */
export const cardListStyles = css`
  ol.cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 19em), 1fr));
    gap: 1em;
  }
`;

/** What the decision view adds to the cards: « Comparer » and the way to the plan once retained. */
export interface CardListOptions {
  readonly decision?: boolean;
}

/**
 * Cards in the given order (never re-sorted here); their buttons and checkboxes drive the
 * diagnostic's actions.
 */
export function cardList(
  items: readonly Recommendation[],
  snapshot: DiagnosticSnapshot,
  messages: Messages,
  actions: DiagnosticActions | undefined,
  options: CardListOptions = {},
) {
  const { retained, done } = snapshot.state.selection;
  const compared = snapshot.state.decision?.compared ?? [];
  const full = compared.length >= MAX_COMPARED;
  const handle = (event: CardActionEvent) => {
    event.stopPropagation();
    const { id, action, on } = event.detail;
    if (action === 'open') actions?.openFiche(id);
    else if (action === 'retain') actions?.setRetained(id, on);
    else if (action === 'done') actions?.setDone(id, on);
    else if (action === 'compare') actions?.decision.setCompared(id, on);
    else actions?.goTo('plan');
  };
  return html`
    <ol class="cards" @perseverance-card-action=${handle}>
      ${items.map(
        (item) =>
          html`<li>
            <perseverance-recommendation-card
              .recommendation=${item}
              .catalogue=${snapshot.catalogue}
              .messages=${messages}
              ?retained=${retained.includes(item.id)}
              ?done=${done.includes(item.id)}
              ?comparable=${options.decision === true}
              ?compared=${compared.includes(item.id)}
              ?compareFull=${full}
              ?handOver=${options.decision === true}
              ?foldReasons=${options.decision === true}
            ></perseverance-recommendation-card>
          </li>`,
      )}
    </ol>
  `;
}
