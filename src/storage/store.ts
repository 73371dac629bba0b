import {
  corruptedNotice,
  QUOTA_MESSAGE,
  UNAVAILABLE_MESSAGE,
  type StorageNotice,
} from './notices.js';
import { SavedStateError } from './errors.js';
import { isQuotaError, type StoragePort } from './port.js';
import type { SavedState } from './schema.js';
import { serializeState } from './serialize.js';

export type StorageMode = 'persistent' | 'memory';

export interface LoadResult {
  /** null: nothing saved yet, or the save was unreadable (then `notice` says so). */
  readonly state: SavedState | null;
  readonly notice?: StorageNotice;
}

export interface SaveResult {
  /** false: kept in memory only (storage unavailable or full). */
  readonly persisted: boolean;
  /** Given once, on the save that switched the store to memory. */
  readonly notice?: StorageNotice;
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
  load(): LoadResult;
  save(state: SavedState): SaveResult;
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
    return { kind, message: kind === 'quota' ? QUOTA_MESSAGE : UNAVAILABLE_MESSAGE };
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
    if (raw === null || raw === undefined) return { state: null };
    const text = String(raw);
    try {
      const state = options.parse(text);
      const { catalogueId } = options;
      if (catalogueId !== undefined && state.catalogue.id !== catalogueId)
        throw new SavedStateError('catalogue', state.catalogue.id);
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
      port.setItem(key, serializeState(state));
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

  return {
    get mode() {
      return mode;
    },
    get unsavedBackup() {
      return unsavedBackup;
    },
    load,
    save,
    clear,
  };
}
