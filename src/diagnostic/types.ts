import type { KeyId, Level } from '../catalogue/schema.js';
import type { Answers, QuestionnaireVersion } from './answers.js';

/** How many questions of a level were answered; `answered` = known + « Je ne sais pas ». */
export interface Coverage {
  /** Questions with an answer, « Je ne sais pas » included. */
  readonly answered: number;
  /** Answers « Je ne sais pas ». */
  readonly unknown: number;
  /** Answers on the scale (answered − unknown): the only ones that score. */
  readonly known: number;
  /** Questions of the chosen version that apply to the establishment's levels. */
  readonly total: number;
}

/** One question's state in a profile. */
export interface QuestionResult {
  readonly questionId: string;
  readonly axisId: string;
  readonly keyId: KeyId;
  readonly text: string;
  readonly core: boolean;
  /**
   * 0–3 (in a session's mean profile, the mean of the known answers, so possibly fractional),
   * 'unknown' for « Je ne sais pas », null when not answered.
   */
  readonly value: number | 'unknown' | null;
  /** One level above today (value + 1, capped at 3); null when value is not a number. */
  readonly target: number | null;
}

/** One axis of the diagnostic, scored. */
export interface AxisScore extends Coverage {
  readonly axisId: string;
  readonly keyId: KeyId;
  readonly label: string;
  /** Mean of the known answers on 0–100; null when no answer is known. */
  readonly score: number | null;
  /** One maturity level above today: score + 100/3, capped at 100; null when score is null. */
  readonly target: number | null;
  /** Known answers cover less than half of the axis's questions: read the score with care. */
  readonly tentative: boolean;
  /** Ids of the axis's questions in this version, in catalogue order. */
  readonly questionIds: readonly string[];
}

/** One of the four clés, scored from its axes (each axis weighs the same). */
export interface KeyScore extends Coverage {
  readonly keyId: KeyId;
  readonly label: string;
  /** Mean of the key's non-null axis scores; null when none. */
  readonly score: number | null;
  readonly target: number | null;
  /** Ids of the key's axes, in catalogue order (scored or not). */
  readonly axisIds: readonly string[];
  /** How many of those axes have a score. */
  readonly scoredAxes: number;
}

/** The whole diagnostic: mean of the non-null key scores (each key weighs the same). */
export interface OverallScore extends Coverage {
  readonly score: number | null;
  readonly target: number | null;
}

/** `empty`: nothing answered; `complete`: every question of the version answered (« Je ne sais pas » counts). */
export type ProfileStatus = 'empty' | 'partial' | 'complete';

/** An immutable snapshot of a diagnostic's results; every array is in catalogue order unless stated. */
export interface Profile {
  readonly version: QuestionnaireVersion;
  /**
   * The establishment levels the profile was scored for (empty: no level ticked, every question).
   * With `version`, it says which questions counted: exactly those listed in `questions`.
   */
  readonly levels: readonly Level[];
  readonly status: ProfileStatus;
  /**
   * The valid answers to this version's questions that were used. Empty in a session's mean
   * profile, whose values are means: read `questions[].value` there.
   */
  readonly answers: Answers;
  readonly questions: readonly QuestionResult[];
  readonly axes: readonly AxisScore[];
  readonly keys: readonly KeyScore[];
  readonly overall: OverallScore;
  /** « Points d'appui »: highest scored axes, best first (see `highlights.ts` for the rule). */
  readonly strengths: readonly AxisScore[];
  /** « Axes de progrès »: lowest scored axes, weakest first (see `highlights.ts`). */
  readonly weaknesses: readonly AxisScore[];
}
