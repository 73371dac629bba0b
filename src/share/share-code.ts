import type { Catalogue } from '../catalogue/schema.js';
import type { AnswerValue, Answers } from '../diagnostic/answers.js';
import { digitsToText, fromDigits, toDigits } from './base32.js';
import { crc10 } from './checksum.js';
import { ShareCodeError } from './errors.js';
import { catalogueFingerprint, catalogueKey } from './fingerprint.js';
import {
  CHECKSUM_LENGTH,
  HEADER_LENGTH,
  ROLE_RADIX,
  SHARE_CODE_VERSION,
  STATES_PER_QUESTION,
  codeLength,
  formattedLength,
  groupCode,
  payloadLength,
} from './layout.js';
import { MAX_SHARE_CODE_INPUT, readDigits } from './normalize.js';
import { SHARE_CODE_ROLES, isRoleId, type RoleId } from './roles.js';

/** What a code needs from a catalogue: its id and its questions, in order. */
export type ShareCodeCatalogue = Pick<Catalogue, 'id' | 'questions'>;

export interface ShareCodeOptions {
  /** The participant's role, stored in the code (it costs at most one character). */
  readonly role?: RoleId;
}

export interface DecodedShareCode {
  readonly version: number;
  /** The code as `encodeShareCode` prints it (upper case, grouped). */
  readonly code: string;
  /** Answered questions only: an unanswered question has no key. */
  readonly answers: Answers;
  readonly role?: RoleId;
}

/** State 0 is « unanswered »; the others follow the answer scale, then « je ne sais pas ». */
const STATE_VALUES: readonly (AnswerValue | undefined)[] = [undefined, 0, 1, 2, 3, 'unknown'];

function stateOf(value: unknown): number {
  const state = STATE_VALUES.indexOf(value as AnswerValue);
  // An invalid value (from untyped JavaScript) counts as unanswered rather than failing.
  return state > 0 ? state : 0;
}

/** French plural rule (0 and 1 singular), from `Intl` like the interface's counts. */
const FRENCH_PLURAL = new Intl.PluralRules('fr-FR');

/** « 1 caractère », « 2 caractères »: these messages are French (see `ShareCodeError`). */
function plural(count: number, word: string): string {
  return `${count} ${word}${FRENCH_PLURAL.select(count) === 'one' ? '' : 's'}`;
}

/**
 * A compact, URL-safe code for one respondent's answers, bound to the catalogue's questions and
 * protected by a checksum, grouped by dashes to be read aloud (60 questions: 40 characters).
 * Answers to question ids absent from the catalogue are ignored, as are invalid values and an
 * unknown role (they cannot be encoded and must not make sharing fail).
 */
export function encodeShareCode(
  catalogue: ShareCodeCatalogue,
  answers: Answers,
  options: ShareCodeOptions = {},
): string {
  let value = 0n;
  // Horner's scheme from the last question, so the first question is the least significant digit.
  for (let index = catalogue.questions.length - 1; index >= 0; index -= 1) {
    const id = catalogue.questions[index]!.id;
    const state = Object.hasOwn(answers, id) ? stateOf(answers[id]) : 0;
    value = value * STATES_PER_QUESTION + BigInt(state);
  }
  const role = isRoleId(options.role) ? SHARE_CODE_ROLES.indexOf(options.role) + 1 : 0;
  value = value * ROLE_RADIX + BigInt(role);

  const fingerprint = catalogueFingerprint(catalogue);
  const symbols = [
    SHARE_CODE_VERSION,
    fingerprint >> 5,
    fingerprint & 31,
    ...toDigits(value, payloadLength(catalogue.questions.length)),
  ];
  const check = crc10(symbols) ^ catalogueKey(catalogue);
  return groupCode(digitsToText([...symbols, check >> 5, check & 31]));
}

/**
 * A code whose checksum fails here: another questionnaire's when its catalogue characters differ
 * from this catalogue's and no typo there explains it (restoring them, or undoing the swap of the
 * second one with its neighbour, does not make the code valid).
 */
function isOtherCatalogue(
  catalogue: ShareCodeCatalogue,
  body: readonly number[],
  given: number,
  key: number,
): boolean {
  const fingerprint = catalogueFingerprint(catalogue);
  if (body[0] !== SHARE_CODE_VERSION || body.length < HEADER_LENGTH + 1) return false;
  if (((body[1]! << 5) | body[2]!) === fingerprint) return false;
  const valid = (symbols: readonly number[]) => (crc10(symbols) ^ key) === given;
  const restored = [body[0], fingerprint >> 5, fingerprint & 31, ...body.slice(HEADER_LENGTH)];
  const unswapped = [body[0], body[1]!, body[3]!, body[2]!, ...body.slice(HEADER_LENGTH + 1)];
  return !valid(restored) && !valid(unswapped);
}

function lengthError(actual: number, expected: number): ShareCodeError {
  return actual < expected
    ? new ShareCodeError(
        'length',
        `Ce code est incomplet : il manque ${plural(expected - actual, 'caractère')}.`,
      )
    : new ShareCodeError(
        'length',
        `Ce code est trop long : ${plural(actual - expected, 'caractère')} en trop.`,
      );
}

/**
 * Reads a code typed, pasted or dictated (case, spaces, dashes and line breaks do not matter;
 * O reads as 0, I and L as 1). Throws `ShareCodeError` — and nothing else — when the code cannot
 * be trusted. Checks run from the cheapest and most certain: characters, checksum (a typo), then
 * version, catalogue and length, so a truncated code says « incomplet », not « faute de frappe ».
 */
export function decodeShareCodeDetails(
  catalogue: ShareCodeCatalogue,
  code: string,
): DecodedShareCode {
  const questionCount = catalogue.questions.length;
  const expected = codeLength(questionCount);
  // 200 characters, or twice a code's length for catalogues big enough (165+ questions) to need more.
  const digits = readDigits(
    code,
    Math.max(MAX_SHARE_CODE_INPUT, 2 * formattedLength(questionCount)),
  );
  if (digits.length < HEADER_LENGTH + CHECKSUM_LENGTH) throw lengthError(digits.length, expected);

  // Every version keeps the checksum as the last two characters, so it is checked first.
  const body = digits.slice(0, -CHECKSUM_LENGTH);
  const given = (digits.at(-2)! << 5) | digits.at(-1)!;
  const crc = crc10(body);
  const key = catalogueKey(catalogue);
  if ((crc ^ key) !== given) {
    // A version 1 code (CRC alone) is well formed: it gets the older-version message below.
    if (!(body[0] === 1 && crc === given)) {
      if (isOtherCatalogue(catalogue, body, given, key))
        throw new ShareCodeError(
          'catalogue',
          'Ce code a été créé avec un autre questionnaire (catalogue différent).',
        );
      if (digits.length !== expected) throw lengthError(digits.length, expected);
      throw new ShareCodeError(
        'checksum',
        'Ce code contient une faute de frappe (somme de contrôle incorrecte).',
      );
    }
  }

  const version = digits[0]!;
  if (version !== SHARE_CODE_VERSION) {
    throw new ShareCodeError(
      'version',
      version > SHARE_CODE_VERSION
        ? 'Ce code a été créé par une version plus récente du widget : mettez la page à jour.'
        : `Ce code n’est pas un code de partage connu (version « ${digitsToText([version])} »).`,
    );
  }
  if (((digits[1]! << 5) | digits[2]!) !== catalogueFingerprint(catalogue)) {
    throw new ShareCodeError(
      'catalogue',
      'Ce code a été créé avec un autre questionnaire (catalogue différent).',
    );
  }
  if (digits.length !== expected) throw lengthError(digits.length, expected);

  let value = fromDigits(body.slice(HEADER_LENGTH));
  const roleIndex = Number(value % ROLE_RADIX);
  value /= ROLE_RADIX;
  const answers: Record<string, AnswerValue> = {};
  for (const question of catalogue.questions) {
    const answer = STATE_VALUES[Number(value % STATES_PER_QUESTION)];
    value /= STATES_PER_QUESTION;
    if (answer !== undefined) answers[question.id] = answer;
  }
  // The payload has a few spare bits; a value using them was not produced by `encodeShareCode`.
  if (value !== 0n)
    throw new ShareCodeError('format', 'Ce code n’est pas valide (contenu impossible).');

  const role = roleIndex > 0 ? SHARE_CODE_ROLES[roleIndex - 1] : undefined;
  return {
    version,
    code: groupCode(digitsToText(digits)),
    answers,
    ...(role === undefined ? {} : { role }),
  };
}

/**
 * True when `input` is a whole code of this format for `catalogue`: valid characters, the current
 * version and a matching checksum (which the catalogue keys). Without a catalogue, only an
 * older-version code (whose checksum was not keyed) can be recognised. Used to split pasted text.
 */
export function isWellFormedShareCode(input: string, catalogue?: ShareCodeCatalogue): boolean {
  try {
    const digits = readDigits(input);
    if (digits.length < HEADER_LENGTH + CHECKSUM_LENGTH) return false;
    const crc = crc10(digits.slice(0, -CHECKSUM_LENGTH));
    const given = (digits.at(-2)! << 5) | digits.at(-1)!;
    if (digits[0] === 1) return crc === given;
    return (
      catalogue !== undefined &&
      digits[0] === SHARE_CODE_VERSION &&
      (crc ^ catalogueKey(catalogue)) === given
    );
  } catch {
    return false;
  }
}

/** The answers of a code (see `decodeShareCodeDetails` for the role and the errors). */
export function decodeShareCode(catalogue: ShareCodeCatalogue, code: string): Answers {
  return decodeShareCodeDetails(catalogue, code).answers;
}

/** Length of this catalogue's codes: without separators, and as printed. */
export function shareCodeLength(catalogue: ShareCodeCatalogue): {
  characters: number;
  formatted: number;
} {
  const count = catalogue.questions.length;
  return { characters: codeLength(count), formatted: formattedLength(count) };
}
