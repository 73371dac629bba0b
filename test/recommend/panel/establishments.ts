import data from '../../../data/catalogue.json' with { type: 'json' };
import type { Catalogue, KeyId, Level, Public } from '../../../src/catalogue/schema.js';
import type {
  AnswerValue,
  Answers,
  QuestionnaireVersion,
} from '../../../src/diagnostic/answers.js';

/**
 * A panel of realistic establishments for the recommender, on the shipped catalogue (and one custom
 * catalogue). Each describes how a team would plausibly answer: a pattern of values per key or axis,
 * cycled over the questions so that answers vary inside an axis as they do in real diagnostics.
 * `panel.test.ts` asserts what a CPE would expect of each; `npm run panel` prints their top 5.
 */
export const shippedCatalogue = data as unknown as Catalogue;

export interface Establishment {
  readonly id: string;
  /** How a CPE would describe it, in French (printed by `npm run panel`). */
  readonly name: string;
  readonly levels: Level[];
  readonly publics?: Public[];
  readonly doneFicheIds?: string[];
  readonly version?: QuestionnaireVersion;
  readonly catalogue: Catalogue;
  readonly answers: Answers;
}

/** Values cycled over the questions of each axis: by axis id first, then by key, then `rest`. */
interface Pattern {
  readonly rest: readonly AnswerValue[];
  readonly keys?: Partial<Record<KeyId, readonly AnswerValue[]>>;
  readonly axes?: Readonly<Record<string, readonly AnswerValue[]>>;
  /** Every n-th question (1-based position in the catalogue) left unanswered. */
  readonly skipEvery?: number;
}

export function answersFrom(pattern: Pattern, catalogue: Catalogue = shippedCatalogue): Answers {
  const keyOf = new Map(catalogue.axes.map((a) => [a.id, a.key]));
  const seen = new Map<string, number>();
  const answers: Record<string, AnswerValue> = {};
  catalogue.questions.forEach((q, i) => {
    if (pattern.skipEvery && (i + 1) % pattern.skipEvery === 0) return;
    const values = pattern.axes?.[q.axis] ?? pattern.keys?.[keyOf.get(q.axis)!] ?? pattern.rest;
    const n = seen.get(q.axis) ?? 0;
    seen.set(q.axis, n + 1);
    answers[q.id] = values[n % values.length]!;
  });
  return answers;
}

/** A custom catalogue: the shipped questionnaire, no fiches, no actions, no resources. */
const withoutFiches: Catalogue = { ...shippedCatalogue, fiches: [], actions: [], resources: [] };

/** Classroom-practice axes, where members who do not teach answer « Je ne sais pas ». */
const CLASSROOM = [
  'accrocher-innovation',
  'accrocher-sens',
  'accrocher-evaluation',
  'accompagner-pedagogie',
];

export const panel: readonly Establishment[] = [
  {
    id: 'college-accueillir',
    name: 'Collège, faible en ACCUEILLIR (accueil des 6e et des familles peu organisé)',
    levels: ['college'],
    catalogue: shippedCatalogue,
    answers: answersFrom({ rest: [2, 2, 3], keys: { accueillir: [1, 0, 1] } }),
  },
  {
    id: 'college-classes',
    name: 'Collège, faible sur « Classes et emploi du temps », correct ailleurs',
    levels: ['college'],
    catalogue: shippedCatalogue,
    answers: answersFrom({ rest: [2, 2, 3, 2], axes: { 'accueillir-classes': [0, 0] } }),
  },
  {
    id: 'college-accrocher',
    name: 'Collège, faible en ACCROCHER (pratiques de classe, valorisation)',
    levels: ['college'],
    catalogue: shippedCatalogue,
    answers: answersFrom({ rest: [2, 3, 2], keys: { accrocher: [1, 0, 1, 1] } }),
  },
  {
    id: 'college-47-7',
    name: 'Collège, ACCOMPAGNER très faible (≈ 6 %), ACCROCHER moyen (≈ 47 %)',
    levels: ['college'],
    catalogue: shippedCatalogue,
    answers: answersFrom({
      rest: [2, 3],
      keys: { accompagner: [0, 0], accrocher: [1, 2] },
      axes: {
        'accompagner-suivi': [1, 1],
        'accompagner-besoins': [1, 0],
        'accrocher-evaluation': [1, 1],
        'accrocher-sens': [1, 1],
      },
    }),
  },
  {
    id: 'lgt-accompagner',
    name: 'Lycée général et technologique, faible en ACCOMPAGNER (suivi, GPDS)',
    levels: ['lycee-gt'],
    catalogue: shippedCatalogue,
    answers: answersFrom({
      rest: [2, 3, 2],
      keys: { accompagner: [0, 0, 0, 0, 0, 1, 0, 0] },
      axes: { 'accrocher-individualiser': [2, 2] },
    }),
  },
  {
    id: 'lpro-accrocher',
    name: 'Lycée professionnel, faible en ACCROCHER',
    levels: ['lycee-pro'],
    catalogue: shippedCatalogue,
    answers: answersFrom({ rest: [2, 2, 3], keys: { accrocher: [0, 1, 0] } }),
  },
  {
    id: 'lpro-everywhere',
    name: 'Lycée professionnel, faible partout (premières réponses de l’équipe)',
    levels: ['lycee-pro'],
    publics: ['eleves'],
    catalogue: shippedCatalogue,
    answers: answersFrom({ rest: [0, 1, 0, 1, 1, 0] }),
  },
  {
    id: 'polyvalent-two-keys',
    name: 'Lycée polyvalent (GT et pro), faible en ACCOMPAGNER et RACCROCHER',
    levels: ['lycee-gt', 'lycee-pro'],
    catalogue: shippedCatalogue,
    answers: answersFrom({
      rest: [2, 3, 2],
      keys: { accompagner: [1, 0, 1], raccrocher: [0, 1, 0] },
    }),
  },
  {
    id: 'cite-scolaire-done',
    name: 'Cité scolaire (collège et lycée GT), faible en ACCUEILLIR, « Rentrée des 6e » déjà menée',
    levels: ['college', 'lycee-gt'],
    doneFicheIds: ['rentree-6e'],
    catalogue: shippedCatalogue,
    answers: answersFrom({ rest: [2, 3], keys: { accueillir: [0, 1, 0] } }),
  },
  {
    id: 'lgt-all-top',
    name: 'Lycée GT, toutes les réponses au plus haut (« Consolidé »)',
    levels: ['lycee-gt'],
    catalogue: shippedCatalogue,
    answers: answersFrom({ rest: [3] }),
  },
  {
    id: 'college-en-place',
    name: 'Collège « En place » partout, quelques pratiques consolidées',
    levels: ['college'],
    catalogue: shippedCatalogue,
    answers: answersFrom({ rest: [2, 2, 3] }),
  },
  {
    id: 'college-mostly-unknown',
    name: 'Collège, surtout « Je ne sais pas » (équipe qui découvre le questionnaire)',
    levels: ['college'],
    catalogue: shippedCatalogue,
    // 8 known answers out of 59: four axes answered, « Je ne sais pas » everywhere else.
    answers: answersFrom({
      rest: ['unknown'],
      axes: {
        'accueillir-integration': [1, 2],
        'accueillir-familles': [1, 1],
        'accrocher-vie-eleve': [2, 1],
        'accompagner-suivi': [0, 1],
      },
    }),
  },
  {
    id: 'lgt-short-raccrocher',
    name: 'Lycée GT, version courte, faible en RACCROCHER',
    levels: ['lycee-gt'],
    version: 'court',
    catalogue: shippedCatalogue,
    answers: answersFrom({ rest: [2, 3], keys: { raccrocher: [0, 1] } }),
  },
  {
    id: 'lpro-non-teachers',
    name: 'Lycée professionnel, vie scolaire sans enseignants : « Je ne sais pas » sur la classe, faible en ACCOMPAGNER',
    levels: ['lycee-pro'],
    catalogue: shippedCatalogue,
    answers: answersFrom({
      rest: [2, 2, 1],
      keys: { accompagner: [1, 0, 1] },
      axes: Object.fromEntries(CLASSROOM.map((a) => [a, ['unknown']])),
    }),
  },
  {
    id: 'custom-no-fiches',
    name: 'Catalogue personnalisé sans fiches ni actions (questionnaire seul)',
    levels: ['college'],
    catalogue: withoutFiches,
    answers: answersFrom({ rest: [1, 2, 0] }, withoutFiches),
  },
];
