import { SHARE_CODE_ROLES } from './roles.js';

/**
 * Version 2 layout, in base32 characters:
 *   [version 2][catalogue fingerprint 2][payload k][checksum 2]
 * The checksum is the CRC-10 of the rest XOR the catalogue's key (`catalogueKey`); version 1 had
 * the CRC alone, and its codes are refused as an older version.
 * The payload is one big integer: the answer states in base 6 (question order of the catalogue)
 * times the role radix, plus the role index (0 = no role). k is the fewest characters that hold
 * every possible value, so the length depends only on the number of questions: 60 questions
 * need 60·log2(6) + log2(13) ≈ 158.8 bits → 32 characters, 37 in all.
 */
export const SHARE_CODE_VERSION = 2;
export const HEADER_LENGTH = 3;
export const CHECKSUM_LENGTH = 2;
export const STATES_PER_QUESTION = 6n;
export const ROLE_RADIX = BigInt(SHARE_CODE_ROLES.length + 1);
/** Longest group between separators: 4 groups (3 dashes) keep 60 questions within 40 characters. */
const MAX_GROUP = 10;

const payloadLengths = new Map<number, number>();

/** Payload characters for `questionCount` questions (memoised: BigInt powers are not free). */
export function payloadLength(questionCount: number): number {
  const known = payloadLengths.get(questionCount);
  if (known !== undefined) return known;
  const combinations = STATES_PER_QUESTION ** BigInt(questionCount) * ROLE_RADIX;
  let length = 0;
  while (1n << BigInt(5 * length) < combinations) length += 1;
  payloadLengths.set(questionCount, length);
  return length;
}

/** Characters of a code without separators. */
export function codeLength(questionCount: number): number {
  return HEADER_LENGTH + payloadLength(questionCount) + CHECKSUM_LENGTH;
}

/** Splits a normalised code into balanced groups joined by « - » (10-9-9-9 for 37 characters). */
export function groupCode(code: string): string {
  const groupCount = Math.max(1, Math.ceil(code.length / MAX_GROUP));
  const base = Math.floor(code.length / groupCount);
  const longer = code.length % groupCount;
  const groups: string[] = [];
  let start = 0;
  for (let index = 0; index < groupCount; index += 1) {
    const size = base + (index < longer ? 1 : 0);
    groups.push(code.slice(start, start + size));
    start += size;
  }
  return groups.join('-');
}

/** Separators `groupCode` adds, so callers can size inputs. */
export function formattedLength(questionCount: number): number {
  const length = codeLength(questionCount);
  return length + Math.max(1, Math.ceil(length / MAX_GROUP)) - 1;
}
