import type { CatalogueProblem } from './catalogue-loader.js';
import type { DiagnosticSnapshot } from './context.js';
import { awaitsWords, loadStorageNotices, noticeText } from './notice-text.js';
import { messagesFor, type Messages } from '../i18n/index.js';
import type { ChangeCause } from './diagnostic-controller.js';
import type { LitElement } from 'lit';
import type { Catalogue } from '../../src/catalogue/schema.js';
import {
  PerseveranceChangeEvent,
  PerseveranceCompleteEvent,
  PerseveranceReadyEvent,
  PerseveranceErrorEvent,
  PerseveranceSelectionChangeEvent,
} from './events.js';

/** What a change means for the host page, beside the events: `complete` needs recommendations. */
export interface ChangeOutcome {
  /** The user just answered the last question of the chosen version. */
  readonly completed: boolean;
}

/**
 * Tells the host page what the user did: each change of the diagnostic becomes the public events
 * it stands for (an answer, a selection, a new notice). Nothing fires for a change the host or a
 * load made, only for the causes a user's action has.
 */
export function announceChange(
  host: EventTarget,
  before: DiagnosticSnapshot | null,
  snapshot: DiagnosticSnapshot,
  cause: ChangeCause,
): ChangeOutcome {
  let completed = false;
  if (cause.type === 'answer') {
    const { questionId } = cause;
    host.dispatchEvent(
      new PerseveranceChangeEvent({ questionId, answers: snapshot.state.answers }),
    );
    const { answered, total } = snapshot.answered;
    completed = !!before && before.answered.answered < total && answered === total;
  }
  if (cause.type === 'selection') {
    const { retained, done } = snapshot.state.selection;
    host.dispatchEvent(new PerseveranceSelectionChangeEvent({ retained, done }));
  }
  announceNotices(host, before?.notices ?? [], snapshot.notices);
  return { completed };
}

/** Each notice that was not there before is a storage or import problem the host may log. */
export function announceNotices(
  host: EventTarget,
  before: DiagnosticSnapshot['notices'],
  after: DiagnosticSnapshot['notices'],
): void {
  for (const notice of after) {
    if (before.some((old) => old.id === notice.id)) continue;
    const kind = notice.id.startsWith('import') ? 'import' : 'storage';
    // In the widget's language, as shown: a storage notice's words may have to load first.
    const send = () => {
      const messages = messagesFor((host as Partial<HTMLElement>).lang);
      host.dispatchEvent(
        new PerseveranceErrorEvent({ kind, message: noticeText(notice, messages)! }),
      );
    };
    if (awaitsWords(notice)) void loadStorageNotices().then(send);
    else send();
  }
}

/** The widget is interactive: its first view has rendered. */
export function announceReady(host: EventTarget, catalogue: Catalogue): void {
  const { id: catalogueId, questions } = catalogue;
  host.dispatchEvent(new PerseveranceReadyEvent({ catalogueId, questionCount: questions.length }));
}

/** The last question is answered: the profile and the first recommendations, for the host. */
export function announceComplete(host: EventTarget, snapshot: DiagnosticSnapshot): void {
  const { profile, recommendations } = snapshot;
  host.dispatchEvent(
    new PerseveranceCompleteEvent({ profile, recommendations: recommendations.slice(0, 5) }),
  );
}

/** The diagnostic cannot start: a catalogue lists its problems (maybe none: a network error). */
export function announceFailure(
  host: EventTarget,
  kind: 'catalogue' | 'storage',
  { message, issues }: CatalogueProblem,
): void {
  const detail = kind === 'catalogue' ? { kind, message, issues } : { kind, message };
  host.dispatchEvent(new PerseveranceErrorEvent(detail));
}

/** Once the root, then its view, then the view's own children (the questions) have rendered. */
export async function whenRendered(root: LitElement): Promise<void> {
  await root.updateComplete;
  await root.renderRoot.querySelector<LitElement>('[data-view]')?.updateComplete;
}

/** What the status region says after an answer: saved, and how far the team has got. */
export function progressStatus(messages: Messages, snapshot: DiagnosticSnapshot): string {
  const { answered, total } = snapshot.answered;
  return `${messages.save.saved} — ${messages.questionnaire.progress(answered, total)}`;
}
