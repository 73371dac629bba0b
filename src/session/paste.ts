import {
  DuplicateShareCodeError,
  MAX_CODES_INPUT_CHARS,
  type ShareCodeInputResult,
} from '../exchange/share-codes-input.js';

/**
 * What one « Ajouter les codes » reads of the codes field: a whole document pasted by mistake is
 * read in parts, one a click, never refused whole nor replaced by a preview.
 */
export const PASTE_READ_CHARS = MAX_CODES_INPUT_CHARS;

/**
 * What the field keeps after a click: every code not added (refused, duplicate, or over the
 * session's room) and the part not read yet, up to this many characters; the rest is said dropped.
 */
export const MAX_KEPT_CHARS = 500_000;

/**
 * The part of `text` one click reads (at most `max` characters, cut after a whole line, or else
 * at a space, so that no code is cut in two) and the rest, left in the field.
 */
export function pasteWindow(
  text: string,
  max: number = PASTE_READ_CHARS,
): { readonly read: string; readonly rest: string } {
  if (text.length <= max) return { read: text, rest: '' };
  const line = text.lastIndexOf('\n', max);
  if (line > 0) return { read: text.slice(0, line), rest: text.slice(line + 1) };
  const space = Math.max(text.lastIndexOf(' ', max), text.lastIndexOf('\t', max));
  if (space > 0) return { read: text.slice(0, space), rest: text.slice(space + 1) };
  // One unbroken word longer than a read: cut it, never inside a surrogate pair.
  const code = text.charCodeAt(max - 1);
  const cut = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return { read: text.slice(0, cut), rest: text.slice(cut) };
}

/** What became of one code of the paste. */
export type PasteLine =
  | { readonly kind: 'added'; readonly input: string }
  /** Valid, not a duplicate, but the session had no room left (`MAX_RESPONDENTS`). */
  | { readonly kind: 'full'; readonly input: string }
  | { readonly kind: 'duplicate'; readonly input: string; readonly message: string }
  | { readonly kind: 'invalid'; readonly input: string; readonly message: string };

/** How many codes of each kind a paste had. */
export type PasteCounts = Readonly<Record<PasteLine['kind'], number>>;

export interface PasteOutcome {
  /** One line per code found, in the order pasted. */
  readonly lines: readonly PasteLine[];
  /** How many codes of each kind: together, every code found exactly once. */
  readonly counts: PasteCounts;
  /** What the field holds afterwards: each code not added on its line, then the unread rest. */
  readonly kept: string;
  /** Characters of the field left unread by this click (still in `kept`). */
  readonly unread: number;
  /** Characters not kept in the field (beyond `MAX_KEPT_CHARS`). */
  readonly dropped: number;
}

/**
 * The outcome of one click: `results` are the decoded codes of the part read (`pasteWindow`),
 * `added` the respondents the session took (the first valid codes, while it had room), `rest`
 * the part not read. Pure: the caller applies nothing here.
 */
export function pasteOutcome(
  results: readonly ShareCodeInputResult[],
  added: readonly unknown[],
  rest = '',
  maxKept = MAX_KEPT_CHARS,
): PasteOutcome {
  let room = added.length;
  const lines: PasteLine[] = results.map((result) => {
    if (result.ok) return { kind: room-- > 0 ? 'added' : 'full', input: result.input };
    const message = result.error.message;
    return result.error instanceof DuplicateShareCodeError
      ? { kind: 'duplicate', input: result.input, message }
      : { kind: 'invalid', input: result.input, message };
  });
  const counts = { added: 0, full: 0, duplicate: 0, invalid: 0 };
  for (const line of lines) counts[line.kind] += 1;
  const notAdded = lines.filter((line) => line.kind !== 'added').map((line) => line.input);
  const whole = [...notAdded, ...(rest ? [rest] : [])].join('\n');
  let cut = Math.min(whole.length, maxKept);
  const code = whole.charCodeAt(cut - 1);
  if (cut < whole.length && code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return {
    lines,
    counts,
    kept: whole.slice(0, cut),
    unread: rest.length,
    dropped: whole.length - cut,
  };
}
