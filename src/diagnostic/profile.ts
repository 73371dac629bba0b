import type { Catalogue, Level } from '../catalogue/schema.js';
import {
  answerOf,
  questionsFor,
  type AnswerValue,
  type Answers,
  type QuestionnaireVersion,
} from './answers.js';
import { buildProfile } from './build.js';

export type {
  AxisScore,
  Coverage,
  KeyScore,
  OverallScore,
  Profile,
  ProfileStatus,
  QuestionResult,
} from './types.js';
import type { Profile } from './types.js';

/** Options of `computeProfile`. */
export interface ProfileOptions {
  /** Which questions count; default `complet`. Answers to other questions are ignored. */
  readonly version?: QuestionnaireVersion;
  /**
   * The establishment's levels; default none (every question). Questions for none of them are not
   * counted; answers to them stay in the saved answers and count again when a level is ticked back.
   */
  readonly levels?: readonly Level[];
}

/**
 * Scores one set of answers. Axis = mean of its known answers on 0–100 (null when none known);
 * key = mean of its axes' non-null scores; overall = mean of the non-null key scores. Invalid values
 * and answers to questions outside the version or the levels are ignored (and left out of
 * `profile.answers`).
 * Returns a fresh object: the inputs are not kept by reference.
 */
export function computeProfile(
  catalogue: Catalogue,
  answers: Answers,
  options: ProfileOptions = {},
): Profile {
  const version = options.version ?? 'complet';
  const levels = options.levels ?? [];
  const used: Record<string, AnswerValue> = {};
  for (const q of questionsFor(catalogue, version, levels)) {
    const value = answerOf(answers, q.id);
    if (value !== undefined) used[q.id] = value;
  }
  return buildProfile(
    catalogue,
    version,
    (id) => (Object.hasOwn(used, id) ? used[id]! : null),
    used,
    levels,
  );
}
