/** Answers → profile: the diagnostic's public API. */
export {
  QUESTIONNAIRE_VERSIONS,
  MAX_ANSWER,
  answerOf,
  appliesTo,
  countAnswers,
  isAnswerValue,
  isQuestionnaireVersion,
  questionsFor,
  withAnswer,
} from './answers.js';
export type {
  AnswerCount,
  AnswerValue,
  Answers,
  KnownAnswerValue,
  QuestionnaireVersion,
} from './answers.js';
export { computeProfile } from './profile.js';
export type {
  AxisScore,
  Coverage,
  KeyScore,
  OverallScore,
  Profile,
  ProfileOptions,
  ProfileStatus,
  QuestionResult,
} from './profile.js';
export { MAX_HIGHLIGHTS } from './highlights.js';
export { tiedHighlights, type TiedAxes } from './tied-highlights.js';
