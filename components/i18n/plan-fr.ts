import {
  PLAN_FIELD_NAMES,
  formatDate,
  frenchMilestoneTitle,
  frenchObjective,
  planIssueMessage,
  type DraftField,
  type PlanWarning,
} from '../../src/plan/index.js';
import { countOf } from './format.js';

/**
 * French strings of the action plan (`plan-en.ts` must provide the same keys). Kept out of
 * `fr.ts`, which ships with the first view: only the plan's chunk loads them. Messages about bad
 * input reuse the domain's French wording.
 */
const LOCALE = 'fr-FR';
const weeks = (n: number) => countOf(LOCALE, n, { one: 'semaine', other: 'semaines' });

/** A warning of the plan (`planWarnings`), in French. */
function warning(item: PlanWarning): string {
  if (item.code === 'deadline-passed')
    return `La date limite de déclaration des actions (${formatDate(item.deadline)}) est passée : contactez l’académie pour déclarer une action en retard.`;
  return `« ${item.title} » demande ${weeks(item.weeks)} de préparation avant son temps fort du ${formatDate(item.moment)} : il fallait commencer le ${formatDate(item.start)}.`;
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
    draft: 'À votre tour…',
    bilan: 'Bilan',
  },
  warningsTitle: 'Points d’attention',
  dates: {
    intro:
      'Les dates suggérées suivent le calendrier du livret : la semaine commence le lundi qui précède le 15 avril (ou ce jour-là), la déclaration des actions se fait fin mars. Remplacez-les par celles de votre académie.',
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
    momentsHint:
      'Jour(s) du temps fort ; sans date, le premier jour de la semaine. Videz un champ pour retirer la date.',
    moment: (n: number) => `Date ${n} du temps fort`,
    addMoment: 'Ajouter une date du temps fort',
    leadTime: 'Préparation (en semaines)',
    leadTimeHint: (n: number) => `Proposée : ${weeks(n)}.`,
    leadTimeError: 'Nombre entier de semaines attendu, de 0 à 52.',
    plan: 'Étapes, à rebours de la semaine',
    checklist: (done: number, total: number) =>
      `Check-list de la fiche méthode : ${done} sur ${total}`,
    phases: { avant: 'Avant la semaine', pendant: 'Pendant la semaine', apres: 'Après la semaine' },
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
  /** A step's name in lists and in the calendar file. */
  stepTitle: frenchMilestoneTitle,
  issue: planIssueMessage,
  warning,
};

export type PlanMessages = typeof planFr;
