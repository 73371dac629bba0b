import type { Catalogue, Level } from '../catalogue/schema.js';
import { MAX_ANSWER, questionsFor, type Answers, type QuestionnaireVersion } from './answers.js';
import { pickHighlights } from './highlights.js';
import { mean, nextLevel, sum } from './stats.js';
import type {
  AxisScore,
  Coverage,
  KeyScore,
  Profile,
  ProfileStatus,
  QuestionResult,
} from './types.js';

/** A question's value as the builder sees it: 0–3 (maybe a mean), 'unknown', or null (unanswered). */
export type QuestionValue = number | 'unknown' | null;

function coverageOf(values: readonly QuestionValue[]): Coverage {
  let answered = 0;
  let unknown = 0;
  for (const v of values) {
    if (v === null) continue;
    answered += 1;
    if (v === 'unknown') unknown += 1;
  }
  return { answered, unknown, known: answered - unknown, total: values.length };
}

function sumCoverage(parts: readonly Coverage[]): Coverage {
  const sum = { answered: 0, unknown: 0, known: 0, total: 0 };
  for (const p of parts) {
    sum.answered += p.answered;
    sum.unknown += p.unknown;
    sum.known += p.known;
    sum.total += p.total;
  }
  return sum;
}

function statusOf(c: Coverage): ProfileStatus {
  if (c.answered === 0) return 'empty';
  return c.answered === c.total ? 'complete' : 'partial';
}

/**
 * Builds a profile from each question's value. Shared by `computeProfile` (one respondent's
 * answers) and the session (means of several respondents), so both follow the same scoring rules.
 * Questions whose axis is not in the catalogue are skipped (`parse.ts` reports them), and so are
 * questions for none of the establishment's `levels` (see `questionsFor`): they are neither asked
 * nor counted, and `profile.questions` lists exactly the questions that were.
 */
export function buildProfile(
  catalogue: Catalogue,
  version: QuestionnaireVersion,
  valueOf: (questionId: string) => QuestionValue,
  answers: Answers,
  levels: readonly Level[] = [],
): Profile {
  const axisById = new Map(catalogue.axes.map((a) => [a.id, a]));
  const questions: QuestionResult[] = [];
  const valuesByAxis = new Map<string, { ids: string[]; values: QuestionValue[] }>();
  for (const axis of catalogue.axes) valuesByAxis.set(axis.id, { ids: [], values: [] });

  for (const q of questionsFor(catalogue, version, levels)) {
    const axis = axisById.get(q.axis);
    if (!axis) continue;
    const value = valueOf(q.id);
    const target = typeof value === 'number' ? Math.min(MAX_ANSWER, value + 1) : null;
    questions.push({
      questionId: q.id,
      axisId: axis.id,
      keyId: axis.key,
      text: q.text,
      core: q.core,
      value,
      target,
    });
    const bucket = valuesByAxis.get(axis.id)!;
    bucket.ids.push(q.id);
    bucket.values.push(value);
  }

  const axes: AxisScore[] = catalogue.axes.map((axis) => {
    const { ids, values } = valuesByAxis.get(axis.id)!;
    const coverage = coverageOf(values);
    const known = values.filter((v): v is number => typeof v === 'number');
    // One division at the end: integer answers give the correctly rounded fraction (2/3 → 66.666…67).
    const score = known.length === 0 ? null : (sum(known) * 100) / (MAX_ANSWER * known.length);
    return {
      axisId: axis.id,
      keyId: axis.key,
      label: axis.label,
      ...coverage,
      score,
      target: nextLevel(score),
      // Fewer than half the questions known: a single answer should not pass for a verdict.
      tentative: coverage.known * 2 < coverage.total,
      questionIds: ids,
    };
  });

  const keys: KeyScore[] = catalogue.keys.map((key) => {
    const own = axes.filter((a) => a.keyId === key.id);
    const scores = own.map((a) => a.score).filter((s): s is number => s !== null);
    const score = mean(scores);
    return {
      keyId: key.id,
      label: key.label,
      ...sumCoverage(own),
      score,
      target: nextLevel(score),
      axisIds: own.map((a) => a.axisId),
      scoredAxes: scores.length,
    };
  });

  const overallCoverage = sumCoverage(axes);
  const overallScore = mean(keys.map((k) => k.score).filter((s): s is number => s !== null));
  const { strengths, weaknesses } = pickHighlights(axes);
  return {
    version,
    levels: [...levels],
    status: statusOf(overallCoverage),
    answers,
    questions,
    axes,
    keys,
    overall: { ...overallCoverage, score: overallScore, target: nextLevel(overallScore) },
    strengths,
    weaknesses,
  };
}
