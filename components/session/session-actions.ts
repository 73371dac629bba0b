import {
  addRespondents,
  clearPrevious,
  createSession,
  removeRespondent,
  renameSession,
  restoreRespondent,
  setAgendaNote,
  setPrevious,
  takeTabletAnswers,
  updateRespondent,
  type AddResult,
} from '../../src/session/transitions.js';
import type { SavedState } from '../../src/storage/schema.js';
import type { AddReport, SessionActions } from '../app/context.js';
import type { StateDoor } from '../app/diagnostic-controller.js';

/**
 * The session's actions on the store's door: each applies one pure transition of
 * `src/session/transitions.ts` (saved and published by the store) and returns its report when it
 * has one. Registered with the store by the session's chunk (`controller.enable('session', …)`).
 */
export function createSessionActions(door: StateDoor): SessionActions {
  /** Applies a transition that reports something (saved and published), and returns the report. */
  const report = <R extends { readonly state: SavedState }>(
    transition: (state: SavedState) => R,
  ): R => {
    const result = transition(door.current().state);
    door.update(() => result.state);
    return result;
  };
  // The report only: the state it was computed on is the store's business.
  const added = ({ added, refused }: AddResult): AddReport => ({ added, refused });
  return {
    start: ({ name, version }) =>
      door.update((state) =>
        createSession(state, { name, version, createdAt: door.now().toISOString() }),
      ),
    rename: (name) => door.update((state) => renameSession(state, name)),
    addRespondents: (inputs, options) =>
      added(report((state) => addRespondents(state, inputs, options))),
    takeTablet: (who, options) => added(report((state) => takeTabletAnswers(state, who, options))),
    removeRespondent: (id) => report((state) => removeRespondent(state, id)).removed,
    restoreRespondent: (respondent, index) =>
      door.update((state) => restoreRespondent(state, respondent, index)),
    updateRespondent: (id, patch) => door.update((state) => updateRespondent(state, id, patch)),
    setPrevious: (previous) => door.update((state) => setPrevious(state, previous)),
    clearPrevious: () => door.update(clearPrevious),
    showSection: (section) => door.setSessionUi({ section }),
    setProjector: (projector) => door.setSessionUi({ projector }),
    tickStep: (index, on) => {
      const { state, sessionUi } = door.current();
      const ticksFor = state.session?.createdAt ?? null;
      const ticks = (sessionUi.ticksFor === ticksFor ? sessionUi.ticks : []).filter(
        (step) => step !== index,
      );
      door.setSessionUi({ ticks: on ? [...ticks, index].sort((a, b) => a - b) : ticks, ticksFor });
    },
    keepCodes: (codes) => {
      if ((door.current().sessionUi.codes ?? '') !== codes) door.setSessionUi({ codes });
    },
    setAgendaNote: (questionId, patch) =>
      door.update((state) => setAgendaNote(state, questionId, patch)),
  };
}
