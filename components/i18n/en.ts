import { countOf, plural } from './format.js';
import type { BaseMessages } from './fr.js';

/** English interface strings. Catalogue content (questions, fiches) stays in its own language. */
/** « 1 question », « 28 questions ». */
const questions = (n: number) => countOf('en-GB', n, { one: 'question', other: 'questions' });

export const en: BaseMessages = {
  lang: 'en',
  locale: 'en-GB',
  widgetLabel: 'School perseverance self-diagnosis',
  loading: 'Loading the diagnostic…',
  nav: {
    label: 'Diagnostic sections',
    welcome: 'Welcome',
    questionnaire: 'Questionnaire',
    profile: 'Profile',
    recommendations: 'Recommendations',
    resources: 'Resources',
    plan: 'Action plan',
    session: 'Team session',
  },
  welcome: {
    title: 'Self-diagnosis: the keys to school perseverance',
    intro:
      'This tool helps a team — the dropout-prevention group (GPDS), a teaching council, a leadership team — review its practices for preventing school dropout around four keys: welcome, engage, support, re-engage.',
    audience:
      'It is meant for heads of establishments, CPE, teachers, dropout referents, MLDS coordinators and every member of the GPDS.',
    outcome:
      'At the end you get your establishment’s profile, its strengths and areas for progress, and suitable action sheets, each with the reasons it is suggested.',
    duration: (full: number, short: number, fullMinutes: number, shortMinutes: number) =>
      `Full version: ${questions(full)}, about ${fullMinutes} minutes. Short version: ${questions(short)}, about ${shortMinutes} minutes.`,
    catalogue: 'Catalogue in use:',
    privacyTitle: 'Privacy',
    privacy:
      'Your answers stay in this browser, on this device. Nothing is sent to a server and no personal data is asked for.',
    contextTitle: 'Your establishment',
    levelsLegend: 'Type of establishment (several allowed)',
    levelsHint:
      'Questions and suggested actions fit these levels: a question specific to the lycée is not asked to a collège.',
    roleLabel: 'Your role (optional)',
    roleNone: '— Not specified —',
    nameLabel: 'Establishment name (optional, stays on this device)',
    versionLegend: 'Questionnaire version',
    versionFull: (n: number) => `Full (${questions(n)})`,
    versionShort: (n: number) => `Short (${questions(n)})`,
    start: 'Start the diagnostic',
    resume: 'Resume where you left off',
    resumeInfo: (answered: number, total: number) =>
      `A diagnostic is in progress on this device: ${countOf('en-GB', answered, { one: 'answer', other: 'answers' })} out of ${total}.`,
    restart: 'Start again from scratch',
    confirmRestart:
      'Erase every answer saved on this device and start again? This cannot be undone. Consider exporting your diagnostic first.',
    confirmRestartYes: 'Yes, erase everything',
    confirmRestartNo: 'Cancel',
    levelsRequired:
      'Choose at least one type of establishment to get suitable questions and suggestions (with none, every question is asked).',
  },
  levels: {
    college: 'Collège (lower secondary)',
    'lycee-gt': 'General and technological lycée',
    'lycee-pro': 'Vocational lycée',
  },
  roles: {
    direction: 'Leadership',
    cpe: 'CPE (education counsellor)',
    professeur: 'Teacher',
    'referent-decrochage': 'Dropout referent',
    psyen: 'School psychologist',
    infirmier: 'School nurse',
    'assistant-social': 'Social worker',
    mlds: 'MLDS coordinator',
    parent: 'Parent',
    eleve: 'Student',
    partenaire: 'Partner',
    autre: 'Other',
  },
  questionnaire: {
    stepHeading: (step: number, total: number, key: string) => `Step ${step} of ${total} — ${key}`,
    pageHeading: 'Full questionnaire',
    stepsLabel: 'Questionnaire keys',
    progress: (answered: number, total: number) => `${answered} of ${total} answered`,
    progressLabel: 'Questionnaire progress',
    keyProgress: (answered: number, total: number) => `${answered}/${total}`,
    previous: 'Previous key',
    next: 'Next key',
    finish: 'See the profile',
    showHelp: 'Help',
    hideHelp: 'Hide help',
    unanswered: 'Not answered',
    unansweredNotice: (n: number, key: string) =>
      plural('en-GB', n, {
        one: `${n} question of ${key} was left unanswered. You can come back to it.`,
        other: `${n} questions of ${key} were left unanswered. You can come back to them.`,
      }),
    allAnswered: 'Every question of this key is answered.',
    practicesTitle: 'Practices',
    scaleTitle: 'The scale: where does the practice stand?',
    unknownDescription: 'You cannot judge: the answer does not count in the score.',
  },
  save: {
    saved: 'Saved on this device',
    memory: 'Not saved: the browser’s storage is unavailable',
  },
  errors: {
    title: 'The diagnostic cannot start',
    hint: 'The site’s webmaster can fix the file; the list above gives each problem and where it is.',
    lateParts: (part: string, retried = true) =>
      `Part of the widget could not be loaded (${part})${retried ? ', even after several attempts' : ''}. Check the connection and reload the page; your answers are kept.`,
    latePart: {
      results: 'profile, recommendations and resources',
      session: 'GPDS session',
      plan: 'action plan',
      catalogue: 'reading the academy’s catalogue; the catalogue is not at fault',
      file: 'reading diagnostic files; your file is not at fault',
      notice: 'message about this browser’s save',
    },
    fileUnreadable: (file: string) => `The file “${file}” could not be read: choose it again.`,
    savedStateReader:
      'Your saved diagnostic could not be read: part of the widget could not be loaded. Check the connection and reload the page; the save is kept.',
    retry: 'Try again',
    reload: 'Reload the page',
    dismiss: 'Dismiss this message',
  },
  storageNotice: {
    unavailable: 'This browser’s storage is unavailable: your answers are kept for this page only.',
    quota:
      'This browser’s storage is full: your answers are kept for this page only. Export the diagnostic to keep it.',
  },
  actions: {
    export: 'Export the diagnostic (file)',
    import: 'Import a diagnostic',
    importDone: 'Diagnostic imported.',
    importChoice: {
      'import-replace': 'Replace the diagnostic',
      'import-add': 'Add as respondents',
      'import-cancel': 'Do not import',
      'import-undo': 'Undo',
    },
  },
};
