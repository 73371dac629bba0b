import type { Catalogue } from '../catalogue/schema.js';

/**
 * Binds a code to the questions it was made from: FNV-1a (32 bits) of the catalogue id and its
 * ordered question ids, folded to 10 bits (two base32 characters). The catalogue's `version` is
 * left out on purpose: a wording fix keeps the same questions, so codes already sent stay valid;
 * adding, removing or reordering a question changes the fingerprint.
 */
export const FINGERPRINT_BITS = 10;

function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const fold10 = (hash: number) => (hash ^ (hash >>> 10) ^ (hash >>> 20) ^ (hash >>> 30)) & 1023;

const textOf = (catalogue: Pick<Catalogue, 'id' | 'questions'>) =>
  [catalogue.id, ...catalogue.questions.map((question) => question.id)].join('\n');

type Hashes = { readonly id: string; readonly fingerprint: number; readonly key: number };

/**
 * Both hashes of a catalogue, computed once per questions list (catalogues are immutable values):
 * decoding a paste of 1,000 codes hashed the catalogue's 60 ids twice per code. A cache of a pure
 * function, keyed weakly, so it never outlives the catalogue.
 */
const hashed = new WeakMap<object, Hashes>();

function hashesOf(catalogue: Pick<Catalogue, 'id' | 'questions'>): Hashes {
  const known = hashed.get(catalogue.questions);
  if (known?.id === catalogue.id) return known;
  const text = textOf(catalogue);
  const hashes = {
    id: catalogue.id,
    fingerprint: fold10(fnv1a(text, 0x811c9dc5)),
    key: fold10(fnv1a(text, 0x050c5d1f)),
  };
  hashed.set(catalogue.questions, hashes);
  return hashes;
}

export function catalogueFingerprint(catalogue: Pick<Catalogue, 'id' | 'questions'>): number {
  return hashesOf(catalogue).fingerprint;
}

/**
 * Ten more bits of the same text, from a second hash (another FNV offset basis), mixed into the
 * checksum by version 2 codes (XOR: a typo is caught exactly as before). A code made for another
 * catalogue is accepted only if both its visible fingerprint and this key match: for two given
 * catalogues, a chance of 1 in 2²⁰ ≈ 1 in a million (it was 1 in 1,024 with the fingerprint alone),
 * at no cost in length. Tests check that the catalogues shipped and their variants do not collide.
 */
export function catalogueKey(catalogue: Pick<Catalogue, 'id' | 'questions'>): number {
  return hashesOf(catalogue).key;
}
