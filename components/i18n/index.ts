import { en } from './en.js';
import { fr } from './fr.js';
import type { Messages } from './fr.js';

export type { Messages };

/** Interface strings for a `lang` value; French unless English is asked for. */
export function messagesFor(lang: string | null | undefined): Messages {
  return lang?.toLowerCase().startsWith('en') ? en : fr;
}
