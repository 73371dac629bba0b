import { css, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { KEY_IDS, PUBLICS, SCALES } from '../../src/catalogue/constants.js';
import { decisionOf } from '../../src/recommend/decision.js';
import type { AxisGap, Decision, DecisionStatus } from '../../src/recommend/decision.js';
import type { Recommendation } from '../../src/recommend/index.js';
import type { DiagnosticSnapshot } from '../app/context.js';
import { defineElement } from '../app/define.js';
import { DiagnosticView } from '../app/diagnostic-view.js';
import type { Messages } from '../i18n/index.js';
import type { CompareActionEvent } from './perseverance-compare.js';
import './perseverance-compare.js';
import { cardList, cardListStyles } from './recommendation-list.js';
import { sharedStyles } from '../styles/shared.js';

interface Filters {
  key: string;
  public: string;
  scale: string;
}

/**
 * @summary The decision view: « Nos priorités » (the engine's top 3 to 5), the other proposals by
 * axis of progress (folded, weakest axis first), the weak axes no item serves, the comparison of two
 * or three candidates with the team's ratings, and the hand-over to the plan. The engine's order is
 * the order shown: this view filters, groups and folds, and never re-sorts.
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
        max-width: 100%;
      }
      h3 {
        margin-top: 1.5em;
      }
      .notice {
        padding: 0.75em 1em;
        background: var(--_warning-bg);
        border-left: 4px solid #8a5a00;
      }
      .notice p {
        margin: 0 0 0.5em;
      }
      .compare {
        margin: 1em 0;
        padding: 0.75em 1em;
        border: 1px solid var(--_border-light);
        border-radius: var(--_radius);
      }
      .compare h3 {
        margin-top: 0;
      }
      details {
        margin: 0.5em 0;
        border: 1px solid var(--_border-light);
        border-radius: var(--_radius);
      }
      summary {
        cursor: pointer;
        padding: 0.6em 0.75em;
        font-weight: 600;
      }
      details[open] > summary {
        border-bottom: 1px solid var(--_border-light);
      }
      details > ol {
        padding: 0.75em;
      }
      .gap {
        margin: 0.75em 0;
      }
    `,
  ];

  @state() private filters: Filters = { key: '', public: '', scale: '' };

  /** The engine's decision, computed when the profile or the establishment changes (not per rating). */
  private decision?: Decision;
  private decisionFor: readonly unknown[] = [];

  /** Back from a fiche: on its card's « Ouvrir » button, its axis unfolded (if shown). */
  override focusHeading(returningFrom?: string | null) {
    const card = returningFrom
      ? [...this.renderRoot.querySelectorAll('perseverance-recommendation-card')].find(
          (element) => element.recommendation?.id === returningFrom,
        )
      : undefined;
    const fold = card?.closest('details');
    if (fold) fold.open = true;
    if (card?.focusOpen()) return;
    super.focusHeading();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const snapshot = this.snapshot;
    if (!snapshot) return;
    const key = [snapshot.catalogue, snapshot.profile, snapshot.establishment];
    if (this.decision && key.every((item, index) => item === this.decisionFor[index])) return;
    this.decision = decisionOf(snapshot.profile, snapshot.catalogue, snapshot.establishment);
    this.decisionFor = key;
  }

  private isShown(item: Recommendation): boolean {
    const catalogue = this.snapshot!.catalogue;
    const { key, public: audience, scale } = this.filters;
    if (key && !item.keys.includes(key as never)) return false;
    const fiche =
      item.kind === 'fiche' ? catalogue.fiches.find((f) => f.id === item.id) : undefined;
    const source = fiche ?? catalogue.actions.find((a) => a.id === item.id);
    if (audience && !(source?.publics ?? []).includes(audience as never)) return false;
    if (scale && !(fiche?.scale ?? []).includes(scale as never)) return false;
    return true;
  }

  private setFilter(name: keyof Filters, event: Event) {
    this.filters = { ...this.filters, [name]: (event.target as HTMLSelectElement).value };
  }

  private handleCompare(event: CompareActionEvent) {
    event.stopPropagation();
    const detail = event.detail;
    if (detail.action === 'rate')
      this.actions?.decision.rate(detail.id, detail.criterion, detail.value);
    else if (detail.action === 'remove') this.actions?.decision.setCompared(detail.id, false);
    else if (detail.action === 'retain') this.actions?.setRetained(detail.id, detail.on);
    else this.actions?.goTo('plan');
  }

  /** What the list can and cannot say: too few answers, nothing weak, nothing to propose. */
  private renderStatus(status: DecisionStatus, m: Messages) {
    const d = m.decision;
    if (status.kind === 'ready') return nothing;
    const [text, label, target] =
      status.kind === 'insufficient'
        ? [
            d.insufficient(status.missing, status.known, status.required),
            d.toQuestionnaire,
            'questionnaire' as const,
          ]
        : status.kind === 'all-strong'
          ? [d.allStrong, d.toPlan, 'plan' as const]
          : [d.noFiches, d.toResources, 'resources' as const];
    return html`<div class="notice" data-status=${status.kind}>
      <p>${text}</p>
      <button type="button" @click=${() => this.actions?.goTo(target)}>${label}</button>
    </div>`;
  }

  private renderCompare(decision: Decision, snapshot: DiagnosticSnapshot, m: Messages) {
    const { compared, ratings } = snapshot.state.decision ?? { compared: [], ratings: {} };
    const byId = new Map(decision.recommendations.map((item) => [item.id, item]));
    const candidates = compared.flatMap((id) => byId.get(id) ?? []);
    const missing = compared.filter((id) => !byId.has(id));
    return html`<section class="compare" aria-labelledby="compare-title">
      <h3 id="compare-title">${m.compare.title}</h3>
      <p role="status">${m.compare.status(compared.length)}</p>
      ${
        missing.length
          ? html`<p>
              ${m.compare.missing(missing.length)}
              <button
                type="button"
                @click=${() => missing.forEach((id) => this.actions?.decision.setCompared(id, false))}
              >
                ${m.compare.clearMissing}
              </button>
            </p>`
          : nothing
      }
      ${
        candidates.length
          ? html`<perseverance-compare
              .candidates=${candidates}
              .ratings=${ratings}
              .retained=${snapshot.state.selection.retained}
              .messages=${m}
              @perseverance-compare-action=${this.handleCompare}
            ></perseverance-compare>`
          : nothing
      }
    </section>`;
  }

  private renderGaps(gaps: readonly AxisGap[], m: Messages) {
    if (gaps.length === 0) return nothing;
    return html`<h3>${m.decision.gapsTitle}</h3>
      ${gaps.map(
        (gap) =>
          html`<div class="gap" data-gap=${gap.axisId}>
            <p>${m.decision.gap(gap.label, gap.score)}</p>
            ${
              gap.practices.length
                ? html`<ul>
                    ${gap.practices.map((practice) => html`<li>${practice}</li>`)}
                  </ul>`
                : html`<p>${m.decision.gapNoPractices}</p>`
            }
          </div>`,
      )}`;
  }

  override render() {
    const { snapshot, messages: m, decision } = this;
    if (!snapshot || !m || !decision) return nothing;
    const r = m.recommendations;
    const d = m.decision;
    const priorities = decision.priorities.filter((item) => this.isShown(item));
    const groups = decision.byAxis
      .map((group) => ({ ...group, items: group.items.filter((item) => this.isShown(item)) }))
      .filter((group) => group.items.length > 0);
    const shown = priorities.length + groups.reduce((sum, group) => sum + group.items.length, 0);
    const { retained } = snapshot.state.selection;
    const keyLabel = (id: string) =>
      snapshot.catalogue.keys.find((key) => key.id === id)?.label ?? id;
    const cards = (items: readonly Recommendation[]) =>
      cardList(items, snapshot, m, this.actions, { decision: true });
    const hasItems = decision.recommendations.length > 0;
    return html`
      <section aria-labelledby="reco-title">
        <h2 id="reco-title" tabindex="-1">${r.title}</h2>
        <p>${r.intro}</p>
        ${this.renderStatus(decision.status, m)}
        <p>
          ${d.retainedHandOver(retained.length)}
          ${
            retained.length
              ? html`<button type="button" data-plan @click=${() => this.actions?.goTo('plan')}>
                  ${d.toPlan}
                </button>`
              : nothing
          }
        </p>
        ${
          hasItems
            ? html`<fieldset class="filters">
                  <legend>${r.filtersLabel}</legend>
                  <div>
                    <label for="filter-key">${r.filterKey}</label>
                    <select id="filter-key" @change=${(e: Event) => this.setFilter('key', e)}>
                      <option value="">${r.allKeys}</option>
                      ${KEY_IDS.map((id) => html`<option value=${id} ?selected=${this.filters.key === id}>${keyLabel(id)}</option>`)}
                    </select>
                  </div>
                  <div>
                    <label for="filter-public">${r.filterPublic}</label>
                    <select id="filter-public" @change=${(e: Event) => this.setFilter('public', e)}>
                      <option value="">${r.allPublics}</option>
                      ${PUBLICS.map((id) => html`<option value=${id} ?selected=${this.filters.public === id}>${m.publics[id]}</option>`)}
                    </select>
                  </div>
                  <div>
                    <label for="filter-scale">${r.filterScale}</label>
                    <select id="filter-scale" @change=${(e: Event) => this.setFilter('scale', e)}>
                      <option value="">${r.allScales}</option>
                      ${SCALES.map((id) => html`<option value=${id} ?selected=${this.filters.scale === id}>${m.scales[id]}</option>`)}
                    </select>
                  </div>
                </fieldset>
                <p role="status">${r.count(shown)}</p>`
            : nothing
        }
        ${hasItems && shown === 0 ? html`<p>${r.none}</p>` : nothing}
        ${
          priorities.length
            ? html`<section aria-labelledby="priorities-title" data-priorities>
                <h3 id="priorities-title">${d.prioritiesTitle}</h3>
                <p>${d.prioritiesIntro}</p>
                ${cards(priorities)}
              </section>`
            : nothing
        }
        ${
          // After the priorities, which a team reads first: the comparison of those it ticked.
          hasItems ? this.renderCompare(decision, snapshot, m) : nothing
        }
        ${this.renderGaps(decision.gaps, m)}
        ${
          groups.length
            ? html`<section aria-labelledby="by-axis-title" data-by-axis>
                <h3 id="by-axis-title">${d.byAxisTitle}</h3>
                <p>${d.byAxisIntro}</p>
                ${groups.map(
                  (group) =>
                    html`<details data-axis=${group.axisId}>
                      <summary>
                        ${d.axisSummary(group.label, group.score, keyLabel(group.keyId), group.items.length)}
                      </summary>
                      ${cards(group.items)}
                    </details>`,
                )}
              </section>`
            : nothing
        }
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
