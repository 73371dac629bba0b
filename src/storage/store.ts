import { repairNotices } from './repairs.js';
import { corruptedNotice, type StorageNotice } from './notices.js';
import { SavedStateError } from './errors.js';
import { isQuotaError, type StoragePort } from './port.js';
import type { SavedState } from './schema.js';
import { readRevision, serializeStored } from './serialize.js';

export type StorageMode = 'persistent' | 'memory';

export interface LoadResult {
  /** null: nothing saved yet, or the save was unreadable (then `notice` says so). */
  readonly state: SavedState | null;
  readonly notice?: StorageNotice;
}

export interface SaveResult {
  /** false: kept in memory only (storage unavailable or full), or not written (`conflict`). */
  readonly persisted: boolean;
  /** Given once, on the save that switched the store to memory. */
  readonly notice?: StorageNotice;
  /**
   * Storage holds a newer revision than the one this save replaces (another tab, or another
   * widget with the same key, saved since): nothing was overwritten. `stored` is what storage
   * holds; this save was copied under `backupKey` (null when that copy failed too).
   */
  readonly conflict?: { readonly stored: string; readonly backupKey: string | null };
}

export interface StateStoreOptions {
  readonly key: string;
  /** A getter, because merely reading `window.localStorage` throws when cookies are blocked. */
  readonly port: () => StoragePort | null | undefined;
  /**
   * The catalogue the widget runs: a save made for another one (same key, another catalogue) is set
   * aside like an unreadable one, rather than silently dropped and overwritten.
   */
  readonly catalogueId?: string;
  /**
   * Reads a saved text (`parseSavedState`; throws `SavedStateError` when it cannot be used). Passed
   * in because it carries the schema: the widget loads it only when something was saved.
   */
  readonly parse: (text: string) => SavedState;
  /** Clock for backup keys (tests). */
  readonly now?: () => Date;
}

export interface StateStore {
  readonly mode: StorageMode;
  /** An unreadable save that could not be copied aside: offer it for download before it is lost. */
  readonly unsavedBackup: string | null;
  /** The revision this store last read or wrote: what its next save replaces. */
  readonly revision: number;
  /** Whether storage holds a save other than the one this store last read or wrote. */
  changedElsewhere(): boolean;
  load(): LoadResult;
  /** Writes `state` unless storage holds a newer revision than this store's (then `conflict`). */
  save(state: SavedState): SaveResult;
  /** Takes `stored` (a text storage held) as the base of the next save: after a merge. */
  rebase(stored: string): void;
  /** Copies a text under a new backup key `<key>.backup-<date>`; null when it cannot. */
  keepAside(text: string): string | null;
  clear(): void;
}

/** Backups are never overwritten: a suffix is added until a free key is found. */
const MAX_BACKUP_ATTEMPTS = 100;

/**
 * Keeps the saved state in an injected storage and never throws: when the storage is missing,
 * refuses access or is full, the store switches to memory for the rest of the page (no flapping
 * between modes) and reports it once.
 */
export function createStateStore(options: StateStoreOptions): StateStore {
  const { key } = options;
  const now = options.now ?? (() => new Date());
  let mode: StorageMode = 'persistent';
  let memory: SavedState | null = null;
  let unsavedBackup: string | null = null;
  /** What this store last read or wrote, and its revision. */
  let lastText: string | null = null;
  let revision = 0;

  function openPort(): StoragePort | null {
    try {
      return options.port() ?? null;
    } catch {
      return null;
    }
  }

  function switchToMemory(kind: 'unavailable' | 'quota'): StorageNotice | undefined {
    if (mode === 'memory') return undefined;
    mode = 'memory';
    return { kind };
  }

  function writeBackup(port: StoragePort, raw: string): string | null {
    const base = `${key}.backup-${now().toISOString()}`;
    for (let attempt = 0; attempt < MAX_BACKUP_ATTEMPTS; attempt += 1) {
      const candidate = attempt === 0 ? base : `${base}-${attempt + 1}`;
      try {
        const existing = port.getItem(candidate);
        if (existing !== null && existing !== undefined) continue;
        port.setItem(candidate, raw);
        return candidate;
      } catch {
        return null;
      }
    }
    return null;
  }

  function setAside(port: StoragePort, raw: string, error: unknown): LoadResult {
    const backupKey = writeBackup(port, raw);
    if (backupKey === null) {
      // Keep the unreadable save where it is (a newer widget may read it) by not writing over it.
      unsavedBackup = raw;
      mode = 'memory';
    } else {
      try {
        port.removeItem(key);
      } catch {
        // The next save overwrites it; the backup already holds a copy.
      }
    }
    return { state: null, notice: corruptedNotice(error, backupKey) };
  }

  function load(): LoadResult {
    if (mode === 'memory') return { state: memory };
    const port = openPort();
    let raw: unknown;
    try {
      if (!port) throw new Error('no storage');
      raw = port.getItem(key);
    } catch {
      const notice = switchToMemory('unavailable');
      return notice ? { state: memory, notice } : { state: memory };
    }
    if (raw === null || raw === undefined) {
      lastText = null;
      return { state: null };
    }
    const text = String(raw);
    lastText = text;
    revision = readRevision(text);
    try {
      const state = options.parse(text);
      const { catalogueId } = options;
      if (catalogueId !== undefined && state.catalogue.id !== catalogueId)
        throw new SavedStateError('catalogue', state.catalogue.id);
      const repaired = repairNotices.get(state);
      if (repaired) return { state, notice: repaired(writeBackup(port!, text)) };
      return { state };
    } catch (error) {
      return setAside(port!, text, error);
    }
  }

  function save(state: SavedState): SaveResult {
    memory = state;
    if (mode === 'memory') return { persisted: false };
    try {
      const port = openPort();
      if (!port) throw new Error('no storage');
      const stored = port.getItem(key);
      // Only a text this store did not write can be newer: its revision is read then.
      if (stored !== null && stored !== undefined && stored !== lastText) {
        const storedRevision = readRevision(String(stored));
        if (storedRevision > revision) {
          const backupKey = writeBackup(port, serializeStored(state, revision));
          return { persisted: false, conflict: { stored: String(stored), backupKey } };
        }
      }
      const text = serializeStored(state, revision + 1);
      port.setItem(key, text);
      revision += 1;
      lastText = text;
      return { persisted: true };
    } catch (error) {
      const notice = switchToMemory(isQuotaError(error) ? 'quota' : 'unavailable');
      return notice ? { persisted: false, notice } : { persisted: false };
    }
  }

  function clear(): void {
    memory = null;
    if (mode === 'memory') return;
    try {
      openPort()?.removeItem(key);
    } catch {
      // Nothing to report: the next save overwrites whatever is left.
    }
  }

  function changedElsewhere(): boolean {
    if (mode === 'memory') return false;
    try {
      const stored = openPort()?.getItem(key) ?? null;
      return stored !== null && stored !== lastText && readRevision(stored) > revision;
    } catch {
      return false;
    }
  }

  function rebase(stored: string): void {
    lastText = stored;
    revision = readRevision(stored);
  }

  function keepAside(text: string): string | null {
    const port = openPort();
    return port ? writeBackup(port, text) : null;
  }

  return {
    get mode() {
      return mode;
    },
    get revision() {
      return revision;
    },
    changedElsewhere,
    rebase,
    keepAside,
    get unsavedBackup() {
      return unsavedBackup;
    },
    load,
    save,
    clear,
  };
}
