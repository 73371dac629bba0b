import { keyed, type StorageNotice } from './notices.js';

/** A save read without some bad values (`readSavedState`): the rest is kept, the original too. */
export function repairedNotice(
  dropped: readonly string[],
  backupKey: string | null,
): StorageNotice {
  return { kind: 'repaired', dropped: [...dropped], ...keyed(backupKey) };
}
