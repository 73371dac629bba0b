import type { Public } from '../catalogue/schema.js';
import type { AxisScore, KeyScore, Profile } from '../diagnostic/profile.js';
import { MAX_ANSWER } from '../diagnostic/answers.js';
import type { Lookup } from './lookup.js';
import type { NeedTerm } from './need.js';
import type {
  AxisReason,
  DoneReason,
  KeyReason,
  PublicsReason,
  ReasonQuestion,
  StartReason,
} from './types.js';
import { isWeakAxis, isWeakKey } from './weakness.js';

/** At most this many axis reasons per item, and this many cited answers per axis. */
export const MAX_AXIS_REASONS = 3;
export const MAX_REASON_QUESTIONS = 2;

/** The lowest known answers of an axis below the top of the scale, lowest first, then catalogue order. */
export function lowestAnswers(axisId: string, lookup: Lookup): ReasonQuestion[] {
  const cited: ReasonQuestion[] = [];
  for (const q of lookup.questionsByAxis.get(axisId) ?? []) {
    if (typeof q.value === 'number' && q.value < MAX_ANSWER) {
      cited.push({ questionId: q.questionId, text: q.text, value: q.value });
    }
  }
  // Array.prototype.sort is stable: equal values keep catalogue order.
  return cited.sort((a, b) => a.value - b.value).slice(0, MAX_REASON_QUESTIONS);
}

function axisReason(axis: AxisScore, weight: 1 | 2 | 3, lookup: Lookup): AxisReason {
  return {
    kind: 'axis',
    axisId: axis.axisId,
    keyId: axis.keyId,
    label: axis.label,
    score: axis.score!,
    weight,
    questions: lowestAnswers(axis.axisId, lookup),
  };
}

function keyReason(key: KeyScore): KeyReason {
  return {
    kind: 'key',
    keyId: key.keyId,
    label: key.label,
    score: key.score!,
  };
}

/**
 * Reasons drawn from the scores: the weak axes the item serves (heaviest terms first, at most 3),
 * or its main axis when none is weak (so every item says what it answers), then the weak keys of
 * those axes.
 */
export function scoreReasons(
  terms: readonly NeedTerm[],
  profile: Profile,
  lookup: Lookup,
): (AxisReason | KeyReason)[] {
  const weak = terms.filter((t) => isWeakAxis(lookup.axes.get(t.axisId)!, profile));
  const chosen = (weak.length > 0 ? weak : terms.slice(0, 1)).slice(0, MAX_AXIS_REASONS);
  const axes = chosen.map((t) => axisReason(lookup.axes.get(t.axisId)!, t.weight, lookup));
  const keys: KeyReason[] = [];
  for (const t of chosen) {
    const key = lookup.keys.get(t.keyId);
    if (key && isWeakKey(key, profile) && !keys.some((k) => k.keyId === key.keyId))
      keys.push(keyReason(key));
  }
  return [...axes, ...keys];
}

/** The diagnostic is too incomplete: a general starting point, covering this many keys and axes. */
export function startReason(keyCount: number, axisCount: number): StartReason {
  return { kind: 'start', keyCount, axisCount };
}

/** The item involves these wanted publics. */
export function publicsReason(publics: readonly Public[]): PublicsReason {
  return { kind: 'publics', publics: [...publics] };
}

/** The item was carried out already. */
export function doneReason(): DoneReason {
  return { kind: 'done' };
}
