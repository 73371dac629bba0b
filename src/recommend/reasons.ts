import type { Level, Public } from '../catalogue/schema.js';
import type { AxisScore, KeyScore, Profile } from '../diagnostic/profile.js';
import { MAX_ANSWER } from '../diagnostic/answers.js';
import type { Lookup } from './lookup.js';
import type { NeedTerm } from './need.js';
import type {
  AxisReason,
  DoneReason,
  KeyReason,
  LevelReason,
  PublicsReason,
  ReasonQuestion,
  StartReason,
} from './types.js';
import { isWeakAxis, isWeakKey } from './weakness.js';

/**
 * At most this many axis reasons per item, this many cited answers for the main axis, and this many
 * for each other axis (the card stays readable).
 */
export const MAX_AXIS_REASONS = 3;
export const MAX_REASON_QUESTIONS = 2;
export const MAX_SIDE_REASON_QUESTIONS = 1;

/**
 * The answers that show the need on an axis, for one item: known and below the top of the scale;
 * the questions the item addresses first (`questions.ts`), then the lowest answers; ties in
 * catalogue order. At most MAX_REASON_QUESTIONS.
 */
export function needAnswers(
  axisId: string,
  lookup: Lookup,
  addressed: ReadonlySet<string>,
  max = MAX_REASON_QUESTIONS,
): ReasonQuestion[] {
  const cited: ReasonQuestion[] = [];
  for (const q of lookup.questionsByAxis.get(axisId) ?? []) {
    if (typeof q.value === 'number' && q.value < MAX_ANSWER) {
      cited.push({
        questionId: q.questionId,
        text: q.text,
        value: q.value,
        addressed: addressed.has(q.questionId),
      });
    }
  }
  // Array.prototype.sort is stable: equal keys keep catalogue order.
  return cited
    .sort((a, b) => Number(b.addressed) - Number(a.addressed) || a.value - b.value)
    .slice(0, max);
}

function axisReason(
  axis: AxisScore,
  weight: 1 | 2 | 3,
  lookup: Lookup,
  addressed: ReadonlySet<string>,
  max: number,
): AxisReason {
  return {
    kind: 'axis',
    axisId: axis.axisId,
    keyId: axis.keyId,
    label: axis.label,
    score: axis.score!,
    weight,
    questions: needAnswers(axis.axisId, lookup, addressed, max),
  };
}

function keyReason(key: KeyScore): KeyReason {
  return { kind: 'key', keyId: key.keyId, label: key.label, score: key.score! };
}

/**
 * Reasons drawn from the scores. First the item's main axis (its largest term: the axis the summary
 * names, so summary and reasons always agree) with two answers that show the need, then the other
 * weak axes it serves (largest terms first; MAX_AXIS_REASONS axes in all) with one answer each, then
 * the keys of those axes that are weak (below WEAK_SCORE): never a strong key.
 */
export function scoreReasons(
  terms: readonly NeedTerm[],
  profile: Profile,
  lookup: Lookup,
  addressed: ReadonlySet<string>,
): (AxisReason | KeyReason)[] {
  const [main, ...others] = terms;
  if (!main) return [];
  const chosen = [
    main,
    ...others.filter((t) => isWeakAxis(lookup.axes.get(t.axisId)!, profile)),
  ].slice(0, MAX_AXIS_REASONS);
  const axes = chosen.map((t, i) =>
    axisReason(
      lookup.axes.get(t.axisId)!,
      t.weight,
      lookup,
      addressed,
      i === 0 ? MAX_REASON_QUESTIONS : MAX_SIDE_REASON_QUESTIONS,
    ),
  );
  const keys: KeyReason[] = [];
  for (const t of chosen) {
    const key = lookup.keys.get(t.keyId);
    if (key && isWeakKey(key) && !keys.some((k) => k.keyId === key.keyId))
      keys.push(keyReason(key));
  }
  return [...axes, ...keys];
}

/** The diagnostic is too incomplete: a general starting point, covering this many keys and axes. */
export function startReason(keyCount: number, axisCount: number): StartReason {
  return { kind: 'start', keyCount, axisCount };
}

/** The item was made for these levels of the establishment. */
export function levelReason(levels: readonly Level[]): LevelReason {
  return { kind: 'level', levels: [...levels] };
}

/** The item involves these wanted publics. */
export function publicsReason(publics: readonly Public[]): PublicsReason {
  return { kind: 'publics', publics: [...publics] };
}

/** The item was carried out already. */
export function doneReason(): DoneReason {
  return { kind: 'done' };
}
