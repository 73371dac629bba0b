import { LitElement, html } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Catalogue } from '../../src/catalogue/schema.js';
import type { Answers } from '../../src/diagnostic/answers.js';
import type { Profile } from '../../src/diagnostic/profile.js';
import { langOf, messagesFor } from '../i18n/index.js';
import type { DiagnosticSnapshot, Layout } from './context.js';
import type { ChangeCause, DiagnosticController } from './diagnostic-controller.js';
import { defineElement } from './define.js';
import type { DiagnosticView } from './diagnostic-view.js';
import { renderFailure } from './failure.js';
import { WidgetProviders } from './providers.js';
import { rootStyles } from './root-styles.js';
import {
  announceChange,
  announceComplete,
  announceFailure,
  announceNotices,
  announceReady,
  progressStatus,
  whenRendered,
} from './public-events.js';
import { ViewOutlet } from './view-outlet.js';
import { WidgetLoader } from './widget-loader.js';
import { createActions } from './widget-actions.js';
import '../journey/perseverance-welcome.js';
import '../journey/perseverance-questionnaire.js';
import './perseverance-nav.js';
import './perseverance-notices.js';
import './perseverance-footer.js';
import { joinedVersion } from '../../src/share/join-version.js';

/**
 * @summary Self-diagnosis of the four « clés de la persévérance scolaire »: questionnaire, radar
 * profile, recommended fiches actions with their reasons, and resources.
 * @tagname perseverance-diagnostic
 *
 * @attr catalogue-src - URL of a custom catalogue (JSON); the built-in one when absent.
 * @attr lang - Interface language: `fr` (default) or `en`.
 * @attr version - Questionnaire version preset: `complet` or `court`.
 * @attr layout - `steps` (one clé per step, default) or `page` (the whole questionnaire on one page).
 * @attr storage-key - Namespace of the saved state, so several instances can coexist.
 * @attr levels - Preset establishment levels, space-separated: `college`, `lycee-gt`, `lycee-pro`.
 * @attr mode - `session` opens the widget on the GPDS session view (the facilitator's page);
 * absent: the usual journey from the welcome view.
 *
 * @fires perseverance-ready - The widget is interactive. detail: `{ catalogueId, questionCount }`.
 * @fires perseverance-change - The user changed an answer. detail: `{ questionId, answers }`.
 * @fires perseverance-complete - The user answered the last question. detail: `{ profile, recommendations }`.
 * @fires perseverance-selection-change - The user kept or dropped a fiche. detail: `{ retained, done }`.
 * @fires perseverance-error - A catalogue, storage or import problem. detail: `{ kind, message, issues? }`.
 *
 * @csspart root - The widget's outer box.
 * @csspart nav - The navigation between views.
 * @csspart footer - The save status and export/import bar.
 *
 * @cssproperty --perseverance-font-family - Font family. Default: the system UI font.
 * @cssproperty --perseverance-text-default - Text colour. Default: #1e1e1e.
 * @cssproperty --perseverance-text-mention - Secondary text colour. Default: #595959.
 * @cssproperty --perseverance-text-action-high - Links and secondary buttons. Default: #1f3f8f.
 * @cssproperty --perseverance-background-default - Background. Default: #ffffff.
 * @cssproperty --perseverance-background-alt - Alternate background (panels). Default: #f4f5f7.
 * @cssproperty --perseverance-background-action-high - Primary buttons. Default: #1f3f8f.
 * @cssproperty --perseverance-border-default - Borders of fields. Default: #8a8a8a.
 * @cssproperty --perseverance-focus-ring - Focus outline colour. Default: #0a76f6.
 * @cssproperty --perseverance-key-accueillir - Colour of ACCUEILLIR. Default: #1f5fa8.
 * @cssproperty --perseverance-key-accrocher - Colour of ACCROCHER. Default: #a13d00.
 * @cssproperty --perseverance-key-accompagner - Colour of ACCOMPAGNER. Default: #2d7232.
 * @cssproperty --perseverance-key-raccrocher - Colour of RACCROCHER. Default: #7a3a96.
 * @cssproperty --perseverance-radius - Corner radius. Default: 0.25em.
 * @cssproperty --perseverance-font-size - Base font size of the widget. Default: medium (the reader's text size, not the host's rem).
 * @cssproperty --perseverance-spacing - Inner spacing of the widget's box. Default: 1em.
 * @cssproperty --perseverance-text-inverted - Text on primary buttons. Default: #ffffff.
 * @cssproperty --perseverance-text-error - Error messages. Default: #b3261e.
 * @cssproperty --perseverance-text-success - Confirmations. Default: #1b6e3a.
 * @cssproperty --perseverance-background-action-high-hover - Primary buttons on hover. Default: #152c66.
 * @cssproperty --perseverance-background-contrast - Highlighted areas (current question, step). Default: #e8ecf6.
 * @cssproperty --perseverance-background-error - Background of error messages. Default: #fdecea.
 * @cssproperty --perseverance-background-warning - Background of notices and warnings. Default: #fff4d6.
 * @cssproperty --perseverance-border-light - Separators and panel borders. Default: #d6d6d6.
 */
export class PerseveranceDiagnostic extends LitElement {
  static override styles = rootStyles;

  /** URL of a custom catalogue JSON; the built-in catalogue when absent. */
  @property({ attribute: 'catalogue-src', reflect: true }) catalogueSrc: string | null = null;
  /** Interface language: `fr` (default) or `en`. */
  @property({ reflect: true }) override lang = 'fr';
  /** Questionnaire version preset for a new diagnostic: `complet` or `court`. */
  @property({ reflect: true }) version: 'complet' | 'court' | null = null;
  /** `steps` (one clé per step) or `page` (the whole questionnaire on one page). */
  @property({ reflect: true }) layout: Layout = 'steps';
  /** Namespace of the saved state in the browser's storage. */
  @property({ attribute: 'storage-key', reflect: true }) storageKey: string | null = null;
  /** Preset levels, space-separated (`college lycee-pro`). */
  @property({ reflect: true }) levels: string | null = null;
  /** `session`: open on the GPDS session view (the facilitator's page). */
  @property({ reflect: true }) mode: 'session' | null = null;

  @state() private snapshot: DiagnosticSnapshot | null = null;
  /** What the status region announces (saved, progress, import done). */
  @state() private status = '';
  /** The fiche the user just closed, for the view that gets focus next. */
  private returningFrom: string | null = null;
  private pendingFocus = false;
  private readyFired = false;
  private readonly outlet = new ViewOutlet();

  private readonly provide = new WidgetProviders(this);
  private readonly loader = new WidgetLoader(this, {
    started: (controller, catalogue) => this.started(controller, catalogue),
    failed: (kind, problem) => announceFailure(this, kind, problem),
    change: (snapshot, cause) => this.changed(snapshot, cause),
    messages: (messages) => this.provide.messages.setValue(messages),
  });

  /** The current profile (scores per axis and clé), or null before the catalogue is loaded. */
  get profile(): Profile | null {
    return this.snapshot?.profile ?? null;
  }

  /** The current answers (question id → value); empty before the catalogue is loaded. */
  get answers(): Answers {
    return this.snapshot?.state.answers ?? {};
  }

  /** Erases the diagnostic saved on this device and returns to the welcome view. */
  reset(): void {
    this.loader.controller?.restart();
  }

  /** The whole diagnostic as the JSON text of an export file (answers, context, selection). */
  exportDiagnostic(): string {
    return this.loaded().exportText();
  }

  /**
   * Replaces the diagnostic by an exported one (a File, its text or its parsed object).
   * Rejects with an `ImportError` in French and keeps the current diagnostic when it is unreadable.
   */
  async importDiagnostic(source: File | string | object): Promise<void> {
    await this.loaded().importSource(source);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) return;
    if (changed.has('lang')) this.loader.changeLanguage();
    if (changed.has('catalogueSrc') || changed.has('storageKey')) void this.loader.load();
    else if (changed.has('mode') && this.mode === 'session')
      this.loader.controller?.goTo('session');
  }

  protected override updated(): void {
    if (!this.pendingFocus) return;
    this.pendingFocus = false;
    const view = this.renderRoot.querySelector<DiagnosticView>('[data-view]');
    void view?.updateComplete.then(() => view.focusHeading(this.returningFrom));
  }

  private loaded(): DiagnosticController {
    if (this.loader.controller) return this.loader.controller;
    throw new Error('Le diagnostic n’est pas encore chargé.');
  }

  private started(controller: DiagnosticController, catalogue: Catalogue): void {
    this.provide.actions.setValue(
      createActions(controller, {
        started: () => this.loader.prefetch(),
        imported: () => (this.status = messagesFor(this.lang).actions.importDone),
        messages: () => messagesFor(this.lang),
      }),
    );
    // The facilitator's page opens on the session, without moving focus on page load; opened from
    // the session's join link (a respondent's phone), it opens on the questionnaire instead.
    if (this.mode === 'session' && !joinedVersion(globalThis.location?.hash))
      controller.goTo('session');
    this.pendingFocus = false;
    this.publish(controller.current);
    announceNotices(this, [], controller.current.notices);
    void whenRendered(this).then(() => {
      if (this.readyFired || this.loader.controller !== controller) return;
      this.readyFired = true;
      announceReady(this, catalogue);
    });
  }

  private changed(snapshot: DiagnosticSnapshot, cause: ChangeCause): void {
    const before = this.snapshot;
    this.publish(snapshot);
    const { completed } = announceChange(this, before, snapshot, cause);
    if (completed) void this.fireComplete();
    if (cause.type === 'answer') this.status = progressStatus(messagesFor(this.lang), snapshot);
    if (cause.type === 'navigate' || cause.type === 'reset' || cause.type === 'import') {
      this.pendingFocus = true;
      // Back from a fiche, focus returns to where it was opened from, not to the top of the list.
      this.returningFrom = before?.view === 'fiche' ? before.ficheId : null;
    }
  }

  private publish(snapshot: DiagnosticSnapshot): void {
    this.snapshot = snapshot;
    this.provide.snapshot.setValue(snapshot);
    if (!this.loader.hasChunksFor(snapshot.view)) void this.loader.ensureChunksFor(snapshot.view);
  }

  /** The complete event carries recommendations, which may still be loading. */
  private async fireComplete(): Promise<void> {
    const controller = this.loader.controller;
    await this.loader.ensureChunksFor('profile');
    if (controller && controller === this.loader.controller)
      announceComplete(this, controller.current);
  }

  override render() {
    const lang = langOf(this.lang);
    const loading = html`<p class="loading" role="status">${messagesFor(lang).loading}</p>`;
    const load = this.loader.state;
    if (load.status === 'failed') {
      const failure = renderFailure(load.problem, load.panel, () => void this.loader.load());
      return html`<div class="root" part="root" lang=${lang}>${failure}</div>`;
    }
    const snapshot = this.snapshot;
    if (load.status === 'loading' || !snapshot)
      return html`<div class="root" part="root" lang=${lang}>${loading}</div>`;
    const view = this.loader.hasChunksFor(snapshot.view)
      ? this.outlet.elementFor(snapshot.view, load.controller)
      : loading;
    const projector = snapshot.view === 'session' && snapshot.sessionUi.projector;
    return html`
      <div class=${projector ? 'root projector' : 'root'} part="root" lang=${lang}>
        <perseverance-nav></perseverance-nav>
        <perseverance-notices></perseverance-notices>
        ${view}
        <div class="visually-hidden" role="status">${this.status}</div>
        <perseverance-footer></perseverance-footer>
      </div>
    `;
  }
}

defineElement('perseverance-diagnostic', PerseveranceDiagnostic);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-diagnostic': PerseveranceDiagnostic;
  }
}
