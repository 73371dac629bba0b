import type { SavedState } from './schema.js';

/** The saved text: plain JSON, read back by `parseSavedState`. */
export function serializeState(state: SavedState): string {
  return JSON.stringify(state);
}

/**
 * What the store writes: the state and, beside it, the save's revision (1, 2, 3…: how many saves
 * this key has seen). It is the store's, not the state's: `parseSavedState` reads it aside
 * (`readRevision`) and an export never carries it.
 */
export function serializeStored(state: SavedState, revision: number): string {
  return JSON.stringify({ ...state, revision });
}

/** The revision of a stored text; 0 for a save written before revisions, or unreadable. */
export function readRevision(text: string): number {
  try {
    const revision: unknown = (JSON.parse(text) as { revision?: unknown } | null)?.revision;
    return typeof revision === 'number' && Number.isSafeInteger(revision) && revision > 0
      ? revision
      : 0;
  } catch {
    return 0;
  }
}
