import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CHECKLIST_PHASES,
  DRAFT_FIELDS,
  PLAN_DATE_FIELDS,
  formatDate,
  isIsoDate,
  localDate,
  tickKey,
  type DraftValues,
  type PlanDateField,
  type PlanDates,
  type PlanIssue,
  type PlanItem,
  type PlanMilestone,
} from '../../src/plan/index.js';
import {
  planDraftModel,
  planViewModel,
  resumedDraft,
  type PlanDraftModel,
  type PlanRow,
  type PlanViewModel,
} from '../../src/plan/view.js';
import { MAX_DRAFTS } from '../../src/storage/limits.js';
import { defineElement } from '../app/define.js';
import { catalogueAbout } from '../results/catalogue-about.js';
import { DiagnosticView } from '../app/diagnostic-view.js';
import type { PlanMessages } from '../i18n/index.js';
import {
  fieldStyles,
  kindLabel,
  stepDate,
  stepsList,
  type PerseverancePlanAction,
  type PlanEntryChangeEvent,
  type PlanItemCommandEvent,
} from './perseverance-plan-action.js';
import type { PlanDraftInputEvent, PlanDraftSubmitEvent } from './perseverance-plan-draft.js';
import { guideContent, pointExtras } from './guide-content.js';
import './perseverance-plan-action.js';
import './perseverance-plan-draft.js';
import { sharedStyles } from '../styles/shared.js';
import { userText, withUserText } from '../styles/user-text.js';

const PARTS = ['dates', 'actions', 'timeline', 'guides', 'draft', 'bilan'] as const;
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
      .scroll {
        overflow-x: auto;
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
      .source,
      .source-dates {
        color: var(--_text-mention);
      }
      .guide {
        padding: 1em;
        margin: 0 0 1em;
        border: 1px solid var(--_border-light);
        border-radius: var(--_radius);
      }
      .points li {
        margin: 0.25em 0;
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
  /** The last thing done, said politely: a string, or a message quoting the user's text. */
  @state() private status: unknown = '';

  /** What the view shows, from `src/plan/view.ts`: computed when its inputs change, not in render. */
  private model: PlanViewModel | null = null;
  private draftModel: PlanDraftModel | null = null;
  private modelFor: readonly unknown[] = [];
  /** Whether the editor was set back on the saved draft being changed when the team left. */
  private resumed = false;

  protected override willUpdate(): void {
    if (!this.resumed && this.snapshot) {
      this.resumed = true;
      this.editing = resumedDraft(this.snapshot.state);
    }
    const { snapshot, messages, typed, editing } = this;
    if (!snapshot || !messages) return;
    const { catalogue, state } = snapshot;
    const today = this.today && isIsoDate(this.today) ? this.today : localDate(new Date());
    const objective = this.t.draft.objective;
    const key = [catalogue, state, today, typed, editing, objective];
    if (key.every((item, index) => item === this.modelFor[index])) return;
    this.modelFor = key;
    this.model = planViewModel({ catalogue, state, today, typed });
    const { profile } = snapshot;
    this.draftModel = planDraftModel({ catalogue, state, profile, editing, objective });
  }

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

  private changeDate(field: PlanDateField, value: string) {
    const rest = { ...this.typed };
    delete rest[field];
    if (isIsoDate(value)) {
      this.typed = rest;
      this.actions?.plan.setDate(field, value);
    } else this.typed = { ...rest, [field]: value };
  }

  private useSuggested(field: PlanDateField) {
    const rest = { ...this.typed };
    delete rest[field];
    this.typed = rest;
    this.actions?.plan.setDate(field, undefined);
  }

  private command(item: PlanItem, event: PlanItemCommandEvent) {
    if (event.command === 'open') this.actions?.openFiche(item.id);
    else if (event.command === 'edit') {
      this.editing = item.id;
      void this.show('draft');
    } else if (item.kind === 'draft') {
      if (this.editing === item.id) this.editing = null;
      this.actions?.plan.removeDraft(item.id);
    } else this.actions?.setRetained(item.id, false);
  }

  private submitDraft(id: string, target: PlanDraftModel['target'], values: DraftValues) {
    const d = this.t.draft;
    this.actions?.plan.saveDraft(id, values, target);
    this.status = withUserText(this.editing ? d.saved : d.added, values.titre.trim());
    this.editing = null;
    void this.showCard(id);
  }

  /**
   * Shows the actions and takes the team to a drafted fiche's card, at the end of a list that can
   * be long (each action has its checklist): its title gets the focus, and so comes into view.
   */
  private async showCard(id: string) {
    this.shown = 'actions';
    await this.updateComplete;
    const card = this.renderRoot.querySelector<PerseverancePlanAction>(
      `perseverance-plan-action[mode='plan'][data-item='draft-${id}']`,
    );
    if (card) await card.focusTitle();
    else this.renderRoot.querySelector<HTMLElement>('#part-actions')?.focus();
  }

  /** « Annuler » on a saved draft's change: its unsaved text goes, the editor is new again. */
  private cancelEdit(id: string) {
    this.actions?.plan.keepDraft(id, null);
    this.editing = null;
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
    values: Readonly<Record<PlanDateField, string>>,
    suggested: readonly PlanDateField[],
    suggestion: PlanDates,
    issues: readonly PlanIssue[],
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
    // On a phone the table scrolls within its region (focusable, named), not the page.
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${tl.caption}>
      <table>
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
                <td>
                  ${step.itemId ? this.t.milestone[step.kind] : this.t.calendarStep(step.label)}
                </td>
                <td>${step.itemId ? userText(step.label) : tl.all}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** The calendar's milestones as the source gives them, with its words and links. */
  private renderSourceCalendar(calendar: PlanViewModel['calendar']) {
    const tl = this.t.timeline;
    return html`<h4>${tl.sourceTitle(calendar.source)}</h4>
      <p>${tl.sourceNote}</p>
      <ul class="points">
        ${calendar.milestones.map(
          (milestone) =>
            html`<li>
              <strong lang="fr">${milestone.label}</strong>
              ${
                milestone.sourceDates
                  ? html`<span class="source-dates"
                      >— ${tl.sourceDates(milestone.sourceDates)}</span
                    >`
                  : nothing
              }
              ${
                milestone.description
                  ? html`<span class="detail" lang="fr">${milestone.description}</span>`
                  : nothing
              }
              ${pointExtras({ id: milestone.id, label: milestone.label, ...(milestone.url ? { url: milestone.url } : {}) }, this.t)}
            </li>`,
        )}
      </ul>`;
  }

  private renderPrint(
    rows: readonly PlanRow[],
    timeline: readonly PlanMilestone[],
    dates: PlanDates,
    guide: PlanViewModel['guide'],
  ) {
    const { t, messages: m } = this;
    const a = t.action;
    const day = (date: string) => formatDate(date, t.locale);
    const none = t.print.none;
    return html`<div class="print-only">
      <h2>${t.print.title(day(dates.weekStart), day(dates.weekEnd))}</h2>
      <p>${t.print.deadline(day(dates.deadline))}</p>
      ${this.renderTable(timeline)}
      ${rows.map(({ item, milestones, moments, leadTimeBasis }) => {
        const { entry, draft } = item;
        const bilan = entry.bilan;
        return html`<article class="sheet">
          <p>${kindLabel(item, t)}</p>
          <h3>${userText(item.title)}</h3>
          <dl>
            <dt>${a.pilot}</dt>
            <dd>${entry.pilot ? userText(entry.pilot) : none}</dd>
            <dt>${a.publics}</dt>
            <dd>${entry.publics.map((p) => m!.publics[p]).join(', ') || none}</dd>
            <dt>${a.moments}</dt>
            <dd>${(moments ?? []).map(day).join(', ')}</dd>
            <dt>${a.leadTime}</dt>
            <dd>${a.leadTimeValue(item.leadTimeWeeks, leadTimeBasis)}</dd>
          </dl>
          ${
            draft
              ? DRAFT_FIELDS.slice(1).map((field) =>
                  draft[field]
                    ? html`<h4>${t.draft.fields[field]}</h4>
                        <p class="pre" dir="auto">${draft[field]}</p>`
                    : nothing,
                )
              : nothing
          }
          <h4>${a.plan}</h4>
          ${stepsList(milestones ?? [], t)} ${guide ? html`<h4>${guide.title}</h4>` : nothing}
          ${
            guide
              ? CHECKLIST_PHASES.map(
                  (phase) =>
                    html`<h5>${a.phases[phase]}</h5>
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
                          <p class="pre" dir="auto">${bilan[field]}</p>`
                      : nothing,
                  )}`
              : nothing
          }
        </article>`;
      })}
    </div>`;
  }

  override render() {
    const { snapshot, messages: m, t, model, draftModel } = this;
    if (!snapshot || !m || !model || !draftModel) return nothing;
    const { catalogue } = snapshot;
    const { dates, rows, guide, warnings, timeline } = model;
    const part = this.shown ?? (rows.length ? 'actions' : 'dates');
    const fix = html`<p>
      ${t.dates.fix}
      <button type="button" class="link" @click=${() => this.show('dates')}>
        ${t.parts.dates}
      </button>
    </p>`;

    const { draft, id: draftId, target, full } = draftModel;
    const axisLabels = draftModel.axisLabels.join(', ');

    const cards = (mode: 'plan' | 'bilan') =>
      rows.length
        ? html`<ul class="cards">
            ${rows.map(
              ({ item, milestones, progress, leadTimeBasis }) =>
                html`<li>
                  <perseverance-plan-action
                    data-item=${`${item.kind}-${item.id}`}
                    .item=${item}
                    .basis=${leadTimeBasis}
                    .milestones=${milestones}
                    .progress=${progress}
                    .guide=${guide}
                    .messages=${m}
                    .t=${t}
                    mode=${mode}
                    @perseverance-plan-entry-change=${(e: PlanEntryChangeEvent) => this.actions?.plan.putEntry(e.entry)}
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

    const section = (id: Part, title: unknown, body: unknown) =>
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
                  ${warnings.map(
                    (warning) =>
                      html`<li>
                        ${
                          warning.code === 'lead-time'
                            ? withUserText(
                                (title) => t.warning({ ...warning, title }),
                                warning.title,
                              )
                            : t.warning(warning)
                        }
                      </li>`,
                  )}
                </ul>
              </section>`
            : nothing
        }
        ${section(
          'dates',
          t.parts.dates,
          this.renderDates(model.values, model.suggested, model.suggestion, model.issues),
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
                ${this.renderTable(timeline)} ${this.renderSourceCalendar(model.calendar)}`
            : fix,
        )}
        ${section(
          'guides',
          t.parts.guides,
          html`<p>${t.guides.intro}</p>
            ${model.guides.map((item) => guideContent(item, t))} ${catalogueAbout(catalogue, m)}`,
        )}
        ${section(
          'draft',
          draft ? withUserText(t.draft.editTitle, draft.titre) : t.draft.title,
          html`<p>${t.draft.intro}</p>
            ${!draft && axisLabels ? html`<p>${t.draft.targets(axisLabels)}</p>` : nothing}
            ${
              full
                ? html`<p>${t.draft.full(MAX_DRAFTS)}</p>`
                : html`<perseverance-plan-draft
                    .draftId=${draftId}
                    .initial=${draftModel.initial}
                    .template=${catalogue.ficheTemplate}
                    .t=${t}
                    ?editing=${!!draft}
                    @perseverance-plan-draft-input=${(e: PlanDraftInputEvent) =>
                      this.actions?.plan.keepDraft(draftId, e.values)}
                    @perseverance-plan-draft-submit=${(e: PlanDraftSubmitEvent) =>
                      this.submitDraft(draftId, target, e.values)}
                    @perseverance-plan-draft-cancel=${() => this.cancelEdit(draftId)}
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
      ${dates ? this.renderPrint(rows, timeline, dates, guide) : nothing}
    `;
  }
}

defineElement('perseverance-plan', PerseverancePlan);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-plan': PerseverancePlan;
  }
}
