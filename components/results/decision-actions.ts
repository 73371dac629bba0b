import { rateCandidate, setCompared } from '../../src/decision/state.js';
import type { DecisionActions } from '../app/context.js';
import type { StateDoor } from '../app/diagnostic-controller.js';

/**
 * The comparison's actions on the store's door: each applies one pure transition of
 * `src/decision/state.ts` (saved with the diagnostic, no public event). Registered with the store
 * by the results' chunk (`controller.enable('decision', …)`), so the first view does not carry them.
 */
export function createDecisionActions(door: StateDoor): DecisionActions {
  return {
    setCompared: (id, on) => door.update((state) => setCompared(state, id, on)),
    rate: (id, criterion, value) =>
      door.update((state) => rateCandidate(state, id, criterion, value)),
  };
}
