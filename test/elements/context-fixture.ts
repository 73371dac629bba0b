import { fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import type { LitElement, TemplateResult } from 'lit';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { recommend } from '../../src/recommend/index.js';
import type { StoragePort } from '../../src/storage/port.js';
import {
  actionsContext,
  diagnosticContext,
  messagesContext,
} from '../../components/app/context.js';
import type { DiagnosticActions, DiagnosticSnapshot } from '../../components/app/context.js';
import { DiagnosticController } from '../../components/app/diagnostic-controller.js';
import { loadMessages } from '../../components/i18n/index.js';
import type { Messages } from '../../components/i18n/index.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';

/*
 * The one place element tests know how the widget's contexts are shaped. What it assumes:
 * - snapshots: built by the real store (`DiagnosticController`, over an in-memory storage port, the
 *   small test catalogue, recommendations on), so the fixture never lists a snapshot's fields; a
 *   test moves the store with its own actions (`fx.change((store) => store.answer(…))`);
 * - actions: any call on the provided object, nested groups included (`actions.session.add(…)`),
 *   is recorded by its path (`'answer'`, `'session.add'`) and does nothing else, so the elements'
 *   view of the actions' shape is not fixed here;
 * - strings: `loadMessages(lang, namespaces)` resolves the merged `Messages` with every namespace.
 */

/** One call an element made on the actions it was given. */
export interface ActionCall {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** Records every call on it, at any depth; each call returns undefined. */
function recordingActions(calls: ActionCall[]): DiagnosticActions {
  const at = (path: string[]): unknown =>
    new Proxy(() => undefined, {
      get: (_target, key) => (typeof key === 'string' ? at([...path, key]) : undefined),
      apply: (_target, _self, args: unknown[]) => {
        calls.push({ name: path.join('.'), args });
        return undefined;
      },
    });
  return at([]) as DiagnosticActions;
}

function memoryPort(): StoragePort {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** The interface strings in `lang`, every namespace loaded. */
export function messagesIn(lang: 'fr' | 'en' = 'fr'): Promise<Messages> {
  return loadMessages(lang, ['results', 'session', 'plan']);
}

export interface StoreOptions {
  readonly catalogue?: Catalogue;
  readonly layout?: 'steps' | 'page';
  readonly levels?: readonly string[];
}

/** The widget's store over the small catalogue, in memory, with recommendations. */
export function testStore(options: StoreOptions = {}): DiagnosticController {
  const catalogue = options.catalogue ?? smallCatalogue();
  const port = memoryPort();
  const store = new DiagnosticController({
    catalogue,
    storageKey: 'element-test',
    storage: () => port,
    parseSavedState: () => {
      throw new Error('nothing was saved');
    },
    layout: options.layout ?? 'steps',
    presetLevels: options.levels ?? ['college'],
    presetVersion: null,
    onChange: () => {},
  });
  store.enableRecommendations(recommend, catalogue);
  return store;
}

export interface ContextFixture<T extends Element> {
  /** The element under test, mounted inside the provider host. */
  readonly element: T;
  readonly store: DiagnosticController;
  readonly messages: Messages;
  /** What the element called on its actions, in order. */
  readonly calls: ActionCall[];
  /** The snapshot currently provided. */
  readonly snapshot: DiagnosticSnapshot;
  /** Moves the store (as the widget would, outside the element), provides the new snapshot. */
  change(move: (store: DiagnosticController) => void): Promise<void>;
}

export interface ContextFixtureOptions extends StoreOptions {
  readonly lang?: 'fr' | 'en';
  /** Sets the store up before the element mounts (answers, navigation, notices…). */
  readonly setup?: (store: DiagnosticController) => void;
}

/**
 * Mounts ONE element (`template`) inside a host that provides the widget's three contexts, as
 * `<perseverance-diagnostic>` does: the store's snapshot, recording actions and the strings.
 */
export async function contextFixture<T extends Element>(
  template: TemplateResult,
  options: ContextFixtureOptions = {},
): Promise<ContextFixture<T>> {
  const store = testStore(options);
  options.setup?.(store);
  const messages = await messagesIn(options.lang);
  const calls: ActionCall[] = [];
  const host = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'fr'}></div>`);
  const snapshot = new ContextProvider(host, {
    context: diagnosticContext,
    initialValue: store.current,
  });
  new ContextProvider(host, { context: actionsContext, initialValue: recordingActions(calls) });
  new ContextProvider(host, { context: messagesContext, initialValue: messages });
  const element = await fixture<T>(template, { parentNode: host });
  await settled(element);
  return {
    element,
    store,
    messages,
    calls,
    get snapshot() {
      return snapshot.value;
    },
    async change(move) {
      move(store);
      snapshot.setValue(store.current);
      await settled(element);
    },
  };
}

/** Waits for `element` and the Lit elements rendered in it to finish updating. */
export async function settled(element: Element): Promise<void> {
  for (let i = 0; i < 2; i += 1) {
    const inner = [
      ...element.querySelectorAll('*'),
      ...(element.shadowRoot?.querySelectorAll('*') ?? []),
    ];
    await Promise.all(
      [element, ...inner].map((node) => (node as Partial<LitElement>).updateComplete),
    );
  }
}
