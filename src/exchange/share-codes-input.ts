import type { Answers } from '../diagnostic/answers.js';
import { ShareCodeError } from '../share/errors.js';
import { normalizeShareCode } from '../share/normalize.js';
import type { RoleId } from '../share/roles.js';
import {
  decodeShareCodeDetails,
  isWellFormedShareCode,
  shareCodeLength,
  type ShareCodeCatalogue,
} from '../share/share-code.js';

/** Pasting more than this (a whole document by mistake) is refused rather than scanned. */
export const MAX_CODES_INPUT_CHARS = 50_000;

/** A decodable code that repeats an earlier one: the UI may still let the user add it. */
export class DuplicateShareCodeError extends Error {
  override readonly name = 'DuplicateShareCodeError';
  readonly reason = 'duplicate';

  constructor(
    message: string,
    /** The earlier code in the same paste, or the respondent already in the session. */
    readonly duplicateOf: { readonly source: 'input' | 'existing'; readonly index: number },
  ) {
    super(message);
  }
}

interface Decoded {
  readonly input: string;
  /** Normalised and grouped, as `encodeShareCode` prints it. */
  readonly code: string;
  readonly answers: Answers;
  readonly role?: RoleId;
}

export type ShareCodeInputResult =
  | (Decoded & { readonly ok: true })
  | (Decoded & { readonly ok: false; readonly error: DuplicateShareCodeError })
  | { readonly input: string; readonly ok: false; readonly error: ShareCodeError };

/** A respondent already gathered; the label makes the duplicate message friendlier. */
export interface ExistingRespondent {
  readonly answers: Answers;
  readonly label?: string;
}

interface Token {
  readonly text: string;
  /** Where the token starts and ends in its segment, to give back the input exactly as typed. */
  readonly start: number;
  readonly end: number;
  /** Normalised length, or -1 when the token has characters a code cannot contain. */
  readonly length: number;
}

function normalisedLength(text: string): number {
  try {
    // The whole text is already capped, so a token of any length is measured, never refused.
    return normalizeShareCode(text, MAX_CODES_INPUT_CHARS).length;
  } catch (error) {
    // With no length cap left, « length » means the token was only separators (a lone « - »).
    return error instanceof ShareCodeError && error.reason === 'length' ? 0 : -1;
  }
}

function tokensOf(segment: string): Token[] {
  const tokens: Token[] = [];
  for (const match of segment.matchAll(/\S+/gu)) {
    const length = normalisedLength(match[0]);
    if (length !== 0)
      tokens.push({
        text: match[0],
        start: match.index,
        end: match.index + match[0].length,
        length,
      });
  }
  return tokens;
}

/**
 * Splits pasted text into candidate codes. Codes are separated by line breaks, commas or
 * semicolons, or by spaces. Because a person may type a code in space-separated groups, consecutive
 * valid tokens that are not codes by themselves are joined while their total stays within one
 * code's length (the catalogue fixes it); a token that is a well-formed code on its own (valid
 * checksum) is never joined. A broken code thus yields one error, not one per group.
 */
export function splitShareCodes(text: string, codeLength: number): string[] {
  const candidates: string[] = [];
  const joinable = (token: Token) =>
    token.length > 0 && token.length < codeLength && !isWellFormedShareCode(token.text);
  for (const segment of text.split(/[\r\n,;]+/u)) {
    const tokens = tokensOf(segment);
    let index = 0;
    while (index < tokens.length) {
      const first = tokens[index]!;
      let last = first;
      index += 1;
      if (joinable(first)) {
        let total = first.length;
        while (
          index < tokens.length &&
          joinable(tokens[index]!) &&
          total + tokens[index]!.length <= codeLength
        ) {
          last = tokens[index]!;
          total += last.length;
          index += 1;
        }
      }
      candidates.push(segment.slice(first.start, last.end));
    }
  }
  return candidates;
}

/** How far from a code's length a candidate may be and still be taken for a mistyped code. */
export const CODE_LENGTH_SLACK = 5;

/**
 * A candidate that looks like a share code, typed right or wrong: its letters and digits number
 * about a code's, or it has a code's dash-separated groups (with a character no code has).
 */
function plausibleCode(candidate: string, codeLength: number): boolean {
  const length = normalisedLength(candidate.replace(/\s+/gu, ''));
  if (length > 0) return Math.abs(length - codeLength) <= CODE_LENGTH_SLACK;
  return /^[^\s-]{5,}(?:-[^\s-]{5,}){2,}$/u.test(candidate);
}

/**
 * The candidates of `splitShareCodes` in a whole e-mail thread or chat export. When some look like
 * codes (see `plausibleCode`), the other words (« Bonjour », « voici mon code : », a date) are
 * left out, except a line that holds one word alone with a digit and at least 8 characters: that
 * is a code pasted on its own line, perhaps cut or from another catalogue, kept for its error.
 * When none looks like a code, every candidate stays, so a pasted list of typos still gets its
 * errors. Bad codes that look like codes are kept, for correction.
 */
export function findShareCodes(text: string, codeLength: number): string[] {
  // Punctuation around a code in a sentence (« code : XXXX. ») is the sentence's, not the code's.
  const trim = (candidate: string) => candidate.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
  const candidates: { text: string; keep: boolean }[] = [];
  for (const line of text.split(/\r?\n|\r/u)) {
    const found = splitShareCodes(line, codeLength);
    const lone = found.length === 1 && found[0] === line.trim();
    for (const raw of found) {
      const candidate = lone ? raw : trim(raw);
      if (!candidate) continue;
      const alone = lone && /\d/u.test(candidate) && candidate.length >= 8;
      candidates.push({ text: candidate, keep: alone || plausibleCode(candidate, codeLength) });
    }
  }
  const plausible = candidates.some((c) => plausibleCode(c.text, codeLength));
  return candidates.filter((c) => !plausible || c.keep).map((c) => c.text);
}

/** Answers as one string over the catalogue's questions, to compare respondents. */
function answersKey(catalogue: ShareCodeCatalogue, answers: Answers): string {
  return catalogue.questions
    .map((question) => (Object.hasOwn(answers, question.id) ? String(answers[question.id]) : '-'))
    .join('|');
}

/**
 * Decodes every code in pasted text (GPDS session screen), one result per code in input order;
 * the text may be a whole e-mail thread or chat export (see `findShareCodes`).
 * A code equal to an earlier one, or whose answers equal an earlier code's or an existing
 * respondent's, comes back with a `DuplicateShareCodeError` but still carries its answers.
 */
export function parseShareCodesInput(
  catalogue: ShareCodeCatalogue,
  text: string,
  existing: readonly ExistingRespondent[] = [],
): ShareCodeInputResult[] {
  return [...readShareCodesInput(catalogue, text, existing)];
}

/**
 * `parseShareCodesInput` one result at a time, so that a caller can decode a long paste in
 * slices and let the page breathe between them (the session's codes field does).
 */
export function* readShareCodesInput(
  catalogue: ShareCodeCatalogue,
  text: string,
  existing: readonly ExistingRespondent[] = [],
): Generator<ShareCodeInputResult, void, undefined> {
  if (typeof text !== 'string') return;
  if (text.length > MAX_CODES_INPUT_CHARS) {
    const error = new ShareCodeError(
      'length',
      `Texte trop long (${text.length} caractères ; maximum ${MAX_CODES_INPUT_CHARS}) : collez les codes en plusieurs fois.`,
    );
    yield { input: `${text.slice(0, 40)}…`, ok: false, error };
    return;
  }
  const existingKeys = existing.map((respondent) => answersKey(catalogue, respondent.answers));
  const seenCodes = new Map<string, number>();
  const seenAnswers = new Map<string, number>();
  const candidates = findShareCodes(text, shareCodeLength(catalogue).characters);
  for (const [index, input] of candidates.entries()) yield decodeOne(input, index);

  function decodeOne(input: string, index: number): ShareCodeInputResult {
    let decoded: Decoded;
    try {
      const details = decodeShareCodeDetails(catalogue, input);
      decoded = {
        input,
        code: details.code,
        answers: details.answers,
        ...(details.role ? { role: details.role } : {}),
      };
    } catch (error) {
      if (error instanceof ShareCodeError) return { input, ok: false, error };
      throw error;
    }
    const key = answersKey(catalogue, decoded.answers);
    const sameCode = seenCodes.get(decoded.code);
    const existingIndex = existingKeys.indexOf(key);
    const sameAnswers = seenAnswers.get(key);
    if (!seenCodes.has(decoded.code)) seenCodes.set(decoded.code, index);
    if (!seenAnswers.has(key)) seenAnswers.set(key, index);

    if (sameCode !== undefined) {
      const error = new DuplicateShareCodeError(`Code déjà saisi (code n° ${sameCode + 1}).`, {
        source: 'input',
        index: sameCode,
      });
      return { ...decoded, ok: false, error };
    }
    if (existingIndex >= 0) {
      const label = existing[existingIndex]!.label;
      const who = label ? `« ${label} »` : `la personne n° ${existingIndex + 1}`;
      const error = new DuplicateShareCodeError(
        `Mêmes réponses que ${who}, déjà ajoutée : doublon probable.`,
        {
          source: 'existing',
          index: existingIndex,
        },
      );
      return { ...decoded, ok: false, error };
    }
    if (sameAnswers !== undefined) {
      const error = new DuplicateShareCodeError(
        `Mêmes réponses que le code n° ${sameAnswers + 1} : doublon probable.`,
        {
          source: 'input',
          index: sameAnswers,
        },
      );
      return { ...decoded, ok: false, error };
    }
    return { ...decoded, ok: true };
  }
}
