import { css, html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Axis, CatalogueKey, Question } from '../../src/catalogue/schema.js';
import { answerOf, questionsFor, type AnswerCount } from '../../src/diagnostic/answers.js';
import type { DiagnosticSnapshot } from '../app/context.js';
import { defineElement } from '../app/define.js';
import { DiagnosticView } from '../app/diagnostic-view.js';
import type { AnswerChangeEvent } from './perseverance-question.js';
import { questionStyles, type ScaleOption } from './perseverance-question.js';
import { sharedStyles } from '../styles/shared.js';

interface KeyStep {
  readonly key: CatalogueKey;
  readonly axes: readonly { readonly axis: Axis; readonly questions: readonly Question[] }[];
  readonly total: number;
  readonly answered: number;
}

/**
 * @summary The questionnaire: one step per clé (or everything on one page), each axis a group of questions.
 * @tagname perseverance-questionnaire
 * @internal
 */
export class PerseveranceQuestionnaire extends DiagnosticView {
  static override styles = [
    sharedStyles,
    questionStyles,
    css`
      :host {
        display: block;
      }
      .steps ol {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        list-style: none;
        margin: 0 0 1em;
        padding: 0;
      }
      .steps button {
        flex-direction: column;
        align-items: flex-start;
        border-width: 2px;
      }
      .steps button[aria-current='step'] {
        background: var(--_bg-contrast);
        border-color: var(--_bg-action);
      }
      .steps .count {
        font-weight: 400;
        font-size: 0.875em;
        color: var(--_text-mention);
      }
      .progress {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em 1em;
        margin-bottom: 1em;
      }
      progress {
        flex: 1 1 12em;
        height: 0.75em;
        accent-color: var(--_bg-action);
      }
      .tagline {
        font-style: italic;
        color: var(--_text-mention);
      }
      .axis {
        margin: 1.5em 0;
      }
      .axis h3 {
        font-size: 1.125em;
      }
      details {
        margin: 0 0 0.75em;
      }
      /* The scale's definitions, in view where the team answers (a tooltip is invisible on touch). */
      .scale {
        margin: 0 0 1em;
        padding: 0.5em 0.75em;
        border: 1px solid var(--_border-light);
        border-radius: var(--_radius);
        background: var(--_bg-alt);
      }
      .scale summary {
        font-weight: 600;
      }
      .scale dl {
        margin: 0.25em 0 0;
      }
      .scale dl > div {
        display: flex;
        flex-wrap: wrap;
        gap: 0 0.75em;
        padding: 0.25em 0;
      }
      .scale dt {
        flex: 0 0 7.5em;
        font-weight: 600;
      }
      .scale dd {
        flex: 1 1 14em;
        margin: 0;
      }
      summary {
        cursor: pointer;
        min-height: 2em;
        color: var(--_text-action);
      }
      /* Block, not grid: a grid lays out all its items again when one answer changes. */
      .questions > * + * {
        margin-top: 0.75em;
      }
      .notice {
        padding: 0.75em 1em;
        border-left: 4px solid var(--_error);
        background: var(--_bg-error);
      }
      .nav {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0.75em;
        margin-top: 1.5em;
      }
      .key-block + .key-block {
        margin-top: 2.5em;
      }
      /* A phone: the clés two by two and a compact legend, so the first question shows. */
      @container (max-width: 40em) {
        .steps ol {
          display: grid;
          grid-template-columns: repeat(2, minmax(0, 1fr));
          gap: 0.25em;
        }
        .steps button {
          width: 100%;
          padding: 0.25em 0.5em;
          font-size: 0.875em;
        }
        .tagline,
        .description {
          font-size: 0.875em;
        }
        /* The levels' names in one line; each radio still reads its level's definition. */
        .scale dl {
          display: flex;
          flex-wrap: wrap;
          gap: 0 1em;
        }
        .scale dl > div {
          padding: 0;
        }
        .scale dt {
          flex: none;
        }
        .scale dd {
          display: none;
        }
        .axis {
          margin: 1em 0;
        }
      }
      @media print {
        .steps,
        .nav,
        .progress {
          display: none !important;
        }
      }
    `,
  ];

  /** Steps without counts, per catalogue, version and levels: answers never change the structure. */
  private layoutCache: { for: unknown; layout: Omit<KeyStep, 'answered'>[] } | null = null;
  private stepsCache: { for: unknown; steps: KeyStep[] } | null = null;

  private stepLayout(snapshot: DiagnosticSnapshot): Omit<KeyStep, 'answered'>[] {
    const { questionnaireVersion: version, levels } = snapshot.state.context;
    const cacheKey = [snapshot.catalogue, version, levels];
    if (this.layoutCache && sameItems(this.layoutCache.for, cacheKey)) {
      return this.layoutCache.layout;
    }
    const questions = questionsFor(snapshot.catalogue, version, levels);
    const layout = snapshot.catalogue.keys.map((key) => {
      const axes = snapshot.catalogue.axes
        .filter((axis) => axis.key === key.id)
        .map((axis) => ({
          axis,
          questions: questions.filter((question) => question.axis === axis.id),
        }))
        .filter((group) => group.questions.length > 0);
      return { key, axes, total: axes.reduce((sum, group) => sum + group.questions.length, 0) };
    });
    this.layoutCache = { for: cacheKey, layout };
    return layout;
  }

  private steps(snapshot: DiagnosticSnapshot): KeyStep[] {
    const layout = this.stepLayout(snapshot);
    const answers = snapshot.state.answers;
    if (this.stepsCache && sameItems(this.stepsCache.for, [layout, answers])) {
      return this.stepsCache.steps;
    }
    const steps = layout.map((step) => {
      let answered = 0;
      for (const group of step.axes)
        for (const question of group.questions)
          if (answerOf(answers, question.id) !== undefined) answered += 1;
      return { ...step, answered };
    });
    this.stepsCache = { for: [layout, answers], steps };
    return steps;
  }

  /** One array per scale: a new one on each render would re-render every question. */
  private scaleOptions?: [unknown, ScaleOption[]];

  private options(snapshot: DiagnosticSnapshot): ScaleOption[] {
    const scale = snapshot.catalogue.scale;
    if (this.scaleOptions?.[0] === scale) return this.scaleOptions[1];
    const options = [
      ...scale.levels.map((level) => ({
        value: level.value,
        label: level.label,
        description: level.description,
      })),
      { value: 'unknown' as const, label: scale.unknownLabel },
    ];
    this.scaleOptions = [scale, options];
    return options;
  }

  /**
   * On a phone the step's heading goes to the top of the screen, so the first question shows
   * below it (the clés and the progress above it stay one swipe away).
   */
  override focusHeading() {
    const heading = this.renderRoot.querySelector<HTMLElement>('h2');
    heading?.focus();
    if (heading && this.clientWidth < 640) heading.scrollIntoView({ block: 'start' });
  }

  private handleAnswer(event: AnswerChangeEvent) {
    event.stopPropagation();
    this.actions?.answer(event.detail.questionId, event.detail.value);
  }

  private renderKey(snapshot: DiagnosticSnapshot, step: KeyStep, index: number, heading: unknown) {
    const m = this.messages!;
    const answers = snapshot.state.answers;
    const flagged = snapshot.visitedSteps.includes(index);
    const options = this.options(snapshot);
    const missing = step.total - step.answered;
    return html`
      <section class="key-block">
        ${heading} ${step.key.tagline ? html`<p class="tagline">${step.key.tagline}</p>` : nothing}
        <p class="description">${step.key.description}</p>
        ${
          flagged && missing > 0
            ? html`<p class="notice">
                ${m.questionnaire.unansweredNotice(missing, step.key.label)}
              </p>`
            : nothing
        }
        ${guard([options, m, step.key.id], () => this.renderLegend(step.key.id, options))}
        ${step.axes.map(({ axis, questions }) =>
          // An answer re-renders only its own axis: the others' values are all unchanged.
          guard(
            [axis, questions, options, m, flagged, ...questions.map((q) => answers[q.id])],
            () => this.renderAxis(step, axis, questions, options, answers, flagged),
          ),
        )}
      </section>
    `;
  }

  /**
   * The scale's definitions above the step's questions, open by default (it can be folded once
   * known). Each radio's `aria-describedby` points to its level's definition (`legendId`): a screen
   * reader hears « Amorcée » with what it means, and only that level's definition, not all five.
   */
  private renderLegend(keyId: string, options: ScaleOption[]) {
    const m = this.messages!;
    const id = legendIdOf(keyId);
    return html`
      <details class="scale" open>
        <summary>${m.questionnaire.scaleTitle}</summary>
        <dl>
          ${options.map(
            (option, index) => html`
              <div>
                <dt>${option.label}</dt>
                <dd id=${`${id}-${index}`}>
                  ${option.description ?? m.questionnaire.unknownDescription}
                </dd>
              </div>
            `,
          )}
        </dl>
      </details>
    `;
  }

  private renderAxis(
    step: KeyStep,
    axis: Axis,
    questions: readonly Question[],
    options: ScaleOption[],
    answers: DiagnosticSnapshot['state']['answers'],
    flagged: boolean,
  ) {
    const m = this.messages!;
    return html`
      <section class="axis">
        <h3 id=${`axis-${axis.id}`} class=${`key-${step.key.color}`}>${axis.label}</h3>
        ${
          // The built-in catalogue's modalités arrive with its content, just after « Commencer ».
          axis.practices.length
            ? html`<details>
                <summary>${m.questionnaire.practicesTitle}</summary>
                <ul>
                  ${axis.practices.map((practice) => html`<li>${practice}</li>`)}
                </ul>
              </details>`
            : nothing
        }
        <div class="questions" @perseverance-answer-change=${this.handleAnswer}>
          ${questions.map(
            (question) => html`
              <perseverance-question
                .question=${question}
                .options=${options}
                .value=${answers[question.id]}
                .labels=${m.questionnaire}
                .legendId=${legendIdOf(step.key.id)}
                ?flagged=${flagged && answers[question.id] === undefined}
              ></perseverance-question>
            `,
          )}
        </div>
      </section>
    `;
  }

  private renderStepper(snapshot: DiagnosticSnapshot, steps: KeyStep[]) {
    const m = this.messages!;
    return html`
      <nav class="steps" aria-label=${m.questionnaire.stepsLabel}>
        <ol>
          ${steps.map(
            (step, index) => html`
              <li>
                <button
                  type="button"
                  aria-current=${snapshot.step === index ? 'step' : nothing}
                  @click=${() => this.actions?.goToStep(index)}
                >
                  <span class=${`key-${step.key.color}`}>${index + 1}. ${step.key.label}</span>
                  <span class="count"
                    >${m.questionnaire.keyProgress(step.answered, step.total)}</span
                  >
                </button>
              </li>
            `,
          )}
        </ol>
      </nav>
    `;
  }

  /** The same count as the status line's (`snapshot.answered`). */
  private renderProgress({ answered, total }: AnswerCount) {
    const m = this.messages!;
    return html`
      <div class="progress">
        <progress
          max=${total}
          .value=${answered}
          aria-label=${m.questionnaire.progressLabel}
          aria-valuetext=${m.questionnaire.progress(answered, total)}
        ></progress>
        <span aria-hidden="true">${m.questionnaire.progress(answered, total)}</span>
      </div>
    `;
  }

  override render() {
    const { snapshot, messages: m } = this;
    if (!snapshot || !m) return nothing;
    const steps = this.steps(snapshot);
    if (snapshot.layout === 'page') {
      return html`
        <h2 tabindex="-1">${m.questionnaire.pageHeading}</h2>
        ${this.renderProgress(snapshot.answered)}
        ${steps.map((step, index) =>
          this.renderKey(
            snapshot,
            step,
            index,
            html`<h2 id=${`key-${step.key.id}`} class=${`key-${step.key.color}`}>
              ${step.key.label}
            </h2>`,
          ),
        )}
        <div class="nav">
          <button type="button" class="primary" @click=${() => this.actions?.goTo('profile')}>
            ${m.questionnaire.finish}
          </button>
        </div>
      `;
    }
    const index = snapshot.step;
    const step = steps[index] ?? steps[0]!;
    const last = index >= steps.length - 1;
    return html`
      ${this.renderStepper(snapshot, steps)} ${this.renderProgress(snapshot.answered)}
      ${
        // Keyed by clé: a « Modalités » or « Aide » opened on one step is not left open, under
        // another question, on the next (its elements would otherwise be reused).
        keyed(
          step.key.id,
          this.renderKey(
            snapshot,
            step,
            index,
            html`<h2 id=${`key-${step.key.id}`} tabindex="-1">
              ${m.questionnaire.stepHeading(index + 1, steps.length, step.key.label)}
            </h2>`,
          ),
        )
      }
      <div class="nav">
        ${
          index > 0
            ? html`<button type="button" @click=${() => this.actions?.goToStep(index - 1)}>
                ← ${m.questionnaire.previous}
              </button>`
            : html`<span></span>`
        }
        ${
          last
            ? html`<button
                type="button"
                class="primary"
                @click=${() => this.actions?.goTo('profile')}
              >
                ${m.questionnaire.finish} →
              </button>`
            : html`<button
                type="button"
                class="primary"
                @click=${() => this.actions?.goToStep(index + 1)}
              >
                ${m.questionnaire.next} →
              </button>`
        }
      </div>
    `;
  }
}

/** Id prefix of a step's scale legend (unique in the page layout, where every step shows). */
function legendIdOf(keyId: string): string {
  return `scale-${keyId}`;
}

function sameItems(a: unknown, b: readonly unknown[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((item, i) => item === b[i]);
}

defineElement('perseverance-questionnaire', PerseveranceQuestionnaire);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-questionnaire': PerseveranceQuestionnaire;
  }
}
