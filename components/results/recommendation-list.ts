import { css, html } from 'lit';
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

/** Cards in the given order; their buttons and checkboxes drive the diagnostic's actions. */
export function cardList(
  items: readonly Recommendation[],
  snapshot: DiagnosticSnapshot,
  messages: Messages,
  actions: DiagnosticActions | undefined,
) {
  const { retained, done } = snapshot.state.selection;
  const handle = (event: CardActionEvent) => {
    event.stopPropagation();
    const { id, action, on } = event.detail;
    if (action === 'open') actions?.openFiche(id);
    else if (action === 'retain') actions?.setRetained(id, on);
    else actions?.setDone(id, on);
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
            ></perseverance-recommendation-card>
          </li>`,
      )}
    </ol>
  `;
}
