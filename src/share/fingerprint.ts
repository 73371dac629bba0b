import type { Catalogue } from '../catalogue/schema.js';

/**
 * Binds a code to the questions it was made from: FNV-1a (32 bits) of the catalogue id and its
 * ordered question ids, folded to 10 bits (two base32 characters). The catalogue's `version` is
 * left out on purpose: a wording fix keeps the same questions, so codes already sent stay valid;
 * adding, removing or reordering a question changes the fingerprint.
 */
export const FINGERPRINT_BITS = 10;

export function catalogueFingerprint(catalogue: Pick<Catalogue, 'id' | 'questions'>): number {
  const text = [catalogue.id, ...catalogue.questions.map((question) => question.id)].join('\n');
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash ^ (hash >>> 10) ^ (hash >>> 20) ^ (hash >>> 30)) & ((1 << FINGERPRINT_BITS) - 1);
}
