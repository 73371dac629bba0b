import type { Catalogue } from '../../src/catalogue/schema.js';
import { countAnswers } from '../../src/diagnostic/answers.js';
import type { AnswerCount, AnswerValue } from '../../src/diagnostic/answers.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import type { Profile } from '../../src/diagnostic/profile.js';
import type {
  EstablishmentContext,
  Recommendation,
  RecommendOptions,
} from '../../src/recommend/index.js';
import { createEmptyState } from '../../src/storage/empty-state.js';
import { MAX_LABEL } from '../../src/storage/limits.js';
import { boundedUserText } from '../../src/storage/text.js';
import type { StoragePort } from '../../src/storage/port.js';
import type { SavedState } from '../../src/storage/schema.js';
import type { StoreSync } from './store-late.js';
// The store, not the storage index: the index brings the saved-state schema (and zod) along.
import { createStateStore } from '../../src/storage/store.js';
import { keyed } from '../../src/storage/notices.js';
import { exportDiagnostic } from '../../src/exchange/export.js';
import type {
  DecisionActions,
  DiagnosticActions,
  DiagnosticSnapshot,
  Layout,
  Notice,
  NoticeAction,
  PlanActions,
  SessionActions,
  SessionUi,
  ViewId,
} from './context.js';
import { VIEW_IDS } from './views.js';

const STEP_COUNT = 4;
const RECOMMENDATION_LIMIT = 40;
const NO_SESSION_UI: SessionUi = { section: null, projector: false, ticks: [], ticksFor: null };

/**
 * What a feature's action group (session, plan) gets from the store: the current snapshot (its
 * state, its session view), the one way to change the state (a pure transition, then saved and
 * published), and the session view's place.
 */
export interface StateDoor {
  current(): DiagnosticSnapshot;
  /** Applies `transition`; when it returns the same object nothing is saved or published. */
  update(transition: (state: SavedState) => SavedState): void;
  setSessionUi(patch: Partial<SessionUi>): void;
  now(): Date;
}

/** The feature action groups, each registered by its chunk (`enable`). */
export interface FeatureActions {
  readonly session: SessionActions;
  readonly plan: PlanActions;
  /** The comparison and its ratings, registered by the results' chunk. */
  readonly decision: DecisionActions;
}

export interface ControllerOptions {
  readonly catalogue: Catalogue;
  readonly storageKey: string;
  readonly storage: () => StoragePort | null | undefined;
  /** Reads what `storage` holds (`parseSavedState`): needed only when something was saved. */
  readonly parseSavedState: (text: string) => SavedState;
  /**
   * Loads the reader when `parseSavedState` is a stand-in (a first visit does not load it): when
   * another tab saves under the same key, its save must be read.
   */
  readonly loadReader?: () => Promise<(text: string) => SavedState>;
  readonly layout: Layout;
  readonly presetLevels: readonly string[];
  readonly presetVersion: 'complet' | 'court' | null;
  /** Called with every new snapshot and what caused it. */
  readonly onChange: (snapshot: DiagnosticSnapshot, cause: ChangeCause) => void;
  readonly now?: () => Date;
}

/** `recommend` from the engine, injected once the late views' chunk has loaded. */
export type Recommender = (
  catalogue: Catalogue,
  profile: Profile,
  context: EstablishmentContext,
  options?: RecommendOptions,
) => Recommendation[];

export type ChangeCause =
  | { readonly type: 'answer'; readonly questionId: string }
  | { readonly type: 'navigate' }
  | { readonly type: 'selection' }
  | { readonly type: 'context' }
  | { readonly type: 'reset' }
  | { readonly type: 'import' }
  | { readonly type: 'notice' }
  | { readonly type: 'content' }
  | { readonly type: 'update' }
  | { readonly type: 'session-ui' };

/**
 * Owns one widget's diagnostic: the saved state, its persistence and the derived profile and
 * recommendations. Views only see immutable snapshots and call these actions.
 */
/*
 * The download itself (`exportDiagnostic`) is the element's: it needs the DOM; so is `importFile`
 * (`widget-actions.ts`: `importFileAsking`, then the status or an error notice).
 */
/*
 * A part of this store loads later (`LATER_IN_APP` in scripts/build/chunks.ts), out of the first
 * view: `store-late.ts` (other tabs' and widgets' saves, the merge of a stale save; imports, and
 * the footer import's choice). The members they use are marked « @internal »:
 * public to them, not to views (which only see snapshots and `DiagnosticActions`).
 */
export class DiagnosticController implements Omit<
  DiagnosticActions,
  'exportDiagnostic' | 'importFile' | 'downloadCopy'
> {
  /** @internal */
  readonly store;
  private snapshot: DiagnosticSnapshot;
  /** The saved-state reader; `options.loadReader` replaces a stand-in when needed. */
  private parse: (text: string) => SavedState;
  private readerLoaded = false;
  /**
   * @internal A conflict with another tab's save is being settled: saves wait for it (kept in
   * memory).
   */
  settling = false;
  /** @internal A footer import waiting for the user's choice, and what « Annuler » restores. */
  pendingImport: SavedState | null = null;
  /** @internal */
  undoState: SavedState | null = null;
  /** Tells the other tabs and widgets of this key that a save happened (none: storage events). */
  private channel: BroadcastChannel | null = null;
  /** Another tab or widget saved: followed by the part that loads then (`store-late.ts`). */
  private readonly onExternalSave = (event: Event) => {
    if (event.type === 'storage' && (event as StorageEvent).key !== this.options.storageKey) return;
    void this.loadSync().then((sync) => sync?.followExternalSave());
  };
  /** The part for other tabs' saves and stale saves, loaded when first needed (`loadSync`). */
  private sync: Promise<StoreSync | null> | null = null;
  /** @internal */
  catalogue: Catalogue;
  private recommender: Recommender | null = null;
  /** The feature action groups, registered by their chunks when they load. */
  private readonly features: { -readonly [K in keyof FeatureActions]?: FeatureActions[K] } = {};
  /**
   * @internal When this page last saved, or when the resumed diagnostic was: what the footer
   * reports.
   */
  lastSave: string | null = null;
  /** What `derived` was computed from: answers, context (version, levels, publics), done fiches. */
  private derivedFor: readonly unknown[] | null = null;
  private derived!: {
    profile: () => Profile;
    recommendations: () => readonly Recommendation[];
    establishment: EstablishmentContext;
    answered: AnswerCount;
  };

  /** @param options `@internal` for `store-late.ts` (the key and the storage). */
  constructor(readonly options: ControllerOptions) {
    this.catalogue = options.catalogue;
    this.parse = options.parseSavedState;
    this.readerLoaded = !options.loadReader;
    // A save for another catalogue is set aside with a notice, never scored against this one.
    this.store = createStateStore({
      key: options.storageKey,
      port: options.storage,
      parse: (text) => this.parse(text),
      catalogueId: this.catalogue.id,
    });
    const loaded = this.store.load();
    const notices: Notice[] = [];
    if (loaded.notice)
      notices.push({
        id: `storage-${loaded.notice.kind}`,
        tone: 'warning',
        storage: loaded.notice,
      });
    const fresh = !loaded.state;
    const state = loaded.state ?? this.emptyState();
    const resumable = !fresh && Object.keys(state.answers).length > 0;
    this.lastSave = resumable ? state.savedAt : null;
    this.snapshot = this.build(state, {
      // One page (projector, print): the questions at once; the welcome stays in the nav.
      view: options.layout === 'page' && !resumable ? 'questionnaire' : 'welcome',
      step: 0,
      ficheId: null,
      notices,
      hasSavedProgress: resumable,
      visitedSteps: [],
      sessionUi: NO_SESSION_UI,
    });
  }

  get current(): DiagnosticSnapshot {
    return this.snapshot;
  }

  /**
   * Listens for saves under the same key by other tabs (the `storage` event) and by other widgets
   * of this page (`BroadcastChannel`, which also reaches other tabs): while connected. What follows
   * such a save (`store-late.ts`) loads when the first one is announced.
   */
  connect(): void {
    if (this.channel || typeof globalThis.addEventListener !== 'function') return;
    globalThis.addEventListener('storage', this.onExternalSave);
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(`perseverance-diagnostic:${this.options.storageKey}`);
      this.channel.addEventListener('message', this.onExternalSave);
    }
  }

  disconnect(): void {
    globalThis.removeEventListener?.('storage', this.onExternalSave);
    this.channel?.close();
    this.channel = null;
  }

  /** True once the full catalogue and the recommender are in: recommendations are real. */
  get recommendationsReady(): boolean {
    return this.recommender !== null;
  }

  /**
   * Completes the catalogue (the built-in one arrives in two parts) and turns recommendations on.
   * The questionnaire part must be the same: answers keep their meaning.
   */
  enableRecommendations(recommender: Recommender, catalogue: Catalogue): void {
    this.recommender = recommender;
    this.catalogue = catalogue;
    this.derivedFor = null;
    this.snapshot = this.build(this.snapshot.state, this.ui());
    this.options.onChange(this.snapshot, { type: 'content' });
  }

  /**
   * Registers a feature's actions, built by its chunk (which brings the domain transitions: the
   * first view does not load them) around this store's one door. Once per controller.
   */
  enable<K extends keyof FeatureActions>(
    name: K,
    create: (door: StateDoor) => FeatureActions[K],
  ): void {
    this.features[name] ??= create({
      current: () => this.snapshot,
      update: (transition) => this.update(transition),
      setSessionUi: (patch) => {
        this.snapshot = this.withUi({ sessionUi: { ...this.snapshot.sessionUi, ...patch } });
        this.options.onChange(this.snapshot, { type: 'session-ui' });
      },
      now: () => this.now(),
    });
  }

  /** The session's actions; throws before its chunk has loaded (only its views call them). */
  get session(): SessionActions {
    return this.feature('session');
  }

  get plan(): PlanActions {
    return this.feature('plan');
  }

  get decision(): DecisionActions {
    return this.feature('decision');
  }

  // ——— Actions ———

  answer(questionId: string, value: AnswerValue): void {
    const answers = { ...this.snapshot.state.answers, [questionId]: value };
    this.commit({ ...this.snapshot.state, answers }, {}, { type: 'answer', questionId });
  }

  updateContext(patch: Partial<SavedState['context']>): void {
    // Bounded as the reader bounds it (a name set by script could exceed the field's maxlength).
    if (patch.establishmentName !== undefined)
      patch = {
        ...patch,
        // Closed first, then bounded: the name never reverses the text shown around it.
        establishmentName: boundedUserText(String(patch.establishmentName), MAX_LABEL),
      };
    this.commit(
      { ...this.snapshot.state, context: { ...this.snapshot.state.context, ...patch } },
      {},
      { type: 'context' },
    );
  }

  start(): void {
    const step = this.snapshot.hasSavedProgress ? this.snapshot.state.progress.step : 0;
    this.navigate('questionnaire', { step: clampStep(step), hasSavedProgress: false });
  }

  restart(): void {
    this.store.clear();
    const kept = this.snapshot.state.context;
    const state = this.persist(this.emptyState({ ...kept }));
    this.snapshot = this.build(state, {
      ...this.ui(),
      view: 'welcome',
      step: 0,
      ficheId: null,
      hasSavedProgress: false,
      visitedSteps: [],
    });
    this.options.onChange(this.snapshot, { type: 'reset' });
  }

  goTo(view: ViewId): void {
    if (!VIEW_IDS.includes(view)) return;
    this.navigate(view, {});
  }

  goToStep(step: number): void {
    this.navigate('questionnaire', { step: clampStep(step) });
  }

  openFiche(id: string): void {
    this.navigate('fiche', { ficheId: id });
  }

  setRetained(id: string, retained: boolean): void {
    this.updateSelection('retained', id, retained);
  }

  setDone(id: string, done: boolean): void {
    this.updateSelection('done', id, done);
  }

  /** The one path for domain transitions: applied, saved, published (no public event). */
  private update(transition: (state: SavedState) => SavedState): void {
    const next = transition(this.snapshot.state);
    if (next === this.snapshot.state) return;
    // Answers cleared for the next respondent (« passer la tablette »): their flags go too.
    const cleared = Object.keys(next.answers).length === 0;
    this.commit(next, cleared ? { visitedSteps: [], step: 0 } : {}, { type: 'update' });
  }

  notify(notice: Notice): void {
    this.addNotice(notice);
  }

  dismissNotice(id: string): void {
    const notices = this.snapshot.notices.filter((notice) => notice.id !== id);
    this.snapshot = this.withUi({ notices });
    this.options.onChange(this.snapshot, { type: 'notice' });
  }

  /** The whole diagnostic as the JSON text of an export file. */
  exportText(): string {
    return exportDiagnostic(this.snapshot.state, { exportedAt: this.now().toISOString() });
  }

  /**
   * An export as a chosen File, its text or its parsed object: replaces the diagnostic; throws
   * ImportError and keeps the current one (`store-late.ts`, loaded then).
   */
  async importSource(source: File | string | object): Promise<void> {
    return (await import('./store-late.js')).importSource(this, source);
  }

  /**
   * The footer's import: over work in progress, a file that differs waits for the user's choice
   * (a notice: replace, add as respondents, or not import); returns whether it was applied now.
   * Throws ImportError for a file that cannot be read, like `importFile`.
   */
  async importFileAsking(file: File): Promise<boolean> {
    return (await import('./store-late.js')).importFileAsking(this, file);
  }

  noticeAction(id: string, action: NoticeAction): void {
    void import('./store-late.js').then((asking) => asking.runNoticeAction(this, id, action));
  }

  replaceState(imported: SavedState): void {
    const state = this.persist(imported);
    this.snapshot = this.build(state, {
      ...this.ui(),
      view: 'profile',
      hasSavedProgress: false,
      visitedSteps: [],
    });
    this.options.onChange(this.snapshot, { type: 'import' });
  }

  addNotice(notice: Notice): void {
    const notices = [...this.snapshot.notices.filter((n) => n.id !== notice.id), notice];
    this.snapshot = this.withUi({ notices });
    this.options.onChange(this.snapshot, { type: 'notice' });
  }

  // ——— Internals ———

  private feature<K extends keyof FeatureActions>(name: K): FeatureActions[K] {
    const group = this.features[name];
    if (!group) throw new Error(`${name}: chunk not loaded`);
    return group;
  }

  /** @internal */
  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private emptyState(context?: Partial<SavedState['context']>): SavedState {
    const base = createEmptyState(this.catalogue);
    const levels = (context?.levels ??
      this.options.presetLevels) as SavedState['context']['levels'];
    return {
      ...base,
      context: {
        ...base.context,
        ...context,
        levels: [...levels],
        questionnaireVersion:
          context?.questionnaireVersion ??
          this.options.presetVersion ??
          base.context.questionnaireVersion,
      },
    };
  }

  /** The same state with other UI fields (a spread would compute the lazy profile). */
  private withUi(patch: Partial<ReturnType<DiagnosticController['ui']>>): DiagnosticSnapshot {
    return this.build(this.snapshot.state, { ...this.ui(), ...patch });
  }

  private ui() {
    const { view, step, ficheId, notices, hasSavedProgress, visitedSteps, sessionUi } =
      this.snapshot;
    return { view, step, ficheId, notices, hasSavedProgress, visitedSteps, sessionUi };
  }

  private navigate(view: ViewId, patch: Partial<ReturnType<DiagnosticController['ui']>>): void {
    const leaving = this.snapshot.view === 'questionnaire' ? this.snapshot.step : null;
    const nextStep = patch.step ?? this.snapshot.step;
    const visitedSteps =
      leaving !== null &&
      (view !== 'questionnaire' || nextStep !== leaving) &&
      !this.snapshot.visitedSteps.includes(leaving)
        ? [...this.snapshot.visitedSteps, leaving]
        : this.snapshot.visitedSteps;
    // Where the team is in the questionnaire is saved, so that « Reprendre » returns there.
    const state =
      view === 'questionnaire' || view === 'profile'
        ? this.persist({ ...this.snapshot.state, progress: { view, step: nextStep } })
        : this.snapshot.state;
    this.snapshot = this.build(state, {
      ...this.ui(),
      ...patch,
      view,
      step: nextStep,
      visitedSteps,
    });
    this.options.onChange(this.snapshot, { type: 'navigate' });
  }

  private updateSelection(list: 'retained' | 'done', id: string, on: boolean): void {
    const current = this.snapshot.state.selection[list];
    const next = on
      ? current.includes(id)
        ? current
        : [...current, id]
      : current.filter((item) => item !== id);
    if (next === current) return;
    const selection = { ...this.snapshot.state.selection, [list]: next };
    this.commit({ ...this.snapshot.state, selection }, {}, { type: 'selection' });
  }

  /** @internal */
  commit(
    state: SavedState,
    ui: Partial<ReturnType<DiagnosticController['ui']>>,
    cause: ChangeCause,
  ): void {
    const saved = this.persist(state);
    this.snapshot = this.build(saved, { ...this.ui(), ...ui });
    this.options.onChange(this.snapshot, cause);
  }

  /**
   * @internal Saves and returns the state as stored (with its new `savedAt`); storage trouble
   * becomes a notice.
   */
  persist(state: SavedState): SavedState {
    const stamped = { ...state, savedAt: this.now().toISOString() };
    // While a conflict is settled, changes stay in memory: the merge takes the latest of them.
    if (this.settling) return stamped;
    const result = this.store.save(stamped);
    if (result.conflict) {
      this.settling = true;
      const { stored, backupKey } = result.conflict;
      void this.loadSync().then((sync) =>
        sync ? sync.settleConflict(stored, backupKey) : this.settleAlone(stored),
      );
      return stamped;
    }
    if (result.persisted) this.channel?.postMessage(this.store.revision);
    this.lastSave = stamped.savedAt;
    if (
      result.notice &&
      !this.snapshot?.notices.some((n) => n.id === `storage-${result.notice?.kind}`)
    ) {
      const notice: Notice = {
        id: `storage-${result.notice.kind}`,
        tone: 'warning',
        storage: result.notice,
      };
      if (this.snapshot)
        this.snapshot = this.withUi({ notices: [...this.snapshot.notices, notice] });
    }
    return stamped;
  }

  /**
   * The part for other tabs' saves, loaded once; null when it cannot load (then other tabs' saves
   * are not followed, and a stale save is settled by `settleAlone`).
   */
  private loadSync(): Promise<StoreSync | null> {
    return (this.sync ??= import('./store-late.js').then(
      ({ StoreSync }) => new StoreSync(this),
      () => null,
    ));
  }

  /** @internal The saved-state reader, loaded first when it is a stand-in; null if it cannot load. */
  async reader(): Promise<((text: string) => SavedState) | null> {
    if (!this.readerLoaded && this.options.loadReader) {
      try {
        this.parse = await this.options.loadReader();
        this.readerLoaded = true;
      } catch {
        return null;
      }
    }
    return this.parse;
  }

  /**
   * @internal A copy a storage notice offers (`DiagnosticActions.downloadCopy`), as storage holds
   * it under `key`; null `key`: the unreadable save that could not be copied aside (kept in
   * memory). Null when it is gone.
   */
  copyText(key: string | null): string | null {
    if (key === null) return this.store.unsavedBackup;
    try {
      return this.options.storage()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  /** @internal Publishes `state` with `notices` after another tab's save. */
  publish(state: SavedState, notices: readonly Notice[]): void {
    this.snapshot = this.build(state, { ...this.ui(), notices });
    this.options.onChange(this.snapshot, { type: 'update' });
  }

  /**
   * @internal A stale save, settled without the merge (its part could not load): this tab's
   * version is saved, the newer one kept under a backup key that the notice offers.
   */
  settleAlone(stored: string): void {
    let latest = stored;
    try {
      latest = this.options.storage()?.getItem(this.options.storageKey) ?? stored;
    } catch {
      // What the conflict found is kept aside instead.
    }
    const backupKey = this.store.keepAside(latest);
    this.store.rebase(latest);
    this.settling = false;
    const saved = this.persist(this.snapshot.state);
    const notice: Notice = {
      id: 'storage-conflict',
      tone: 'warning',
      storage: { kind: 'unmerged', ...keyed(backupKey) },
    };
    this.publish(saved, [...this.snapshot.notices.filter((n) => n.id !== notice.id), notice]);
  }

  private build(state: SavedState, ui: ReturnType<DiagnosticController['ui']>): DiagnosticSnapshot {
    const catalogue = this.catalogue;
    const key = [state.answers, state.context, state.selection.done];
    if (!this.derivedFor?.every((item, index) => item === key[index])) {
      const version = state.context.questionnaireVersion;
      const establishment: EstablishmentContext = {
        levels: [...state.context.levels],
        ...(state.context.publics ? { publics: [...state.context.publics] } : {}),
        doneFicheIds: [...state.selection.done],
      };
      // Scored and ranked when first read (profile, late views, complete event), not on every
      // answer: the questionnaire only needs the count.
      let profile: Profile | undefined;
      let recommendations: readonly Recommendation[] | undefined;
      const levels = state.context.levels;
      const score = () =>
        (profile ??= computeProfile(catalogue, state.answers, { version, levels }));
      const rank = () =>
        (recommendations ??=
          this.recommender?.(catalogue, score(), establishment, {
            limit: RECOMMENDATION_LIMIT,
          }) ?? []);
      this.derived = {
        profile: score,
        recommendations: rank,
        establishment,
        answered: countAnswers(catalogue, state.answers, version, levels),
      };
      this.derivedFor = key;
    }
    const { profile, recommendations, establishment, answered } = this.derived;
    return {
      catalogue,
      state,
      get profile() {
        return profile();
      },
      get recommendations() {
        return recommendations();
      },
      establishment,
      answered,
      layout: this.options.layout,
      storageMode: this.store.mode,
      ...ui,
      savedAt: this.lastSave,
    };
  }
}

function clampStep(step: number): number {
  return Number.isInteger(step) ? Math.min(Math.max(step, 0), STEP_COUNT - 1) : 0;
}
