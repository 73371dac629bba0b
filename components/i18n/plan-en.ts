import {
  formatDate,
  MAX_WEEK_DAYS,
  type PlanIssue,
  type PlanMilestone,
  type PlanWarning,
} from '../../src/plan/index.js';
import { countOf } from './format.js';
import type { PlanMessages } from './plan-fr.js';

/** English strings of the action plan, loaded only when the widget speaks English. */
const LOCALE = 'en-GB';
const weeks = (n: number) => countOf(LOCALE, n, { one: 'week', other: 'weeks' });
const day = (date: string) => formatDate(date, LOCALE);

const FIELDS: Record<PlanIssue['field'], string> = {
  weekStart: 'First day of the week',
  weekEnd: 'Last day of the week',
  deadline: 'Deadline for declaring actions',
  titre: 'Title of the action',
  organisation: 'Organisation',
  objectifs: 'Objectives',
  publics: 'Audiences',
  pilotage: 'Steering',
  reussite: 'Keys to success',
  valoriser: 'Promote, communicate',
};

function issue(problem: PlanIssue): string {
  const text = {
    required: problem.field === 'titre' ? 'give the sheet a title to save it' : 'enter a date',
    invalid: 'this date does not exist (day, month, year)',
    'end-before-start':
      'value' in problem
        ? `${day(problem.value)} is before the start of the week (${day(problem.other)})`
        : '',
    'week-too-long':
      'days' in problem ? `the week would last ${problem.days} days; ${MAX_WEEK_DAYS} at most` : '',
    'deadline-after-week':
      'value' in problem
        ? `${day(problem.value)} is not before the perseverance week, which starts on ${day(problem.other)}`
        : '',
    'too-long': `text too long (${'max' in problem ? problem.max : ''} characters at most)`,
  }[problem.code];
  return `${FIELDS[problem.field]}: ${text}.`;
}

function warning(item: PlanWarning): string {
  if (item.code === 'deadline-passed')
    return `The deadline for declaring actions (${day(item.deadline)}) has passed: contact the académie to declare a late action.`;
  return `“${item.title}” needs ${weeks(item.weeks)} of preparation before its highlight on ${day(item.moment)}: it should have started on ${day(item.start)}.`;
}

export const planEn: PlanMessages = {
  locale: LOCALE,
  title: 'This year’s action plan',
  intro:
    'Plan the actions kept for this year backwards from the Perseverance Week: who leads, for which audiences, when, and the steps before, during and after the week.',
  partsLabel: 'Parts of the plan',
  parts: {
    dates: 'This year’s dates',
    actions: 'Actions',
    timeline: 'Calendar',
    draft: 'Your turn…',
    bilan: 'Review',
  },
  warningsTitle: 'Points of attention',
  dates: {
    intro:
      'Suggested dates follow the booklet’s calendar: the week starts on the Monday on or before 15 April, actions are declared in late March. Replace them with your académie’s.',
    weekStart: 'First day of the Perseverance Week',
    weekEnd: 'Last day of the week',
    deadline: 'Deadline for declaring actions (académie form)',
    suggested: 'Suggested date',
    chosen: 'Chosen date',
    useSuggested: (date: string) => `Use the suggested date (${date})`,
    fix: 'Correct this year’s dates to see the plan and the calendar.',
  },
  kinds: {
    fiche: (n?: number) => (n ? `Action sheet no. ${n}` : 'Action sheet'),
    action: 'Action idea',
    draft: 'Sheet written by the team',
  },
  empty:
    'No action in the plan yet. Keep sheets in the recommendations (“Kept for this year”) or write your own sheet.',
  toRecommendations: 'See the recommendations',
  toDraft: 'Write a sheet',
  action: {
    pilot: 'Lead (a role is enough)',
    publics: 'Audiences',
    moments: 'Highlight',
    momentsHint:
      'Day(s) of the highlight; with no date, the first day of the week. Empty a field to remove its date.',
    moment: (n: number) => `Highlight date ${n}`,
    addMoment: 'Add a highlight date',
    leadTime: 'Preparation (weeks)',
    leadTimeHint: (n: number) => `Suggested: ${weeks(n)}.`,
    leadTimeError: 'A whole number of weeks is expected, from 0 to 52.',
    plan: 'Steps, backwards from the week',
    checklist: (done: number, total: number) => `Method sheet checklist: ${done} of ${total}`,
    phases: { avant: 'Before the week', pendant: 'During the week', apres: 'After the week' },
    openFiche: 'Open the sheet',
    editDraft: 'Edit the sheet',
    remove: 'Remove from the plan',
    removeDraft: 'Delete the sheet',
    confirmRemoveDraft: (title: string) =>
      `Delete the sheet “${title}” and its follow-up? This cannot be undone.`,
    confirmYes: 'Yes, delete',
    cancel: 'Cancel',
  },
  milestone: {
    preparation: 'Preparation starts',
    'strong-moment': 'Highlight',
    calendar: 'Académie calendar',
  },
  timeline: {
    caption: 'Steps of the plan, by date',
    date: 'Date',
    step: 'Step',
    concerns: 'Action',
    range: (from: string, to: string) => `${from} to ${to}`,
    all: 'All actions',
  },
  exports: {
    title: 'Export the plan',
    ics: 'Download the calendar (.ics)',
    icsName: (year: string) => `Action plan — Perseverance Week ${year}`,
    print: 'Print the plan',
    json: 'Export the diagnostic and its plan (JSON)',
    icsDone: 'Calendar downloaded: open the file with your calendar app.',
  },
  draft: {
    title: 'Your turn…: write a sheet',
    editTitle: (title: string) => `Edit the sheet “${title}”`,
    intro:
      'On the model of the booklet’s sheet no. 15. Objectives start from your areas for progress; the sheet then joins the plan like the others.',
    targets: (axes: string) => `Areas for progress targeted: ${axes}.`,
    objective: (axis: string, key: string) => `Progress on “${axis}” (key ${key}).`,
    fields: FIELDS,
    required: '(required)',
    add: 'Add to the plan',
    save: 'Save the sheet',
    cancel: 'Cancel',
    added: (title: string) => `Sheet “${title}” added to the plan.`,
    saved: (title: string) => `Sheet “${title}” saved.`,
    full: (max: number) => `The plan already has ${max} written sheets: delete one to add another.`,
  },
  bilan: {
    intro:
      'After the week, as a team or in the GPDS: attendance at each action and what you learnt, to share with the FOQUALE network and the rectorat.',
    attendance: 'Attendance (number of participants)',
    countError: 'A whole number is expected, from 0 to 100,000.',
    worked: 'What worked',
    vigilance: 'Points to watch',
    perspectives: 'Next year',
  },
  print: {
    title: (from: string, to: string) => `Action plan — Perseverance Week, ${from} to ${to}`,
    deadline: (date: string) => `Declare actions before ${date}`,
    none: '—',
  },
  stepTitle: (step: PlanMilestone) =>
    step.kind === 'preparation'
      ? `Preparation starts: ${step.label}`
      : step.kind === 'strong-moment'
        ? `Highlight: ${step.label}`
        : step.label,
  issue,
  warning,
};
