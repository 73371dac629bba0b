import type { SavedState } from './schema.js';

/** The saved text: plain JSON, read back by `parseSavedState`. */
export function serializeState(state: SavedState): string {
  return JSON.stringify(state);
}
