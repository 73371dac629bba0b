import { fr } from './fr.js';
import type { BaseMessages, Messages } from './fr.js';
import type { ViewMessages } from './views-fr.js';

export type { Messages };

/**
 * Strings load in parts: the first view's French strings are in the first chunk; English and the
 * later views' strings are chunks of their own, loaded when needed.
 */
const loaded: { en?: BaseMessages; viewsFr?: ViewMessages; viewsEn?: ViewMessages } = {};

function wantsEnglish(lang: string | null | undefined): boolean {
  return lang?.toLowerCase().startsWith('en') ?? false;
}

/**
 * Interface strings for a `lang` value, with what is loaded so far. The later views' strings are
 * there once `loadViewMessages` has resolved: those views render only after it, never before.
 */
export function messagesFor(lang: string | null | undefined): Messages {
  const english = wantsEnglish(lang) && loaded.en;
  const base = english ? loaded.en! : fr;
  const views = english ? loaded.viewsEn : loaded.viewsFr;
  return (views ? { ...base, ...views } : base) as Messages;
}

/** Loads the first view's strings of a language (English is a chunk of its own). */
export async function loadMessages(lang: string | null | undefined): Promise<Messages> {
  if (wantsEnglish(lang)) loaded.en ??= (await import('./en.js')).en;
  return messagesFor(lang);
}

/** Loads the later views' strings of a language, with the views themselves. */
export async function loadViewMessages(lang: string | null | undefined): Promise<Messages> {
  if (wantsEnglish(lang)) {
    loaded.en ??= (await import('./en.js')).en;
    loaded.viewsEn ??= (await import('./views-en.js')).viewsEn;
  } else {
    loaded.viewsFr ??= (await import('./views-fr.js')).viewsFr;
  }
  return messagesFor(lang);
}
