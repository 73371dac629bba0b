/**
 * The team's decision among recommended candidates: the rating criteria (the project's adaptation
 * of the CDC School Health Index's action planning), rating validation, the comparison's rules and
 * the ranking after rating. Pure: no DOM.
 */
export {
  CRITERIA,
  RATING_VALUES,
  MIN_COMPARED,
  MAX_COMPARED,
  MAX_TOTAL,
  type CriterionId,
  type RatingValue,
  type CandidateRatings,
  type RatingsById,
} from './criteria.js';
export {
  isCriterion,
  isRatingValue,
  parseRating,
  ratingTotal,
  ratedCount,
  withRating,
} from './ratings.js';
export { toggleCompared, canCompare } from './compare.js';
export { rankCandidates, type RankCandidate, type RankedCandidate } from './ranking.js';
export { NO_DECISION, decisionOfState, setCompared, rateCandidate } from './state.js';
