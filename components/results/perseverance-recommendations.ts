import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { KEY_IDS, PUBLICS, SCALES } from '../../src/catalogue/constants.js';
import { assessReadiness } from '../../src/recommend/index.js';
import type { Recommendation } from '../../src/recommend/index.js';
import type { DiagnosticSnapshot } from '../app/context.js';
import { defineElement } from '../app/define.js';
import { DiagnosticView } from '../app/diagnostic-view.js';
import type { Messages } from '../i18n/index.js';
import { readinessText } from './reason-text.js';
import { cardList, cardListStyles } from './recommendation-list.js';
import { sharedStyles } from '../styles/shared.js';

interface Filters {
  key: string;
  public: string;
  scale: string;
}

/**
 * @summary Recommended fiches actions and lighter actions, with filters and the reasons for each.
 * @tagname perseverance-recommendations
 * @internal
 */
export class PerseveranceRecommendations extends DiagnosticView {
  static override styles = [
    sharedStyles,
    cardListStyles,
    css`
      :host {
        display: block;
      }
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em 1.5em;
        margin: 1em 0;
        padding: 0.75em 1em;
        border: 1px solid var(--_border-light);
        border-radius: var(--_radius);
      }
      .filters legend {
        font-weight: 600;
      }
      .filters label {
        display: block;
        font-size: 0.9375em;
      }
      .filters select {
        min-width: 12em;
      }
      h3 {
        margin-top: 1.5em;
      }
      .notice {
        padding: 0.75em 1em;
        background: var(--_warning-bg);
        border-left: 4px solid #8a5a00;
      }
    `,
  ];

  /** Back from a fiche: on its card's « Ouvrir » button, where the user left the list (if shown). */
  override focusHeading(returningFrom?: string | null) {
    const card = returningFrom
      ? [...this.renderRoot.querySelectorAll('perseverance-recommendation-card')].find(
          (element) => element.recommendation?.id === returningFrom,
        )
      : undefined;
    if (card?.focusOpen()) return;
    super.focusHeading();
  }

  @state() private filters: Filters = { key: '', public: '', scale: '' };

  private isShown(item: Recommendation): boolean {
    const catalogue = this.snapshot!.catalogue;
    const { key, public: audience, scale } = this.filters;
    if (key && !item.keys.includes(key as never)) return false;
    const source =
      item.kind === 'fiche'
        ? catalogue.fiches.find((f) => f.id === item.id)
        : catalogue.actions.find((a) => a.id === item.id);
    if (audience && !(source?.publics ?? []).includes(audience as never)) return false;
    if (scale) {
      const scales =
        item.kind === 'fiche' ? (catalogue.fiches.find((f) => f.id === item.id)?.scale ?? []) : [];
      if (!scales.includes(scale as never)) return false;
    }
    return true;
  }

  private setFilter(name: keyof Filters, event: Event) {
    this.filters = { ...this.filters, [name]: (event.target as HTMLSelectElement).value };
  }

  /** Complete fiches first, lighter pistes after: each list keeps the engine's order. */
  private renderGroup(
    title: string,
    items: readonly Recommendation[],
    snapshot: DiagnosticSnapshot,
    m: Messages,
  ) {
    if (items.length === 0) return nothing;
    return html`<h3>${title}</h3>
      ${cardList(items, snapshot, m, this.actions)}`;
  }

  override render() {
    const { snapshot, messages: m } = this;
    if (!snapshot || !m) return nothing;
    const r = m.recommendations;
    const readiness = assessReadiness(snapshot.profile);
    const items = snapshot.recommendations.filter((item) => this.isShown(item));
    const { retained } = snapshot.state.selection;
    const keyLabel = (id: string) =>
      snapshot.catalogue.keys.find((key) => key.id === id)?.label ?? id;
    return html`
      <section aria-labelledby="reco-title">
        <h2 id="reco-title" tabindex="-1">${r.title}</h2>
        <p>${r.intro}</p>
        ${readiness.sufficient ? nothing : html`<p class="notice">${readinessText(readiness, m)}</p>`}
        <p>${r.retainedCount(retained.length)}</p>
        <fieldset class="filters">
          <legend>${r.filtersLabel}</legend>
          <div>
            <label for="filter-key">${r.filterKey}</label>
            <select id="filter-key" @change=${(e: Event) => this.setFilter('key', e)}>
              <option value="">${r.all}</option>
              ${KEY_IDS.map((id) => html`<option value=${id} ?selected=${this.filters.key === id}>${keyLabel(id)}</option>`)}
            </select>
          </div>
          <div>
            <label for="filter-public">${r.filterPublic}</label>
            <select id="filter-public" @change=${(e: Event) => this.setFilter('public', e)}>
              <option value="">${r.all}</option>
              ${PUBLICS.map((id) => html`<option value=${id} ?selected=${this.filters.public === id}>${m.publics[id]}</option>`)}
            </select>
          </div>
          <div>
            <label for="filter-scale">${r.filterScale}</label>
            <select id="filter-scale" @change=${(e: Event) => this.setFilter('scale', e)}>
              <option value="">${r.all}</option>
              ${SCALES.map((id) => html`<option value=${id} ?selected=${this.filters.scale === id}>${m.scales[id]}</option>`)}
            </select>
          </div>
        </fieldset>
        <p role="status">${r.count(items.length)}</p>
        ${items.length === 0 ? html`<p>${r.none}</p>` : nothing}
        ${this.renderGroup(
          r.fichesTitle,
          items.filter((item) => item.kind === 'fiche'),
          snapshot,
          m,
        )}
        ${this.renderGroup(
          r.actionsTitle,
          items.filter((item) => item.kind === 'action'),
          snapshot,
          m,
        )}
      </section>
    `;
  }
}

defineElement('perseverance-recommendations', PerseveranceRecommendations);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-recommendations': PerseveranceRecommendations;
  }
}
