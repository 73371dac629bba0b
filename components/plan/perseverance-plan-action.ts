import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PUBLICS } from '../../src/catalogue/constants.js';
import type { Guide, Public } from '../../src/catalogue/schema.js';
import {
  CHECKLIST_PHASES,
  formatDate,
  isIsoDate,
  tickKey,
  type LeadTimeBasis,
  type PlanItem,
  type PlanMilestone,
} from '../../src/plan/index.js';
import { MAX_LABEL, MAX_PLAN_DATES, MAX_PLAN_TEXT } from '../../src/storage/limits.js';
import type { SavedPlanEntry } from '../../src/storage/schema.js';
import { defineElement } from '../app/define.js';
import type { Messages } from '../i18n/index.js';
import type { PlanMessages } from '../i18n/plan-fr.js';
import { sharedStyles } from '../styles/shared.js';
import { pointExtras } from './guide-content.js';
import { TextLimit, limitStyles } from './text-limit.js';
import { userText, withUserText } from '../styles/user-text.js';

type Bilan = NonNullable<SavedPlanEntry['bilan']>;
const REVIEW = ['worked', 'vigilance', 'perspectives'] as const;

/** Internal: the card's entry after a change (the plan view saves it). */
export class PlanEntryChangeEvent extends Event {
  static readonly eventName = 'perseverance-plan-entry-change';
  constructor(readonly entry: SavedPlanEntry) {
    super(PlanEntryChangeEvent.eventName);
  }
}

/** Internal: open the fiche, edit the draft, or take the item out of the plan. */
export class PlanItemCommandEvent extends Event {
  static readonly eventName = 'perseverance-plan-item-command';
  constructor(readonly command: 'open' | 'edit' | 'remove') {
    super(PlanItemCommandEvent.eventName);
  }
}

/** The form styles the plan's elements share: fields, hints, errors at the field, toolbars. */
export const fieldStyles = css`
  :host {
    display: block;
  }
  .field {
    margin: 0 0 1em;
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: var(--_text-mention);
    margin: 0 0 0.25em;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  textarea {
    min-height: 5em;
  }
  input[type='number'] {
    max-width: 10em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .detail {
    display: block;
    color: var(--_text-mention);
    overflow-wrap: anywhere;
  }
  .note {
    font-style: italic;
  }
  blockquote {
    margin: 0.25em 0 1em;
    padding-left: 0.75em;
    border-left: 3px solid var(--_border-light);
  }
`;

/** « Fiche action n° 7 », « Piste d’action » or « Fiche rédigée par l’équipe ». */
export function kindLabel(item: PlanItem, t: PlanMessages): string {
  return item.kind === 'fiche'
    ? t.kinds.fiche(item.number)
    : item.kind === 'action'
      ? t.kinds.action
      : t.kinds.draft;
}

/** A step's date: one day, or « du … au … ». */
export function stepDate(step: PlanMilestone, t: PlanMessages): string {
  const day = (date: string) => formatDate(date, t.locale);
  return step.end === step.start
    ? day(step.start)
    : t.timeline.range(day(step.start), day(step.end));
}

/** An action's steps as an ordered list. */
export function stepsList(steps: readonly PlanMilestone[], t: PlanMessages) {
  return html`<ol>
    ${steps.map(
      (step) =>
        html`<li>
          <strong>${stepDate(step, t)}</strong> —
          ${step.itemId ? t.milestone[step.kind] : t.calendarStep(step.label)}
        </li>`,
    )}
  </ol>`;
}

/**
 * @summary One action of the plan: pilot, publics, strong moment, lead time, its steps back
 * from the week and the fiche méthode's checklist — or, in `bilan` mode, its review.
 * @tagname perseverance-plan-action
 * @internal
 */
export class PerseverancePlanAction extends LitElement {
  static override styles = [
    sharedStyles,
    fieldStyles,
    limitStyles,
    css`
      article {
        padding: 1em;
        border: 1px solid var(--_border-light);
        border-top: 4px solid var(--_bg-action);
        border-radius: var(--_radius);
      }
      .kind {
        color: var(--_text-mention);
      }
      h4 {
        font-size: 1.25em;
      }
      h5 {
        font-size: 1em;
        margin-top: 1.25em;
      }
      fieldset {
        margin: 0 0 1em;
        border: 1px solid var(--_border-light);
        border-radius: var(--_radius);
      }
      legend {
        font-weight: 600;
      }
      .check {
        display: flex;
        align-items: flex-start;
        gap: 0.5em;
        margin: 0.25em 0;
      }
      .check input {
        width: 1.25em;
        height: 1.25em;
        flex: none;
        margin: 0.15em 0 0;
      }
      .check label {
        font-weight: normal;
      }
      ol {
        padding-left: 1.25em;
      }
    `,
  ];

  /** The action, with its saved (or default) entry. */
  @property({ attribute: false }) item?: PlanItem;
  /** Its steps for this year's dates; null while the dates are wrong. */
  @property({ attribute: false }) milestones: readonly PlanMilestone[] | null = null;
  /** Checklist items ticked, out of how many (the plan's view model counts them). */
  @property({ attribute: false }) progress: { readonly done: number; readonly total: number } = {
    done: 0,
    total: 0,
  };
  /** The fiche méthode whose avant / pendant / après list the action ticks. */
  @property({ attribute: false }) guide?: Guide;
  /** Where its lead time comes from (`leadTimeBasis`): the team, the source or the tool's estimate. */
  @property({ attribute: false }) basis: LeadTimeBasis = 'estimate';
  @property({ attribute: false }) messages?: Messages;
  @property({ attribute: false }) t?: PlanMessages;
  /** `plan` (preparation) or `bilan` (after the week). */
  @property() mode: 'plan' | 'bilan' = 'plan';

  /** Number fields whose typed value was refused, with the message shown under them. */
  @state() private errors: Record<string, string> = {};
  @state() private confirming = false;
  /** The text fields' size, said near the limit and when a paste was cut. */
  private readonly limit = new TextLimit(this);

  /** Moves focus to the card's title, and so into view: once the team has added or saved it. */
  async focusTitle() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  private emit(patch: Partial<SavedPlanEntry>) {
    if (this.item) this.dispatchEvent(new PlanEntryChangeEvent({ ...this.item.entry, ...patch }));
  }

  private command(command: 'open' | 'edit' | 'remove') {
    this.dispatchEvent(new PlanItemCommandEvent(command));
  }

  /**
   * Reads a whole number from a number field, or reports why not (keeping what was typed: the
   * field is not re-rendered). Empty means « back to the default ».
   */
  private readCount(id: string, input: HTMLInputElement, max: number, message: string) {
    const raw = input.value.trim();
    const value = Number(raw);
    const bad =
      input.validity.badInput ||
      (raw !== '' && !(Number.isInteger(value) && value >= 0 && value <= max));
    const rest = { ...this.errors };
    delete rest[id];
    this.errors = bad ? { ...rest, [id]: message } : rest;
    return bad ? null : raw === '' ? undefined : value;
  }

  private field(id: string, label: string, control: unknown, hint?: string) {
    const error = this.errors[id];
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing} ${control}
      ${error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing}
    </div>`;
  }

  private describedBy(id: string, hint: boolean) {
    return (
      [hint ? `${id}-hint` : '', this.errors[id] ? `${id}-error` : ''].join(' ').trim() || nothing
    );
  }

  private numberInput(
    id: string,
    value: number | undefined,
    max: number,
    onValid: (v?: number) => void,
    message: string,
    hint = false,
  ) {
    return html`<input
      type="number"
      id=${id}
      min="0"
      max=${max}
      step="1"
      inputmode="numeric"
      .value=${value === undefined ? '' : String(value)}
      aria-invalid=${this.errors[id] ? 'true' : 'false'}
      aria-describedby=${this.describedBy(id, hint)}
      @change=${(event: Event) => {
        const value = this.readCount(id, event.target as HTMLInputElement, max, message);
        if (value !== null) onValid(value);
      }}
    />`;
  }

  private setMoment(index: number, value: string) {
    const dates = [...this.item!.entry.dates];
    if (value === '') dates.splice(index, 1);
    else if (isIsoDate(value)) dates[index] = value;
    else return;
    this.emit({ dates });
  }

  private renderPlan(item: PlanItem, m: Messages, t: PlanMessages) {
    const a = t.action;
    const { entry } = item;
    const dates = entry.dates.length < MAX_PLAN_DATES ? [...entry.dates, ''] : entry.dates;
    const progress = this.progress;
    return html`
      ${this.field(
        'pilot',
        a.pilot,
        html`<input
            type="text"
            id="pilot"
            list="roles"
            maxlength=${MAX_LABEL}
            autocomplete="off"
            dir="auto"
            aria-describedby=${this.limit.describedBy('pilot', entry.pilot, MAX_LABEL) || nothing}
            .value=${entry.pilot}
            @beforeinput=${this.limit.beforeInput}
            @input=${(e: Event) => this.limit.input(e.target as HTMLInputElement)}
            @change=${(e: Event) => this.emit({ pilot: (e.target as HTMLInputElement).value.trim() })}
          />
          ${this.limit.render('pilot', entry.pilot, MAX_LABEL, t)}
          <datalist id="roles">
            ${Object.values(m.roles).map((role) => html`<option value=${role}></option>`)}
          </datalist>`,
      )}
      <fieldset>
        <legend>${a.publics}</legend>
        ${PUBLICS.map(
          (p: Public) =>
            html`<div class="check">
              <input
                type="checkbox"
                id=${`public-${p}`}
                .checked=${entry.publics.includes(p)}
                @change=${(e: Event) =>
                  this.emit({
                    publics: (e.target as HTMLInputElement).checked
                      ? [...entry.publics, p]
                      : entry.publics.filter((x) => x !== p),
                  })}
              />
              <label for=${`public-${p}`}>${m.publics[p]}</label>
            </div>`,
        )}
      </fieldset>
      <p>
        <strong>${a.when}</strong>
        ${item.timing.quote ? a.timing[item.timing.moment] : a.timingDefault}
      </p>
      ${
        item.timing.quote
          ? html`<blockquote lang="fr">${a.quote(item.timing.quote)}</blockquote>`
          : nothing
      }
      <fieldset aria-describedby="moments-hint">
        <legend>${a.moments}</legend>
        <p class="hint" id="moments-hint">${a.momentsHint(item.timing.moment)}</p>
        ${dates.map((date, index) =>
          this.field(
            `moment-${index}`,
            date ? a.moment(index + 1) : a.addMoment,
            html`<input
              type="date"
              id=${`moment-${index}`}
              .value=${date}
              @change=${(e: Event) => this.setMoment(index, (e.target as HTMLInputElement).value)}
            />`,
          ),
        )}
      </fieldset>
      ${this.field(
        'lead',
        a.leadTime,
        this.numberInput(
          'lead',
          // From the source, the field stays empty: the preparation starts with the year, not
          // a number of weeks; the team types one to change it.
          this.basis === 'source' ? undefined : item.leadTimeWeeks,
          52,
          (weeks) => this.emit({ leadTimeWeeks: weeks }),
          a.leadTimeError,
          true,
        ),
        a.leadTimeHint(this.basis, item.defaultLeadTimeWeeks, item.timing),
      )}
      ${
        this.milestones
          ? html`<h5>${a.plan}</h5>
              ${stepsList(this.milestones, t)}`
          : nothing
      }
      ${
        this.guide
          ? html`<h5>
                ${a.checklist(this.guide.title, this.guide.source.year, progress.done, progress.total)}
              </h5>
              ${CHECKLIST_PHASES.map(
                (phase) =>
                  html`<fieldset>
                    <legend>${a.phases[phase]}</legend>
                    ${this.guide!.checklists[phase].map((point) => {
                      const key = tickKey(phase, point.id);
                      return html`<div class="check">
                        <input
                          type="checkbox"
                          id=${`tick-${key}`}
                          .checked=${entry.ticks.includes(key)}
                          @change=${(e: Event) =>
                            this.emit({
                              ticks: (e.target as HTMLInputElement).checked
                                ? [...entry.ticks, key]
                                : entry.ticks.filter((tick) => tick !== key),
                            })}
                        />
                        <div>
                          <label for=${`tick-${key}`} lang="fr">${point.label}</label>
                          ${pointExtras(point, t)}
                        </div>
                      </div>`;
                    })}
                  </fieldset>`,
              )}`
          : nothing
      }
      <div class="toolbar">
        ${
          item.kind === 'fiche'
            ? html`<button type="button" @click=${() => this.command('open')}>
                ${a.openFiche}
              </button>`
            : nothing
        }
        ${
          item.kind === 'draft'
            ? html`<button type="button" @click=${() => this.command('edit')}>
                ${a.editDraft}
              </button>`
            : nothing
        }
        ${
          this.confirming
            ? html`<p role="alert">${withUserText(a.confirmRemoveDraft, item.title)}</p>
                <button type="button" class="primary" @click=${() => this.command('remove')}>
                  ${a.confirmYes}
                </button>
                <button type="button" @click=${() => (this.confirming = false)}>
                  ${a.cancel}
                </button>`
            : html`<button
                type="button"
                @click=${() => (item.kind === 'draft' ? (this.confirming = true) : this.command('remove'))}
              >
                ${item.kind === 'draft' ? a.removeDraft : a.remove}
              </button>`
        }
      </div>
    `;
  }

  private renderBilan(item: PlanItem, m: Messages, t: PlanMessages) {
    const b = t.bilan;
    const bilan: Bilan = item.entry.bilan ?? {
      attendance: {},
      worked: '',
      vigilance: '',
      perspectives: '',
    };
    const save = (patch: Partial<Bilan>) => this.emit({ bilan: { ...bilan, ...patch } });
    return html`
      <fieldset>
        <legend>${b.attendance}</legend>
        ${PUBLICS.map((p) =>
          this.field(
            `count-${p}`,
            m.publics[p],
            this.numberInput(
              `count-${p}`,
              bilan.attendance[p],
              100_000,
              (count) => {
                const attendance = { ...bilan.attendance };
                if (count === undefined) delete attendance[p];
                else attendance[p] = count;
                save({ attendance });
              },
              b.countError,
            ),
          ),
        )}
      </fieldset>
      ${REVIEW.map((field) =>
        this.field(
          field,
          b[field],
          html`<textarea
              id=${field}
              maxlength=${MAX_PLAN_TEXT}
              dir="auto"
              aria-describedby=${this.limit.describedBy(field, bilan[field], MAX_PLAN_TEXT) || nothing}
              .value=${bilan[field]}
              @beforeinput=${this.limit.beforeInput}
              @input=${(e: Event) => this.limit.input(e.target as HTMLTextAreaElement)}
              @change=${(e: Event) => save({ [field]: (e.target as HTMLTextAreaElement).value })}
            ></textarea>
            ${this.limit.render(field, bilan[field], MAX_PLAN_TEXT, t)}`,
        ),
      )}
    `;
  }

  override render() {
    const { item, messages: m, t } = this;
    if (!item || !m || !t) return nothing;
    return html`<article aria-labelledby="title">
      <p class="kind">${kindLabel(item, t)}</p>
      <h4 id="title" tabindex="-1">${userText(item.title)}</h4>
      ${this.mode === 'bilan' ? this.renderBilan(item, m, t) : this.renderPlan(item, m, t)}
    </article>`;
  }
}

defineElement('perseverance-plan-action', PerseverancePlanAction);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-plan-action': PerseverancePlanAction;
  }
  interface GlobalEventHandlersEventMap {
    'perseverance-plan-entry-change': PlanEntryChangeEvent;
    'perseverance-plan-item-command': PlanItemCommandEvent;
  }
}
