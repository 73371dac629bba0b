import type { StorageNotice } from './notices.js';
import type { SavedState } from './schema.js';

/**
 * What a save was read without (`readSavedState` drops a bad value rather than the whole save), by
 * state: the fields' paths, and the notice that names them (built with the reader, in its chunk).
 * Kept apart from the schema so that the store, in the first view, can read it.
 */
export const droppedFields = new WeakMap<SavedState, readonly string[]>();
export const repairNotices = new WeakMap<SavedState, (backupKey: string | null) => StorageNotice>();
