/**
 * Crockford base32: no I, L, O or U, so a code read aloud or copied by hand has no look-alike
 * letters; the look-alikes a person may still type are mapped back (O → 0, I and L → 1).
 */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const DIGIT_VALUES: ReadonlyMap<string, number> = new Map([
  ...[...CROCKFORD_ALPHABET].map((char, value) => [char, value] as const),
  ['O', 0],
  ['I', 1],
  ['L', 1],
]);

/**
 * Characters a person or a chat app may put between groups: spaces of every kind, line breaks,
 * the hyphen and the typographic dashes word processors substitute for it.
 */
const SEPARATOR = /^[\s\-\u2010-\u2015\u2212]$/u;

/** Value of one base32 digit (case-insensitive, look-alikes mapped), or undefined. */
export function digitValue(char: string): number | undefined {
  return DIGIT_VALUES.get(char.length === 1 ? char.toUpperCase() : char);
}

export function isSeparator(char: string): boolean {
  return SEPARATOR.test(char);
}

/** `value` as exactly `length` digits, most significant first (the caller checks it fits). */
export function toDigits(value: bigint, length: number): number[] {
  const digits = new Array<number>(length).fill(0);
  let rest = value;
  for (let index = length - 1; index >= 0; index -= 1) {
    digits[index] = Number(rest & 31n);
    rest >>= 5n;
  }
  return digits;
}

export function fromDigits(digits: readonly number[]): bigint {
  let value = 0n;
  for (const digit of digits) value = (value << 5n) | BigInt(digit);
  return value;
}

export function digitsToText(digits: readonly number[]): string {
  return digits.map((digit) => CROCKFORD_ALPHABET.charAt(digit)).join('');
}
