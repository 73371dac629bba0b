/** Profile + establishment → ranked fiches and actions with reasons; resources; readiness. */
export { recommend, DEFAULT_RECOMMENDATION_LIMIT, START_FIRST_IDS } from './recommend.js';
export { decisionOf, PRIORITY_MIN, PRIORITY_MAX } from './decision.js';
export type { AxisGap, AxisGroup, Decision, DecisionStatus } from './decision.js';
export { recommendResources, DEFAULT_RESOURCE_LIMIT, DEFAULT_RESOURCE_AXES } from './resources.js';
export { assessReadiness, MIN_KNOWN_SHARE } from './readiness.js';
export { fitsLevels, specificLevels, PUBLICS_BONUS, DONE_FACTOR } from './relevance.js';
export { compareRanked, FICHE_BONUS, LEVEL_BONUS, NEAR_TIE } from './rank.js';
export { addressedQuestions } from './questions.js';
export { WEAK_SCORE, weakAxesOf } from './weakness.js';
export type {
  AxisReason,
  DoneReason,
  EstablishmentContext,
  KeyReason,
  LevelReason,
  PublicsReason,
  Readiness,
  Reason,
  ReasonQuestion,
  Recommendation,
  RecommendOptions,
  ResourceOptions,
  ResourceSuggestion,
  StartReason,
} from './types.js';
