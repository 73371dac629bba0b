import type { Catalogue } from '../catalogue/schema.js';
import { quote } from '../diagnostic/format.js';
import type { Divergence, QuestionSpread } from './types.js';

/** Default minimum range (in levels) for the agenda. */
export const DEFAULT_DIVERGENCE_RANGE = 2;

/** « Écart de 2 niveaux : 1 × « Un peu », 2 × « Tout à fait », 1 × « Je ne sais pas ». » */
function summaryOf(q: QuestionSpread, range: number, catalogue: Catalogue): string {
  const parts: string[] = [];
  for (const level of catalogue.scale.levels) {
    const n = q.distribution[level.value];
    if (n > 0) parts.push(`${n} × ${quote(level.label)}`);
  }
  if (q.unknown > 0) parts.push(`${q.unknown} × ${quote(catalogue.scale.unknownLabel)}`);
  return `Écart de ${range} niveau${range > 1 ? 'x' : ''} : ${parts.join(', ')}.`;
}

/**
 * The divergence agenda: questions whose known answers span at least `minRange` levels (default 2),
 * most divergent first — range, then standard deviation, then « Je ne sais pas » count (a question
 * some cannot answer deserves the talk too), all descending, then catalogue order.
 * On a 4-level scale a range below 2 caps the deviation at 0.5, so the range alone decides entry.
 */
export function divergencesOf(
  catalogue: Catalogue,
  questions: readonly QuestionSpread[],
  minRange = DEFAULT_DIVERGENCE_RANGE,
): Divergence[] {
  const axisById = new Map(catalogue.axes.map((a) => [a.id, a]));
  const keyById = new Map(catalogue.keys.map((k) => [k.id, k]));
  const out: { d: Divergence; order: number }[] = [];
  questions.forEach((q, order) => {
    if (q.spread === null || q.count < 2 || q.spread < minRange) return;
    const range = q.spread;
    const d: Divergence = {
      questionId: q.questionId,
      text: q.text,
      axisId: q.axisId,
      axisLabel: axisById.get(q.axisId)?.label ?? q.axisId,
      keyId: q.keyId,
      keyLabel: keyById.get(q.keyId)?.label ?? q.keyId,
      distribution: q.distribution,
      min: q.min!,
      max: q.max!,
      range,
      stdDev: q.stdDev!,
      count: q.count,
      unknown: q.unknown,
      summary: summaryOf(q, range, catalogue),
    };
    out.push({ d, order });
  });
  out.sort(
    ({ d: a, order: i }, { d: b, order: j }) =>
      b.range - a.range || b.stdDev - a.stdDev || b.unknown - a.unknown || i - j,
  );
  return out.map((entry) => entry.d);
}
