import type { Messages } from '../i18n/index.js';
import type { Notice } from './context.js';
import type * as StorageNoticeModule from './storage-notice.js';

/*
 * The words of the storage notices: the first view's (the store cannot write) are in the base
 * strings; the others (a save set aside or repaired, another tab's save) come with their download
 * buttons in `storage-notice.ts`, loaded the first time one is shown.
 */

type Later = typeof StorageNoticeModule;
let later: Later | null = null;
let loading: Promise<unknown> | null = null;
let failed = false;

/** Whether `notice` needs `storage-notice.ts`, not tried yet. */
export function awaitsWords(notice: Notice): boolean {
  const kind = notice.storage?.kind;
  return !!kind && kind !== 'unavailable' && kind !== 'quota' && !later && !failed;
}

/** Loads `storage-notice.ts`, once per page (a failed load stays failed: only a reload helps). */
export function loadStorageNotices(): Promise<unknown> {
  return (loading ??= import('./storage-notice.js').then(
    (module) => (later = module),
    () => (failed = true),
  ));
}

/** `storage-notice.ts` once loaded. */
export function storageNotices(): Later | null {
  return later;
}

/**
 * What a notice says in the language of `messages`; null while its words load
 * (`loadStorageNotices`); when they cannot, that a part of the widget is missing (reload).
 */
export function noticeText(notice: Notice, messages: Messages): string | null {
  const { storage } = notice;
  if (!storage) return notice.message ?? '';
  if (storage.kind === 'unavailable' || storage.kind === 'quota')
    return messages.storageNotice[storage.kind];
  if (later) return later.storageText(storage, messages.lang);
  const { errors } = messages;
  return failed ? errors.lateParts(errors.latePart.notice, false) : null;
}
