import type { Catalogue, Level } from '../catalogue/schema.js';
import type { QuestionnaireVersion } from '../diagnostic/answers.js';
import { buildProfile } from '../diagnostic/build.js';
import { computeProfile, type Profile } from '../diagnostic/profile.js';
import { DEFAULT_DIVERGENCE_RANGE, divergencesOf } from './divergences.js';
import { questionSpreads } from './question-stats.js';
import type {
  AxisSpread,
  KeySpread,
  QuestionSpread,
  Respondent,
  RoleProfile,
  ScoreSpread,
  SessionOptions,
  SessionSummary,
} from './types.js';

/** Label of the group of respondents without a role. */
export const NO_ROLE_LABEL = 'Sans rôle';

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

function spreadOf(
  score: number | null,
  parts: readonly { score: number | null; known: number; unknown: number }[],
): ScoreSpread {
  const scores = parts.map((p) => p.score).filter((s): s is number => s !== null);
  const min = scores.length > 0 ? Math.min(...scores) : null;
  const max = scores.length > 0 ? Math.max(...scores) : null;
  return {
    score,
    min,
    max,
    spread: min === null || max === null ? null : max - min,
    scored: scores.length,
    count: parts.reduce((n, p) => n + p.known, 0),
    unknown: parts.reduce((n, p) => n + p.unknown, 0),
  };
}

/** Groups by trimmed role; alphabetical (French collation, then code points), « Sans rôle » last. */
function rolesOf(
  catalogue: Catalogue,
  respondents: readonly Respondent[],
  version: QuestionnaireVersion,
  levels: readonly Level[],
): RoleProfile[] {
  const groups = new Map<string | null, Respondent[]>();
  for (const r of respondents) {
    const role = r.role?.trim() || null;
    groups.set(role, [...(groups.get(role) ?? []), r]);
  }
  const names = [...groups.keys()].filter((k): k is string => k !== null);
  names.sort((a, b) => a.localeCompare(b, 'fr') || (a < b ? -1 : a > b ? 1 : 0));
  const ordered: (string | null)[] = groups.has(null) ? [...names, null] : names;
  return ordered.map((role) => {
    const members = groups.get(role)!;
    return {
      role,
      label: role ?? NO_ROLE_LABEL,
      respondentCount: members.length,
      profile: meanProfile(
        catalogue,
        questionSpreads(catalogue, members, version, levels),
        version,
        levels,
      ),
    };
  });
}

/**
 * Aggregates a team session: mean profile (see `meanProfile`), per-question and per-axis/key
 * spreads, each role's own mean profile (respondents without a role grouped as « Sans rôle », so
 * no answer is left out), and the divergence agenda (`divergences.ts`).
 */
export function aggregateRespondents(
  catalogue: Catalogue,
  respondents: readonly Respondent[],
  options: SessionOptions = {},
): SessionSummary {
  const version = options.version ?? 'complet';
  const levels = options.levels ?? [];
  const questions = questionSpreads(catalogue, respondents, version, levels);
  const profile = meanProfile(catalogue, questions, version, levels);
  const own = respondents.map((r) => computeProfile(catalogue, r.answers, { version, levels }));

  const axes: AxisSpread[] = profile.axes.map((axis, i) => ({
    axisId: axis.axisId,
    keyId: axis.keyId,
    label: axis.label,
    ...spreadOf(
      axis.score,
      own.map((p) => p.axes[i]!),
    ),
  }));
  const keys: KeySpread[] = profile.keys.map((key, i) => ({
    keyId: key.keyId,
    label: key.label,
    ...spreadOf(
      key.score,
      own.map((p) => p.keys[i]!),
    ),
  }));

  return {
    respondentCount: respondents.length,
    version,
    profile,
    questions,
    axes,
    keys,
    roles: rolesOf(catalogue, respondents, version, levels),
    divergences: divergencesOf(
      catalogue,
      questions,
      options.divergenceRange ?? DEFAULT_DIVERGENCE_RANGE,
    ),
  };
}
