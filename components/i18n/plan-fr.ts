import {
  PLAN_FIELD_NAMES,
  formatDate,
  frenchMilestoneTitle,
  frenchObjective,
  planIssueMessage,
  type DraftField,
  type LeadTimeBasis,
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

/**
 * French strings of the action plan (`plan-en.ts` must provide the same keys). Kept out of
 * `fr.ts`, which ships with the first view: only the plan's chunk loads them. Messages about bad
 * input reuse the domain's French wording.
 */
const LOCALE = 'fr-FR';
const weeks = (n: number) => countOf(LOCALE, n, { one: 'semaine', other: 'semaines' });
const day = (date: string) => formatDate(date, LOCALE);

/** A warning of the plan (`planWarnings`), in French. */
function warning(item: PlanWarning): string {
  if (item.code === 'deadline-passed')
    return `La date limite de déclaration des actions (${formatDate(item.deadline)}) est passée : contactez l’académie pour déclarer une action en retard.`;
  if (item.basis === 'source')
    return `D’après sa fiche, « ${item.title} » se prépare dès le début de l’année scolaire (le ${day(item.start)}, rentrée estimée par l’outil) ; son temps fort est le ${day(item.moment)}.`;
  const whose = item.basis === 'team' ? 'prévues par l’équipe' : 'estimation de l’outil';
  return `« ${item.title} » : ${weeks(item.weeks)} de préparation (${whose}) avant son temps fort du ${day(item.moment)} : il fallait commencer le ${day(item.start)}.`;
}

/** When the action happens in the year: what the card says, before the source's words. */
const TIMING: Record<PlanTiming['moment'], string> = {
  semaine: 'Pendant la Semaine de la persévérance.',
  rentree:
    'À la rentrée, hors de la Semaine : sans date choisie, le temps fort est placé au 1er septembre suivant (estimation de l’outil).',
  annee:
    'Toute l’année, dès la rentrée ; la Semaine de la persévérance met l’action en valeur. Sans nombre de semaines choisi, elle commence le 1er septembre (estimation de l’outil).',
};

/** Where the lead time comes from, under its field. */
function leadTimeHint(basis: LeadTimeBasis, estimate: number, timing: PlanTiming): string {
  const fromSource = timing.moment === 'annee' || timing.preparation === 'debut-annee';
  const back = fromSource
    ? 'videz le champ pour revenir à la date de la fiche (début d’année).'
    : `videz le champ pour revenir à l’estimation de l’outil (${weeks(estimate)}).`;
  if (basis === 'team') return `Nombre choisi par l’équipe ; ${back}`;
  if (basis === 'source')
    return `D’après la fiche, ${timing.moment === 'annee' ? 'l’action commence' : 'la préparation commence'} en début d’année scolaire (rentrée estimée par l’outil au 1er septembre). Indiquez un nombre de semaines pour la changer.`;
  return `Estimation de l’outil : ${weeks(estimate)} (aucune source ne donne de durée). Changez-la selon votre équipe.`;
}

export const planFr = {
  locale: LOCALE,
  title: 'Plan d’action de l’année',
  intro:
    'Préparez les actions retenues pour cette année à rebours de la Semaine de la persévérance : qui pilote, pour quels publics, quand, et les étapes avant, pendant et après la semaine.',
  partsLabel: 'Parties du plan',
  parts: {
    dates: 'Dates de l’année',
    actions: 'Actions',
    timeline: 'Calendrier',
    guides: 'Fiches méthode',
    draft: 'À votre tour…',
    bilan: 'Bilan',
  },
  warningsTitle: 'Points d’attention',
  dates: {
    intro:
      'Les dates suggérées sont une estimation de l’outil : la semaine commence le lundi qui précède le 15 avril (ou ce jour-là), comme en 2019, 2021 et 2022, et la déclaration des actions se fait avec l’écart du livret 2019 (le 28 mars pour une semaine du 15 avril). Remplacez-les par celles de votre académie.',
    weekStart: 'Premier jour de la Semaine de la persévérance',
    weekEnd: 'Dernier jour de la semaine',
    deadline: 'Date limite de déclaration des actions (formulaire académique)',
    suggested: 'Date suggérée',
    chosen: 'Date choisie',
    useSuggested: (date: string) => `Reprendre la date suggérée (${date})`,
    fix: 'Corrigez les dates de l’année pour voir le plan et le calendrier.',
  },
  kinds: {
    fiche: (n?: number) => (n ? `Fiche action n° ${n}` : 'Fiche action'),
    action: 'Piste d’action',
    draft: 'Fiche rédigée par l’équipe',
  },
  empty:
    'Aucune action dans le plan. Retenez des fiches dans les recommandations (« Retenue pour cette année ») ou rédigez votre propre fiche.',
  toRecommendations: 'Voir les recommandations',
  toDraft: 'Rédiger une fiche',
  action: {
    pilot: 'Pilote (une fonction suffit)',
    publics: 'Publics visés',
    moments: 'Temps fort',
    momentsHint: (moment: PlanTiming['moment']) =>
      `Jour(s) du temps fort ; sans date, ${moment === 'rentree' ? 'le 1er septembre suivant (estimation de l’outil)' : 'le premier jour de la semaine'}. Videz un champ pour retirer la date.`,
    when: 'Quand :',
    timing: TIMING,
    /** An item whose source does not say when: the plan's own choice. */
    timingDefault:
      'Pendant la Semaine de la persévérance (choix par défaut de l’outil : la source ne dit pas quand).',
    quote: (text: string) => `La fiche : « ${text} »`,
    moment: (n: number) => `Date ${n} du temps fort`,
    addMoment: 'Ajouter une date du temps fort',
    leadTime: 'Semaines de préparation avant le temps fort',
    leadTimeHint,
    /** The lead time in a printed sheet. */
    leadTimeValue: (n: number, basis: LeadTimeBasis) =>
      basis === 'source'
        ? 'dès le début de l’année scolaire (d’après la fiche)'
        : `${weeks(n)} (${basis === 'team' ? 'choix de l’équipe' : 'estimation de l’outil'})`,
    leadTimeError: 'Nombre entier de semaines attendu, de 0 à 52.',
    plan: 'Étapes, à rebours de la semaine',
    checklist: (guide: string, year: number | undefined, done: number, total: number) =>
      `Liste de la fiche méthode « ${guide} »${year ? ` (${year})` : ''} : ${done} sur ${total}`,
    /** The 2022 fiche méthode's own headings. */
    phases: {
      avant: 'Avant la semaine de la persévérance',
      pendant: 'Pendant la semaine de la persévérance',
      apres: 'Après la semaine de la persévérance',
    },
    openFiche: 'Voir la fiche',
    editDraft: 'Modifier la fiche',
    remove: 'Retirer du plan',
    removeDraft: 'Supprimer la fiche',
    confirmRemoveDraft: (title: string) =>
      `Supprimer la fiche « ${title} » et son suivi ? Cette action est définitive.`,
    confirmYes: 'Oui, supprimer',
    cancel: 'Annuler',
  },
  milestone: {
    preparation: 'Début de la préparation',
    start: 'Début de l’action (toute l’année)',
    'strong-moment': 'Temps fort',
    calendar: 'Calendrier académique',
  },
  timeline: {
    caption: 'Étapes du plan, par date',
    date: 'Date',
    step: 'Étape',
    concerns: 'Action',
    range: (from: string, to: string) => `du ${from} au ${to}`,
    all: 'Toutes les actions',
    sourceTitle: (source: SourceLike) =>
      `Jalons de la source : ${[source.document, source.academie].filter(Boolean).join(', ')}`,
    sourceNote:
      'Les dates de cette année sont celles de la source transposées par l’outil : même écart avec le premier jour de la semaine.',
    sourceDates: (dates: string) => `Dans la source : ${dates}`,
  },
  guides: {
    intro:
      'Les fiches méthode de l’académie, telles qu’elles ont été publiées pour leur édition : leurs dates, adresses et comptes sont ceux de cette année-là. Chaque action du plan coche la liste de la plus récente.',
    /** « Source : Fiche méthode n° 1, Mode d’emploi…, académie de Créteil (2021) »: only what it gives. */
    source: (source: SourceLike) => {
      const unit = source.kind
        ? `${{ 'fiche-action': 'Fiche action', 'fiche-methode': 'Fiche méthode', 'fiche-mutualisation': 'Fiche mutualisation' }[source.kind]}${source.number ? ` n° ${source.number}` : ''}`
        : null;
      const text = [unit, source.document, source.academie ?? null].filter(Boolean).join(', ');
      return `Source : ${text}${source.year ? ` (${source.year})` : ''}`;
    },
    note: (text: string) => `Note de l’outil : ${text}`,
    link: 'Lien donné par la fiche',
    newTab: '(nouvel onglet)',
  },
  exports: {
    title: 'Exporter le plan',
    ics: 'Télécharger le calendrier (.ics)',
    icsName: (year: string) => `Plan d’action — Semaine de la persévérance ${year}`,
    print: 'Imprimer le plan',
    json: 'Exporter le diagnostic et son plan (JSON)',
    icsDone: 'Calendrier téléchargé : ouvrez le fichier avec votre agenda.',
  },
  draft: {
    title: 'À votre tour… : rédiger une fiche',
    editTitle: (title: string) => `Modifier la fiche « ${title} »`,
    intro:
      'Sur le modèle de la fiche n° 15 du livret. Les objectifs partent de vos axes de progrès ; la fiche rejoint ensuite le plan comme les autres.',
    targets: (axes: string) => `Axes de progrès visés : ${axes}.`,
    objective: frenchObjective,
    /** The livret's names, also used by the messages about bad input. */
    fields: PLAN_FIELD_NAMES as Record<DraftField, string>,
    required: '(obligatoire)',
    add: 'Ajouter au plan',
    save: 'Enregistrer la fiche',
    cancel: 'Annuler',
    added: (title: string) => `Fiche « ${title} » ajoutée au plan.`,
    saved: (title: string) => `Fiche « ${title} » enregistrée.`,
    full: (max: number) =>
      `Le plan compte déjà ${countOf(LOCALE, max, { one: 'fiche rédigée', other: 'fiches rédigées' })} : supprimez-en une pour en ajouter.`,
  },
  bilan: {
    intro:
      'Après la semaine, en équipe ou en GPDS : la fréquentation de chaque action et ce que vous en retenez, à communiquer au réseau FOQUALE et au rectorat.',
    attendance: 'Fréquentation (nombre de participants)',
    countError: 'Nombre entier attendu, de 0 à 100 000.',
    worked: 'Ce qui a fonctionné',
    vigilance: 'Points de vigilance',
    perspectives: 'Perspectives pour l’année suivante',
  },
  print: {
    title: (from: string, to: string) =>
      `Plan d’action — Semaine de la persévérance du ${from} au ${to}`,
    deadline: (date: string) => `Déclaration des actions avant le ${date}`,
    none: '—',
  },
  /** A text field's size, under it: near the limit, and when the browser kept no more. */
  limit: {
    count: (length: number, max: number) =>
      `${formatNumber(LOCALE, length)} / ${countOf(LOCALE, max, { one: 'caractère', other: 'caractères' })}`,
    cut: (max: number, left: number) =>
      `Texte coupé à ${countOf(LOCALE, max, { one: 'caractère', other: 'caractères' })}, le maximum de ce champ : ${countOf(LOCALE, left, { one: 'caractère n’a pas été gardé', other: 'caractères n’ont pas été gardés' })}.`,
  },
  /** A milestone of the source's calendar, its date moved to this year by the tool. */
  calendarStep: (label: string) =>
    `${label} (calendrier de la source, dates transposées par l’outil)`,
  /** A step's name in lists and in the calendar file. */
  stepTitle: frenchMilestoneTitle,
  issue: planIssueMessage,
  warning,
};

export type PlanMessages = typeof planFr;
