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
 * Imports, out of the first view (`LATER_IN_APP` in scripts/build/chunks.ts): the element's
 * `importDiagnostic`, and the footer's import with its choice and French messages
 * (`src/exchange/import-choice.ts`). Loaded when an import starts; the choice's notice finds it
 * loaded.
 */

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
