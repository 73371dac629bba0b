import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { LEVELS } from '../../src/catalogue/constants.js';
import { defaultQuestionnaire, loadDefaultContent } from '../catalogue/default-catalogue.js';
import type { CatalogueContent } from '../catalogue/default-catalogue.js';
import type { Answers } from '../../src/diagnostic/answers.js';
import type { Profile } from '../../src/diagnostic/profile.js';
import { ImportError } from '../../src/exchange/errors.js';
import { SavedStateError } from '../../src/storage/errors.js';
import type { SavedState } from '../../src/storage/schema.js';
import { actionsContext, diagnosticContext, messagesContext } from './context.js';
import type { DiagnosticSnapshot, Layout, ViewId } from './context.js';
import { DiagnosticController } from './diagnostic-controller.js';
import type { ChangeCause } from './diagnostic-controller.js';
import { loadCatalogue } from './catalogue-loader.js';
import type { CatalogueProblem } from './catalogue-loader.js';
import { defineElement } from './define.js';
import {
  PerseveranceChangeEvent,
  PerseveranceCompleteEvent,
  PerseveranceErrorEvent,
  PerseveranceReadyEvent,
  PerseveranceSelectionChangeEvent,
} from './events.js';
import { loadMessages, loadViewMessages, messagesFor } from '../i18n/index.js';
import type { Messages } from '../i18n/fr.js';
import { sharedStyles } from '../styles/shared.js';
import '../journey/perseverance-welcome.js';
import '../journey/perseverance-questionnaire.js';
import './perseverance-notices.js';

const LATE_VIEWS: readonly ViewId[] = [
  'profile',
  'recommendations',
  'fiche',
  'resources',
  'session',
  'plan',
];

/** Views with a chunk of their own, on top of the shared late views. */
const OWN_CHUNKS: Partial<Record<ViewId, () => Promise<unknown>>> = {
  session: () => import('../session/index.js'),
  plan: () => import('../plan/index.js'),
};

interface FocusableView extends HTMLElement {
  focusHeading?: (returningFrom?: string | null) => void;
}

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
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: var(--_font-size);
        container-type: inline-size;
      }
      .root {
        background: var(--_bg);
        color: var(--_text);
        border: 1px solid var(--_border-light);
        border-radius: var(--_radius);
        padding: var(--_space);
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em;
        list-style: none;
        margin: 0 0 1em;
        padding: 0 0 0.5em;
        border-bottom: 1px solid var(--_border-light);
      }
      nav button[aria-current='page'] {
        background: var(--_bg-action);
        color: var(--_text-inverted);
      }
      footer {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em 1em;
        margin-top: 1.5em;
        padding-top: 0.75em;
        border-top: 1px solid var(--_border-light);
        font-size: 0.9375em;
      }
      .save-status {
        margin: 0 auto 0 0;
        color: var(--_text-mention);
      }
      .save-status.memory {
        color: var(--_error);
      }
      .loading {
        padding: 2em 0;
      }
      input[type='file'] {
        display: none !important;
      }
      @media print {
        nav,
        footer,
        .no-print {
          display: none !important;
        }
        .root {
          border: none;
          padding: 0;
        }
      }
    `,
  ];

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
  @state() private problem: CatalogueProblem | null = null;
  /** The fiche the user just closed, for the view that gets focus next. */
  private returningFrom: string | null = null;
  /** `parseSavedState`, loaded once this browser is seen to hold a save. */
  private readSavedState: ((text: string) => SavedState) | null = null;
  private errorPanelLoaded = false;
  @state() private lateViewsLoaded = false;
  @state() private ownChunksLoaded: ReadonlySet<ViewId> = new Set();
  @state() private status = '';

  private controller: DiagnosticController | null = null;
  private loadToken = 0;
  private loadAbort: AbortController | null = null;
  private readyFired = false;
  private content: Promise<CatalogueContent | null> | null = null;
  private lateParts: Promise<void> | null = null;
  private pendingFocus = false;

  private readonly diagnosticProvider = new ContextProvider(this, { context: diagnosticContext });
  private readonly actionsProvider = new ContextProvider(this, { context: actionsContext });
  private readonly messagesProvider = new ContextProvider(this, {
    context: messagesContext,
    initialValue: messagesFor('fr'),
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
    this.controller?.restart();
  }

  /** The whole diagnostic as the JSON text of an export file (answers, context, selection). */
  exportDiagnostic(): string {
    if (!this.controller) throw new Error('Le diagnostic n’est pas encore chargé.');
    return this.controller.exportText();
  }

  /**
   * Replaces the diagnostic by an exported one (a File, its text or its parsed object).
   * Rejects with an `ImportError` in French and keeps the current diagnostic when it is unreadable.
   */
  async importDiagnostic(source: File | string | object): Promise<void> {
    if (!this.controller) throw new Error('Le diagnostic n’est pas encore chargé.');
    if (typeof File !== 'undefined' && source instanceof File)
      await this.controller.importFile(source);
    else if (typeof source === 'string') await this.controller.importText(source);
    else await this.controller.importObject(source);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.controller && !this.problem) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) {
      this.messagesProvider.setValue(this.messages);
      const load = this.lateViewsLoaded ? loadViewMessages : loadMessages;
      void load(this.lang).then(
        (messages) => {
          this.messagesProvider.setValue(messages);
          this.requestUpdate();
        },
        () => undefined, // Stay in French if the English strings cannot load.
      );
    }
    const reload = changed.has('catalogueSrc') || changed.has('storageKey');
    if (reload && this.hasUpdated) void this.load();
    else if (changed.has('mode') && this.hasUpdated && this.mode === 'session')
      this.controller?.goTo('session');
  }

  protected override updated(): void {
    if (this.pendingFocus) {
      this.pendingFocus = false;
      void this.focusCurrentView();
    }
  }

  private get messages(): Messages {
    return messagesFor(this.lang);
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.loadAbort?.abort();
    this.loadAbort = new AbortController();
    this.problem = null;
    await loadMessages(this.lang).catch(() => undefined);
    if (token !== this.loadToken) return;
    this.messagesProvider.setValue(this.messages);
    let catalogue: Catalogue = defaultQuestionnaire;
    this.content = null;
    this.lateParts = null;
    this.lateViewsLoaded = false;
    if (this.catalogueSrc) {
      const result = await loadCatalogue(this.catalogueSrc, this.messages, this.loadAbort.signal);
      if (token !== this.loadToken) return;
      if (!result.ok) {
        await this.failToStart(token, 'catalogue', result.problem);
        return;
      }
      catalogue = result.catalogue;
    }
    const storageKey = this.storageKey || `perseverance:${catalogue.id}`;
    // The saved-state reader carries its schema (and zod): a first visit never loads it.
    if (!this.readSavedState && holdsSave(storageKey)) {
      const reader = await import('../../src/storage/saved-state.js').then(
        (module) => module.parseSavedState,
        () => null,
      );
      if (token !== this.loadToken) return;
      if (!reader) {
        // Starting without it would set the save aside as unreadable: wait for a reload instead.
        const message = this.messages.errors.savedStateReader;
        await this.failToStart(token, 'storage', { message, issues: [], remedy: 'reload' });
        return;
      }
      this.readSavedState = reader;
    }
    // Same task as the check above: what the store reads is what was checked.
    this.start(catalogue, storageKey);
  }

  /** Shows why the diagnostic cannot start, in place of the views, and tells the host page. */
  private async failToStart(
    token: number,
    kind: 'catalogue' | 'storage',
    problem: CatalogueProblem,
  ): Promise<void> {
    // The panel is only needed on failure: it loads then. Without it, the message alone shows.
    this.errorPanelLoaded = await import('../failure/perseverance-error-panel.js').then(
      () => true,
      () => false,
    );
    if (token !== this.loadToken) return;
    this.controller = null;
    this.snapshot = null;
    this.problem = problem;
    const { message, issues } = problem;
    // A catalogue's problems are listed (maybe none, for a network error); storage has none.
    this.dispatchEvent(
      new PerseveranceErrorEvent(
        kind === 'catalogue' ? { kind, message, issues } : { kind, message },
      ),
    );
  }

  private start(catalogue: Catalogue, storageKey: string): void {
    this.controller = new DiagnosticController({
      catalogue,
      storageKey,
      storage: () => globalThis.localStorage,
      parseSavedState: this.readSavedState ?? unexpectedSave,
      layout: this.layout === 'page' ? 'page' : 'steps',
      presetLevels: (this.levels ?? '')
        .split(/\s+/)
        .filter((level) => (LEVELS as readonly string[]).includes(level)),
      presetVersion: this.version === 'court' || this.version === 'complet' ? this.version : null,
      onChange: (snapshot, cause) => this.handleChange(snapshot, cause),
    });
    this.actionsProvider.setValue(this.actionsFor(this.controller));
    if (this.mode === 'session') {
      // The facilitator's page opens on the session, without moving focus on page load.
      this.controller.goTo('session');
      this.pendingFocus = false;
    }
    this.publish(this.controller.current);
    // One page (`layout="page"`): the questions show at once, with no « Commencer » to prefetch on.
    if (this.controller.current.view === 'questionnaire') this.prefetchLateParts();
    for (const notice of this.controller.current.notices) {
      this.dispatchEvent(new PerseveranceErrorEvent({ kind: 'storage', message: notice.message }));
    }
    void this.updateComplete.then(async () => {
      // The view renders after this element and its questions after the view: ready once done.
      await this.renderRoot.querySelector<LitElement>('[data-view]')?.updateComplete;
      if (this.readyFired || !this.controller) return;
      this.readyFired = true;
      this.dispatchEvent(
        new PerseveranceReadyEvent({
          catalogueId: catalogue.id,
          questionCount: catalogue.questions.length,
        }),
      );
    });
  }

  /** Wraps the controller so views' calls also drive events, focus and the status region. */
  private actionsFor(controller: DiagnosticController) {
    return {
      answer: controller.answer.bind(controller),
      updateContext: controller.updateContext.bind(controller),
      start: () => {
        controller.start();
        this.prefetchLateParts();
      },
      restart: controller.restart.bind(controller),
      goTo: controller.goTo.bind(controller),
      goToStep: controller.goToStep.bind(controller),
      openFiche: controller.openFiche.bind(controller),
      setRetained: controller.setRetained.bind(controller),
      setDone: controller.setDone.bind(controller),
      dismissNotice: controller.dismissNotice.bind(controller),
      update: controller.update.bind(controller),
      notify: controller.notify.bind(controller),
      exportDiagnostic: () => this.downloadExport(),
      importFile: (file: File) => this.importFromUser(file),
    };
  }

  private handleChange(snapshot: DiagnosticSnapshot, cause: ChangeCause): void {
    const before = this.snapshot;
    this.publish(snapshot);
    const messages = this.messages;
    if (cause.type === 'answer') {
      this.dispatchEvent(
        new PerseveranceChangeEvent({
          questionId: cause.questionId,
          answers: snapshot.state.answers,
        }),
      );
      const { answered, total } = snapshot.answered;
      this.status = `${messages.save.saved} — ${messages.questionnaire.progress(answered, total)}`;
      if (before && before.answered.answered < total && answered === total) {
        void this.fireComplete();
      }
    }
    if (cause.type === 'selection') {
      this.dispatchEvent(
        new PerseveranceSelectionChangeEvent({
          retained: snapshot.state.selection.retained,
          done: snapshot.state.selection.done,
        }),
      );
    }
    if (cause.type === 'navigate' || cause.type === 'reset' || cause.type === 'import') {
      this.pendingFocus = true;
      // Back from a fiche, focus returns to where it was opened from, not to the top of the list.
      this.returningFrom = before?.view === 'fiche' ? before.ficheId : null;
    }
    const added = snapshot.notices.filter(
      (notice) => !before?.notices.some((old) => old.id === notice.id),
    );
    for (const notice of added) {
      this.dispatchEvent(
        new PerseveranceErrorEvent({
          kind: notice.id.startsWith('import') ? 'import' : 'storage',
          message: notice.message,
        }),
      );
    }
  }

  private publish(snapshot: DiagnosticSnapshot): void {
    this.snapshot = snapshot;
    this.diagnosticProvider.setValue(snapshot);
    if (LATE_VIEWS.includes(snapshot.view) && !this.lateViewsLoaded) void this.loadLateParts();
    const ownChunk = OWN_CHUNKS[snapshot.view];
    if (ownChunk && !this.ownChunksLoaded.has(snapshot.view))
      void this.loadOwnChunk(snapshot.view, ownChunk);
  }

  private async loadOwnChunk(view: ViewId, load: () => Promise<unknown>): Promise<void> {
    try {
      await load();
      this.ownChunksLoaded = new Set([...this.ownChunksLoaded, view]);
    } catch {
      this.controller?.addNotice({
        id: 'late-views',
        tone: 'error',
        message: this.messages.errors.lateParts,
      });
    }
  }

  /**
   * Fetches the later views while the team answers, so the profile opens at once — when the page
   * is idle, so that evaluating them never delays a click. A view that needs them first (or the
   * last answer's complete event) loads them at once.
   */
  private prefetchLateParts(): void {
    const load = () => void this.loadLateParts();
    if (typeof globalThis.requestIdleCallback === 'function')
      globalThis.requestIdleCallback(load, { timeout: LATE_PARTS_IDLE_TIMEOUT_MS });
    else setTimeout(load, LATE_PARTS_FALLBACK_DELAY_MS);
  }

  /** The views after the questionnaire, the recommender and the built-in catalogue's content. */
  private loadLateParts(): Promise<void> {
    const controller = this.controller;
    if (!controller) return Promise.resolve();
    this.lateParts ??= (async () => {
      try {
        // The built-in catalogue's fiches, actions and resources: not needed before this.
        this.content ??= this.catalogueSrc ? Promise.resolve(null) : loadDefaultContent();
        const [views, content] = await Promise.all([
          import('../results/index.js'),
          this.content,
          loadViewMessages(this.lang),
        ]);
        if (controller !== this.controller) return;
        this.messagesProvider.setValue(this.messages);
        controller.enableRecommendations(views.recommend, {
          ...controller.current.catalogue,
          ...(content ?? {}),
        });
        this.lateViewsLoaded = true;
      } catch {
        this.lateParts = null;
        controller.addNotice({
          id: 'late-views',
          tone: 'error',
          message: this.messages.errors.lateParts,
        });
      }
    })();
    return this.lateParts;
  }

  /** The complete event carries recommendations, which may still be loading. */
  private async fireComplete(): Promise<void> {
    await this.loadLateParts();
    const snapshot = this.controller?.current;
    if (!snapshot) return;
    this.dispatchEvent(
      new PerseveranceCompleteEvent({
        profile: snapshot.profile,
        recommendations: snapshot.recommendations.slice(0, 5),
      }),
    );
  }

  private async focusCurrentView(): Promise<void> {
    const view = this.renderRoot.querySelector<FocusableView>('[data-view]');
    if (!view) return;
    await (view as unknown as LitElement).updateComplete;
    view.focusHeading?.(this.returningFrom);
  }

  private downloadExport(): void {
    if (!this.controller) return;
    const text = this.controller.exportText();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    const date = new Date().toISOString().slice(0, 10);
    link.href = url;
    link.download = `diagnostic-perseverance-${date}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private async importFromUser(file: File): Promise<void> {
    if (!this.controller) return;
    try {
      await this.controller.importFile(file);
      this.controller.dismissNotice('import-error');
      this.status = this.messages.actions.importDone;
    } catch (error) {
      const message = error instanceof ImportError ? error.message : String(error);
      this.controller.addNotice({ id: 'import-error', tone: 'error', message });
    }
  }

  private handleFileChosen(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.importFromUser(file);
  }

  private chooseFile() {
    this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click();
  }

  private renderView(snapshot: DiagnosticSnapshot) {
    const late = LATE_VIEWS.includes(snapshot.view);
    const waitingForChunk =
      OWN_CHUNKS[snapshot.view] !== undefined && !this.ownChunksLoaded.has(snapshot.view);
    if ((late && !this.lateViewsLoaded) || waitingForChunk) {
      return html`<p class="loading" role="status">${this.messages.loading}</p>`;
    }
    switch (snapshot.view) {
      case 'welcome':
        return html`<perseverance-welcome data-view></perseverance-welcome>`;
      case 'questionnaire':
        return html`<perseverance-questionnaire data-view></perseverance-questionnaire>`;
      case 'profile':
        return html`<perseverance-profile data-view></perseverance-profile>`;
      case 'recommendations':
        return html`<perseverance-recommendations data-view></perseverance-recommendations>`;
      case 'fiche':
        return html`<perseverance-fiche data-view></perseverance-fiche>`;
      case 'resources':
        return html`<perseverance-resources data-view></perseverance-resources>`;
      case 'session':
        return html`<perseverance-session data-view></perseverance-session>`;
      case 'plan':
        return html`<perseverance-plan data-view></perseverance-plan>`;
    }
  }

  private renderNav(snapshot: DiagnosticSnapshot) {
    const messages = this.messages;
    const items: [ViewId, string][] = [
      ['welcome', messages.nav.welcome],
      ['questionnaire', messages.nav.questionnaire],
      ['profile', messages.nav.profile],
      ['recommendations', messages.nav.recommendations],
      ['resources', messages.nav.resources],
      ['plan', messages.nav.plan],
      ['session', messages.nav.session],
    ];
    const current = snapshot.view === 'fiche' ? 'recommendations' : snapshot.view;
    return html`
      <nav aria-label=${messages.nav.label} part="nav">
        <ul>
          ${items.map(
            ([view, label]) => html`
              <li>
                <button
                  type="button"
                  aria-current=${current === view ? 'page' : nothing}
                  @click=${() => this.controller?.goTo(view)}
                >
                  ${label}
                </button>
              </li>
            `,
          )}
        </ul>
      </nav>
    `;
  }

  override render() {
    const messages = this.messages;
    const lang = this.lang === 'en' ? 'en' : 'fr';
    if (this.problem && !this.errorPanelLoaded) {
      return html`<div class="root" part="root" lang=${lang}>
        <p role="alert">${this.problem.message}</p>
        ${this.problem.issues.map((issue) => html`<p>${issue.message}</p>`)}
      </div>`;
    }
    if (this.problem) {
      return html`<div class="root" part="root" lang=${lang}>
        <perseverance-error-panel
          .problem=${this.problem}
          @perseverance-retry=${() => void this.load()}
        ></perseverance-error-panel>
      </div>`;
    }
    const snapshot = this.snapshot;
    if (!snapshot) {
      return html`<div class="root" part="root" lang=${lang}>
        <p class="loading" role="status">${messages.loading}</p>
      </div>`;
    }
    const memory = snapshot.storageMode === 'memory';
    return html`
      <div class="root" part="root" lang=${lang}>
        ${this.renderNav(snapshot)}
        <perseverance-notices></perseverance-notices>
        ${this.renderView(snapshot)}
        <div class="visually-hidden" role="status">${this.status}</div>
        <footer part="footer">
          <p class=${memory ? 'save-status memory' : 'save-status'}>
            ${memory ? messages.save.memory : snapshot.savedAt ? `✓ ${messages.save.saved}` : ''}
          </p>
          <button type="button" @click=${() => this.downloadExport()}>
            ${messages.actions.export}
          </button>
          <button type="button" @click=${this.chooseFile}>${messages.actions.import}</button>
          <input
            type="file"
            accept="application/json,.json"
            tabindex="-1"
            aria-hidden="true"
            @change=${this.handleFileChosen}
          />
        </footer>
      </div>
    `;
  }
}

/** Longest wait for an idle moment before the later views load anyway. */
const LATE_PARTS_IDLE_TIMEOUT_MS = 5000;
/** Without `requestIdleCallback` (Safari before 18): after the first step has settled. */
const LATE_PARTS_FALLBACK_DELAY_MS = 1500;

/** Whether this browser holds a save under `key`; storage that cannot be read holds none. */
function holdsSave(key: string): boolean {
  try {
    return globalThis.localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

/**
 * The reader when `holdsSave` found nothing: the store reads in the same task, so it cannot find
 * a save either; if it ever did, the save is set aside (kept under a backup key), never lost.
 */
function unexpectedSave(): never {
  throw new SavedStateError('invalid', 'Sauvegarde illisible : apparue pendant le démarrage.');
}

defineElement('perseverance-diagnostic', PerseveranceDiagnostic);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-diagnostic': PerseveranceDiagnostic;
  }
}
