import { loadDefaultContent } from '../catalogue/default-catalogue.js';
import { loadMessages, messagesFor } from '../i18n/index.js';
import type { DiagnosticController } from './diagnostic-controller.js';
import type { FeatureChunk } from './views.js';
import type { LoaderEvents, LoaderHost } from './widget-loader.js';

/*
 * How `WidgetLoader` fetches a feature chunk, out of the first view (`LATER_IN_APP` in
 * scripts/build/chunks.ts): loaded with the first feature chunk (the results', prefetched when the
 * page is idle after « Commencer »).
 */

/**
 * The waits before each new attempt at a chunk that failed: a Wi-Fi drop of a few seconds is
 * bridged, a dead network is reported after about 5 s, and a chunk is never asked for more than
 * `CHUNK_RETRY_DELAYS_MS.length + 1` times in a page (then the notice offers a reload).
 */
export const CHUNK_RETRY_DELAYS_MS: readonly number[] = [1000, 4000];

/** What a chunk's loading needs from its loader: the host, its events, the current store. */
export interface ChunkLoading {
  readonly host: LoaderHost;
  readonly events: LoaderEvents;
  current(): DiagnosticController | null;
}

/** Loads `chunk` for `controller`, with a few spaced-out attempts; rejects after the last one. */
export async function loadChunkWithRetries(
  loading: ChunkLoading,
  chunk: FeatureChunk,
  controller: DiagnosticController,
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await loadChunk(loading, chunk, controller);
    } catch (error) {
      const wait = CHUNK_RETRY_DELAYS_MS[attempt];
      if (wait === undefined || controller !== loading.current()) throw error;
      // A timer, never a microtask loop: the host page runs between attempts.
      await new Promise((resolve) => setTimeout(resolve, wait));
      if (controller !== loading.current()) throw error;
    }
  }
}

async function loadChunk(
  { host, events, current }: ChunkLoading,
  chunk: FeatureChunk,
  controller: DiagnosticController,
): Promise<void> {
  // Each feature chunk comes with its strings' namespace, in the host's language.
  const strings = loadMessages(host.lang, [chunk]);
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
      host.catalogueSrc ? null : loadDefaultContent(),
      strings,
    ]);
    if (controller !== current()) return;
    controller.enable('decision', views.createDecisionActions);
    controller.enableRecommendations(views.recommend, {
      ...controller.current.catalogue,
      ...(content ?? {}),
    });
  }
  // The language may have changed while the chunk loaded: its strings in the current one too
  // (if they cannot load, the views show in the language they came with).
  await loadMessages(host.lang, [chunk]).catch(() => undefined);
  if (controller === current()) events.messages(messagesFor(host.lang));
}
