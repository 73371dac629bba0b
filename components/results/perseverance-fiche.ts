import { css, html, nothing } from 'lit';
import type { Fiche } from '../../src/catalogue/schema.js';
import { defineElement } from '../app/define.js';
import { DiagnosticView } from '../app/diagnostic-view.js';
import { reasonText } from './reason-text.js';
import { resourceLink, sourceText, sourceUnitText } from './resource-link.js';
import { sharedStyles } from '../styles/shared.js';

type FicheSection =
  'objectifs' | 'organisation' | 'publicsDescription' | 'pilotage' | 'reussite' | 'valoriser';

/**
 * @summary One fiche action with every field of the source, its reasons and linked resources.
 * @tagname perseverance-fiche
 * @internal
 */
export class PerseveranceFiche extends DiagnosticView {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .meta {
        color: var(--_text-mention);
      }
      .summary {
        font-size: 1.0625em;
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35em;
        list-style: none;
        padding: 0;
      }
      section.part {
        margin: 1.25em 0;
      }
      .kind {
        font-size: 0.8125em;
        font-weight: 600;
        text-transform: uppercase;
        margin-right: 0.5em;
      }
      .mention {
        color: var(--_text-mention);
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em;
        align-items: center;
        margin: 1em 0;
      }
      @media print {
        .toolbar {
          display: none !important;
        }
      }
    `,
  ];

  private renderList(title: string, items: readonly string[]) {
    if (items.length === 0) return nothing;
    return html`<section class="part">
      <h3>${title}</h3>
      <ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </section>`;
  }

  override render() {
    const { snapshot, messages: m } = this;
    if (!snapshot || !m) return nothing;
    const fiche: Fiche | undefined = snapshot.catalogue.fiches.find(
      (item) => item.id === snapshot.ficheId,
    );
    const back = html`<button type="button" @click=${() => this.actions?.goTo('recommendations')}>
      ← ${m.fiche.back}
    </button>`;
    if (!fiche)
      return html`<h2 tabindex="-1">${m.recommendations.none}</h2>
        ${back}`;
    const f = m.fiche;
    const recommendation = snapshot.recommendations.find((item) => item.id === fiche.id);
    const axisIds = new Set(fiche.axes.map((target) => target.axis));
    const resources = snapshot.catalogue.resources.filter((resource) =>
      resource.axes.some((axis) => axisIds.has(axis)),
    );
    const { retained, done } = snapshot.state.selection;
    const sections: [FicheSection, string][] = [
      ['objectifs', f.objectifs],
      ['organisation', f.organisation],
      ['publicsDescription', f.publics],
      ['pilotage', f.pilotage],
      ['reussite', f.reussite],
      ['valoriser', f.valoriser],
    ];
    return html`
      <article aria-labelledby="fiche-title">
        <div class="toolbar">${back}</div>
        <p class="meta">${sourceUnitText(fiche.source, m) ?? f.number(fiche.number)}</p>
        <h2 id="fiche-title" tabindex="-1">${fiche.title}</h2>
        <ul class="chips" aria-label=${m.recommendations.keys}>
          ${fiche.keys.map((id) => {
            const key = snapshot.catalogue.keys.find((k) => k.id === id);
            return html`<li class=${`chip key-${key?.color ?? id}`}>${key?.label ?? id}</li>`;
          })}
        </ul>
        <p class="summary">${fiche.summary}</p>
        <p class="meta">
          ${m.recommendations.publics} : ${fiche.publics.map((p) => m.publics[p]).join(', ')} ·
          ${m.recommendations.levels} : ${fiche.levels.map((l) => m.levels[l]).join(', ')} ·
          ${m.recommendations.scale} : ${fiche.scale.map((s) => m.scales[s]).join(', ')} ·
          ${m.recommendations.leadTimeLabel} :
          ${m.recommendations.leadTimeValue(fiche.leadTimeWeeks)}
        </p>
        ${
          recommendation
            ? html`<section class="part">
                <h3>${m.recommendations.why}</h3>
                <ul>
                  ${recommendation.reasons.map((reason) => html`<li>${reasonText(reason, m)}</li>`)}
                </ul>
              </section>`
            : nothing
        }
        <div class="toolbar">
          <div class="check">
            <input
              type="checkbox"
              id="retain"
              .checked=${retained.includes(fiche.id)}
              @change=${(e: Event) => this.actions?.setRetained(fiche.id, (e.target as HTMLInputElement).checked)}
            />
            <label for="retain">${m.recommendations.retain}</label>
          </div>
          <div class="check">
            <input
              type="checkbox"
              id="done"
              .checked=${done.includes(fiche.id)}
              @change=${(e: Event) => this.actions?.setDone(fiche.id, (e.target as HTMLInputElement).checked)}
            />
            <label for="done">${m.recommendations.done}</label>
          </div>
          <button type="button" @click=${() => window.print()}>${m.profile.print}</button>
        </div>
        ${sections.map(([field, title]) => this.renderList(title, fiche[field]))}
        ${
          resources.length
            ? html`<section class="part">
                <h3>${f.resources}</h3>
                <ul>
                  ${resources.map((resource) => html`<li>${resourceLink(resource, m)}</li>`)}
                </ul>
              </section>`
            : nothing
        }
        <p class="meta">${f.source(sourceText(fiche.source, m))}</p>
      </article>
    `;
  }
}

defineElement('perseverance-fiche', PerseveranceFiche);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-fiche': PerseveranceFiche;
  }
}
