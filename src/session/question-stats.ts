import type { Catalogue, KeyId, Level, Question } from '../catalogue/schema.js';
import { answerOf, questionsFor, type QuestionnaireVersion } from '../diagnostic/answers.js';
import type { QuestionSpread, Respondent } from './types.js';

/** Slots per question in a tally: answers 0–3, then « Je ne sais pas ». */
export const TALLY_SLOTS = 5;

/** The questions a session counts, each with its key (questions of an unknown axis left out). */
export function countedQuestions(
  catalogue: Catalogue,
  version: QuestionnaireVersion,
  levels: readonly Level[] = [],
): { question: Question; keyId: KeyId }[] {
  const keyOfAxis = new Map(catalogue.axes.map((a) => [a.id, a.key]));
  return questionsFor(catalogue, version, levels).flatMap((question) => {
    const keyId = keyOfAxis.get(question.axis);
    return keyId ? [{ question, keyId }] : [];
  });
}

/**
 * Per-question statistics from a tally (`TALLY_SLOTS` counts per question, in `questions`' order).
 * Sums are of integers (answers are 0–3), so the means and deviations do not depend on the
 * respondents' order: shuffling them changes nothing.
 */
export function spreadsFromTally(
  questions: readonly { question: Question; keyId: KeyId }[],
  tally: ArrayLike<number>,
): QuestionSpread[] {
  return questions.map(({ question: q, keyId }, i) => {
    const base = i * TALLY_SLOTS;
    const counts = [tally[base]!, tally[base + 1]!, tally[base + 2]!, tally[base + 3]!];
    const unknown = tally[base + 4]!;
    let count = 0;
    let sum = 0;
    let sumSq = 0;
    counts.forEach((n, v) => {
      count += n;
      sum += n * v;
      sumSq += n * v * v;
    });
    const present = [0, 1, 2, 3].filter((v) => counts[v]! > 0);
    const min = present.length > 0 ? present[0]! : null;
    const max = present.length > 0 ? present[present.length - 1]! : null;
    const mean = count > 0 ? sum / count : null;
    // Population variance from integer sums: E[x²] − E[x]², clamped against rounding below zero.
    const stdDev = mean === null ? null : Math.sqrt(Math.max(0, sumSq / count - mean * mean));
    return {
      questionId: q.id,
      axisId: q.axis,
      keyId,
      text: q.text,
      mean,
      min,
      max,
      spread: min === null || max === null ? null : max - min,
      stdDev,
      count,
      unknown,
      distribution: { 0: counts[0]!, 1: counts[1]!, 2: counts[2]!, 3: counts[3]!, unknown },
    };
  });
}

/**
 * Per-question statistics over respondents, for the questions of the version that apply to
 * `levels` (see `questionsFor`).
 */
export function questionSpreads(
  catalogue: Catalogue,
  respondents: readonly Respondent[],
  version: QuestionnaireVersion,
  levels: readonly Level[] = [],
): QuestionSpread[] {
  const questions = countedQuestions(catalogue, version, levels);
  const tally = new Uint32Array(questions.length * TALLY_SLOTS);
  for (const r of respondents) {
    questions.forEach(({ question }, i) => {
      const v = answerOf(r.answers, question.id);
      if (v !== undefined) tally[i * TALLY_SLOTS + (v === 'unknown' ? 4 : v)]! += 1;
    });
  }
  return spreadsFromTally(questions, tally);
}
