import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { LEVELS } from '../../src/catalogue/constants.js';
import { SavedStateError } from '../../src/storage/errors.js';
import type { SavedState } from '../../src/storage/schema.js';
import { joinCatalogue } from '../../src/catalogue/split.js';
import { defaultQuestionnaire, loadDefaultContent } from '../catalogue/default-catalogue.js';
import { loadMessages, messagesFor } from '../i18n/index.js';
import type { Messages } from '../i18n/index.js';
import type { CatalogueProblem } from './catalogue-loader.js';
import { DiagnosticController } from './diagnostic-controller.js';
import type { ChangeCause } from './diagnostic-controller.js';
import type { DiagnosticSnapshot, Layout } from './context.js';
import { viewEntry } from './views.js';
import type { FeatureChunk, ViewId } from './views.js';
import { joinedVersion } from '../../src/share/join-version.js';

/** What the root element exposes to its loader: its attributes. */
export interface LoaderHost extends ReactiveControllerHost {
  readonly catalogueSrc: string | null;
  readonly storageKey: string | null;
  readonly lang: string;
  readonly layout: Layout;
  readonly levels: string | null;
  readonly version: 'complet' | 'court' | null;
}

export type LoadState =
  | { readonly status: 'loading' }
  /** `panel`: whether the error panel's chunk loaded; without it, the message alone shows. */
  | { readonly status: 'failed'; readonly problem: CatalogueProblem; readonly panel: boolean }
  | { readonly status: 'ready'; readonly controller: DiagnosticController };

export interface LoaderEvents {
  /** A diagnostic started: its controller is ready, before its first snapshot is published. */
  started(controller: DiagnosticController, catalogue: Catalogue): void;
  failed(kind: 'catalogue' | 'storage', problem: CatalogueProblem): void;
  change(snapshot: DiagnosticSnapshot, cause: ChangeCause): void;
  /** The strings of the host's language, whenever more of them have loaded. */
  messages(messages: Messages): void;
}

/** Longest wait for an idle moment before the later views load anyway. */
const IDLE_TIMEOUT_MS = 5000;
/** Without `requestIdleCallback` (Safari before 18): after the first step has settled. */
const FALLBACK_DELAY_MS = 1500;
/**
 * The waits before each new attempt at a chunk that failed: a Wi-Fi drop of a few seconds is
 * bridged, a dead network is reported after about 5 s, and a chunk is never asked for more than
 * `CHUNK_RETRY_DELAYS_MS.length + 1` times in a page (then the notice offers a reload).
 */
export const CHUNK_RETRY_DELAYS_MS: readonly number[] = [1000, 4000];

/**
 * Loads one widget: its catalogue (the built-in one, or the host's), the saved-state reader when
 * the browser holds a save, then the feature chunks each view needs. A new `load()` cancels the
 * one in flight; a chunk that failed is tried again a few times, with growing waits between the
 * attempts (`CHUNK_RETRY_DELAYS_MS`), then reported once in French with « Recharger la page » and
 * not asked for again in this page, so a failure never turns into a request loop.
 */
export class WidgetLoader implements ReactiveController {
  state: LoadState = { status: 'loading' };
  private token = 0;
  private abort: AbortController | null = null;
  /** `parseSavedState`, loaded once this browser is seen to hold a save. */
  private readSavedState: ((text: string) => SavedState) | null = null;
  private readonly chunks = new Map<FeatureChunk, Promise<boolean>>();
  private readonly loadedChunks = new Set<FeatureChunk>();

  constructor(
    private readonly host: LoaderHost,
    private readonly events: LoaderEvents,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.state.status === 'loading' && !this.abort) void this.load();
    this.controller?.connect();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = null;
    this.controller?.disconnect();
  }

  get controller(): DiagnosticController | null {
    return this.state.status === 'ready' ? this.state.controller : null;
  }

  /** Whether every chunk `view` needs is in. */
  hasChunksFor(view: ViewId): boolean {
    return viewEntry(view).chunks.every((chunk) => this.loadedChunks.has(chunk));
  }

  /** Shows the strings of the host's new language: at once what is loaded, the rest when it is. */
  changeLanguage(): void {
    const lang = this.host.lang;
    this.events.messages(messagesFor(lang));
    void loadMessages(lang, [...this.loadedChunks]).then(
      // The last `lang` wins: strings for an older value that arrive late are dropped.
      (messages) => {
        if (this.host.lang === lang) this.events.messages(messages);
      },
      () => undefined, // Stay in French if the English strings cannot load.
    );
  }

  /** (Re)starts from the catalogue: on connection, and when `catalogue-src` or `storage-key` change. */
  async load(): Promise<void> {
    const token = ++this.token;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.chunks.clear();
    this.loadedChunks.clear();
    this.controller?.disconnect();
    this.setState({ status: 'loading' });
    const current = () => token === this.token;
    await loadMessages(this.host.lang).catch(() => undefined);
    if (!current()) return;
    const messages = messagesFor(this.host.lang);
    this.events.messages(messages);
    let catalogue: Catalogue = defaultQuestionnaire;
    const src = hostCatalogue(this.host);
    if (src) {
      // Only a host's own catalogue is fetched: the loader is not in the first view.
      const result = await import('./catalogue-loader.js').then(
        ({ loadCatalogue }) => loadCatalogue(src, messages, abort.signal),
        // The widget's part is missing, not the catalogue; a failed module import stays failed.
        () => ({
          ok: false as const,
          problem: {
            message: messages.errors.lateParts(messages.errors.latePart.catalogue, false),
            issues: [],
            remedy: 'reload' as const,
          },
        }),
      );
      if (!current()) return;
      if (!result.ok) return this.fail(token, 'catalogue', result.problem);
      catalogue = result.catalogue;
    }
    const storageKey = this.host.storageKey || `perseverance:${catalogue.id}`;
    // The saved-state reader carries its schema (and zod): a first visit never loads it.
    if (!this.readSavedState && holdsSave(storageKey)) {
      const reader = await import('../../src/storage/saved-state.js').then(
        // A bad field is left out (and reported), never the whole save.
        (module) => module.readSavedState,
        () => null,
      );
      if (!current()) return;
      // Starting without it would set the save aside as unreadable: wait for a reload instead.
      if (!reader) {
        const message = messages.errors.savedStateReader;
        return this.fail(token, 'storage', { message, issues: [], remedy: 'reload' });
      }
      this.readSavedState = reader;
    }
    // Same task as the check above: what the store reads is what was checked.
    this.start(catalogue, storageKey);
  }

  /** Loads what `view` needs; returns whether it is all in. */
  async ensureChunksFor(view: ViewId): Promise<boolean> {
    const needed = viewEntry(view).chunks;
    for (const chunk of needed) if (!(await this.ensureChunk(chunk))) return false;
    return true;
  }

  /**
   * Fetches the results' chunk while the team answers, so the profile opens at once — when the
   * page is idle, so that evaluating it never delays a click.
   */
  prefetch(): void {
    const load = () => void this.ensureChunk('results');
    if (typeof globalThis.requestIdleCallback === 'function')
      globalThis.requestIdleCallback(load, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(load, FALLBACK_DELAY_MS);
  }

  private start(catalogue: Catalogue, storageKey: string): void {
    const controller = new DiagnosticController({
      catalogue,
      storageKey,
      storage: () => globalThis.localStorage,
      parseSavedState: this.readSavedState ?? unexpectedSave,
      // Another tab may save under this key later: its save is read with the real reader.
      ...(this.readSavedState
        ? {}
        : {
            loadReader: () =>
              import('../../src/storage/saved-state.js').then(
                (module) => (this.readSavedState = module.readSavedState),
              ),
          }),
      layout: this.host.layout === 'page' ? 'page' : 'steps',
      presetLevels: (this.host.levels ?? '')
        .split(/\s+/)
        .filter((level) => (LEVELS as readonly string[]).includes(level)),
      // A join link's version first (the session's), then the host's attribute.
      presetVersion:
        joinedVersion(globalThis.location?.hash) ??
        (this.host.version === 'court' || this.host.version === 'complet'
          ? this.host.version
          : null),
      onChange: (snapshot, cause) => this.events.change(snapshot, cause),
    });
    this.setState({ status: 'ready', controller });
    controller.connect();
    this.events.started(controller, catalogue);
    // One page (`layout="page"`): the questions show at once, with no « Commencer » to prefetch on.
    if (controller.current.view === 'questionnaire') this.prefetch();
  }

  private async fail(
    token: number,
    kind: 'catalogue' | 'storage',
    problem: CatalogueProblem,
  ): Promise<void> {
    // The panel is only needed on failure: it loads then.
    const panel = await import('../failure/perseverance-error-panel.js').then(
      () => true,
      () => false,
    );
    if (token !== this.token) return;
    this.setState({ status: 'failed', problem, panel });
    this.events.failed(kind, problem);
  }

  /**
   * Loads one chunk once, with a few spaced-out attempts; a final failure is reported once, as a
   * notice naming the missing part, and not retried (the views wait for a reload).
   */
  private ensureChunk(chunk: FeatureChunk): Promise<boolean> {
    const controller = this.controller;
    if (!controller) return Promise.resolve(false);
    let loading = this.chunks.get(chunk);
    if (!loading) {
      loading = this.loadChunkWithRetries(chunk, controller).then(
        () => {
          if (controller !== this.controller) return false;
          this.loadedChunks.add(chunk);
          this.host.requestUpdate();
          return true;
        },
        () => {
          if (controller === this.controller) {
            const { errors } = messagesFor(this.host.lang);
            const message = errors.lateParts(errors.latePart[chunk]);
            controller.addNotice({
              id: `late-${chunk}`,
              tone: 'error',
              message,
              actions: ['reload'],
            });
          }
          return false;
        },
      );
      this.chunks.set(chunk, loading);
    }
    return loading;
  }

  private async loadChunkWithRetries(
    chunk: FeatureChunk,
    controller: DiagnosticController,
  ): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.loadChunk(chunk, controller);
      } catch (error) {
        const wait = CHUNK_RETRY_DELAYS_MS[attempt];
        if (wait === undefined || controller !== this.controller) throw error;
        // A timer, never a microtask loop: the host page runs between attempts.
        await new Promise((resolve) => setTimeout(resolve, wait));
        if (controller !== this.controller) throw error;
      }
    }
  }

  private async loadChunk(chunk: FeatureChunk, controller: DiagnosticController): Promise<void> {
    // Each feature chunk comes with its strings' namespace, in the host's language.
    const strings = loadMessages(this.host.lang, [chunk]);
    // The session's and the plan's chunks bring their action groups (and domain transitions).
    if (chunk === 'session') {
      const [session] = await Promise.all([import('../session/index.js'), strings]);
      controller.enable('session', session.createSessionActions);
    } else if (chunk === 'plan') {
      const [plan] = await Promise.all([import('../plan/index.js'), strings]);
      controller.enable('plan', plan.createPlanActions);
    } else {
      // The built-in catalogue's fiches, actions and resources are not needed before this.
      const [views, content] = await Promise.all([
        import('../results/index.js'),
        hostCatalogue(this.host) ? null : loadDefaultContent(),
        strings,
      ]);
      if (controller !== this.controller) return;
      controller.enable('decision', views.createDecisionActions);
      const { catalogue } = controller.current;
      controller.enableRecommendations(
        views.recommend,
        content ? joinCatalogue(catalogue, content) : catalogue,
      );
    }
    // The language may have changed while the chunk loaded: its strings in the current one too
    // (if they cannot load, the views show in the language they came with).
    await loadMessages(this.host.lang, [chunk]).catch(() => undefined);
    if (controller === this.controller) this.events.messages(messagesFor(this.host.lang));
  }

  private setState(state: LoadState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

/**
 * The host's catalogue address, or null for the built-in catalogue: a blank `catalogue-src` (a CMS
 * template whose value was left empty) names no catalogue, like an absent one.
 */
function hostCatalogue(host: LoaderHost): string | null {
  return host.catalogueSrc?.trim() || null;
}

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
