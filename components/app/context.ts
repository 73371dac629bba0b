import { createContext } from '@lit/context';
import type { Catalogue } from '../../src/catalogue/schema.js';
import type { AnswerCount, AnswerValue } from '../../src/diagnostic/answers.js';
import type { Profile } from '../../src/diagnostic/profile.js';
import type { EstablishmentContext, Recommendation } from '../../src/recommend/index.js';
import type { SavedState } from '../../src/storage/index.js';
import type { Messages } from '../i18n/index.js';
import type { ViewId } from './views.js';

export type { ViewId };
export type Layout = 'steps' | 'page';

export interface Notice {
  readonly id: string;
  readonly tone: 'info' | 'warning' | 'error';
  readonly message: string;
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
   * Applies a pure domain transition to the saved state (session, plan…), saves it and publishes
   * a new snapshot. Fires no public event: callers that need one dispatch it themselves.
   */
  update(transition: (state: SavedState) => SavedState): void;
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
