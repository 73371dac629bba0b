import {
  CRITERIA,
  RATING_VALUES,
  type CandidateRatings,
  type CriterionId,
  type RatingValue,
  type RatingsById,
} from './criteria.js';

/** True for a criterion id (untrusted input: a form value, a saved key). */
export function isCriterion(value: unknown): value is CriterionId {
  return typeof value === 'string' && (CRITERIA as readonly string[]).includes(value);
}

/** True for a rating 1, 2 or 3; anything else (0, 2.5, '3', null) is not a rating. */
export function isRatingValue(value: unknown): value is RatingValue {
  return (RATING_VALUES as readonly unknown[]).includes(value);
}

/**
 * Reads a rating from a form value (« 1 », « 2 », « 3 »; empty = not rated). Returns null for
 * anything that is not a rating, so a stray value clears rather than stores nonsense.
 */
export function parseRating(text: string): RatingValue | null {
  const value = /^[123]$/.test(text.trim()) ? Number(text.trim()) : null;
  return isRatingValue(value) ? value : null;
}

/** Sum of the ratings given; a criterion not rated adds nothing. */
export function ratingTotal(ratings: CandidateRatings | undefined): number {
  if (!ratings) return 0;
  return CRITERIA.reduce((sum, criterion) => sum + (ratings[criterion] ?? 0), 0);
}

/** How many of the five criteria are rated. */
export function ratedCount(ratings: CandidateRatings | undefined): number {
  if (!ratings) return 0;
  return CRITERIA.filter((criterion) => ratings[criterion] !== undefined).length;
}

/**
 * `ratings` with `id`'s `criterion` set to `value` (null clears it). Returns the same object when
 * nothing changes; a candidate left with no rating disappears from the record.
 */
export function withRating(
  ratings: RatingsById,
  id: string,
  criterion: CriterionId,
  value: RatingValue | null,
): RatingsById {
  const current = Object.hasOwn(ratings, id) ? ratings[id] : undefined;
  if ((current?.[criterion] ?? null) === value) return ratings;
  const next: CandidateRatings = { ...current };
  if (value === null) delete next[criterion];
  else next[criterion] = value;
  const rest = Object.fromEntries(Object.entries(ratings).filter(([key]) => key !== id));
  return ratedCount(next) === 0 ? rest : { ...rest, [id]: next };
}
