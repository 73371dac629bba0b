import type {
  Readiness,
  Reason,
  ReasonQuestion,
  Recommendation,
  ResourceSuggestion,
} from '../../src/recommend/types.js';
import type { ResultsMessages } from '../i18n/results-fr.js';

/**
 * The recommender's data (reasons, summaries, readiness, resource targets) worded in the widget's
 * language: the domain says what and how much, these functions say it in French or English.
 * Catalogue labels stay as the catalogue writes them. Pure: no DOM, no lit.
 */

/** The answers cited under an axis reason: « Réponses qui le montrent : « … » (1 sur 3) ». */
export function answersText(questions: readonly ReasonQuestion[], m: ResultsMessages): string {
  if (questions.length === 0) return '';
  return m.reasons.answers(questions.map((q) => m.reasons.answer(q.text, q.value, q.addressed)));
}

/**
 * One reason: « Votre axe « Relations avec les familles » est à 25 %. Réponses qui le montrent : … »,
 * « Your area “…” is at 25%. Answers that show it: … ».
 */
export function reasonText(reason: Reason, m: ResultsMessages): string {
  const r = m.reasons;
  switch (reason.kind) {
    case 'axis': {
      const answers = answersText(reason.questions, m);
      return answers
        ? `${r.axis(reason.label, reason.score)}. ${answers}`
        : r.axis(reason.label, reason.score);
    }
    case 'key':
      return r.key(reason.label, reason.score);
    case 'start':
      return r.start(reason.keyCount, reason.axisCount);
    case 'level':
      return r.level(reason.levels);
    case 'publics':
      return r.publics(reason.publics);
    case 'done':
      return r.done;
  }
}

/** The one-line « Pourquoi ? »: the main axis, or the starting point, then « already done ». */
export function summaryText(item: Recommendation, m: ResultsMessages): string {
  const start = item.reasons.find((reason) => reason.kind === 'start');
  const main = item.focus
    ? m.reasons.summary(item.focus.label, item.focus.score, item.focus.keyLabel)
    : start
      ? reasonText(start, m)
      : '';
  return item.done ? `${main} ${m.reasons.summaryDone}`.trim() : main;
}

/** Why the recommendations are only starting points, or what they cannot target yet. */
export function readinessText(readiness: Readiness, m: ResultsMessages): string {
  const r = m.readiness;
  const missing = readiness.missingKeyLabels.length ? r.missing(readiness.missingKeyLabels) : '';
  const parts =
    readiness.status === 'insufficient'
      ? [
          r.insufficient(readiness.known, readiness.total, readiness.required),
          readiness.unknown > 0 ? r.unknown(readiness.unknown) : '',
          r.startingPoints,
        ]
      : readiness.status === 'complete'
        ? [r.complete(readiness.known), missing]
        : [r.partial(readiness.answered, readiness.total, readiness.known), missing];
  return parts.filter(Boolean).join(' ');
}

/** The heading a resource is listed under: its weak axis (or that axis's key), or a weak key. */
export function resourceTargetText(suggestion: ResourceSuggestion, m: ResultsMessages): string {
  const r = m.resources;
  if (suggestion.axisId === null) return r.forKey(suggestion.label, suggestion.score);
  return suggestion.match === 'axis'
    ? r.forAxis(suggestion.label, suggestion.score)
    : r.forAxisByKey(suggestion.label, suggestion.score, suggestion.keyLabel);
}

/**
 * Why one resource is listed: the axis it is about (or, when the catalogue has none for that axis,
 * that it is its key's), or the weak key; then the level it was made for, when it names one.
 */
export function resourceWhyText(suggestion: ResourceSuggestion, m: ResultsMessages): string {
  const r = m.resources;
  const target =
    suggestion.axisId === null
      ? r.whyKey(suggestion.label, suggestion.score)
      : suggestion.match === 'axis'
        ? r.whyAxis(suggestion.label, suggestion.score)
        : r.whyAxisByKey(suggestion.label, suggestion.keyLabel);
  return suggestion.levels.length > 0 ? `${target} ${r.whyLevel(suggestion.levels)}` : target;
}
