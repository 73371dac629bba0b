import {
  keepDraftText,
  putEntry,
  removeDraft,
  saveDraft,
  setPlanDate,
} from '../../src/plan/transitions.js';
import type { PlanActions } from '../app/context.js';
import type { StateDoor } from '../app/diagnostic-controller.js';

/**
 * The plan's actions on the store's door: each applies one pure transition of
 * `src/plan/transitions.ts`, saved and published by the store. Registered with the store by the
 * plan's chunk (`controller.enable('plan', …)`).
 */
export function createPlanActions(door: StateDoor): PlanActions {
  return {
    setDate: (field, value) => door.update(setPlanDate(field, value)),
    putEntry: (entry) => door.update(putEntry(entry)),
    saveDraft: (id, values, target) => door.update(saveDraft(id, values, target)),
    removeDraft: (id) => door.update(removeDraft(id)),
    keepDraft: (id, values) => door.update(keepDraftText(id, values)),
  };
}
