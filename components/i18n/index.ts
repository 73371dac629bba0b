import { fr } from './fr.js';
import type { Messages } from './fr.js';

export type { Messages };

let english: Messages | null = null;

function wantsEnglish(lang: string | null | undefined): boolean {
  return lang?.toLowerCase().startsWith('en') ?? false;
}

/** Interface strings for a `lang` value, if already loaded; French otherwise. */
export function messagesFor(lang: string | null | undefined): Messages {
  return wantsEnglish(lang) && english ? english : fr;
}

/** Loads the strings of a language (English is a chunk of its own: most hosts are French). */
export async function loadMessages(lang: string | null | undefined): Promise<Messages> {
  if (!wantsEnglish(lang)) return fr;
  english ??= (await import('./en.js')).en;
  return english;
}
