import { createContext } from '@lit/context';
import type { Catalogue } from '../../src/catalogue/schema.js';
import type { AnswerCount, AnswerValue } from '../../src/diagnostic/answers.js';
import type { Profile } from '../../src/diagnostic/profile.js';
import type { EstablishmentContext, Recommendation } from '../../src/recommend/index.js';
import type { KeyId } from '../../src/catalogue/schema.js';
import type { QuestionnaireVersion } from '../../src/diagnostic/answers.js';
import type { CriterionId, RatingValue } from '../../src/decision/criteria.js';
import type { PlanDateField } from '../../src/plan/calendar.js';
import type { DraftValues } from '../../src/plan/draft.js';
import type {
  AddOptions,
  AgendaNotePatch,
  RemoveResult,
  RespondentInput,
} from '../../src/session/transitions.js';
import type { SavedState } from '../../src/storage/index.js';
import type { StorageNotice } from '../../src/storage/notices.js';
import type { SavedPlanEntry, SavedPrevious, SavedRespondent } from '../../src/storage/schema.js';
import type { Messages } from '../i18n/index.js';
import type { ViewId } from './views.js';

export type { ViewId };
export type Layout = 'steps' | 'page';

export interface Notice {
  readonly id: string;
  readonly tone: 'info' | 'warning' | 'error';
  /** The sentence, in the widget's language when the notice was added (imports, failed parts). */
  readonly message?: string;
  /**
   * A storage notice as facts, instead of `message`: worded in the current language (again when
   * it changes), with its set-aside copies offered for download.
   */
  readonly storage?: StorageNotice;
  /**
   * Buttons beside the message: « Recharger la page » when only a reload can help; the choices
   * of an import that would replace work, and « Annuler » after it (`DiagnosticActions.noticeAction`).
   */
  readonly actions?: readonly NoticeAction[];
  /**
   * A file's content to copy by hand, in a read-only field under the message: the export when the
   * host page may block downloads (a sandboxed frame).
   */
  readonly copy?: { readonly label: string; readonly text: string };
}

export type NoticeAction =
  'reload' | 'import-replace' | 'import-add' | 'import-cancel' | 'import-undo';

export type SessionSection = 'prepare' | 'collect' | 'profile' | 'discuss' | 'decide' | 'report';

/**
 * Where the facilitator is in the session view: kept in the snapshot (not saved), so it survives
 * leaving the view — passing the tablet goes through the questionnaire — but not a reload.
 */
export interface SessionUi {
  /** The section shown; null: the default one (collect once there are respondents). */
  readonly section: SessionSection | null;
  /** Projector mode: larger type, fewer controls. */
  readonly projector: boolean;
  /** The facilitator's script steps ticked, for the session created at `ticksFor`. */
  readonly ticks: readonly number[];
  readonly ticksFor: string | null;
}

/** Everything a view reads, as one immutable snapshot: replaced, never mutated. */
export interface DiagnosticSnapshot {
  readonly catalogue: Catalogue;
  readonly state: SavedState;
  /** Scored when first read. */
  readonly profile: Profile;
  /** How many questions are answered: what the questionnaire shows on every click. */
  readonly answered: AnswerCount;
  readonly recommendations: readonly Recommendation[];
  readonly establishment: EstablishmentContext;
  readonly view: ViewId;
  readonly step: number;
  readonly ficheId: string | null;
  readonly layout: Layout;
  readonly storageMode: 'persistent' | 'memory';
  /** When this page last saved, or when the resumed diagnostic was saved; null before either. */
  readonly savedAt: string | null;
  readonly hasSavedProgress: boolean;
  /** Steps the user left with unanswered questions: highlighted, never blocking. */
  readonly visitedSteps: readonly number[];
  readonly notices: readonly Notice[];
  readonly sessionUi: SessionUi;
}

/** What adding respondents did: who joined (with their id and label) and who did not fit. */
export interface AddReport {
  readonly added: readonly SavedRespondent[];
  readonly refused: readonly RespondentInput[];
}

/**
 * The GPDS session's actions (`src/session/transitions.ts` applied, saved and published), and
 * where the facilitator is in its view. Available once the session's chunk has loaded.
 */
export interface SessionActions {
  /** Starts a new session (replacing the current one), dated now. */
  start(start: { readonly name: string; readonly version: QuestionnaireVersion }): void;
  rename(name: string): void;
  addRespondents(inputs: readonly RespondentInput[], options?: AddOptions): AddReport;
  /** « Passer la tablette »: this device's answers become a respondent and are cleared. */
  takeTablet(
    who: { readonly label?: string; readonly role?: string },
    options?: AddOptions,
  ): AddReport;
  /** What was removed and where (to undo with `restoreRespondent`); null when absent. */
  removeRespondent(id: string): RemoveResult['removed'];
  restoreRespondent(respondent: SavedRespondent, index: number): void;
  updateRespondent(
    id: string,
    patch: { readonly label?: string; readonly role?: string | null },
  ): void;
  setPrevious(previous: SavedPrevious): void;
  clearPrevious(): void;
  showSection(section: SessionSection): void;
  setProjector(on: boolean): void;
  /** Ticks or unticks a step of the facilitator's script, for the current session. */
  tickStep(index: number, on: boolean): void;
  /** The team's notes and decision on an agenda question (saved with the session). */
  setAgendaNote(questionId: string, patch: AgendaNotePatch): void;
}

/** The action plan's actions (`src/plan/transitions.ts` applied, saved and published). */
export interface PlanActions {
  /** One of the year's dates; `undefined` goes back to the suggested one. */
  setDate(field: PlanDateField, value: string | undefined): void;
  /** Saves an action's entry (pilot, publics, dates, checklist, bilan). */
  putEntry(entry: SavedPlanEntry): void;
  /** Saves a drafted fiche, new or edited; refused without a title or past `MAX_DRAFTS`. */
  saveDraft(
    id: string,
    values: DraftValues,
    target: { readonly axes: readonly string[]; readonly keys: readonly KeyId[] },
  ): void;
  removeDraft(id: string): void;
  /** Keeps the editor's text for a draft as typed, before it is saved; null forgets it. */
  keepDraft(id: string, values: DraftValues | null): void;
}

/** The comparison of candidates and their ratings, saved with the diagnostic. */
export interface DecisionActions {
  /** Ticks or unticks « Comparer » on a candidate; a fourth is refused (the view says why). */
  setCompared(id: string, on: boolean): void;
  /** Rates a candidate on one criterion, 1–3 (null clears it). */
  rate(id: string, criterion: CriterionId, value: RatingValue | null): void;
}

/** The only way views change the diagnostic; stable for the element's lifetime. */
export interface DiagnosticActions {
  answer(questionId: string, value: AnswerValue): void;
  updateContext(patch: Partial<SavedState['context']>): void;
  start(): void;
  restart(): void;
  goTo(view: ViewId): void;
  goToStep(step: number): void;
  openFiche(id: string): void;
  setRetained(id: string, retained: boolean): void;
  setDone(id: string, done: boolean): void;
  dismissNotice(id: string): void;
  /**
   * Downloads a copy a storage notice offers: the raw text kept under `key` in this browser's
   * storage (null: the unreadable save that could not be copied aside, kept in memory).
   */
  downloadCopy(key: string | null, fileName: string): void;
  /** A notice's button (other than « Recharger la page », which the notice handles itself). */
  noticeAction(id: string, action: NoticeAction): void;
  /**
   * The session's and the plan's actions: each applies a pure domain transition, saves and
   * publishes a new snapshot; none fires a public event. Read them once their chunk has loaded.
   */
  readonly session: SessionActions;
  readonly plan: PlanActions;
  /** The comparison's actions (`src/decision/state.ts`), with the results' chunk. */
  readonly decision: DecisionActions;
  /** Shows a notice (e.g. an import problem) until the user dismisses it. */
  notify(notice: Notice): void;
  exportDiagnostic(): void;
  importFile(file: File): Promise<void>;
}

export const diagnosticContext = createContext<DiagnosticSnapshot>(
  Symbol('perseverance-diagnostic'),
);
export const actionsContext = createContext<DiagnosticActions>(Symbol('perseverance-actions'));
export const messagesContext = createContext<Messages>(Symbol('perseverance-messages'));
