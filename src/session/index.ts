/** Several respondents → mean profile, spreads, divergence agenda; two profiles → deltas. */
export {
  aggregateRespondents,
  MIN_ROLE_GROUP,
  NO_ROLE_LABEL,
  OTHER_ROLES_LABEL,
  quantile,
} from './aggregate.js';
export { DEFAULT_AGENDA_SIZE, DEFAULT_DIVERGENCE_RANGE } from './divergences.js';
export { compareProfiles } from './compare.js';
export {
  axesActedOn,
  LOW_KEY_SCORE,
  retainedCoverage,
  type KeyCoverage,
  type RetainedItem,
} from './coverage.js';
export { distributionParts, distributionText, type DistributionPart } from './distribution.js';
export {
  addRespondents,
  clearPrevious,
  createSession,
  DEFAULT_SESSION_NAME,
  previousFromExport,
  removeRespondent,
  renameSession,
  respondentsFromExport,
  restoreRespondent,
  roundedMeanAnswers,
  sameAnswers,
  setAgendaNote,
  setPrevious,
  takeTabletAnswers,
  uniqueLabel,
  updateRespondent,
  type AddOptions,
  type AddResult,
  type AgendaNotePatch,
  type ImportedRespondents,
  type PreviousFromExport,
  type RemoveResult,
  type RespondentInput,
} from './transitions.js';
export type { AxisDelta, KeyDelta, ProfileComparison, ScoreDelta } from './compare.js';
export type {
  AxisSpread,
  Distribution,
  Divergence,
  KeySpread,
  QuestionSpread,
  Respondent,
  RoleGroup,
  RoleProfile,
  ScoreSpread,
  SessionOptions,
  SessionSummary,
} from './types.js';
export {
  SESSION_RECOMMENDATION_LIMIT,
  sessionViewModel,
  type SessionDecision,
  type SessionInput,
  type SessionViewModel,
} from './view.js';
