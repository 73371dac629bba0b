import type { Catalogue } from '../catalogue/schema.js';
import { answerOf, questionsFor, type QuestionnaireVersion } from '../diagnostic/answers.js';
import { computeProfile, type Profile } from '../diagnostic/profile.js';
import { assessReadiness, recommend } from '../recommend/index.js';
import type { EstablishmentContext, Readiness, Recommendation } from '../recommend/index.js';
import type { SavedRespondent, SavedState } from '../storage/schema.js';
import { aggregateRespondents } from './aggregate.js';
import { compareProfiles, type ProfileComparison } from './compare.js';
import { roundedMeanAnswers } from './transitions.js';
import { axesActedOn, retainedCoverage, type KeyCoverage } from './coverage.js';
import type { SessionSummary } from './types.js';

/** How many recommendations the team's decision shows. */
export const SESSION_RECOMMENDATION_LIMIT = 12;

/** What the session's views read besides the state, for one state: see `sessionViewModel`. */
export interface SessionInput {
  readonly catalogue: Catalogue;
  readonly state: SavedState;
  /** The establishment the recommendations are ranked for (levels, publics, done fiches). */
  readonly establishment: EstablishmentContext;
}

/** The team's decision: recommendations on the shared profile and how the retained cover it. */
export interface SessionDecision {
  readonly recommendations: readonly Recommendation[];
  readonly readiness: Readiness;
  readonly coverage: readonly KeyCoverage[];
}

export interface SessionViewModel {
  /** The aggregate of the session's respondents; null before a session is started. */
  readonly summary: SessionSummary | null;
  /** Last year's profile, scored on this session's version; null without `previous`. */
  readonly before: Profile | null;
  /**
   * This session scored on last year's basis: each question's answers rounded half up to one
   * answer (`roundedMeanAnswers`), as a session kept as last year was. Null without `previous`
   * or respondents. The comparison reads this, not the exact mean, so rounding never shows as
   * progress.
   */
  readonly after: Profile | null;
  /** Last year → this session on the same basis (`after`); null without both. */
  readonly comparison: ProfileComparison | null;
  /** Axis id → titles of the fiches and actions retained last year that work on it. */
  readonly acted: ReadonlyMap<string, readonly string[]>;
  /**
   * Questions of each version for the establishment's levels: what the start form offers and the
   * respondents' lists count.
   */
  readonly questionCounts: Readonly<Record<QuestionnaireVersion, number>>;
  /** Respondent id → questions of the session's version they answered. */
  readonly answered: ReadonlyMap<string, number>;
  /** The retained fiches and actions, in the order retained (ids the catalogue lacks skipped). */
  readonly decisions: readonly { readonly id: string; readonly title: string }[];
  /**
   * The team's decision, ranked on the first call (only its section shows it) and then kept;
   * null without respondents.
   */
  readonly decide: () => SessionDecision | null;
}

/** The same answers (the same objects: the state is immutable) and roles, in the same order. */
function sameAnswerSets(
  a: readonly SavedRespondent[] | undefined,
  b: readonly SavedRespondent[] | undefined,
): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((r, i) => r.answers === b[i]!.answers && (r.role ?? '') === (b[i]!.role ?? ''));
}

/** Respondent id → questions answered; counts of `last` reused for the same respondent objects. */
function answeredCounts(
  ids: readonly string[],
  respondents: readonly SavedRespondent[],
  last: {
    readonly respondents: readonly SavedRespondent[];
    readonly counts: ReadonlyMap<string, number>;
  } | null,
): ReadonlyMap<string, number> {
  const before = new Map(last?.respondents.map((respondent) => [respondent.id, respondent]));
  return new Map(
    respondents.map((respondent) => {
      const known =
        before.get(respondent.id) === respondent ? last!.counts.get(respondent.id) : undefined;
      return [
        respondent.id,
        known ?? ids.filter((id) => answerOf(respondent.answers, id) !== undefined).length,
      ];
    }),
  );
}

/**
 * Everything the session's views show, for one state. `last` is the previous result with its
 * input: the aggregate and last year's profile are reused when what they depend on is the same
 * object (the state is immutable), so a new snapshot that changed something else (the selection,
 * a rename) does not recompute them. Pure: `last` only saves work.
 */
export function sessionViewModel(
  input: SessionInput,
  last?: { readonly input: SessionInput; readonly model: SessionViewModel },
): SessionViewModel {
  const { catalogue, state, establishment } = input;
  const old = last?.input;
  // A new snapshot for the interface alone (a section opened, projector mode): nothing to redo,
  // not even the decision's ranking once made.
  if (
    old &&
    old.state === state &&
    old.catalogue === catalogue &&
    old.establishment === establishment
  )
    return last.model;
  const session = state.session;
  const previous = state.previous;
  const version = session?.questionnaireVersion ?? 'complet';
  // The establishment's levels decide which questions are asked and counted (see `questionsFor`).
  const levels = state.context.levels;
  const same =
    !!old &&
    old.catalogue === catalogue &&
    (old.state.session?.questionnaireVersion ?? 'complet') === version &&
    old.state.context.levels === levels;
  const sameRespondents = same && old.state.session?.respondents === session?.respondents;
  // A rename changes no answer nor role: the aggregate (and this year on last year's basis) stay.
  const sameAnswers =
    sameRespondents ||
    (same && sameAnswerSets(old.state.session?.respondents, session?.respondents));
  const summary = !session
    ? null
    : sameAnswers && last.model.summary
      ? last.model.summary
      : aggregateRespondents(catalogue, session.respondents, { version, levels });
  const samePrevious = same && old.state.previous === previous;
  const before = !previous
    ? null
    : samePrevious && last.model.before
      ? last.model.before
      : computeProfile(catalogue, previous.answers, { version, levels });
  const after =
    before && session && summary?.respondentCount
      ? sameAnswers && samePrevious && last.model.after
        ? last.model.after
        : computeProfile(catalogue, roundedMeanAnswers(session.respondents.map((r) => r.answers)), {
            version,
            levels,
          })
      : null;
  const comparison = before && after ? compareProfiles(before, after) : null;
  const acted = samePrevious ? last.model.acted : axesActedOn(catalogue, previous?.retained ?? []);

  const answered = sameRespondents
    ? last.model.answered
    : answeredCounts(
        questionsFor(catalogue, version, levels).map((question) => question.id),
        session?.respondents ?? [],
        // A respondent whose object is unchanged (the state is immutable) keeps its count.
        same
          ? { respondents: old.state.session?.respondents ?? [], counts: last.model.answered }
          : null,
      );
  const retained = state.selection.retained;
  const decisions = retained.flatMap((id) => {
    const item =
      catalogue.fiches.find((f) => f.id === id) ?? catalogue.actions.find((a) => a.id === id);
    return item ? [{ id, title: item.title }] : [];
  });

  let decision: SessionDecision | null | undefined;
  return {
    summary,
    before,
    after,
    comparison,
    acted,
    questionCounts: {
      complet: questionsFor(catalogue, 'complet', levels).length,
      court: questionsFor(catalogue, 'court', levels).length,
    },
    answered,
    decisions,
    decide: () =>
      decision !== undefined
        ? decision
        : (decision =
            summary && summary.respondentCount > 0
              ? {
                  recommendations: recommend(catalogue, summary.profile, establishment, {
                    limit: SESSION_RECOMMENDATION_LIMIT,
                  }),
                  readiness: assessReadiness(summary.profile),
                  coverage: retainedCoverage(catalogue, summary.profile, retained),
                }
              : null),
  };
}
