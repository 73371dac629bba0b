import type { SavedDecision, SavedState } from '../storage/schema.js';
import { toggleCompared } from './compare.js';
import type { CriterionId, RatingValue } from './criteria.js';
import { withRating } from './ratings.js';

/** A state without a comparison yet (older saves, a fresh diagnostic): nothing compared or rated. */
export const NO_DECISION: SavedDecision = { compared: [], ratings: {} };

/** The state's comparison, or the empty one. */
export function decisionOfState(state: SavedState): SavedDecision {
  return state.decision ?? NO_DECISION;
}

function withDecision(state: SavedState, decision: SavedDecision): SavedState {
  return { ...state, decision };
}

/**
 * Ticks or unticks « Comparer » on a candidate. A fourth candidate is refused: the same state
 * comes back. The ratings stay when a candidate leaves the comparison (it may come back).
 */
export function setCompared(state: SavedState, id: string, on: boolean): SavedState {
  const current = decisionOfState(state);
  const compared = toggleCompared(current.compared, id, on);
  return compared === current.compared
    ? state
    : withDecision(state, { ...current, compared: [...compared] });
}

/** Rates one criterion of a candidate (null clears it); the same state when nothing changes. */
export function rateCandidate(
  state: SavedState,
  id: string,
  criterion: CriterionId,
  value: RatingValue | null,
): SavedState {
  const current = decisionOfState(state);
  const ratings = withRating(current.ratings, id, criterion, value);
  return ratings === current.ratings ? state : withDecision(state, { ...current, ratings });
}
