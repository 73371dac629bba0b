import { countOf, plural } from './format.js';

/** « 1 question », « 28 questions ». */
const questions = (n: number) => countOf('fr-FR', n, { one: 'question', other: 'questions' });

/**
 * French strings of the first view (the `base` namespace): the reference language, whose type
 * `en.ts` must satisfy. The other namespaces load with their views (see `index.ts`).
 */
export const fr = {
  /** The language of these strings. */
  lang: 'fr' as 'fr' | 'en',
  /** Its locale, for `Intl` (numbers, plurals, dates). */
  locale: 'fr-FR' as 'fr-FR' | 'en-GB',
  widgetLabel: 'Autodiagnostic de la persévérance scolaire',
  loading: 'Chargement du diagnostic…',
  nav: {
    label: 'Étapes du diagnostic',
    welcome: 'Accueil',
    questionnaire: 'Questionnaire',
    profile: 'Profil',
    recommendations: 'Recommandations',
    resources: 'Ressources',
    plan: 'Plan d’action',
    session: 'Séance GPDS',
  },
  welcome: {
    title: 'Autodiagnostic : les clés de la persévérance scolaire',
    intro:
      'Cet outil aide une équipe — le GPDS, un conseil pédagogique, une équipe de direction — à faire le point sur ses pratiques de prévention du décrochage scolaire, autour des quatre clés : accueillir, accrocher, accompagner, raccrocher.',
    audience:
      'Il s’adresse à l’ensemble des membres du GPDS : équipe de direction, CPE, professeurs et professeures, référents et référentes décrochage, coordonnateurs et coordonnatrices MLDS…',
    outcome:
      'À la fin, vous obtenez le profil de votre établissement, ses points d’appui et ses axes de progrès, et des fiches actions adaptées, avec les raisons de chaque proposition.',
    duration: (full: number, short: number, fullMinutes: number, shortMinutes: number) =>
      `Version complète : ${questions(full)}, environ ${fullMinutes} minutes. Version courte : ${questions(short)}, environ ${shortMinutes} minutes.`,
    catalogue: 'Catalogue utilisé :',
    privacyTitle: 'Confidentialité',
    privacy:
      'Vos réponses restent dans ce navigateur, sur cet appareil. Rien n’est envoyé à un serveur, aucune donnée personnelle n’est demandée.',
    contextTitle: 'Votre établissement',
    levelsLegend: 'Type d’établissement (plusieurs choix possibles)',
    levelsHint:
      'Les questions et les actions proposées sont adaptées à ces niveaux : une question propre au lycée n’est pas posée à un collège.',
    roleLabel: 'Votre fonction (facultatif)',
    roleNone: '— Non précisée —',
    nameLabel: 'Nom de l’établissement (facultatif, reste sur cet appareil)',
    versionLegend: 'Version du questionnaire',
    versionFull: (n: number) => `Complète (${questions(n)})`,
    versionShort: (n: number) => `Courte (${questions(n)})`,
    start: 'Commencer le diagnostic',
    resume: 'Reprendre où vous en étiez',
    resumeInfo: (answered: number, total: number) =>
      `Un diagnostic est en cours sur cet appareil : ${countOf('fr-FR', answered, { one: 'réponse', other: 'réponses' })} sur ${total}.`,
    restart: 'Recommencer à zéro',
    confirmRestart:
      'Effacer toutes les réponses enregistrées sur cet appareil et recommencer ? Cette action est définitive. Pensez à exporter votre diagnostic avant.',
    confirmRestartYes: 'Oui, tout effacer',
    confirmRestartNo: 'Annuler',
    levelsRequired:
      'Choisissez au moins un type d’établissement pour des questions et des propositions adaptées (sans choix, toutes les questions sont posées).',
  },
  levels: {
    college: 'Collège',
    'lycee-gt': 'Lycée général et technologique',
    'lycee-pro': 'Lycée professionnel',
  },
  roles: {
    direction: 'Direction',
    cpe: 'CPE',
    professeur: 'Professeur ou professeure',
    'referent-decrochage': 'Référent ou référente décrochage',
    psyen: 'Psychologue de l’Éducation nationale',
    infirmier: 'Infirmier ou infirmière',
    'assistant-social': 'Assistant ou assistante de service social',
    mlds: 'Coordonnateur ou coordonnatrice MLDS',
    parent: 'Parent',
    eleve: 'Élève',
    partenaire: 'Partenaire',
    autre: 'Autre',
  } as Record<string, string>,
  questionnaire: {
    stepHeading: (step: number, total: number, key: string) =>
      `Étape ${step} sur ${total} — ${key}`,
    pageHeading: 'Questionnaire complet',
    stepsLabel: 'Clés du questionnaire',
    progress: (answered: number, total: number) => `Réponses : ${answered} sur ${total}`,
    progressLabel: 'Progression du questionnaire',
    keyProgress: (answered: number, total: number) => `${answered}/${total}`,
    previous: 'Clé précédente',
    next: 'Clé suivante',
    finish: 'Voir le profil',
    showHelp: 'Aide',
    hideHelp: 'Masquer l’aide',
    unanswered: 'Sans réponse',
    unansweredNotice: (n: number, key: string) =>
      plural('fr-FR', n, {
        one: `${n} question de ${key} est restée sans réponse. Vous pourrez y revenir.`,
        other: `${n} questions de ${key} sont restées sans réponse. Vous pourrez y revenir.`,
      }),
    allAnswered: 'Toutes les questions de cette clé ont une réponse.',
    practicesTitle: 'Modalités de mise en œuvre',
    scaleTitle: 'L’échelle : où en est la pratique ?',
    unknownDescription: 'Vous ne pouvez pas en juger : la réponse ne compte pas dans le score.',
  },
  save: {
    saved: 'Enregistré sur cet appareil',
    memory: 'Non enregistré : le stockage du navigateur est indisponible',
  },
  errors: {
    title: 'Le diagnostic ne peut pas démarrer',
    hint: 'La personne responsable du site peut corriger le fichier ; la liste ci-dessus indique chaque problème et son emplacement.',
    /**
     * `part` names what is missing; `retried`: after a few attempts spaced out (never a loop). A
     * module that failed to import stays failed in the page: only a reload brings it.
     */
    lateParts: (part: string, retried = true) =>
      `Une partie du widget n’a pas pu être chargée (${part})${retried ? ', même après plusieurs essais' : ''}. Vérifiez la connexion puis rechargez la page ; vos réponses sont conservées.`,
    latePart: {
      results: 'profil, recommandations et ressources',
      session: 'séance GPDS',
      plan: 'plan d’action',
      catalogue: 'lecture du catalogue de l’académie ; le catalogue n’est pas en cause',
      file: 'lecture des fichiers de diagnostic ; votre fichier n’est pas en cause',
      notice: 'message sur la sauvegarde de ce navigateur',
    },
    fileUnreadable: (file: string) =>
      `Le fichier « ${file} » n’a pas pu être lu : choisissez-le à nouveau.`,
    savedStateReader:
      'Votre sauvegarde n’a pas pu être relue : une partie du widget n’a pas pu être chargée. Vérifiez la connexion puis rechargez la page ; la sauvegarde est conservée.',
    retry: 'Réessayer',
    reload: 'Recharger la page',
    dismiss: 'Fermer ce message',
  },
  /**
   * The storage notices (`src/storage/notices.ts`) the first view may show: the store cannot
   * write. The others' words load when one is shown (`storage-fr.ts`; `errors.latePart.notice`
   * when they cannot).
   */
  storageNotice: {
    unavailable:
      'Le stockage de ce navigateur est indisponible : vos réponses sont gardées le temps de cette page seulement.',
    quota:
      'L’espace de stockage de ce navigateur est plein : vos réponses sont gardées le temps de cette page seulement. Exportez le diagnostic pour le conserver.',
  },
  actions: {
    export: 'Exporter le diagnostic (fichier)',
    import: 'Importer un diagnostic',
    importDone: 'Diagnostic importé.',
    importChoice: {
      'import-replace': 'Remplacer le diagnostic',
      'import-add': 'Ajouter comme participants',
      'import-cancel': 'Ne pas importer',
      'import-undo': 'Annuler',
    },
  },
};

/** The strings the first view needs. */
export type BaseMessages = typeof fr;
