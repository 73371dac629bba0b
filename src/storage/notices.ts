import { SavedStateError, type SavedStateErrorReason } from './errors.js';

/**
 * Something the user should know about where their work lives, as facts, not sentences: the
 * interface words it in its language (`components/i18n`, `storageNotice`) and offers the copy set
 * aside (`backupKey`, `mine`, `theirs`: keys of this browser's storage) for download.
 * - `unavailable`, `quota`: the store keeps the answers in memory, for this page only;
 * - `corrupted`: the save could not be used (`reason`; `catalogue`: the other questionnaire's id)
 *   and was set aside under `backupKey` (absent: it could not be, and is left in place);
 * - `repaired`: read without the values at `dropped` (paths), the original kept under `backupKey`;
 * - `elsewhere`: another tab or widget saved under the same key, and its version is shown;
 * - `conflict`: a stale save met a newer one: both merged, each original kept (`mine`, `theirs`);
 * - `unmerged`: a stale save met a newer one that could not be merged (unreadable here, or the
 *   merge did not load): this tab's version is saved, the other kept under `backupKey`.
 */
export type StorageNotice =
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'quota' }
  | { readonly kind: 'elsewhere' }
  | {
      readonly kind: 'corrupted';
      readonly reason: SavedStateErrorReason | 'unknown';
      readonly catalogue?: string;
      readonly backupKey?: string;
    }
  | { readonly kind: 'repaired'; readonly dropped: readonly string[]; readonly backupKey?: string }
  | { readonly kind: 'conflict'; readonly mine?: string; readonly theirs?: string }
  | { readonly kind: 'unmerged'; readonly backupKey?: string };

export type StorageNoticeKind = StorageNotice['kind'];

/** `backupKey` as an optional field: absent when the copy could not be written. */
export function keyed(backupKey: string | null): { readonly backupKey?: string } {
  return backupKey === null ? {} : { backupKey };
}

/** Why a save could not be used, and where it was set aside (null: it could not be). */
export function corruptedNotice(error: unknown, backupKey: string | null): StorageNotice {
  const reason = error instanceof SavedStateError ? error.reason : 'unknown';
  return {
    kind: 'corrupted',
    reason,
    ...(reason === 'catalogue' ? { catalogue: (error as SavedStateError).message } : {}),
    ...keyed(backupKey),
  };
}
