import { ImportError } from '../../src/exchange/errors.js';
import type { Messages } from '../i18n/index.js';
import type { DiagnosticActions } from './context.js';
import type { DiagnosticController } from './diagnostic-controller.js';
import { downloadText, mayBeSandboxed } from './download.js';

/** What the root does beside the controller when a view calls an action. */
export interface ActionHooks {
  /** The team pressed « Commencer »: time to prefetch the later views. */
  started(): void;
  /** A file the user chose replaced the diagnostic. */
  imported(): void;
  /** The strings of the host's current language. */
  messages(): Messages;
}

/**
 * The actions views call (through `actionsContext`): the controller's, plus what needs the DOM —
 * downloading the export, reading a chosen file and reporting its problems as a notice.
 */
export function createActions(
  controller: DiagnosticController,
  hooks: ActionHooks,
): DiagnosticActions {
  return {
    answer: controller.answer.bind(controller),
    updateContext: controller.updateContext.bind(controller),
    start: () => {
      controller.start();
      hooks.started();
    },
    restart: controller.restart.bind(controller),
    goTo: controller.goTo.bind(controller),
    goToStep: controller.goToStep.bind(controller),
    openFiche: controller.openFiche.bind(controller),
    setRetained: controller.setRetained.bind(controller),
    setDone: controller.setDone.bind(controller),
    dismissNotice: controller.dismissNotice.bind(controller),
    noticeAction: controller.noticeAction.bind(controller),
    downloadCopy: (key, fileName) => {
      const text = controller.copyText(key);
      if (text !== null) downloadText(text, fileName);
    },
    // Getters: each group arrives with its chunk (`controller.enable`).
    get session() {
      return controller.session;
    },
    get plan() {
      return controller.plan;
    },
    get decision() {
      return controller.decision;
    },
    notify: controller.notify.bind(controller),
    exportDiagnostic: () => {
      const fileName = `diagnostic-perseverance-${new Date().toISOString().slice(0, 10)}.json`;
      const text = controller.exportText();
      downloadText(text, fileName);
      // A sandboxed frame drops the download without a word: then the content is offered to copy.
      if (mayBeSandboxed())
        void import('./export-fallback.js').then(({ exportFallbackNotice }) => {
          const notice = exportFallbackNotice(hooks.messages().lang, { text, fileName });
          if (notice) controller.addNotice(notice);
        }, noop);
    },
    importFile: async (file: File) => {
      try {
        // Over work in progress, the file waits for the user's choice (a notice asks).
        const applied = await controller.importFileAsking(file);
        controller.dismissNotice('import-error');
        if (applied) hooks.imported();
      } catch (error) {
        const { errors } = hooks.messages();
        // Not the file's fault: the browser could not read it, or the widget's part that reads
        // files did not load (a failed module import stays failed: only a reload helps).
        const known = error instanceof ImportError;
        const unread = error instanceof DOMException;
        controller.addNotice({
          id: 'import-error',
          tone: 'error',
          message: known
            ? error.message
            : unread
              ? errors.fileUnreadable(file.name)
              : errors.lateParts(errors.latePart.file, false),
          actions: known || unread ? [] : ['reload'],
        });
      }
    },
  };
}

function noop(): void {}
