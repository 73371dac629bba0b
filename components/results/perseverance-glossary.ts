import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../app/define.js';
import { sharedStyles } from '../styles/shared.js';

/**
 * The acronyms the catalogue uses. An expansion is given only where a source document gives it,
 * word for word (`source` names that document); the others are listed as the sources leave them,
 * never with an invented expansion.
 */
export const GLOSSARY: readonly {
  readonly acronym: string;
  readonly expansion?: string;
  readonly source?: string;
}[] = [
  { acronym: 'CPE' },
  { acronym: 'CVC' },
  { acronym: 'CVL' },
  { acronym: 'FOQUALE' },
  { acronym: 'GPDS' },
  { acronym: 'MDL' },
  {
    acronym: 'MLDS',
    expansion: 'Mission de Lutte contre le décrochage scolaire',
    source: 'Fiche méthode n° 1, mode d’emploi de la 7e semaine de la persévérance scolaire (2021)',
  },
  {
    acronym: 'PAFI',
    expansion: 'Parcours aménagé de formation initiale',
    source: 'Les clés de la persévérance',
  },
  { acronym: 'PSAD' },
  { acronym: 'SAIO' },
  { acronym: 'ULIS' },
  { acronym: 'UPE2A' },
];

/** The glossary's words, given by the owner (results strings). */
export interface GlossaryText {
  readonly title: string;
  readonly intro: string;
  readonly notExpanded: string;
}

/**
 * @summary The acronyms of the sources: expanded where a source expands them, otherwise said
 * plainly that the sources do not. Folded by default, open in print.
 * @tagname perseverance-glossary
 * @internal
 */
export class PerseveranceGlossary extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin: 1em 0;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25em 1em;
        margin: 0.5em 0;
      }
      dt {
        font-weight: bold;
      }
      dd {
        margin: 0;
      }
      .mention {
        color: var(--_text-mention);
      }
      summary {
        cursor: pointer;
        min-height: 44px;
        display: list-item;
        padding: 0.5em 0;
      }
      /* On paper a folded list would print its title alone: it prints open. */
      @media print {
        details::details-content {
          content-visibility: visible;
          display: block;
        }
        summary {
          list-style: none;
          min-height: 0;
          font-weight: bold;
        }
      }
    `,
  ];

  @property({ attribute: false }) text?: GlossaryText;

  override render() {
    const t = this.text;
    if (!t) return html``;
    return html`<details>
      <summary>${t.title}</summary>
      <p class="mention">${t.intro}</p>
      <dl>
        ${GLOSSARY.map(
          (entry) =>
            html`<dt>
                ${entry.expansion ? html`<abbr title=${entry.expansion}>${entry.acronym}</abbr>` : entry.acronym}
              </dt>
              <dd>
                ${
                  entry.expansion
                    ? html`${entry.expansion} <span class="mention">(${entry.source})</span>`
                    : html`<span class="mention">${t.notExpanded}</span>`
                }
              </dd>`,
        )}
      </dl>
    </details>`;
  }
}

defineElement('perseverance-glossary', PerseveranceGlossary);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-glossary': PerseveranceGlossary;
  }
}
