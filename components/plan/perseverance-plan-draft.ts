import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FicheTemplate } from '../../src/catalogue/schema.js';
import {
  DRAFT_FIELDS,
  validateDraft,
  type DraftField,
  type DraftValues,
  type PlanIssue,
} from '../../src/plan/index.js';
import { MAX_LABEL, MAX_PLAN_TEXT } from '../../src/storage/limits.js';
import { defineElement } from '../app/define.js';
import type { PlanMessages } from '../i18n/plan-fr.js';
import { fieldStyles } from './perseverance-plan-action.js';
import { sharedStyles } from '../styles/shared.js';
import { TextLimit, limitStyles } from './text-limit.js';

/** Internal: the user submitted a valid draft (the plan view saves it). */
export class PlanDraftSubmitEvent extends Event {
  static readonly eventName = 'perseverance-plan-draft-submit';
  constructor(readonly values: DraftValues) {
    super(PlanDraftSubmitEvent.eventName);
  }
}

/** Internal: the user typed in the editor (the plan view keeps the text, saved as typed). */
export class PlanDraftInputEvent extends Event {
  static readonly eventName = 'perseverance-plan-draft-input';
  constructor(readonly values: DraftValues) {
    super(PlanDraftInputEvent.eventName);
  }
}

/** Internal: the user gave up editing. */
export class PlanDraftCancelEvent extends Event {
  static readonly eventName = 'perseverance-plan-draft-cancel';
  constructor() {
    super(PlanDraftCancelEvent.eventName);
  }
}

/**
 * @summary The « À votre tour… » editor: the livret's fiche n°15 fields, checked at submit with
 * messages at the field; what the user typed is never lost: each change goes to the plan view,
 * which keeps it in the saved state until the draft is added, saved or cancelled.
 * @tagname perseverance-plan-draft
 * @internal
 */
export class PerseverancePlanDraft extends LitElement {
  static override styles = [sharedStyles, fieldStyles, limitStyles];

  /** The draft's identity: when it changes, the form starts again from `initial`. */
  @property({ attribute: false }) draftId = '';
  /** The values the form starts from (the saved draft, or a new one pre-filled). */
  @property({ attribute: false }) initial?: DraftValues;
  /** Labels' help texts, from the catalogue's fiche template. */
  @property({ attribute: false }) template?: FicheTemplate;
  @property({ attribute: false }) t?: PlanMessages;
  /** Editing a saved draft (offers « Annuler ») rather than writing a new one. */
  @property({ type: Boolean }) editing = false;

  @state() private values?: DraftValues;
  @state() private issues: PlanIssue[] = [];
  /** Each field's size, said near the limit and when a paste was cut. */
  private readonly limit = new TextLimit(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('draftId') || !this.values) && this.initial) {
      this.values = { ...this.initial };
      this.issues = [];
      this.limit.reset();
    }
  }

  private async submit(event: Event) {
    event.preventDefault();
    if (!this.values) return;
    this.issues = validateDraft(this.values, MAX_PLAN_TEXT);
    if (this.issues.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.dispatchEvent(new PlanDraftSubmitEvent({ ...this.values }));
  }

  private input(field: DraftField, event: Event) {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    this.limit.input(target);
    this.values = { ...this.values!, [field]: target.value };
    // Saved as typed: leaving the view or reloading the page loses nothing.
    this.dispatchEvent(new PlanDraftInputEvent({ ...this.values }));
    // A message goes away as soon as the field is fixed.
    if (this.issues.some((issue) => issue.field === field))
      this.issues = [
        ...this.issues.filter((issue) => issue.field !== field),
        ...validateDraft(this.values, MAX_PLAN_TEXT).filter((issue) => issue.field === field),
      ];
  }

  override render() {
    const { t, values } = this;
    if (!t || !values) return nothing;
    const d = t.draft;
    return html`<form novalidate @submit=${this.submit}>
      ${DRAFT_FIELDS.map((field) => {
        const id = `draft-${field}`;
        const help = this.template?.fields.find((f) => f.id === field)?.help;
        const issue = this.issues.find((i) => i.field === field);
        const max = field === 'titre' ? MAX_LABEL : MAX_PLAN_TEXT;
        const described = [
          help ? `${id}-hint` : '',
          this.limit.describedBy(id, values[field], max),
          issue ? `${id}-error` : '',
        ]
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        const common = {
          id,
          described: described || nothing,
          invalid: issue ? 'true' : 'false',
        };
        return html`<div class="field">
          <label for=${id}
            >${d.fields[field]}
            ${field === 'titre' ? html`<span>${d.required}</span>` : nothing}</label
          >
          ${help ? html`<p class="hint" id=${`${id}-hint`}>${help}</p>` : nothing}
          ${
            field === 'titre'
              ? html`<input
                  type="text"
                  id=${common.id}
                  maxlength=${max}
                  required
                  dir="auto"
                  aria-invalid=${common.invalid}
                  aria-describedby=${common.described}
                  .value=${values[field]}
                  @beforeinput=${this.limit.beforeInput}
                  @input=${(e: Event) => this.input(field, e)}
                />`
              : html`<textarea
                  id=${common.id}
                  maxlength=${max}
                  dir="auto"
                  aria-invalid=${common.invalid}
                  aria-describedby=${common.described}
                  .value=${values[field]}
                  @beforeinput=${this.limit.beforeInput}
                  @input=${(e: Event) => this.input(field, e)}
                ></textarea>`
          }
          ${this.limit.render(id, values[field], max, t)}
          ${issue ? html`<p class="error" id=${`${id}-error`}>${t.issue(issue)}</p>` : nothing}
        </div>`;
      })}
      <div class="toolbar">
        <button type="submit" class="primary">${this.editing ? d.save : d.add}</button>
        ${
          this.editing
            ? html`<button
                type="button"
                @click=${() => this.dispatchEvent(new PlanDraftCancelEvent())}
              >
                ${d.cancel}
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }
}

defineElement('perseverance-plan-draft', PerseverancePlanDraft);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-plan-draft': PerseverancePlanDraft;
  }
  interface GlobalEventHandlersEventMap {
    'perseverance-plan-draft-submit': PlanDraftSubmitEvent;
    'perseverance-plan-draft-input': PlanDraftInputEvent;
    'perseverance-plan-draft-cancel': PlanDraftCancelEvent;
  }
}
