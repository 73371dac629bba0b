import { digitValue, digitsToText, isSeparator } from './base32.js';
import { ShareCodeError } from './errors.js';

/** Inputs longer than this are refused before any per-character work (a pasted novel, an attack). */
export const MAX_SHARE_CODE_INPUT = 200;

/** Shows an invisible or control character by its code point, a visible one as itself. */
function describe(char: string): string {
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char)) return char;
  const codePoint = char.codePointAt(0) ?? 0;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The digit values of a typed code: separators dropped, case and look-alikes folded. Positions in
 * errors count the characters as typed (separators included, from 1), as the user sees them.
 */
export function readDigits(input: unknown, maxInput = MAX_SHARE_CODE_INPUT): number[] {
  if (typeof input !== 'string') throw new ShareCodeError('format', 'Le code doit être un texte.');
  if (input.length > maxInput) {
    throw new ShareCodeError(
      'length',
      `Ce texte est trop long pour être un code de partage (${input.length} caractères ; maximum ${maxInput}).`,
    );
  }
  const digits: number[] = [];
  let position = 0;
  for (const char of input) {
    position += 1;
    if (isSeparator(char)) continue;
    const value = digitValue(char);
    if (value === undefined) {
      throw new ShareCodeError(
        'format',
        `Caractère non valide « ${describe(char)} » en position ${position}.`,
      );
    }
    digits.push(value);
  }
  if (digits.length === 0) throw new ShareCodeError('length', 'Le code est vide.');
  return digits;
}

/** The canonical form of a code (upper case, no separators), e.g. to spot the same code twice. */
export function normalizeShareCode(input: string, maxInput = MAX_SHARE_CODE_INPUT): string {
  return digitsToText(readDigits(input, maxInput));
}
