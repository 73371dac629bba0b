import {
  addAsRespondents,
  addedMessage,
  IMPORT_CHOICE_MESSAGE,
  IMPORT_UNDONE_MESSAGE,
  importedMessage,
  importNeedsChoice,
} from '../../src/exchange/import-choice.js';
import type { NoticeAction } from './context.js';
import type { DiagnosticController } from './diagnostic-controller.js';

/*
 * The footer import's choice, out of the first view (`LATER_IN_APP` in scripts/build/chunks.ts),
 * with its French messages (`src/exchange/import-choice.ts`): loaded when a file is chosen in the
 * footer; its notice's buttons find it loaded.
 */

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
