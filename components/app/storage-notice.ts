import { html, nothing } from 'lit';
import type { StorageNotice } from '../../src/storage/notices.js';
import type { Lang } from '../i18n/index.js';
import { storageEn } from '../i18n/storage-en.js';
import { storageFr, type LaterStorageNotice } from '../i18n/storage-fr.js';
import type { DiagnosticActions } from './context.js';

/*
 * The storage notices other than « storage unavailable or full » (a save set aside or repaired,
 * another tab's save): their words in both languages (a language switch rewords them at once) and
 * the buttons that download the copies set aside. Loaded the first time one is shown
 * (`notice-text.ts`), never in the first view (`LATER_IN_APP` in scripts/build/chunks.ts).
 */

/** What `notice` says in `lang`. */
export function storageText(notice: LaterStorageNotice, lang: Lang): string {
  return (lang === 'en' ? storageEn : storageFr).text(notice);
}

/** Which button offers a copy: the one copy, or either version of a conflict. */
type CopyLabel = 'download' | 'mine' | 'theirs';

/**
 * The copies a notice offers, with the storage key each is kept under (null: the unreadable save
 * that could not be copied aside, kept in memory for this page).
 */
function copiesOf(notice: StorageNotice): [CopyLabel, string | null][] {
  if (notice.kind === 'corrupted') return [['download', notice.backupKey ?? null]];
  if (notice.kind === 'conflict') {
    const copies: [CopyLabel, string][] = [];
    if (notice.mine) copies.push(['mine', notice.mine]);
    if (notice.theirs) copies.push(['theirs', notice.theirs]);
    return copies;
  }
  if ((notice.kind === 'repaired' || notice.kind === 'unmerged') && notice.backupKey)
    return [['download', notice.backupKey]];
  return [];
}

/** « Télécharger la copie mise de côté » (or each version of a conflict): the raw text, as JSON. */
export function copyButtons(notice: StorageNotice, lang: Lang, actions?: DiagnosticActions) {
  const m = lang === 'en' ? storageEn : storageFr;
  const date = new Date().toISOString().slice(0, 10);
  return copiesOf(notice).map(
    ([label, key]) =>
      html`<button
        type="button"
        @click=${() => actions?.downloadCopy(key, `${m.file}-${date}.json`)}
      >
        ${m[label]}
      </button>`,
  );
}

/** Small print for whoever helps: where the copies are kept, and what a repair left out. */
export function supportDetail(notice: StorageNotice, lang: Lang) {
  const keys = copiesOf(notice).flatMap(([, key]) => (key === null ? [] : [key]));
  const items = [...keys, ...(notice.kind === 'repaired' ? notice.dropped : [])];
  if (items.length === 0) return nothing;
  const { support } = lang === 'en' ? storageEn : storageFr;
  return html`<small>${support} ${items.map((item) => `« ${item} »`).join(' ; ')}</small>`;
}
