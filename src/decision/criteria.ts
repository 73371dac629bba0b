/**
 * The criteria a team rates its candidates on: the project's adaptation of the action-planning step
 * of the CDC's School Health Index (importance, cost, time, commitment, feasibility). The seeds do
 * not contain the Index: the interface says the criteria are the project's adaptation.
 *
 * Every rating runs 1–3 and a higher rating is always « more in favour » of the action: cost 3 is
 * « peu coûteux », time 3 is « rapide à mettre en place ». The total therefore only ever adds up
 * points for the action.
 */
export const CRITERIA = ['importance', 'cost', 'time', 'commitment', 'feasibility'] as const;
export type CriterionId = (typeof CRITERIA)[number];

export const RATING_VALUES = [1, 2, 3] as const;
export type RatingValue = (typeof RATING_VALUES)[number];

/** One candidate's ratings; a criterion left out is not rated yet. */
export type CandidateRatings = Partial<Record<CriterionId, RatingValue>>;

/** The ratings of every rated candidate, by fiche or action id. */
export type RatingsById = Readonly<Record<string, CandidateRatings>>;

/**
 * A comparison holds two or three candidates: more side by side stops being a comparison. The cap
 * lives with the saved state's limits (the schema enforces it without loading this module).
 */
export const MIN_COMPARED = 2;
export { MAX_COMPARED } from '../storage/limits.js';

/** The highest total a candidate can reach (every criterion at 3). */
export const MAX_TOTAL = CRITERIA.length * RATING_VALUES[RATING_VALUES.length - 1]!;
