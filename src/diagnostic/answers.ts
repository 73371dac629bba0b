import type { Catalogue, Level, Question } from '../catalogue/schema.js';

/** One answer on the maturity scale (0 = not at all … 3 = fully), or « Je ne sais pas ». */
export type AnswerValue = 0 | 1 | 2 | 3 | 'unknown';

/** An answer that carries a level, i.e. anything but « Je ne sais pas ». */
export type KnownAnswerValue = Exclude<AnswerValue, 'unknown'>;

/** Question id → answer. An absent id means "not answered yet". */
export type Answers = Readonly<Record<string, AnswerValue>>;

/** `complet` asks every question; `court` only the `core` ones. */
export type QuestionnaireVersion = 'complet' | 'court';

/** Every questionnaire version, for validation and pickers. */
export const QUESTIONNAIRE_VERSIONS: readonly QuestionnaireVersion[] = ['complet', 'court'];

/** Highest level of the scale: a known answer `v` scores `v / MAX_ANSWER * 100`. */
export const MAX_ANSWER = 3;

/**
 * True when a question is asked to an establishment of `levels`: the question declares no level
 * (every level), or no establishment level is ticked (ask everything), or they share one.
 */
export function appliesTo(
  question: Pick<Question, 'levels'>,
  levels: readonly Level[] = [],
): boolean {
  if (!question.levels || levels.length === 0) return true;
  return question.levels.some((level) => levels.includes(level));
}

/**
 * The questions a version asks an establishment of `levels`, in catalogue order (a new array on
 * each call). A question for none of the levels is not asked and does not count in the scores; its
 * answer, if any, is kept (see `computeProfile`) and counts again when a level it applies to is
 * ticked back. No level ticked: every question.
 */
export function questionsFor(
  catalogue: Pick<Catalogue, 'questions'>,
  version: QuestionnaireVersion = 'complet',
  levels: readonly Level[] = [],
): Question[] {
  return catalogue.questions.filter(
    (q) => (version === 'complet' || q.core) && appliesTo(q, levels),
  );
}

/** True for 0, 1, 2, 3 and 'unknown': guards answers read back from storage or an import. */
export function isAnswerValue(v: unknown): v is AnswerValue {
  return v === 0 || v === 1 || v === 2 || v === 3 || v === 'unknown';
}

/** True for a version name: guards values read back from storage or an import. */
export function isQuestionnaireVersion(v: unknown): v is QuestionnaireVersion {
  return v === 'complet' || v === 'court';
}

/**
 * The answer to a question, or undefined. Own properties only: a question id such as
 * `constructor` must not read `Object.prototype`.
 */
export function answerOf(answers: Answers, questionId: string): AnswerValue | undefined {
  if (!Object.hasOwn(answers, questionId)) return undefined;
  const value = answers[questionId];
  return isAnswerValue(value) ? value : undefined;
}

/** A new Answers with one answer set, or removed when `value` is undefined (answers stay immutable). */
export function withAnswer(
  answers: Answers,
  questionId: string,
  value: AnswerValue | undefined,
): Answers {
  const next: Record<string, AnswerValue> = { ...answers };
  if (value === undefined) delete next[questionId];
  else next[questionId] = value;
  return next;
}

/** How far a set of answers goes, counted the way the profile counts (`profile.overall`). */
export interface AnswerCount {
  /** Questions of the version (and levels) with a valid answer, « Je ne sais pas » included. */
  readonly answered: number;
  readonly total: number;
}

/** Counts without scoring: cheap enough to run on every click. */
export function countAnswers(
  catalogue: Catalogue,
  answers: Answers,
  version: QuestionnaireVersion = 'complet',
  levels: readonly Level[] = [],
): AnswerCount {
  const questions = questionsFor(catalogue, version, levels);
  let answered = 0;
  for (const question of questions) if (answerOf(answers, question.id) !== undefined) answered += 1;
  return { answered, total: questions.length };
}
