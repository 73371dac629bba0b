import type { KeyId, Level } from '../catalogue/schema.js';
import type { Answers, QuestionnaireVersion } from '../diagnostic/answers.js';
import type { Profile } from '../diagnostic/profile.js';

/** One member of a team session. `label` may be a role or initials: no name is needed. */
export interface Respondent {
  readonly label: string;
  /** Free text such as « CPE »; absent or blank = no role (grouped as « Sans rôle »). */
  readonly role?: string;
  readonly answers: Answers;
}

/** Options of `aggregateRespondents`. */
export interface SessionOptions {
  readonly version?: QuestionnaireVersion;
  /**
   * The establishment's levels; default none (every question). Questions for none of them are
   * left out of the statistics, the agenda and the scores, as in a single profile.
   */
  readonly levels?: readonly Level[];
  /** Minimum range (max − min, in levels) for a question to enter the divergence agenda; default 2. */
  readonly divergenceRange?: number;
}

/** How many respondents gave each answer. */
export interface Distribution {
  readonly 0: number;
  readonly 1: number;
  readonly 2: number;
  readonly 3: number;
  readonly unknown: number;
}

/** One question across respondents; values on the 0–3 scale. */
export interface QuestionSpread {
  readonly questionId: string;
  readonly axisId: string;
  readonly keyId: KeyId;
  readonly text: string;
  /** Mean of the known answers; null when none. */
  readonly mean: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** max − min, 0–3; null when no known answer. */
  readonly spread: number | null;
  /** Population standard deviation of the known answers; null when none. */
  readonly stdDev: number | null;
  /** Known answers. */
  readonly count: number;
  /** « Je ne sais pas » answers. */
  readonly unknown: number;
  readonly distribution: Distribution;
}

/** One axis or key across respondents; scores on 0–100. */
export interface ScoreSpread {
  /** The mean profile's score (see `aggregate.ts`), not the mean of min and max. */
  readonly score: number | null;
  /** Lowest and highest respondent's own score; null when no respondent has one. */
  readonly min: number | null;
  readonly max: number | null;
  readonly spread: number | null;
  /**
   * The middle half of the team: first and third quartiles of the respondents' own scores
   * (linear interpolation between ranks); null when no respondent has one. Unlike min–max, one
   * outlier does not stretch it to 0–100 % with thirty people.
   */
  readonly q1: number | null;
  readonly q3: number | null;
  /** Respondents with a score here. */
  readonly scored: number;
  /** Known answers, all respondents together. */
  readonly count: number;
  /** « Je ne sais pas » answers, all respondents together. */
  readonly unknown: number;
}

export interface AxisSpread extends ScoreSpread {
  readonly axisId: string;
  readonly keyId: KeyId;
  readonly label: string;
}

export interface KeySpread extends ScoreSpread {
  readonly keyId: KeyId;
  readonly label: string;
}

/** The respondents sharing a role, and their own mean profile. */
export interface RoleProfile {
  /** The trimmed role, or null for respondents without one. */
  readonly role: string | null;
  /** The role, or « Sans rôle ». */
  readonly label: string;
  readonly respondentCount: number;
  readonly profile: Profile;
}

/**
 * A group that may be shown apart: a role with at least `MIN_ROLE_GROUP` respondents, or
 * « Autres » (`merged`: the smaller roles and those without one, together).
 */
export interface RoleGroup extends RoleProfile {
  readonly merged: boolean;
}

/** A question to discuss: members' answers are far apart. */
export interface Divergence {
  readonly questionId: string;
  readonly text: string;
  readonly axisId: string;
  readonly axisLabel: string;
  readonly keyId: KeyId;
  readonly keyLabel: string;
  readonly distribution: Distribution;
  readonly min: number;
  readonly max: number;
  /** max − min, in levels (2 or 3). */
  readonly range: number;
  readonly stdDev: number;
  readonly count: number;
  readonly unknown: number;
  /** « Écart de 2 niveaux : 1 × « Un peu », 2 × « Tout à fait ». » */
  readonly summary: string;
}

/** A team session: mean profile, spreads, per-role profiles, divergence agenda. */
export interface SessionSummary {
  readonly respondentCount: number;
  readonly version: QuestionnaireVersion;
  /** Profile from the per-question mean of known answers (its `answers` is empty). */
  readonly profile: Profile;
  readonly questions: readonly QuestionSpread[];
  readonly axes: readonly AxisSpread[];
  readonly keys: readonly KeySpread[];
  /** Roles in alphabetical order, « Sans rôle » last: counts for the report, never drawn. */
  readonly roles: readonly RoleProfile[];
  /**
   * What may be drawn (privacy in the room): roles with at least `MIN_ROLE_GROUP` respondents, in
   * `roles`' order, then « Autres » for everybody else when they are that many too. A group under
   * the threshold is never here, so nobody's answers can be read from a role's line.
   */
  readonly roleGroups: readonly RoleGroup[];
  /** Respondents in no group of `roleGroups` (their answers count in the team's profile only). */
  readonly ungrouped: number;
  /** Most divergent first: std-dev, then unknown count, then range (desc), then catalogue order. */
  readonly divergences: readonly Divergence[];
}
