import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { distributionParts, distributionText } from '../../src/session/distribution.js';
import type { Divergence } from '../../src/session/types.js';
import { defineElement } from '../app/define.js';
import type { SessionMessages } from '../i18n/session-fr.js';
import { sessionContext } from './session-context.js';
import type { SessionView } from './session-context.js';
import { sessionStyles } from './session-styles.js';

/** Bar colours from « Pas engagée » to « Consolidée », then « Je ne sais pas ». Decorative only. */
const COLORS = ['#b3261e', '#d97a00', '#6f9f3a', '#2d7232', '#a0a0a0'];

/** The divergence agenda, rendered the same way in the discussion and in the report. */
export function renderDivergences(
  divergences: readonly Divergence[],
  scale: Catalogue['scale'],
  t: SessionMessages,
) {
  const a = t.agenda;
  return html`<ol class="agenda">
    ${divergences.map(
      (d) =>
        html`<li data-question=${d.questionId}>
          <p><strong>${d.text}</strong></p>
          <p class="mention">${d.keyLabel} › ${d.axisLabel} — ${a.range(d.range)}</p>
          <div class="bar" aria-hidden="true">
            ${distributionParts(d.distribution, scale).map(
              // A property, not a style attribute: the CSSOM is allowed under a strict CSP
              // (style-src 'self'), an attribute is not — nor is styleMap's first render.
              (part) =>
                html`<span
                  .style=${`flex-grow: ${part.count}; background: ${COLORS[part.value === 'unknown' ? 4 : part.value]}`}
                ></span>`,
            )}
          </div>
          <p class="distribution">${a.answers} : ${distributionText(d.distribution, scale)}</p>
          <p class="unknown">${a.unknown(d.unknown)}</p>
        </li>`,
    )}
  </ol>`;
}

/** Styles of `renderDivergences`. */
export const agendaStyles = css`
  ol.agenda > li {
    margin-bottom: 1em;
    break-inside: avoid;
  }
  ol.agenda p {
    margin: 0 0 0.25em;
  }
  .bar {
    display: flex;
    height: 0.75em;
    max-width: 24em;
    gap: 2px;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
`;

/**
 * @summary The discussion: the facilitator's script as a checklist with durations, then the
 * divergence agenda — questions where members disagree most, with the answers given — printable
 * as the meeting's list.
 * @tagname perseverance-session-agenda
 * @internal
 */
export class PerseveranceSessionAgenda extends LitElement {
  static override styles = [
    sessionStyles,
    agendaStyles,
    css`
      .script {
        list-style: none;
        padding: 0;
      }
      .script p {
        margin: 0 0 0.5em 1.75em;
      }
    `,
  ];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private view?: SessionView;

  /** Ticked steps of this session's script: in the snapshot, kept while the page is open. */
  private tick(index: number, on: boolean) {
    this.view?.actions.session.tickStep(index, on);
  }

  override render() {
    const view = this.view;
    const summary = view?.summary;
    if (!view || !summary) return nothing;
    const { t } = view;
    const a = t.agenda;
    const steps = t.script.steps;
    const ticks = view.ticks;
    return html`<div class=${view.projector ? 'projector' : ''}>
      <h3 tabindex="-1">${t.sections.discuss}</h3>
      <section class="panel secondary no-print" aria-labelledby="script-title">
        <h4 id="script-title">${t.script.title(steps.reduce((sum, step) => sum + step[1], 0))}</h4>
        <ol class="script">
          ${steps.map(
            ([title, minutes, detail], i) =>
              html`<li>
                <div class="choice">
                  <input
                    type="checkbox"
                    id=${`step-${i}`}
                    aria-describedby=${`step-${i}-detail`}
                    .checked=${ticks.includes(i)}
                    @change=${(e: Event) => this.tick(i, (e.target as HTMLInputElement).checked)}
                  />
                  <label for=${`step-${i}`}
                    ><strong>${i + 1}. ${title}</strong> — ${minutes} min</label
                  >
                </div>
                <p class="hint" id=${`step-${i}-detail`}>${detail}</p>
              </li>`,
          )}
        </ol>
      </section>
      <section aria-labelledby="agenda-title">
        <h4 id="agenda-title">${a.title}</h4>
        <p role="status">
          ${summary.divergences.length ? a.count(summary.divergences.length) : a.none}
        </p>
        ${renderDivergences(summary.divergences, view.snapshot.catalogue.scale, t)}
        <div class="actions">
          <button type="button" @click=${() => window.print()}>${a.print}</button>
        </div>
      </section>
    </div>`;
  }
}

defineElement('perseverance-session-agenda', PerseveranceSessionAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-session-agenda': PerseveranceSessionAgenda;
  }
}
