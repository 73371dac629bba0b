import type { Catalogue, Level } from '../catalogue/schema.js';
import { answerOf, MAX_ANSWER, type QuestionnaireVersion } from '../diagnostic/answers.js';
import { buildProfile } from '../diagnostic/build.js';
import type { Profile } from '../diagnostic/profile.js';
import { mean } from '../diagnostic/stats.js';
import { DEFAULT_DIVERGENCE_RANGE, divergencesOf } from './divergences.js';
import { countedQuestions, spreadsFromTally, TALLY_SLOTS } from './question-stats.js';
import type {
  AxisSpread,
  KeySpread,
  QuestionSpread,
  Respondent,
  RoleGroup,
  RoleProfile,
  ScoreSpread,
  SessionOptions,
  SessionSummary,
} from './types.js';

/** Label of the group of respondents without a role. */
export const NO_ROLE_LABEL = 'Sans rôle';

/** Label of the group merging the roles under `MIN_ROLE_GROUP` respondents. */
export const OTHER_ROLES_LABEL = 'Autres';

/** A role is shown apart only with at least this many respondents. */
export const MIN_ROLE_GROUP = 3;

/** Quantile `p` (0–1) of sorted values, linear between ranks (R's type 7); null when empty. */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * The team's profile, built from each question's MEAN of known answers and then scored with the
 * usual rules (not the mean of the respondents' axis scores). Why:
 * - every known answer weighs the same: someone who answered one question of an axis does not get a
 *   whole axis's say, as they would in a mean of per-respondent axis scores;
 * - it is the same scoring path as a single respondent's profile, and when everybody answers every
 *   question both methods agree (means commute);
 * - sums of 0–3 integers are exact, so the result does not depend on the respondents' order.
 * A question is 'unknown' when nobody knows it but someone answered « Je ne sais pas ».
 */
export function meanProfile(
  catalogue: Catalogue,
  spreads: readonly QuestionSpread[],
  version: QuestionnaireVersion,
  levels: readonly Level[] = [],
): Profile {
  const byId = new Map(spreads.map((s) => [s.questionId, s]));
  return buildProfile(
    catalogue,
    version,
    (id) => {
      const s = byId.get(id);
      if (!s) return null;
      if (s.mean !== null) return s.mean;
      return s.unknown > 0 ? 'unknown' : null;
    },
    {},
    levels,
  );
}

/**
 * Spread of the respondents' own scores (`scores`: those who have one) around the team's `score`;
 * `count` and `unknown` are the known and « Je ne sais pas » answers, everybody together.
 */
function spreadOf(
  score: number | null,
  scores: number[],
  count: number,
  unknown: number,
): ScoreSpread {
  const sorted = scores.sort((x, y) => x - y);
  const min = sorted.length > 0 ? sorted[0]! : null;
  const max = sorted.length > 0 ? sorted[sorted.length - 1]! : null;
  return {
    score,
    min,
    max,
    spread: min === null || max === null ? null : max - min,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    scored: sorted.length,
    count,
    unknown,
  };
}

/** Role groups: alphabetical (French collation, then code points), « Sans rôle » last. */
function roleOrder(respondents: readonly Respondent[]): (string | null)[] {
  const seen = new Set<string | null>();
  for (const r of respondents) seen.add(r.role?.trim() || null);
  const names = [...seen].filter((k): k is string => k !== null);
  names.sort((a, b) => a.localeCompare(b, 'fr') || (a < b ? -1 : a > b ? 1 : 0));
  return seen.has(null) ? [...names, null] : names;
}

/**
 * The groups that may be drawn: roles of `MIN_ROLE_GROUP` or more as they are, everybody else
 * (smaller roles, no role) merged into « Autres » when they are `MIN_ROLE_GROUP` or more too.
 * `tallies` are the roles' per-question tallies, in `roles`' order.
 */
function roleGroupsOf(
  catalogue: Catalogue,
  counted: ReturnType<typeof countedQuestions>,
  roles: readonly RoleProfile[],
  tallies: readonly Uint32Array[],
  version: QuestionnaireVersion,
  levels: readonly Level[],
): { groups: RoleGroup[]; ungrouped: number } {
  const groups: RoleGroup[] = [];
  const rest = new Uint32Array(counted.length * TALLY_SLOTS);
  let others = 0;
  roles.forEach((r, g) => {
    if (r.role !== null && r.respondentCount >= MIN_ROLE_GROUP)
      groups.push({ ...r, merged: false });
    else {
      others += r.respondentCount;
      tallies[g]!.forEach((n, slot) => (rest[slot]! += n));
    }
  });
  if (others < MIN_ROLE_GROUP) return { groups, ungrouped: others };
  groups.push({
    role: null,
    label: OTHER_ROLES_LABEL,
    respondentCount: others,
    merged: true,
    profile: meanProfile(catalogue, spreadsFromTally(counted, rest), version, levels),
  });
  return { groups, ungrouped: 0 };
}

/**
 * Aggregates a team session: mean profile (see `meanProfile`), per-question and per-axis/key
 * spreads, each role's own mean profile (respondents without a role grouped as « Sans rôle », so
 * no answer is left out), and the divergence agenda (`divergences.ts`).
 *
 * One pass over the answers fills integer tallies (per question for the team and for each role,
 * per axis for each respondent); everything else is computed from them. Each respondent's axis
 * score follows `buildProfile`'s formula (sum × 100 / (3 × known)) and a key's score is the mean of
 * its scored axes, so the spreads equal those of `computeProfile` on each respondent.
 */
export function aggregateRespondents(
  catalogue: Catalogue,
  respondents: readonly Respondent[],
  options: SessionOptions = {},
): SessionSummary {
  const version = options.version ?? 'complet';
  const levels = options.levels ?? [];
  const counted = countedQuestions(catalogue, version, levels);
  const ids = counted.map(({ question }) => question.id);
  const axisIndex = new Map(catalogue.axes.map((a, i) => [a.id, i]));
  const axisOf = counted.map(({ question }) => axisIndex.get(question.axis)!);
  const nQ = counted.length;
  const nA = catalogue.axes.length;

  const roles = roleOrder(respondents);
  const roleIndex = new Map(roles.map((role, i) => [role, i]));
  const team = new Uint32Array(nQ * TALLY_SLOTS);
  const byRole = roles.map(() => new Uint32Array(nQ * TALLY_SLOTS));
  const roleCounts = roles.map(() => 0);
  const keysOfCatalogue = catalogue.keys.map((key) =>
    catalogue.axes.flatMap((a, i) => (a.key === key.id ? [i] : [])),
  );

  // Each respondent's own axis and key scores, in columns (one list per axis or key).
  const nK = catalogue.keys.length;
  const axisScores = Array.from({ length: nA }, (): number[] => []);
  const keyScores = Array.from({ length: nK }, (): number[] => []);
  const axisKnown = new Uint32Array(nA);
  const axisUnknown = new Uint32Array(nA);
  const sums = new Uint32Array(nA);
  const known = new Uint32Array(nA);
  const own = new Float64Array(nA);
  for (const r of respondents) {
    const g = roleIndex.get(r.role?.trim() || null)!;
    roleCounts[g]! += 1;
    const roleTally = byRole[g]!;
    sums.fill(0);
    known.fill(0);
    const answers = r.answers;
    for (let i = 0; i < nQ; i += 1) {
      const v = answerOf(answers, ids[i]!);
      if (v === undefined) continue;
      const slot = i * TALLY_SLOTS + (v === 'unknown' ? 4 : v);
      team[slot]! += 1;
      roleTally[slot]! += 1;
      const axis = axisOf[i]!;
      if (v === 'unknown') axisUnknown[axis]! += 1;
      else {
        known[axis]! += 1;
        sums[axis]! += v;
      }
    }
    for (let a = 0; a < nA; a += 1) {
      axisKnown[a]! += known[a]!;
      // `buildProfile`'s formula: one division at the end, so the same float as `computeProfile`.
      own[a] = known[a] === 0 ? NaN : (sums[a]! * 100) / (MAX_ANSWER * known[a]!);
      if (known[a] !== 0) axisScores[a]!.push(own[a]!);
    }
    keysOfCatalogue.forEach((members, k) => {
      const scores: number[] = [];
      for (const a of members) if (known[a] !== 0) scores.push(own[a]!);
      const score = mean(scores);
      if (score !== null) keyScores[k]!.push(score);
    });
  }

  const questions = spreadsFromTally(counted, team);
  const profile = meanProfile(catalogue, questions, version, levels);
  const axes: AxisSpread[] = profile.axes.map((axis, i) => ({
    axisId: axis.axisId,
    keyId: axis.keyId,
    label: axis.label,
    ...spreadOf(axis.score, axisScores[i]!, axisKnown[i]!, axisUnknown[i]!),
  }));
  const keys: KeySpread[] = profile.keys.map((key, k) => {
    const members = keysOfCatalogue[k]!;
    let count = 0;
    let unknown = 0;
    for (const a of members) {
      count += axisKnown[a]!;
      unknown += axisUnknown[a]!;
    }
    return {
      keyId: key.keyId,
      label: key.label,
      ...spreadOf(key.score, keyScores[k]!, count, unknown),
    };
  });
  const roleProfiles: RoleProfile[] = roles.map((role, g) => ({
    role,
    label: role ?? NO_ROLE_LABEL,
    respondentCount: roleCounts[g]!,
    profile: meanProfile(catalogue, spreadsFromTally(counted, byRole[g]!), version, levels),
  }));

  const { groups, ungrouped } = roleGroupsOf(
    catalogue,
    counted,
    roleProfiles,
    byRole,
    version,
    levels,
  );
  return {
    respondentCount: respondents.length,
    version,
    profile,
    questions,
    axes,
    keys,
    roles: roleProfiles,
    roleGroups: groups,
    ungrouped,
    divergences: divergencesOf(
      catalogue,
      questions,
      options.divergenceRange ?? DEFAULT_DIVERGENCE_RANGE,
    ),
  };
}
