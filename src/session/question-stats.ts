import type { Catalogue, Level } from '../catalogue/schema.js';
import { answerOf, questionsFor, type QuestionnaireVersion } from '../diagnostic/answers.js';
import type { QuestionSpread, Respondent } from './types.js';

/**
 * Per-question statistics over respondents, for the questions of the version that apply to
 * `levels` (see `questionsFor`). Sums are of integers (answers are 0–3), so the means
 * and deviations do not depend on the respondents' order: shuffling them changes nothing.
 */
export function questionSpreads(
  catalogue: Catalogue,
  respondents: readonly Respondent[],
  version: QuestionnaireVersion,
  levels: readonly Level[] = [],
): QuestionSpread[] {
  const keyOfAxis = new Map(catalogue.axes.map((a) => [a.id, a.key]));
  const out: QuestionSpread[] = [];
  for (const q of questionsFor(catalogue, version, levels)) {
    const keyId = keyOfAxis.get(q.axis);
    if (!keyId) continue;
    const counts = [0, 0, 0, 0];
    let unknown = 0;
    for (const r of respondents) {
      const v = answerOf(r.answers, q.id);
      if (v === 'unknown') unknown += 1;
      else if (v !== undefined) counts[v]! += 1;
    }
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
    out.push({
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
    });
  }
  return out;
}
