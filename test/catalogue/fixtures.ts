import type { Catalogue } from '../../src/catalogue/schema.js';

const source = () => ({ document: 'Livret de la semaine de la persévérance', year: 2019, page: 4 });

/** A small catalogue that uses every section, so each cross-check has something to look at. */
export function makeValidCatalogue(): Catalogue {
  return {
    id: 'academie-test',
    version: '2025.1',
    language: 'fr',
    title: 'Catalogue de test',
    scale: {
      levels: [
        { value: 0, label: 'Pas du tout' },
        { value: 1, label: 'Un peu' },
        { value: 2, label: 'Assez' },
        { value: 3, label: 'Tout à fait', description: 'Pratique installée' },
      ],
      unknownLabel: 'Je ne sais pas',
    },
    keys: [
      {
        id: 'accueillir',
        label: 'Accueillir',
        description: 'Accueillir chacun.',
        color: 'accueillir',
      },
      { id: 'accrocher', label: 'Accrocher', description: 'Donner envie.', color: 'accrocher' },
      {
        id: 'accompagner',
        label: 'Accompagner',
        description: 'Suivre chacun.',
        color: 'accompagner',
      },
      { id: 'raccrocher', label: 'Raccrocher', description: 'Ramener.', color: 'raccrocher' },
    ],
    axes: [
      {
        id: 'climat',
        key: 'accueillir',
        label: 'Climat scolaire',
        practices: ['Protocole d’accueil.'],
      },
      { id: 'motivation', key: 'accrocher', label: 'Motivation', practices: ['Projets.'] },
      { id: 'suivi', key: 'accompagner', label: 'Suivi', practices: ['Tutorat.'] },
      { id: 'retour', key: 'raccrocher', label: 'Retour', practices: ['Entretien de retour.'] },
    ],
    questions: [
      { id: 'climat-1', axis: 'climat', text: 'Un protocole d’accueil existe-t-il ?', core: true },
      { id: 'climat-2', axis: 'climat', text: 'Les familles sont-elles reçues ?', core: false },
      { id: 'motivation-1', axis: 'motivation', text: 'Des projets sont-ils menés ?', core: true },
      { id: 'motivation-2', axis: 'motivation', text: 'Les élèves choisissent-ils ?', core: false },
      {
        id: 'suivi-1',
        axis: 'suivi',
        text: 'Un tutorat existe-t-il ?',
        core: true,
        help: 'Entre pairs ou adultes.',
      },
      { id: 'suivi-2', axis: 'suivi', text: 'Le suivi est-il partagé ?', core: false },
      { id: 'retour-1', axis: 'retour', text: 'Un entretien de retour existe-t-il ?', core: true },
      { id: 'retour-2', axis: 'retour', text: 'Les absences sont-elles suivies ?', core: false },
    ],
    fiches: [
      {
        id: 'cafe-des-parents',
        number: 1,
        source: source(),
        title: 'Café des parents',
        summary: 'Un moment convivial avec les familles.',
        organisation: ['Un matin par mois.'],
        objectifs: ['Rapprocher les familles.'],
        publicsDescription: ['Parents des élèves de 6e.'],
        pilotage: ['CPE.'],
        reussite: ['Nombre de parents présents.'],
        valoriser: ['Article sur le site.'],
        forum: true,
        keys: ['accueillir', 'accompagner'],
        axes: [
          { axis: 'climat', weight: 3 },
          { axis: 'suivi', weight: 1 },
        ],
        publics: ['parents'],
        levels: ['college'],
        scale: ['etablissement'],
        leadTimeWeeks: 4,
      },
    ],
    ficheTemplate: {
      number: 1,
      title: 'Fiche action vierge',
      source: source(),
      fields: [{ id: 'objectifs', label: 'Objectifs', help: 'Ce que l’action vise.' }],
    },
    actions: [
      {
        id: 'journee-integration',
        title: 'Journée d’intégration',
        source: source(),
        keys: ['accueillir'],
        axes: [{ axis: 'climat', weight: 2 }],
        publics: ['eleves'],
        levels: ['college', 'lycee-gt'],
      },
    ],
    resources: [
      {
        id: 'climat-scolaire',
        title: 'Climat scolaire',
        kind: 'site',
        url: 'https://www.reseau-canope.fr/climatscolaire/accueil.html',
        keys: ['accueillir'],
        axes: ['climat'],
      },
      {
        id: 'veltcheff',
        title: 'Pour un climat scolaire positif',
        kind: 'ouvrage',
        keys: ['accueillir'],
        axes: [],
      },
    ],
    guides: [
      {
        id: 'mode-emploi',
        title: 'Mode d’emploi de la semaine',
        source: source(),
        summary: 'Préparer la semaine.',
        checklists: {
          avant: [{ id: 'declarer', label: 'Déclarer les actions.' }],
          pendant: [{ id: 'photographier', label: 'Prendre des photos.' }],
          apres: [{ id: 'bilan', label: 'Faire le bilan.' }],
        },
      },
    ],
    calendar: {
      source: source(),
      weekLengthDays: 5,
      declarationDeadlineOffsetDays: -30,
      milestones: [
        { id: 'declaration', label: 'Déclaration', startOffsetDays: -60, endOffsetDays: -30 },
        { id: 'semaine', label: 'Semaine', startOffsetDays: 0 },
      ],
    },
    contact: {
      label: 'Mission persévérance',
      email: 'perseverance@example.fr',
      url: 'https://example.fr/',
    },
  };
}
