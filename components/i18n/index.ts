import { fr } from './fr.js';
import type { BaseMessages } from './fr.js';
import type { PlanMessages } from './plan-fr.js';
import type { ResultsMessages } from './results-fr.js';
import type { SessionMessages } from './session-fr.js';

/**
 * The widget's one path for strings. They load in namespaces: `base` (the first view's, French in
 * the first chunk) and one per feature folder — `results`, `session`, `plan` — each a lazy chunk
 * per language, loaded with its views. The root provides the merged `Messages` through
 * `messagesContext`; an element reads `this.messages` (from `DiagnosticView`), nothing else.
 * French files define each namespace's type; the English files must satisfy it.
 */
export type Lang = 'fr' | 'en';

export interface Namespaces {
  readonly base: BaseMessages;
  readonly results: ResultsMessages;
  readonly session: SessionMessages;
  readonly plan: PlanMessages;
}
export type Namespace = keyof Namespaces;

/**
 * Every interface string, as elements read it: the first view's and the results' at the top
 * (`m.nav.profile`, `m.score(25)`), the session's and the plan's under their name (`m.plan.title`).
 * A namespace is there once loaded: `loadMessages(lang, [namespace])` resolves before the views
 * that read it render (the root loads it with their chunk).
 */
export type Messages = BaseMessages &
  ResultsMessages & { readonly session: SessionMessages; readonly plan: PlanMessages };

export type { BaseMessages, PlanMessages, ResultsMessages, SessionMessages };

type Sources = {
  readonly [L in Lang]: { readonly [N in Namespace]: () => Promise<Namespaces[N]> };
};

/** Where each namespace comes from: a dynamic import each, except the French first view's. */
const SOURCES: Sources = {
  fr: {
    base: () => Promise.resolve(fr),
    results: () => import('./results-fr.js').then((module) => module.resultsFr),
    session: () => import('./session-fr.js').then((module) => module.sessionFr),
    plan: () => import('./plan-fr.js').then((module) => module.planFr),
  },
  en: {
    base: () => import('./en.js').then((module) => module.en),
    results: () => import('./results-en.js').then((module) => module.resultsEn),
    session: () => import('./session-en.js').then((module) => module.sessionEn),
    plan: () => import('./plan-en.js').then((module) => module.planEn),
  },
};

/** What has loaded so far, shared by every widget of the page (strings never change). */
const loaded: { [L in Lang]: Partial<{ -readonly [N in Namespace]: Namespaces[N] }> } = {
  fr: { base: fr },
  en: {},
};
/** The merged strings per language, rebuilt when a namespace loads: stable between loads. */
const merged = new Map<Lang, Messages>();

/** The language of a `lang` attribute: English for `en`, `en-GB`…; French otherwise. */
export function langOf(lang: string | null | undefined): Lang {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** One namespace in `lang`, or in the other language while `lang`'s is not loaded yet. */
function namespaceIn<N extends Namespace>(lang: Lang, name: N): Namespaces[N] | undefined {
  return (loaded[lang][name] ?? loaded[lang === 'en' ? 'fr' : 'en'][name]) as
    Namespaces[N] | undefined;
}

/**
 * The strings for a `lang` value with what is loaded so far; a namespace not loaded in that
 * language yet shows in the other one (French before the English chunk arrives). The same object
 * until something more loads, so context consumers re-render only when strings change.
 */
export function messagesFor(lang: string | null | undefined): Messages {
  const language = langOf(lang);
  let messages = merged.get(language);
  if (!messages) {
    const base = loaded[language].base ?? fr;
    const results = namespaceIn(language, 'results');
    const session = namespaceIn(language, 'session');
    const plan = namespaceIn(language, 'plan');
    messages = {
      ...base,
      ...results,
      ...(session ? { session } : {}),
      ...(plan ? { plan } : {}),
    } as Messages;
    merged.set(language, messages);
  }
  return messages;
}

/**
 * Loads the first view's strings of `lang` and the given namespaces (each once per page), then
 * returns `messagesFor(lang)`. Rejects when a chunk cannot load; what did load stays loaded.
 */
export async function loadMessages(
  lang: string | null | undefined,
  namespaces: readonly Exclude<Namespace, 'base'>[] = [],
): Promise<Messages> {
  const language = langOf(lang);
  const store = loaded[language] as Record<Namespace, unknown>;
  const missing = (['base', ...namespaces] as Namespace[]).filter((name) => !store[name]);
  await Promise.all(
    missing.map(async (name) => {
      store[name] = await SOURCES[language][name]();
      merged.clear();
    }),
  );
  return messagesFor(lang);
}
