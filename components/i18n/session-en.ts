import { countOf, formatNumber, plural } from './format.js';
import type { SessionMessages } from './session-fr.js';

/** English strings of the GPDS session views; loaded only when the widget is in English. */
const LOCALE = 'en-GB';
/** The plural mark of a word counted `n` times (English: 0 is plural). */
const s = (n: number) => plural(LOCALE, n, { one: '', other: 's' });

export const sessionEn: SessionMessages = {
  locale: LOCALE,
  title: 'Team session',
  intro:
    'Gather the answers of several team members to see the shared profile, discuss the gaps and decide together. Everything stays on this device.',
  meta: (n: number, version: string, date: string) =>
    `${n} participant${s(n)}, ${version} version, created on ${date}`,
  versions: { complet: 'full', court: 'short' },
  sectionsLabel: 'Session steps',
  sections: {
    prepare: 'Prepare',
    collect: 'Collect',
    profile: 'Shared profile',
    discuss: 'Discuss',
    decide: 'Decide',
    report: 'Report',
  },
  projector: 'Projector mode',
  start: {
    title: 'Start a session',
    name: 'Session name',
    nameHint: 'For example: GPDS — March 2027',
    version: 'Questionnaire version',
    submit: 'Start the session',
    instructions: 'Instructions for participants',
    step1: 'Open this page on your computer or phone:',
    joinStep:
      'Scan this code with your phone’s camera, or open the link: the questionnaire opens directly, in the right version.',
    joinLink: 'Link to take part',
    qrLabel: (session: string) => `QR code of the link to take part in the session “${session}”`,
    copyLink: 'Copy the link',
    copied: 'Link copied.',
    copyFailed: 'Could not copy: select the link and copy it.',
    contact: 'Your e-mail address (optional)',
    contactHint:
      'Added to the link: each participant’s phone then offers to e-mail you their code. It is sent nowhere else.',
    contactInvalid: 'Address not recognised: the link is made without it.',
    step2: (version: string, n: number) =>
      `Answer the questionnaire on your own (${version} version, ${countOf(LOCALE, n, { one: 'question', other: 'questions' })}).`,
    step3:
      'At the end, on the “Profile” page, copy “My code to send” and send it to the person running the session.',
    step3Join: 'At the end, tap “Send my code”: the phone offers e-mail, messaging or copy.',
    noDevice:
      'No device? People answer one after the other on this one: “Pass the tablet”, under “Collect”.',
    rename: 'Rename',
    newSession: 'New session…',
    confirmNew: (n: number) =>
      `Start a new session? The ${n} participant${s(n)} of the current session will be removed. Export it first (“Report”).`,
  },
  collect: {
    codes: 'Participants’ codes',
    codesHint: 'Paste one or more codes, in any order, separated by spaces or line breaks.',
    role: 'Role of codes that carry none',
    add: 'Add the codes',
    scan: {
      start: 'Scan the phones’ QR codes',
      stop: 'Stop the camera',
      read: (n: number) =>
        `${countOf(LOCALE, n, { one: 'code read', other: 'codes read' })}: put in the field, check them, then “Add the codes”.`,
      denied: 'The camera is not available: paste the codes.',
      video: 'Camera image',
    },
    noCode: 'No code in the input.',
    summary: ({ added, invalid, duplicate, full }) => {
      const refused = invalid + duplicate;
      const n = (count: number) => formatNumber(LOCALE, count);
      return (
        `${n(added)} code${s(added)} added, ${n(refused)} rejected` +
        (duplicate ? ` (${n(duplicate)} duplicate${s(duplicate)})` : '') +
        (full ? `; ${n(full)} not added: the session is full (200 participants)` : '') +
        (refused || full ? '. Codes not added stay in the input.' : '.')
      );
    },
    reading: (n: number) => `Reading the codes… ${formatNumber(LOCALE, n)}`,
    unread: (read: number) =>
      `Long text: only the first ${formatNumber(LOCALE, read)} characters were read; click “Add the codes” again to read the rest.`,
    dropped: (n: number) =>
      `${countOf(LOCALE, n, { one: 'character', other: 'characters' })} too many: not kept in the input.`,
    rejected: 'rejected',
    duplicate: 'duplicate',
    more: (n: number) => `… and ${formatNumber(LOCALE, n)} more.`,
    full: (n: number) =>
      `The session has reached 200 participants (maximum): ${formatNumber(LOCALE, n)} not added.`,
    files: 'Files exported by participants (JSON, several allowed)',
    fileAdded: (n: number) => `${n} participant${s(n)} added.`,
    fileCatalogue: 'made with another questionnaire: its answers cannot be combined with these.',
    fileEmpty: 'this file holds no answers.',
    fileDuplicate: (label: string) =>
      `same answers as “${label}”, already in the session: probable duplicate, not added.`,
    tablet: 'Pass the tablet',
    tabletIntro:
      'Each person answers in turn on this device; then add their answers to the session: they are cleared for the next person.',
    tabletCurrent: (answered: number, total: number) =>
      `Answers in progress on this device: ${answered} of ${total}.`,
    tabletLabel: 'Name, initials or role of the person (optional)',
    take: 'Add their answers to the session',
    taken: (label: string) =>
      `Answers of “${label}” added and cleared from the device. Next person, please!`,
    next: 'Let the next person answer',
  },
  respondents: {
    title: (n: number) => `Participants (${n})`,
    empty: 'No participants yet.',
    label: (n: number) => `Participant ${n}`,
    noRole: 'No role',
    sources: { code: 'code', file: 'file', device: 'this device' },
    answered: (n: number, total: number) =>
      `${countOf(LOCALE, n, { one: 'answer', other: 'answers' })} out of ${total}`,
    name: 'Name, initials or role',
    role: 'Role',
    editShort: 'Edit',
    quoted: (label: string) => ` “${label}”`,
    columns: {
      number: 'No.',
      who: 'Participant, role and source',
      answers: (total: number) => `Answers (out of ${total})`,
    },
    save: 'Save',
    remove: (label: string) => `Remove “${label}”`,
    removed: (label: string) => `“${label}” was removed from the session.`,
    undo: 'Undo',
    restored: (label: string) => `“${label}” is back in the session.`,
  },
  profile: {
    none: 'Add participants to see the shared profile.',
    overall: (score: string, n: number) =>
      `Overall score ${score} (mean of ${n} participant${s(n)}).`,
    chart: (summary: string) =>
      `Radar chart of the shared profile by area: mean, minimum and maximum of the participants. ${summary}`,
    mean: 'Mean',
    min: 'Minimum',
    max: 'Maximum',
    lastYear: 'Last year',
    roles: 'Overlay a role’s profile',
    caption: 'Shared profile by key and area (0 to 100%): mean, lowest and highest participant',
    item: 'Key / area',
    delta: 'Change',
    points: (value: number | null) =>
      value === null
        ? '—'
        : Math.round(value) === 0
          ? '='
          : `${value > 0 ? '+' : '−'}${Math.abs(Math.round(value))}\u00a0pt${Math.abs(Math.round(value)) > 1 ? 's' : ''}`,
    acted: (titles: string) => `Worked on last year: ${titles}`,
    keysChart: (summary: string) =>
      `Radar chart of the four keys: the team’s mean and, if chosen, groups of at least three people. ${summary}`,
    middle: 'Middle half',
    range: (low: string, high: string) => `${low} to ${high}`,
    barsTitle: 'By key and area',
    barsLegend:
      'Bar: the team’s mean. Grey band: the middle half of the team (a quarter of the people below it, a quarter above).',
    others: 'Others',
    rolesPrivacy: (min: number) =>
      `A role is shown apart only from ${countOf(LOCALE, min, { one: 'person', other: 'people' })}; smaller groups are merged into “Others”.`,
    rolesNone: (min: number) =>
      `No group of at least ${countOf(LOCALE, min, { one: 'person', other: 'people' })}: roles are not shown apart.`,
    compareTitle: (label: string) => `Change since “${label}”`,
    compareBasis:
      'This year is computed like last year: one answer per question, the rounded mean of the answers, so this overall score may differ from the participants’ mean given above. Black mark: last year.',
    overallSameBasis: 'Overall score, computed as last year',
    sameBasis: 'This year (same basis)',
  },
  previous: {
    title: 'Compare with last year',
    intro:
      'Import last year’s export (diagnostic or session): the radar and the table show the change and point out the areas worked on.',
    file: 'Last year’s file (JSON)',
    loaded: (label: string) => `Compared with “${label}”.`,
    label: (date: string) => `Diagnostic of ${date}`,
    done: 'Last year’s diagnostic imported.',
    fromSession: (n: number) =>
      ` It was a session of ${n} participant${s(n)}: the comparison uses each question’s rounded mean answer.`,
    remove: 'Remove the comparison',
    removed: 'Comparison removed.',
    catalogue: 'This file was made with another questionnaire: no comparison possible.',
    empty: 'This file holds no answers.',
  },
  script: {
    title: (minutes: number) => `Running the session (${minutes} minutes)`,
    steps: [
      ['Individual answers', 10, 'Everyone answers alone, without discussion.'],
      ['Reveal', 10, 'Show the shared profile without commenting on anyone’s answers.'],
      ['Divergences', 20, 'Discuss the agenda below: everyone explains their answer.'],
      ['Shortlist', 15, 'In “Decide”, keep three to five sheets for the weak keys.'],
      ['Decision', 10, 'Keep the sheets for the year, with a lead and a deadline for each.'],
    ],
  },
  agenda: {
    title: 'Agenda: the divergences',
    none: 'No question with a gap of two levels or more: the team broadly agrees.',
    count: (n: number) =>
      `${n} question${s(n)} where answers are furthest apart, from the most to the least divergent.`,
    shown: (shown: number, total: number) =>
      shown === total
        ? `${total} question${s(total)} where the team is divided, from the most to the least divided.`
        : `The ${shown} questions where the team is most divided, of ${total} whose answers are two levels apart or more.`,
    rule: 'Ranking rule (proposed by the tool): a question enters when at least two people answer it two levels apart or more; it is ranked by the standard deviation of the answers (the whole team counts: a lone answer weighs little), then the number of “Don’t know”, then the gap.',
    tooFew: 'Only one person has answered: it takes at least two answers to find divergences.',
    more: (n: number) =>
      n === 1 ? 'Also show the other question' : `Also show the ${n} other questions`,
    less: (n: number) => `Show only the first ${n}`,
    notes: 'What the team says',
    decision: 'Decision',
    lead: 'Lead person',
    due: 'Deadline',
    range: (n: number) => `gap of ${n} level${s(n)}`,
    answers: 'Answers',
    unknown: (n: number) => `“Don’t know”: ${n}`,
    print: 'Print the agenda',
  },
  decide: {
    intro:
      'Suggestions computed on the shared profile and the establishment’s context. Tick the sheets the team keeps.',
    coverage: 'The four keys and the kept actions',
    key: (key: string, score: string, n: number) => `${key} (${score}): ${n} action${s(n)} kept`,
    uncovered: (key: string, score: string) =>
      `Warning: ${key} is weak (${score}) and no kept action works on it.`,
  },
  report: {
    session: (name: string, date: string) => `${name} — session of ${date}`,
    participants: (n: number) => `Participants: ${n}`,
    byRole: (role: string, n: number) => `${role}: ${n}`,
    divergences: 'Divergences',
    decisions: 'Decisions: kept actions',
    none: 'No action kept.',
    print: 'Print the report',
    export: 'Export the session (JSON)',
    exportHint:
      'The file holds the whole session, answers included: keep it for next year’s comparison.',
    establishment: (name: string) => `School: ${name}`,
    keys: 'Shared profile: the four keys',
    keyHead: ['Key', 'Mean score', 'Lowest to highest'],
    strengths: 'Strengths',
    weaknesses: 'Areas for progress',
    conclusions: 'Agenda: what the team concluded',
    annex: 'Attach the detailed table and every divergence as an annex',
    annexTitle: 'Annex',
    csv: 'Export for a spreadsheet (CSV)',
    csvHint:
      'A file for Excel or LibreOffice: one row per participant with their answers, then the team’s mean, lowest and highest scores per key and per axis.',
    csvLabels: {
      respondent: 'Participant',
      role: 'Role',
      unknown: 'Don’t know',
      level: 'Level',
      key: 'Key',
      axis: 'Axis',
      label: 'Title',
      mean: 'Mean score (out of 100)',
      min: 'Lowest',
      max: 'Highest',
      respondents: 'Participants with a score',
      question: 'Question',
      notes: 'What the team says',
      decision: 'Decision',
      lead: 'Lead person',
      due: 'Deadline',
    },
  },
};
