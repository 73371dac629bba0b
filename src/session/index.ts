/** Several respondents → mean profile, spreads, divergence agenda; two profiles → deltas. */
export { aggregateRespondents, NO_ROLE_LABEL } from './aggregate.js';
export { DEFAULT_DIVERGENCE_RANGE } from './divergences.js';
export { compareProfiles } from './compare.js';
export type { AxisDelta, KeyDelta, ProfileComparison, ScoreDelta } from './compare.js';
export type {
  AxisSpread,
  Distribution,
  Divergence,
  KeySpread,
  QuestionSpread,
  Respondent,
  RoleProfile,
  ScoreSpread,
  SessionOptions,
  SessionSummary,
} from './types.js';
