import {
  formatDate,
  MAX_WEEK_DAYS,
  type LeadTimeBasis,
  type PlanIssue,
  type PlanMilestone,
  type PlanTiming,
  type PlanWarning,
} from '../../src/plan/index.js';
import { countOf, formatNumber } from './format.js';

/** A cited document: only what it gives (kind, number, académie, year) is said. */
type SourceLike = {
  readonly document: string;
  readonly kind?: 'fiche-action' | 'fiche-methode' | 'fiche-mutualisation';
  readonly number?: number;
  readonly academie?: string;
  readonly year?: number;
};
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
  if (item.basis === 'source')
    return `According to its sheet, “${item.title}” is prepared from the start of the school year (${day(item.start)}, la rentrée as the tool estimates it); its highlight is on ${day(item.moment)}.`;
  const whose = item.basis === 'team' ? 'set by the team' : 'the tool’s estimate';
  return `“${item.title}”: ${weeks(item.weeks)} of preparation (${whose}) before its highlight on ${day(item.moment)}: it should have started on ${day(item.start)}.`;
}

const TIMING: Record<PlanTiming['moment'], string> = {
  semaine: 'During the Perseverance Week.',
  rentree:
    'At la rentrée (the start of the school year), outside the Week: with no date chosen, the highlight is set on the next 1 September (the tool’s estimate).',
  annee:
    'All year, from la rentrée; the Perseverance Week showcases the action. With no number of weeks chosen, it starts on 1 September (the tool’s estimate).',
};

function leadTimeHint(basis: LeadTimeBasis, estimate: number, timing: PlanTiming): string {
  const fromSource = timing.moment === 'annee' || timing.preparation === 'debut-annee';
  const back = fromSource
    ? 'empty the field to go back to the sheet’s date (start of the year).'
    : `empty the field to go back to the tool’s estimate (${weeks(estimate)}).`;
  if (basis === 'team') return `Number chosen by the team; ${back}`;
  if (basis === 'source')
    return `According to the sheet, ${timing.moment === 'annee' ? 'the action starts' : 'preparation starts'} at the start of the school year (la rentrée, estimated by the tool as 1 September). Enter a number of weeks to change it.`;
  return `The tool’s estimate: ${weeks(estimate)} (no source gives a duration). Change it to suit your team.`;
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
    guides: 'Method sheets',
    draft: 'Your turn…',
    bilan: 'Review',
  },
  warningsTitle: 'Points of attention',
  dates: {
    intro:
      'Suggested dates are the tool’s estimate: the week starts on the Monday on or before 15 April, as in 2019, 2021 and 2022, and actions are declared with the 2019 booklet’s gap (28 March for a week starting on 15 April). Replace them with your académie’s.',
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
    momentsHint: (moment: PlanTiming['moment']) =>
      `Day(s) of the highlight; with no date, ${moment === 'rentree' ? 'the next 1 September (the tool’s estimate)' : 'the first day of the week'}. Empty a field to remove its date.`,
    when: 'When:',
    timing: TIMING,
    timingDefault:
      'During the Perseverance Week (the tool’s default: the source does not say when).',
    quote: (text: string) => `The sheet (in French): “${text}”`,
    moment: (n: number) => `Highlight date ${n}`,
    addMoment: 'Add a highlight date',
    leadTime: 'Weeks of preparation before the highlight',
    leadTimeHint,
    leadTimeValue: (n: number, basis: LeadTimeBasis) =>
      basis === 'source'
        ? 'from the start of the school year (according to the sheet)'
        : `${weeks(n)} (${basis === 'team' ? 'the team’s choice' : 'the tool’s estimate'})`,
    leadTimeError: 'A whole number of weeks is expected, from 0 to 52.',
    plan: 'Steps, backwards from the week',
    checklist: (guide: string, year: number | undefined, done: number, total: number) =>
      `List of the method sheet “${guide}”${year ? ` (${year})` : ''}: ${done} of ${total}`,
    phases: {
      avant: 'Before the Perseverance Week',
      pendant: 'During the Perseverance Week',
      apres: 'After the Perseverance Week',
    },
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
    start: 'The action starts (all year)',
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
    sourceTitle: (source: SourceLike) =>
      `Milestones of the source: ${[source.document, source.academie].filter(Boolean).join(', ')}`,
    sourceNote:
      'This year’s dates are the source’s, moved by the tool: the same gap from the first day of the week.',
    sourceDates: (dates: string) => `In the source: ${dates}`,
  },
  guides: {
    intro:
      'The académie’s method sheets (in French), as published for their edition: their dates, addresses and accounts are that year’s. Each action of the plan ticks the most recent one’s list.',
    source: (source: SourceLike) => {
      const unit = source.kind
        ? `${{ 'fiche-action': 'Action sheet', 'fiche-methode': 'Method sheet', 'fiche-mutualisation': 'Sharing sheet' }[source.kind]}${source.number ? ` no. ${source.number}` : ''}`
        : null;
      const text = [unit, source.document, source.academie ?? null].filter(Boolean).join(', ');
      return `Source: ${text}${source.year ? ` (${source.year})` : ''}`;
    },
    note: (text: string) => `The tool’s note: ${text}`,
    link: 'Link given by the sheet',
    newTab: '(new tab)',
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
  limit: {
    count: (length: number, max: number) =>
      `${formatNumber(LOCALE, length)} / ${countOf(LOCALE, max, { one: 'character', other: 'characters' })}`,
    cut: (max: number, left: number) =>
      `Text cut to ${countOf(LOCALE, max, { one: 'character', other: 'characters' })}, this field’s maximum: ${countOf(LOCALE, left, { one: 'character was', other: 'characters were' })} not kept.`,
  },
  calendarStep: (label: string) => `${label} (the source’s calendar, dates moved by the tool)`,
  stepTitle: (step: PlanMilestone) =>
    step.kind === 'preparation'
      ? `Preparation starts: ${step.label}`
      : step.kind === 'start'
        ? `The action starts (all year): ${step.label}`
        : step.kind === 'strong-moment'
          ? `Highlight: ${step.label}`
          : step.label,
  issue,
  warning,
};
