import type { Catalogue } from '../catalogue/schema.js';
import { quote } from '../diagnostic/format.js';
import { compareDesc } from '../diagnostic/stats.js';
import type { Divergence, QuestionSpread } from './types.js';

/** Default minimum range (in levels) for the agenda. */
export const DEFAULT_DIVERGENCE_RANGE = 2;

/**
 * How many questions the agenda shows before « the others » (an hour's meeting discusses about
 * five; the rest stay one click away).
 */
export const DEFAULT_AGENDA_SIZE = 5;

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
 * The divergence agenda. A question enters when at least two people know it and their answers
 * span at least `minRange` levels (default 2). The rule ranks how far apart the WHOLE team is,
 * not its two extremes: standard deviation of the known answers first (a team split in halves
 * comes before a lone outlier among thirty, whose range is the same), then « Je ne sais pas »
 * count (a question some cannot answer deserves the talk too), then range, all descending, then
 * catalogue order. The range alone saturates: with a few people, most questions reach 2 levels.
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
      compareDesc(a.stdDev, b.stdDev) || b.unknown - a.unknown || b.range - a.range || i - j,
  );
  return out.map((entry) => entry.d);
}
