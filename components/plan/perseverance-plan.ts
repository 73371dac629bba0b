import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CHECKLIST_PHASES,
  DEFAULT_CALENDAR,
  DRAFT_FIELDS,
  PLAN_DATE_FIELDS,
  draftValues,
  formatDate,
  isIsoDate,
  itemPlan,
  localDate,
  newDraftId,
  planGuide,
  planItems,
  planTimeline,
  planWarnings,
  prefillDraft,
  putEntry,
  removeDraft,
  resolveDates,
  saveDraft,
  setPlanDate,
  strongMoments,
  suggestDates,
  tickKey,
  validatePlanDates,
  type DraftValues,
  type PlanDateField,
  type PlanDates,
  type PlanItem,
  type PlanMilestone,
} from '../../src/plan/index.js';
import { MAX_DRAFTS } from '../../src/storage/limits.js';
import type { DiagnosticActions } from '../app/context.js';
import { defineElement } from '../app/define.js';
import { DiagnosticView } from '../app/diagnostic-view.js';
import type { PlanMessages } from '../i18n/index.js';
import {
  fieldStyles,
  kindLabel,
  stepDate,
  stepsList,
  type PlanEntryChangeEvent,
  type PlanItemCommandEvent,
} from './perseverance-plan-action.js';
import type { PlanDraftSubmitEvent } from './perseverance-plan-draft.js';
import './perseverance-plan-action.js';
import './perseverance-plan-draft.js';
import { sharedStyles } from '../styles/shared.js';

const PARTS = ['dates', 'actions', 'timeline', 'draft', 'bilan'] as const;
type Part = (typeof PARTS)[number];

/**
 * @summary This year's action plan, back from the Semaine de la persévérance: the year's dates,
 * each chosen action's pilot, publics, strong moment, steps and checklist, a timeline with
 * warnings, the « À votre tour » fiche editor, the bilan, and exports (print, `.ics`, JSON).
 * @tagname perseverance-plan
 * @internal
 */
export class PerseverancePlan extends DiagnosticView {
  static override styles = [
    sharedStyles,
    fieldStyles,
    css`
      .parts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em;
        list-style: none;
        margin: 0 0 1em;
        padding: 0;
      }
      .parts [aria-current='true'] {
        background: var(--_bg-action);
        color: var(--_text-inverted);
      }
      .warnings {
        padding: 0.75em 1em;
        margin: 0 0 1em;
        background: var(--_warning-bg);
        border-left: 4px solid #8a5a00;
      }
      label {
        display: block;
      }
      .suggested {
        font-style: italic;
      }
      .cards {
        display: grid;
        gap: 1em;
        list-style: none;
        padding: 0;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      caption {
        text-align: left;
        font-weight: 600;
      }
      th,
      td {
        text-align: left;
        vertical-align: top;
        padding: 0.4em 0.6em;
        border-bottom: 1px solid var(--_border-light);
      }
      .pre {
        white-space: pre-line;
      }
      .print-only {
        display: none;
      }
      @media print {
        .screen {
          display: none !important;
        }
        .print-only {
          display: block;
        }
        .sheet {
          break-before: page;
        }
        .sheet ul {
          list-style: none;
          padding: 0;
        }
        dt {
          font-weight: 600;
        }
        dd {
          margin: 0 0 0.25em;
        }
        th,
        td {
          border: 1px solid #000;
        }
      }
    `,
  ];

  /** The day the plan is read on (`YYYY-MM-DD`), for warnings and suggested dates; the device's day when unset. */
  @property({ attribute: false }) today?: string;

  @state() private shown: Part | null = null;
  /** Date fields the user emptied: kept as typed (empty), never saved, flagged at the field. */
  @state() private typed: Partial<Record<PlanDateField, string>> = {};
  /** The drafted fiche being edited, or null for a new one. */
  @state() private editing: string | null = null;
  @state() private status = '';

  /**
   * The plan's strings (its namespace, loaded with this chunk), in the widget's language; read
   * once `messages` is there (`render` returns before).
   */
  private get t(): PlanMessages {
    return this.messages?.plan as PlanMessages;
  }

  private async show(part: Part) {
    this.shown = part;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#part-${part}`)?.focus();
  }

  private apply(transition: Parameters<DiagnosticActions['update']>[0]) {
    this.actions?.update(transition);
  }

  private changeDate(field: PlanDateField, value: string) {
    const rest = { ...this.typed };
    delete rest[field];
    if (isIsoDate(value)) {
      this.typed = rest;
      this.apply(setPlanDate(field, value));
    } else this.typed = { ...rest, [field]: value };
  }

  private useSuggested(field: PlanDateField) {
    const rest = { ...this.typed };
    delete rest[field];
    this.typed = rest;
    this.apply(setPlanDate(field, undefined));
  }

  private command(item: PlanItem, event: PlanItemCommandEvent) {
    if (event.command === 'open') this.actions?.openFiche(item.id);
    else if (event.command === 'edit') {
      this.editing = item.id;
      void this.show('draft');
    } else if (item.kind === 'draft') {
      if (this.editing === item.id) this.editing = null;
      this.apply(removeDraft(item.id));
    } else this.actions?.setRetained(item.id, false);
  }

  private submitDraft(
    id: string,
    target: { axes: string[]; keys: PlanItem['keys'] },
    values: DraftValues,
  ) {
    const d = this.t.draft;
    this.apply(saveDraft(id, values, { axes: target.axes, keys: [...target.keys] }));
    this.status = this.editing ? d.saved(values.titre.trim()) : d.added(values.titre.trim());
    this.editing = null;
    void this.show('actions');
  }

  private download(text: string, type: string, name: string) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private async downloadCalendar(timeline: readonly PlanMilestone[], dates: PlanDates) {
    const year = dates.weekStart.slice(0, 4);
    // Only needed on this click: the calendar writer stays out of the plan's chunk.
    const { planCalendarFile } = await import('../../src/plan/export.js');
    const text = planCalendarFile(timeline, dates, {
      now: new Date(),
      name: this.t.exports.icsName(year),
      title: this.t.stepTitle,
    });
    this.download(text, 'text/calendar;charset=utf-8', `plan-perseverance-${year}.ics`);
    this.status = this.t.exports.icsDone;
  }

  private renderDates(
    values: Record<PlanDateField, string>,
    suggested: readonly PlanDateField[],
    suggestion: PlanDates,
    issues: ReturnType<typeof validatePlanDates>,
  ) {
    const t = this.t;
    return html`<p>${t.dates.intro}</p>
      ${PLAN_DATE_FIELDS.map((field) => {
        const issue = issues.find((i) => i.field === field);
        const isSuggested = suggested.includes(field) && this.typed[field] === undefined;
        return html`<div class="field">
          <label for=${field}>${t.dates[field]}</label>
          <p class=${isSuggested ? 'hint suggested' : 'hint'} id=${`${field}-hint`}>
            ${isSuggested ? t.dates.suggested : t.dates.chosen}
          </p>
          <input
            type="date"
            id=${field}
            .value=${values[field]}
            aria-invalid=${issue ? 'true' : 'false'}
            aria-describedby=${issue ? `${field}-hint ${field}-error` : `${field}-hint`}
            @change=${(e: Event) => this.changeDate(field, (e.target as HTMLInputElement).value)}
          />
          ${issue ? html`<p class="error" id=${`${field}-error`}>${t.issue(issue)}</p>` : nothing}
          ${
            isSuggested
              ? nothing
              : html`<button type="button" class="link" @click=${() => this.useSuggested(field)}>
                  ${t.dates.useSuggested(formatDate(suggestion[field], t.locale))}
                </button>`
          }
        </div>`;
      })}`;
  }

  private renderTable(timeline: readonly PlanMilestone[]) {
    const tl = this.t.timeline;
    return html`<table>
      <caption>
        ${tl.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${tl.date}</th>
          <th scope="col">${tl.step}</th>
          <th scope="col">${tl.concerns}</th>
        </tr>
      </thead>
      <tbody>
        ${timeline.map(
          (step) =>
            html`<tr>
              <td>${stepDate(step, this.t)}</td>
              <td>${step.itemId ? this.t.milestone[step.kind] : step.label}</td>
              <td>${step.itemId ? step.label : tl.all}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderPrint(
    items: readonly PlanItem[],
    timeline: readonly PlanMilestone[],
    dates: PlanDates,
  ) {
    const { t, messages: m, snapshot } = this;
    const a = t.action;
    const day = (date: string) => formatDate(date, t.locale);
    const guide = planGuide(snapshot!.catalogue);
    const calendar = snapshot!.catalogue.calendar ?? DEFAULT_CALENDAR;
    const none = t.print.none;
    return html`<div class="print-only">
      <h2>${t.print.title(day(dates.weekStart), day(dates.weekEnd))}</h2>
      <p>${t.print.deadline(day(dates.deadline))}</p>
      ${this.renderTable(timeline)}
      ${items.map((item) => {
        const { entry, draft } = item;
        const bilan = entry.bilan;
        return html`<article class="sheet">
          <p>${kindLabel(item, t)}</p>
          <h3>${item.title}</h3>
          <dl>
            <dt>${a.pilot}</dt>
            <dd>${entry.pilot || none}</dd>
            <dt>${a.publics}</dt>
            <dd>${entry.publics.map((p) => m!.publics[p]).join(', ') || none}</dd>
            <dt>${a.moments}</dt>
            <dd>${strongMoments(item, dates).map(day).join(', ')}</dd>
            <dt>${a.leadTime}</dt>
            <dd>${item.leadTimeWeeks}</dd>
          </dl>
          ${
            draft
              ? DRAFT_FIELDS.slice(1).map((field) =>
                  draft[field]
                    ? html`<h4>${t.draft.fields[field]}</h4>
                        <p class="pre">${draft[field]}</p>`
                    : nothing,
                )
              : nothing
          }
          <h4>${a.plan}</h4>
          ${stepsList(itemPlan(item, calendar, dates), t)}
          ${
            guide
              ? CHECKLIST_PHASES.map(
                  (phase) =>
                    html`<h4>${a.phases[phase]}</h4>
                      <ul>
                        ${guide.checklists[phase].map(
                          (point) =>
                            html`<li>
                              ${entry.ticks.includes(tickKey(phase, point.id)) ? '☑' : '☐'}
                              ${point.label}
                            </li>`,
                        )}
                      </ul>`,
                )
              : nothing
          }
          ${
            bilan
              ? html`<h4>${t.parts.bilan}</h4>
                  <p>
                    ${t.bilan.attendance} :
                    ${
                      Object.entries(bilan.attendance)
                        .map(([p, n]) => `${m!.publics[p as 'eleves']} ${n}`)
                        .join(', ') || none
                    }
                  </p>
                  ${(['worked', 'vigilance', 'perspectives'] as const).map((field) =>
                    bilan[field]
                      ? html`<h5>${t.bilan[field]}</h5>
                          <p class="pre">${bilan[field]}</p>`
                      : nothing,
                  )}`
              : nothing
          }
        </article>`;
      })}
    </div>`;
  }

  override render() {
    const { snapshot, messages: m, t } = this;
    if (!snapshot || !m) return nothing;
    const { catalogue, state, profile } = snapshot;
    const calendar = catalogue.calendar ?? DEFAULT_CALENDAR;
    const today = this.today && isIsoDate(this.today) ? this.today : localDate(new Date());
    const resolved = resolveDates(state.plan, calendar, today);
    const values = {
      weekStart: this.typed.weekStart ?? resolved.weekStart,
      weekEnd: this.typed.weekEnd ?? resolved.weekEnd,
      deadline: this.typed.deadline ?? resolved.deadline,
    };
    const issues = validatePlanDates(values);
    const dates: PlanDates | null = issues.length ? null : values;
    const items = planItems(state, catalogue);
    const guide = planGuide(catalogue);
    const warnings = dates ? planWarnings(items, dates, today) : [];
    const timeline = dates ? planTimeline(items, calendar, dates) : [];
    const part = this.shown ?? (items.length ? 'actions' : 'dates');
    const fix = html`<p>
      ${t.dates.fix}
      <button type="button" class="link" @click=${() => this.show('dates')}>
        ${t.parts.dates}
      </button>
    </p>`;

    const draft = this.editing
      ? state.plan?.drafts.find((candidate) => candidate.id === this.editing)
      : undefined;
    const prefill = prefillDraft(profile, catalogue, t.draft.objective);
    const draftId = draft?.id ?? newDraftId(state, catalogue);
    const target = draft ?? prefill;
    const axisLabels = prefill.axes
      .map((id) => catalogue.axes.find((axis) => axis.id === id)?.label ?? id)
      .join(', ');
    const full = !draft && (state.plan?.drafts.length ?? 0) >= MAX_DRAFTS;

    const cards = (mode: 'plan' | 'bilan') =>
      items.length
        ? html`<ul class="cards">
            ${items.map(
              (item) =>
                html`<li>
                  <perseverance-plan-action
                    .item=${item}
                    .milestones=${dates ? itemPlan(item, calendar, dates) : null}
                    .guide=${guide}
                    .messages=${m}
                    .t=${t}
                    mode=${mode}
                    @perseverance-plan-entry-change=${(e: PlanEntryChangeEvent) => this.apply(putEntry(e.entry))}
                    @perseverance-plan-item-command=${(e: PlanItemCommandEvent) => this.command(item, e)}
                  ></perseverance-plan-action>
                </li>`,
            )}
          </ul>`
        : html`<p>${t.empty}</p>
            <div class="toolbar">
              <button type="button" @click=${() => this.actions?.goTo('recommendations')}>
                ${t.toRecommendations}
              </button>
              <button type="button" @click=${() => this.show('draft')}>${t.toDraft}</button>
            </div>`;

    const section = (id: Part, title: string, body: unknown) =>
      html`<section aria-labelledby=${`part-${id}`} ?hidden=${part !== id}>
        <h3 id=${`part-${id}`} tabindex="-1">${title}</h3>
        ${body}
      </section>`;

    return html`
      <div class="screen">
        <h2 tabindex="-1">${t.title}</h2>
        <p>${t.intro}</p>
        <nav aria-label=${t.partsLabel}>
          <ul class="parts">
            ${PARTS.map(
              (id) =>
                html`<li>
                  <button
                    type="button"
                    aria-current=${part === id ? 'true' : nothing}
                    @click=${() => this.show(id)}
                  >
                    ${t.parts[id]}
                  </button>
                </li>`,
            )}
          </ul>
        </nav>
        <p role="status">${this.status}</p>
        ${
          warnings.length
            ? html`<section class="warnings" aria-labelledby="warnings-title">
                <h3 id="warnings-title">${t.warningsTitle}</h3>
                <ul>
                  ${warnings.map((warning) => html`<li>${t.warning(warning)}</li>`)}
                </ul>
              </section>`
            : nothing
        }
        ${section(
          'dates',
          t.parts.dates,
          this.renderDates(values, resolved.suggested, suggestDates(calendar, today), issues),
        )}
        ${section('actions', t.parts.actions, html`${dates ? nothing : fix}${cards('plan')}`)}
        ${section(
          'timeline',
          t.parts.timeline,
          dates
            ? html`<div class="toolbar">
                  <button type="button" @click=${() => void this.downloadCalendar(timeline, dates)}>
                    ${t.exports.ics}
                  </button>
                  <button type="button" @click=${() => window.print()}>${t.exports.print}</button>
                  <button type="button" @click=${() => this.actions?.exportDiagnostic()}>
                    ${t.exports.json}
                  </button>
                </div>
                ${this.renderTable(timeline)}`
            : fix,
        )}
        ${section(
          'draft',
          draft ? t.draft.editTitle(draft.titre) : t.draft.title,
          html`<p>${t.draft.intro}</p>
            ${!draft && axisLabels ? html`<p>${t.draft.targets(axisLabels)}</p>` : nothing}
            ${
              full
                ? html`<p>${t.draft.full(MAX_DRAFTS)}</p>`
                : html`<perseverance-plan-draft
                    .draftId=${draftId}
                    .initial=${draft ? draftValues(draft) : prefill.values}
                    .template=${catalogue.ficheTemplate}
                    .t=${t}
                    ?editing=${!!draft}
                    @perseverance-plan-draft-submit=${(e: PlanDraftSubmitEvent) =>
                      this.submitDraft(
                        draftId,
                        { axes: [...target.axes], keys: target.keys },
                        e.values,
                      )}
                    @perseverance-plan-draft-cancel=${() => (this.editing = null)}
                  ></perseverance-plan-draft>`
            }`,
        )}
        ${section(
          'bilan',
          t.parts.bilan,
          html`<p>${t.bilan.intro}</p>
            ${cards('bilan')}`,
        )}
      </div>
      ${dates ? this.renderPrint(items, timeline, dates) : nothing}
    `;
  }
}

defineElement('perseverance-plan', PerseverancePlan);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-plan': PerseverancePlan;
  }
}
