import type { SavedState } from '../../src/storage/schema.js';
import {
  addAsRespondents,
  addedMessage,
  IMPORT_CHOICE_MESSAGE,
  IMPORT_UNDONE_MESSAGE,
  importedMessage,
  importNeedsChoice,
} from '../../src/exchange/import-choice.js';
import { keyed } from '../../src/storage/notices.js';
import type { Notice, NoticeAction } from './context.js';
import type { DiagnosticController } from './diagnostic-controller.js';

/*
 * The store's later part, out of the first view (`LATER_IN_APP` in scripts/build/chunks.ts), in
 * one lazy chunk:
 * - `StoreSync`: what the store does when another tab or widget saved under its key;
 * - imports: the element's `importDiagnostic`, and the footer's import with its choice.
 */

/**
 * What the store does when another tab or widget saved under its key: the controller listens (the `storage` event,
 * `BroadcastChannel`) and loads this part when a save of theirs is announced, or when one of its
 * own saves finds a newer revision in storage (a stale tab). A page that is only looked at never
 * loads it.
 */
export class StoreSync {
  constructor(private readonly store: DiagnosticController) {}

  /** The text storage holds under this widget's key, or null. */
  private storedText(): string | null {
    try {
      return this.store.options.storage()?.getItem(this.store.options.storageKey) ?? null;
    } catch {
      return null;
    }
  }

  /** Reads another tab's save; null when it cannot be used here (then it is never adopted). */
  private readTheirs(parse: (text: string) => SavedState, text: string): SavedState | null {
    try {
      const state = parse(text);
      return state.catalogue.id === this.store.catalogue.id ? state : null;
    } catch {
      return null;
    }
  }

  /**
   * Another tab or widget saved under this key: this one shows the newer state at once (its own
   * work is always saved already, or it would be settling a conflict).
   */
  async followExternalSave(): Promise<void> {
    const store = this.store;
    if (store.settling || !store.store.changedElsewhere()) return;
    const parse = await store.reader();
    const text = this.storedText();
    if (!parse || text === null || store.settling || !store.store.changedElsewhere()) return;
    const theirs = this.readTheirs(parse, text);
    if (!theirs) return;
    store.store.rebase(text);
    store.lastSave = theirs.savedAt;
    const notice: Notice = {
      id: 'storage-elsewhere',
      tone: 'info',
      storage: { kind: 'elsewhere' },
    };
    store.publish(theirs, [...store.current.notices.filter((n) => n.id !== notice.id), notice]);
  }

  /**
   * A save found a newer revision in storage (a stale tab): nothing was overwritten. Both
   * versions are merged (`mergeStates`: answers by question, respondents by id), saved, and each
   * original is kept under a backup key that the notice offers for download.
   */
  async settleConflict(stored: string, mineBackup: string | null): Promise<void> {
    const store = this.store;
    const parse = await store.reader();
    // Needed only here: loaded now. Unreachable, this tab's version is saved (the newer one is
    // kept under its backup key, as for an unreadable one): the store's `settleAlone`.
    const sync = await import('../../src/storage/merge.js').catch(() => null);
    if (!sync) return store.settleAlone(stored);
    const latest = this.storedText() ?? stored;
    const theirs = parse ? this.readTheirs(parse, latest) : null;
    const theirsBackup = store.store.keepAside(latest);
    store.store.rebase(latest);
    store.settling = false;
    const mine = store.current.state;
    const merged = theirs ? sync.mergeStates(theirs, mine) : mine;
    const saved = store.persist(merged);
    const notice: Notice = {
      id: 'storage-conflict',
      tone: 'warning',
      storage: theirs
        ? {
            kind: 'conflict',
            ...(mineBackup === null ? {} : { mine: mineBackup }),
            ...(theirsBackup === null ? {} : { theirs: theirsBackup }),
          }
        : { kind: 'unmerged', ...keyed(theirsBackup) },
    };
    store.publish(saved, [...store.current.notices.filter((n) => n.id !== notice.id), notice]);
  }
}

// Imports, with the choice's French messages (`src/exchange/import-choice.ts`): loaded when an
// import starts; the choice's notice finds them loaded.

/** An export as a chosen File, its text or its parsed object. */
export async function importSource(
  store: DiagnosticController,
  source: File | string | object,
): Promise<void> {
  if (typeof File !== 'undefined' && source instanceof File) {
    const { checkImportSize } = await import('../../src/exchange/size.js');
    // Refused before reading: a 50 MB file must not freeze the page.
    checkImportSize(source.size);
    source = await source.text();
  }
  const file = await import('../../src/exchange/diagnostic-file.js');
  const options = { catalogueId: store.catalogue.id };
  // Replaces the diagnostic by the imported one; throws ImportError and keeps the current one.
  store.replaceState(
    typeof source === 'string'
      ? file.parseDiagnosticFile(source, options)
      : file.parseDiagnosticObject(source, options),
  );
}

/**
 * The footer's import: over work in progress, a file that differs waits for the user's choice
 * (a notice: replace, add as respondents, or not import); returns whether it was applied now.
 * Throws ImportError for a file that cannot be read, like `importFile`.
 */
export async function importFileAsking(store: DiagnosticController, file: File): Promise<boolean> {
  const { checkImportSize } = await import('../../src/exchange/size.js');
  // Refused before reading: a 50 MB file must not freeze the page.
  checkImportSize(file.size);
  const { parseDiagnosticFile } = await import('../../src/exchange/diagnostic-file.js');
  const imported = parseDiagnosticFile(await file.text(), { catalogueId: store.catalogue.id });
  if (!importNeedsChoice(store.current.state, imported)) {
    store.replaceState(imported);
    return true;
  }
  store.pendingImport = imported;
  store.addNotice({
    id: 'import-choice',
    tone: 'warning',
    message: IMPORT_CHOICE_MESSAGE,
    actions: ['import-replace', 'import-add', 'import-cancel'],
  });
  return false;
}

/** The import notices' buttons: replace, add as respondents, do not import; then « Annuler ». */
export function runNoticeAction(
  store: DiagnosticController,
  id: string,
  action: NoticeAction,
): void {
  const before = store.current.state;
  if (action === 'import-cancel' || action === 'import-replace' || action === 'import-add') {
    const imported = store.pendingImport;
    store.pendingImport = null;
    store.dismissNotice(id);
    if (!imported || action === 'import-cancel') return;
    store.undoState = before;
    if (action === 'import-replace') {
      // The replaced diagnostic is kept as it was, under a backup key, besides « Annuler ».
      const backupKey = store.store.keepAside(JSON.stringify(before));
      store.replaceState(imported);
      store.addNotice({
        id: 'import-done',
        tone: 'info',
        message: importedMessage(backupKey),
        actions: ['import-undo'],
      });
    } else {
      const { state, added, leftOut } = addAsRespondents(before, imported, store.now());
      store.commit(state, {}, { type: 'update' });
      store.addNotice({
        id: 'import-done',
        tone: 'info',
        message: addedMessage(added, leftOut),
        actions: ['import-undo'],
      });
    }
    return;
  }
  if (action === 'import-undo' && store.undoState) {
    const previous = store.undoState;
    store.undoState = null;
    store.dismissNotice(id);
    store.commit(previous, {}, { type: 'import' });
    store.addNotice({ id: 'import-done', tone: 'info', message: IMPORT_UNDONE_MESSAGE });
  }
}
