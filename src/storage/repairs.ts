import type { SavedState } from './schema.js';

/**
 * The fields a save was read without (`readSavedState` drops a bad value rather than the whole
 * save), by state. Kept apart from the schema so that the store, in the first view, can read it.
 */
export const droppedFields = new WeakMap<SavedState, readonly string[]>();
