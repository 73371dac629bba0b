import type { Level, Public } from '../../src/catalogue/schema.js';
import { countOf, formatNumber, formatPercent, joinList, plural } from './format.js';
import type { ResultsMessages } from './results-fr.js';

/** English strings of the results namespace: the views after the questionnaire, the reasons. */
const LOCALE = 'en-GB';
const percent = (score: number) => formatPercent(LOCALE, score);
const upper = (label: string) => label.toLocaleUpperCase('fr-FR');
const knownAnswers = (n: number) =>
  countOf(LOCALE, n, { one: 'known answer', other: 'known answers' });

/** Levels as the reasons name them (“Made for vocational lycées”). */
const LEVEL_NAMES: Record<Level, string> = {
  college: 'collèges (lower secondary)',
  'lycee-gt': 'general and technological lycées',
  'lycee-pro': 'vocational lycées',
};
/** Publics as the reasons name them (« Involves parents… »). */
const PUBLIC_NAMES: Record<Public, string> = {
  eleves: 'students',
  parents: 'parents',
  personnels: 'staff',
  partenaires: 'partners',
};

export const resultsEn: ResultsMessages = {
  publics: {
    eleves: 'Students',
    parents: 'Parents',
    personnels: 'Staff',
    partenaires: 'Partners',
  },
  scales: {
    classe: 'Class',
    etablissement: 'Establishment',
    district: 'District / network',
  },
  profile: {
    title: 'Establishment profile',
    chartLabel: (summary: string) => `Radar chart of the profile by area. ${summary}`,
    chartSummary: (overall: string, strongest: string, weakest: string) =>
      `Overall score ${overall}. Strongest: ${strongest}. Weakest: ${weakest}.`,
    byAxis: 'By area',
    byKey: 'By key',
    viewLabel: 'Radar display',
    tableToggleShow: 'Show the score table',
    tableToggleHide: 'Hide the score table',
    tableCaption: 'Scores by key and area (0 to 100%), answers and “don’t know”',
    colKey: 'Key',
    colAxis: 'Area',
    colScore: 'Score',
    colTarget: 'Target',
    colAnswered: 'Answers',
    colUnknown: '“Don’t know”',
    overall: 'Overall score',
    completion: (answered: number, total: number, unknown: number) =>
      `${plural(LOCALE, total, { one: `${answered} of ${total} question answered`, other: `${answered} of ${total} questions answered` })}, ${unknown} of them “don’t know”.`,
    unknownShare: (score: number) =>
      `${percent(score)} of answers are “don’t know”: the profile rests on less evidence.`,
    strengths: 'Strengths',
    weaknesses: 'Areas for progress',
    none: 'Not enough answers yet.',
    allInWeaknesses: 'No other area scored: they all appear under areas for progress.',
    tentative: '(few answers)',
    notScored: 'not assessed',
    loadingChart: 'Loading the chart…',
    chartUnavailable: 'The chart could not be shown; the table below gives the same values.',
    print: 'Print',
    printAnnex: 'Also print the annex: each key’s areas and the score table',
    printHint: 'Without the annex, the profile prints on one A4 page.',
    annexTitle: 'Annex',
    catalogue: 'Catalogue:',
    catalogueVersion: (version: string, short: boolean, n: number) =>
      `(version ${version}), ${short ? 'short' : 'full'} questionnaire of ${countOf(LOCALE, n, { one: 'question', other: 'questions' })}.`,
    toRecommendations: 'See the recommendations',
    empty: 'Answer a few questions to see your establishment’s profile.',
    emptyTitle: 'No profile yet',
    start: 'Start the questionnaire',
    keysChartLabel: (summary: string) =>
      `Radar chart of the four keys, with their scores. ${summary}`,
    overallExplained: (low: string, high: string) =>
      `The mean of the four keys: 0% if every practice is “${low}”, 100% if every one is “${high}”.`,
    keysTitle: 'The four keys and their areas',
    keysIntro: 'Each key, then its areas from strongest to weakest.',
    near: (level: string) => `close to “${level}”`,
    tie: (n: number) =>
      plural(LOCALE, n, { one: `${n} area tied`, other: `${formatNumber(LOCALE, n)} areas tied` }),
    glossary: {
      title: 'Acronyms used',
      intro:
        'Expanded only where the source documents expand them; the others stay as the sources write them.',
      notExpanded: 'The source documents do not expand this acronym.',
    },
  },
  recommendations: {
    title: 'Recommendations',
    intro:
      'Action sheets and ideas ranked by your areas for progress and your context. Each suggestion says why.',
    fichesTitle: 'Action sheets',
    actionsTitle: 'Other action ideas',
    filtersLabel: 'Filter the recommendations',
    filterKey: 'Key',
    filterPublic: 'Audience',
    filterScale: 'Scale',
    allKeys: 'All keys',
    allPublics: 'All audiences',
    allScales: 'All scales',
    count: (n: number) => countOf(LOCALE, n, { one: 'suggestion', other: 'suggestions' }),
    none: 'No suggestion matches these filters.',
    fiche: 'Action sheet',
    action: 'Action idea',
    modalite: 'Practice to put in place',
    modaliteNote:
      'The source gives no possible action for this area: the tool suggests this practice as an idea.',
    why: 'Why?',
    keys: 'Keys',
    publics: 'Audiences',
    levels: 'Levels',
    scale: 'Scale',
    leadTimeLabel: 'Preparation (the tool’s estimate)',
    leadTimeValue: (weeks: number) =>
      weeks === 0 ? 'none' : countOf(LOCALE, weeks, { one: 'week', other: 'weeks' }),
    open: (title: string) => `Open the sheet “${title}”`,
    retain: 'Kept for this year',
    done: 'Already done',
    doneNote: 'Already done: ranked lower.',
    retainedCount: (n: number) =>
      n === 0
        ? 'No sheet kept yet.'
        : `${countOf(LOCALE, n, { one: 'sheet', other: 'sheets' })} kept for this year.`,
  },
  decision: {
    prioritiesTitle: 'Our priorities',
    prioritiesIntro:
      'The best-ranked suggestions for your areas for progress, sheets and ideas together, in ranking order.',
    byAxisTitle: 'The other suggestions, by area for progress',
    byAxisIntro: 'From your weakest area to your strongest: open an area to see its suggestions.',
    axisSummary: (axis: string, score: number, key: string, n: number) =>
      `${axis} (${percent(score)}), ${upper(key)} key: ${countOf(LOCALE, n, { one: 'suggestion', other: 'suggestions' })}`,
    gapsTitle: 'Areas for progress without a suggestion',
    gap: (axis: string, score: number) =>
      `No sheet or action in the catalogue targets “${axis}” (${percent(score)}): here are its ways of putting it into practice.`,
    gapNoPractices: 'The catalogue describes no practices for this area.',
    insufficient: (missing: number, known: number, required: number) =>
      `Not enough answers yet for targeted suggestions: ${knownAnswers(known)}, at least ${required} needed. ${missing} more ${missing === 1 ? 'known answer' : 'known answers'} (“don’t know” does not count) and the suggestions will follow your areas for progress. Meanwhile, here are general starting points.`,
    toQuestionnaire: 'Complete the questionnaire',
    allStrong:
      'Your profile shows no area for progress: your answers are at the top. Rather than adding actions, deepen what works: renew and enrich the sheets already carried out (tick “Already done” on their card) and review them in the year’s plan.',
    noFiches:
      'This catalogue contains no action sheet or action idea: there is nothing to rank here. The practices of your areas for progress below and the resources remain available.',
    toPlan: 'See the year’s plan',
    toResources: 'See the resources',
    reasonsDetail: (n: number) =>
      `In detail (${countOf(LOCALE, n, { one: 'reason', other: 'reasons' })})`,
    retainedHandOver: (n: number) =>
      n === 0
        ? 'No suggestion kept for this year.'
        : `${countOf(LOCALE, n, { one: 'suggestion', other: 'suggestions' })} kept for this year: the year’s plan takes them up.`,
  },
  compare: {
    toggle: 'Compare',
    full: 'The comparison is full (three at most): remove one to add another.',
    status: (n: number) =>
      n === 0
        ? 'Tick “Compare” on two or three suggestions to rate them side by side.'
        : `${countOf(LOCALE, n, { one: 'suggestion', other: 'suggestions' })} compared (three at most).`,
    title: 'Compare the suggestions',
    legend:
      'Rate each suggestion from 1 to 3 on five criteria. A higher rating is always more in favour of the action: importance 3 = very important for your students, cost 3 = inexpensive, time 3 = quick to set up, commitment 3 = the team is ready to commit, feasibility 3 = easy to carry out.',
    attribution:
      'Criteria adapted by the project from the action-planning step of the School Health Index (CDC, United States); they do not come from the source documents.',
    fitNote:
      'The fit to your areas for progress is computed by the tool from the diagnostic; it breaks ties between equal totals.',
    caption:
      'Comparison of the suggestions: the team’s ratings (1 to 3) and the fit computed by the tool',
    criterion: 'Criterion',
    criteria: {
      importance: 'Importance',
      cost: 'Cost',
      time: 'Time',
      commitment: 'Commitment',
      feasibility: 'Feasibility',
    },
    notRated: '–',
    rateLabel: (criterion: string, title: string) => `${criterion}, “${title}”`,
    fit: 'Fit (computed by the tool)',
    fitValue: (need: number) => percent(need * 100),
    fitStart: (need: number) =>
      `${percent(need * 100)} (starting point: share of keys and areas covered)`,
    total: 'Total',
    totalValue: (total: number, rated: number) =>
      rated === 5 ? `${total} / 15` : `${total} / 15 (${rated} of 5 criteria rated)`,
    rank: 'Rank',
    rankValue: (rank: number) => {
      const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as const;
      const rule = new Intl.PluralRules(LOCALE, { type: 'ordinal' }).select(rank);
      return `${rank}${suffix[rule as keyof typeof suffix] ?? 'th'}`;
    },
    rankingTitle: 'Ranking after rating',
    rankingItem: (rank: string, title: string, total: number, need: number) =>
      `${rank}: ${title}, ${total} / 15, fit ${percent(need * 100)}`,
    rankingEmpty: 'Rate the criteria to rank the suggestions.',
    addMore: 'Tick “Compare” on a second suggestion (three at most).',
    remove: (title: string) => `Remove “${title}” from the comparison`,
    removeShort: 'Remove',
    retain: 'Keep for this year',
    retainLabel: (title: string) => `Keep for this year: “${title}”`,
    missing: (n: number) =>
      `${countOf(LOCALE, n, { one: 'compared suggestion is', other: 'compared suggestions are' })} no longer suggested for this profile.`,
    clearMissing: 'Remove from the comparison',
  },
  reasons: {
    axis: (axis: string, score: number) => `Your area “${axis}” is at ${percent(score)}`,
    key: (key: string, score: number) => `The ${upper(key)} key is at ${percent(score)}`,
    start: (keys: number, axes: number) =>
      `Incomplete diagnostic: a general starting point, covering ${countOf(LOCALE, keys, { one: 'key', other: 'keys' })} and ${countOf(LOCALE, axes, { one: 'area', other: 'areas' })}.`,
    publics: (publics: readonly Public[]) =>
      `Involves ${joinList(
        LOCALE,
        publics.map((p) => PUBLIC_NAMES[p]),
      )}, whom you want to engage.`,
    done: 'Already carried out in the establishment: suggested to be renewed or taken further.',
    summary: (axis: string, score: number, key: string | null) =>
      `To make progress on “${axis}” (${percent(score)})${key ? `, ${upper(key)} key.` : '.'}`,
    summaryDone: 'Already done: to renew or take further.',
    answers: (items: readonly string[]) => `Answers that show it: ${items.join('; ')}.`,
    answer: (text: string, value: number, addressed: boolean) =>
      `“${text}” (${formatNumber(LOCALE, value)} out of 3${addressed ? ', a question this suggestion addresses' : ''})`,
    level: (levels: readonly Level[]) =>
      `Made for ${joinList(
        LOCALE,
        levels.map((l) => LEVEL_NAMES[l]),
      )}, your establishment’s level.`,
  },
  readiness: {
    insufficient: (known: number, total: number, required: number) =>
      `The diagnostic is incomplete: ${knownAnswers(known)} out of ${total}, at least ${required} are needed.`,
    unknown: (n: number) => `“Don’t know” answers (${n}) do not count.`,
    startingPoints:
      'The suggestions are general starting points, to refine by completing the questionnaire.',
    complete: (known: number) =>
      `The diagnostic is complete: the suggestions rest on your ${knownAnswers(known)}.`,
    partial: (answered: number, total: number, known: number) =>
      `The diagnostic is partial (${countOf(LOCALE, answered, { one: 'answer', other: 'answers' })} out of ${total}): the suggestions rest on your ${knownAnswers(known)}.`,
    missing: (keys: readonly string[]) =>
      plural(LOCALE, keys.length, {
        one: `The ${joinList(LOCALE, keys.map(upper))} key has no known answer: the suggestions do not target it yet.`,
        other: `The ${joinList(LOCALE, keys.map(upper))} keys have no known answer: the suggestions do not target them yet.`,
      }),
  },
  fiche: {
    back: 'Back to the recommendations',
    source: (text: string) => `Source: ${text}`,
    number: (n: number) => `Action sheet no. ${n}`,
    organisation: 'Organisation',
    objectifs: 'Objectives',
    publics: 'Audiences',
    pilotage: 'Leadership',
    reussite: 'Keys to success',
    valoriser: 'Promote and communicate',
    resources: 'Related resources',
  },
  sources: {
    kinds: {
      'fiche-action': 'Action sheet',
      'fiche-methode': 'Method sheet',
      'fiche-mutualisation': 'Shared-practice sheet',
    },
    numbered: (kind: string, n: number) => `${kind} no. ${n}`,
    year: (text: string, year: number) => `${text} (${year})`,
  },
  about: {
    title: 'About the catalogue',
    contact: 'For help:',
    site: 'website',
  },
  resources: {
    title: 'Resources',
    intro: 'Public resources to go further on your areas for progress.',
    forAxis: (axis: string, score: number) => `For your area “${axis}” (${percent(score)})`,
    forAxisByKey: (axis: string, score: number, key: string) =>
      `For your area “${axis}” (${percent(score)}): a resource of the ${upper(key)} key`,
    forKey: (key: string, score: number) => `For the ${upper(key)} key (${percent(score)})`,
    whyAxis: (axis: string, score: number) =>
      `About the area “${axis}”, at ${percent(score)} in your diagnostic.`,
    whyAxisByKey: (axis: string, key: string) =>
      `The catalogue has no resource for the area “${axis}”: a resource of its key, ${upper(key)}.`,
    whyKey: (key: string, score: number) =>
      `A resource of the ${upper(key)} key, at ${percent(score)} in your diagnostic.`,
    whyLevel: (levels: readonly Level[]) =>
      `Made for ${joinList(
        LOCALE,
        levels.map((l) => LEVEL_NAMES[l]),
      )}.`,
    insufficient: (missing: number) =>
      `Resources will be suggested once the diagnostic has enough known answers: at least ${countOf(LOCALE, missing, { one: 'more known answer', other: 'more known answers' })}.`,
    newTab: '(new tab)',
    noLink: 'No online link',
    none: 'No resource for these areas in this catalogue.',
    kinds: {
      site: 'Website',
      guide: 'Guide',
      video: 'Video',
      podcast: 'Podcast',
      circulaire: 'Official text',
      ouvrage: 'Book',
      programme: 'Programme',
      formulaire: 'Form',
    },
    citedIn: (text: string) => `Cited in: ${text}`,
  },
  shareCode: {
    title: 'My code to send',
    intro:
      'Taking part in a team session? Send this code to the person running it: it holds your answers (and your role, if you gave it), nothing else.',
    codeLabel: 'Your code',
    copyCode: 'Copy the code',
    messageLabel: 'Message to send to the person running the session',
    message: (code: string, answered: number, total: number) =>
      `Hello, here is my code for the team session: ${code}\n(${countOf(LOCALE, answered, { one: 'answer', other: 'answers' })} out of ${total} to the school perseverance self-diagnosis.)`,
    copyMessage: 'Copy the message',
    copied: 'Copied to the clipboard.',
    copyFailed:
      'Automatic copy did not work: the text is selected, copy it with Ctrl+C (or Cmd+C).',
    session: 'Session:',
    send: 'Send my code',
    sendHint: 'The phone offers e-mail, messaging or another app.',
    mail: 'E-mail it to the person running the session',
    subject: (name: string) =>
      name ? `My code for the session ${name}` : 'My code for the team session',
    sent: 'Code shared.',
    showQr: 'Show my code as a QR code (for the person running the session to scan)',
    qrLabel: 'Your code, as a QR code',
  },
  score: (value: number | null) => (value === null ? 'not assessed' : percent(value)),
};
