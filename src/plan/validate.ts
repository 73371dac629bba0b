import { MAX_LABEL } from '../storage/limits.js';
import { daysBetween, formatDate, isIsoDate } from './dates.js';
import type { PlanDateField } from './calendar.js';
import type { DraftField } from './draft.js';

/** The longest week accepted (the editions so far lasted six days). */
export const MAX_WEEK_DAYS = 14;

/**
 * A problem with something the user typed, tied to its field. `message` is French; a view in
 * another language builds its own text from `code` and the dates.
 */
export type PlanIssue =
  | { readonly field: PlanDateField; readonly code: 'required' | 'invalid' }
  | {
      readonly field: 'weekEnd';
      readonly code: 'end-before-start';
      readonly value: string;
      readonly other: string;
    }
  | { readonly field: 'weekEnd'; readonly code: 'week-too-long'; readonly days: number }
  | {
      readonly field: 'deadline';
      readonly code: 'deadline-after-week';
      readonly value: string;
      readonly other: string;
    }
  | { readonly field: DraftField; readonly code: 'required' | 'too-long'; readonly max?: number };

/**
 * Checks the three dates as typed (`''` when a field was emptied). Each problem is reported at
 * the field to correct: the end of the week before its start at the end, a deadline that is not
 * before the week at the deadline.
 */
export function validatePlanDates(values: Readonly<Record<PlanDateField, string>>): PlanIssue[] {
  const issues: PlanIssue[] = [];
  for (const field of ['weekStart', 'weekEnd', 'deadline'] as const) {
    const value = values[field];
    if (!value) issues.push({ field, code: 'required' });
    else if (!isIsoDate(value)) issues.push({ field, code: 'invalid' });
  }
  const { weekStart, weekEnd, deadline } = values;
  if (isIsoDate(weekStart) && isIsoDate(weekEnd)) {
    const days = daysBetween(weekStart, weekEnd) + 1;
    if (days < 1)
      issues.push({ field: 'weekEnd', code: 'end-before-start', value: weekEnd, other: weekStart });
    else if (days > MAX_WEEK_DAYS) issues.push({ field: 'weekEnd', code: 'week-too-long', days });
  }
  if (isIsoDate(weekStart) && isIsoDate(deadline) && daysBetween(deadline, weekStart) < 1)
    issues.push({
      field: 'deadline',
      code: 'deadline-after-week',
      value: deadline,
      other: weekStart,
    });
  return issues;
}

/** A drafted fiche needs a title; every field keeps within its size. */
export function validateDraft(
  fields: Readonly<Record<DraftField, string>>,
  maxText: number,
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  for (const [field, value] of Object.entries(fields) as [DraftField, string][]) {
    const max = field === 'titre' ? MAX_LABEL : maxText;
    if (field === 'titre' && !value.trim()) issues.push({ field, code: 'required' });
    else if (value.length > max) issues.push({ field, code: 'too-long', max });
  }
  return issues;
}

/** The French names of the fields the plan checks, as the editor labels them. */
export const PLAN_FIELD_NAMES: Readonly<Record<PlanIssue['field'], string>> = {
  weekStart: 'Début de la semaine',
  weekEnd: 'Fin de la semaine',
  deadline: 'Date limite de déclaration des actions',
  titre: 'Titre de l’action',
  organisation: 'Organisation – modalités',
  objectifs: 'Objectifs',
  publics: 'Publics',
  pilotage: 'Pilotage',
  reussite: 'Éléments clés de réussite',
  valoriser: 'Valoriser, communiquer',
};

/** The issue in French, starting with the name of the field. */
export function planIssueMessage(issue: PlanIssue): string {
  const day = (date: string) => formatDate(date);
  let text: string;
  switch (issue.code) {
    case 'required':
      text =
        issue.field === 'titre'
          ? 'donnez un titre à la fiche pour l’enregistrer'
          : 'indiquez une date';
      break;
    case 'invalid':
      text = 'cette date n’existe pas (jour, mois, année)';
      break;
    case 'end-before-start':
      text = `le ${day(issue.value)} est avant le début de la semaine (${day(issue.other)})`;
      break;
    case 'week-too-long':
      text = `la semaine durerait ${issue.days} jours ; ${MAX_WEEK_DAYS} au maximum`;
      break;
    case 'deadline-after-week':
      text = `le ${day(issue.value)} n’est pas avant la semaine de la persévérance, qui commence le ${day(issue.other)}`;
      break;
    case 'too-long':
      text = `texte trop long (${issue.max} caractères au maximum)`;
      break;
  }
  return `${PLAN_FIELD_NAMES[issue.field]} : ${text}.`;
}
