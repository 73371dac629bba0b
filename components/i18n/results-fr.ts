import type { Level, Public } from '../../src/catalogue/schema.js';
import { countOf, formatNumber, formatPercent, joinList, plural } from './format.js';

/**
 * French strings of the results namespace: the views after the questionnaire (profile,
 * recommendations, fiche, resources, share code) and the wording of the recommender's reasons
 * (`components/results/reason-text.ts`). They load with those views, not in the first chunk.
 */
const LOCALE = 'fr-FR';
const percent = (score: number) => formatPercent(LOCALE, score);
const upper = (label: string) => label.toLocaleUpperCase(LOCALE);
const knownAnswers = (n: number) =>
  countOf(LOCALE, n, { one: 'réponse connue', other: 'réponses connues' });

export const resultsFr = {
  publics: {
    eleves: 'Élèves',
    parents: 'Parents',
    personnels: 'Personnels',
    partenaires: 'Partenaires',
  },
  scales: {
    classe: 'Classe',
    etablissement: 'Établissement',
    district: 'District / réseau',
  },
  profile: {
    title: 'Profil de l’établissement',
    chartLabel: (summary: string) => `Radar du profil par axe. ${summary}`,
    chartSummary: (overall: string, strongest: string, weakest: string) =>
      `Score global ${overall}. Point le plus fort : ${strongest}. Point le plus faible : ${weakest}.`,
    byAxis: 'Par axe',
    byKey: 'Par clé',
    viewLabel: 'Affichage du radar',
    tableToggleShow: 'Afficher le tableau des scores',
    tableToggleHide: 'Masquer le tableau des scores',
    tableCaption: 'Scores par clé et par axe (0 à 100 %), réponses et « je ne sais pas »',
    colKey: 'Clé',
    colAxis: 'Axe',
    colScore: 'Score',
    colTarget: 'Cible',
    colAnswered: 'Réponses',
    colUnknown: '« Je ne sais pas »',
    overall: 'Score global',
    completion: (answered: number, total: number, unknown: number) =>
      `${plural(LOCALE, answered, { one: `${answered} question sur ${total} a une réponse`, other: `${answered} questions sur ${total} ont une réponse` })}, dont ${unknown} « je ne sais pas ».`,
    unknownShare: (score: number) =>
      `${percent(score)} des réponses sont « je ne sais pas » : le profil repose sur moins d’éléments.`,
    strengths: 'Points d’appui',
    weaknesses: 'Axes de progrès',
    none: 'Pas encore assez de réponses.',
    allInWeaknesses: 'Aucun autre axe évalué : tous figurent dans les axes de progrès.',
    tentative: '(peu de réponses)',
    notScored: 'non évalué',
    loadingChart: 'Chargement du graphique…',
    chartUnavailable:
      'Le graphique n’a pas pu être affiché ; le tableau ci-dessous donne les mêmes valeurs.',
    print: 'Imprimer',
    printAnnex: 'Imprimer aussi l’annexe : les axes de chaque clé et le tableau des scores',
    printHint: 'Sans l’annexe, le profil s’imprime sur une page A4.',
    annexTitle: 'Annexe',
    catalogue: 'Catalogue :',
    catalogueVersion: (version: string, short: boolean, n: number) =>
      `(version ${version}), questionnaire ${short ? 'court' : 'complet'} de ${countOf(LOCALE, n, { one: 'question', other: 'questions' })}.`,
    toRecommendations: 'Voir les recommandations',
    empty: 'Répondez à quelques questions pour voir le profil de votre établissement.',
    emptyTitle: 'Pas encore de profil',
    start: 'Commencer le questionnaire',
    keysChartLabel: (summary: string) => `Radar des quatre clés, avec leur score. ${summary}`,
    overallExplained: (low: string, high: string) =>
      `La moyenne des quatre clés : 0 % si toutes les pratiques sont « ${low} », 100 % si toutes sont « ${high} ».`,
    keysTitle: 'Les quatre clés et leurs axes',
    keysIntro: 'Chaque clé, puis ses axes du plus fort au plus faible.',
    near: (level: string) => `proche de « ${level} »`,
    tie: (n: number) =>
      plural(LOCALE, n, {
        one: `${n} axe à égalité`,
        other: `${formatNumber(LOCALE, n)} axes à égalité`,
      }),
    glossary: {
      title: 'Sigles utilisés',
      intro:
        'Développés seulement quand les documents sources les développent ; les autres restent tels que les sources les écrivent.',
      notExpanded: 'Les documents sources ne développent pas ce sigle.',
    },
  },
  recommendations: {
    title: 'Recommandations',
    intro:
      'Fiches actions et pistes classées selon vos axes de progrès et votre contexte. Chaque proposition indique pourquoi.',
    fichesTitle: 'Fiches actions',
    actionsTitle: 'Autres pistes d’action',
    filtersLabel: 'Filtrer les recommandations',
    filterKey: 'Clé',
    filterPublic: 'Public',
    filterScale: 'Échelle',
    allKeys: 'Toutes les clés',
    allPublics: 'Tous les publics',
    allScales: 'Toutes les échelles',
    count: (n: number) => countOf(LOCALE, n, { one: 'proposition', other: 'propositions' }),
    none: 'Aucune proposition ne correspond à ces filtres.',
    fiche: 'Fiche action',
    action: 'Piste d’action',
    /** An action the catalogue took from a modalité (`origin: 'modalite'`), said as such. */
    modalite: 'Modalité de mise en œuvre',
    modaliteNote:
      'La source ne donne pas d’action possible pour cet axe : l’outil propose cette modalité comme piste.',
    why: 'Pourquoi ?',
    keys: 'Clés',
    publics: 'Publics',
    levels: 'Niveaux',
    scale: 'Échelle',
    leadTimeLabel: 'Préparation (estimation de l’outil)',
    leadTimeValue: (weeks: number) =>
      weeks === 0 ? 'aucune' : countOf(LOCALE, weeks, { one: 'semaine', other: 'semaines' }),
    open: (title: string) => `Voir la fiche « ${title} »`,
    retain: 'Retenue pour cette année',
    done: 'Déjà menée',
    doneNote: 'Déjà menée : placée plus bas dans la liste.',
    retainedCount: (n: number) =>
      n === 0
        ? 'Aucune fiche retenue.'
        : `${countOf(LOCALE, n, { one: 'fiche retenue', other: 'fiches retenues' })} pour cette année.`,
  },
  /** The decision view (priorities, the rest by axis, gaps, empty states) and the comparison. */
  decision: {
    prioritiesTitle: 'Nos priorités',
    prioritiesIntro:
      'Les propositions les mieux classées pour vos axes de progrès, fiches et pistes ensemble, dans l’ordre du classement.',
    byAxisTitle: 'Les autres propositions, par axe de progrès',
    byAxisIntro:
      'Du plus faible de vos axes au plus fort : ouvrez un axe pour voir ses propositions.',
    axisSummary: (axis: string, score: number, key: string, n: number) =>
      `${axis} (${percent(score)}), clé ${upper(key)} : ${countOf(LOCALE, n, { one: 'proposition', other: 'propositions' })}`,
    gapsTitle: 'Axes de progrès sans proposition',
    gap: (axis: string, score: number) =>
      `Aucune fiche ni action du catalogue ne cible « ${axis} » (${percent(score)}) : voici ses modalités de mise en œuvre.`,
    gapNoPractices: 'Le catalogue ne décrit pas de modalités pour cet axe.',
    insufficient: (missing: number, known: number, required: number) =>
      `Pas encore assez de réponses pour des propositions ciblées : ${knownAnswers(known)}, il en faut ${required}. Encore ${knownAnswers(missing)} (« Je ne sais pas » ne compte pas) et les propositions suivront vos axes de progrès. En attendant, voici des points de départ généraux.`,
    toQuestionnaire: 'Compléter le questionnaire',
    allStrong:
      'Votre profil ne montre aucun axe de progrès : vos réponses sont au plus haut. Plutôt que d’ajouter des actions, approfondissez ce qui marche : reconduisez et enrichissez les fiches déjà menées (cochez « Déjà menée » sur leur carte) et faites-en le bilan dans le plan de l’année.',
    noFiches:
      'Ce catalogue ne contient aucune fiche action ni piste d’action : il n’y a rien à classer ici. Les modalités de vos axes de progrès ci-dessous et les ressources restent à votre disposition.',
    toPlan: 'Voir le plan de l’année',
    toResources: 'Voir les ressources',
    reasonsDetail: (n: number) =>
      `Le détail (${countOf(LOCALE, n, { one: 'raison', other: 'raisons' })})`,
    retainedHandOver: (n: number) =>
      n === 0
        ? 'Aucune proposition retenue pour cette année.'
        : `${countOf(LOCALE, n, { one: 'proposition retenue', other: 'propositions retenues' })} pour cette année : le plan de l’année les reprend.`,
  },
  compare: {
    toggle: 'Comparer',
    full: 'Comparaison complète (trois au maximum) : retirez-en une pour en ajouter une autre.',
    status: (n: number) =>
      n === 0
        ? 'Cochez « Comparer » sur deux ou trois propositions pour les noter côte à côte.'
        : `${countOf(LOCALE, n, { one: 'proposition comparée', other: 'propositions comparées' })} (trois au maximum).`,
    title: 'Comparer les propositions',
    legend:
      'Notez chaque proposition de 1 à 3 sur cinq critères. Une note plus haute est toujours plus favorable à l’action : importance 3 = très importante pour vos élèves, coût 3 = peu coûteuse, temps 3 = rapide à mettre en place, engagement 3 = l’équipe est prête à s’y engager, faisabilité 3 = facile à réaliser.',
    attribution:
      'Critères adaptés par le projet de l’étape de planification des actions du School Health Index (CDC, États-Unis) ; ils ne viennent pas des documents sources.',
    fitNote:
      'L’adéquation à vos axes de progrès est calculée par l’outil à partir du diagnostic ; à total égal, elle départage les propositions.',
    caption:
      'Comparaison des propositions : notes de l’équipe (1 à 3) et adéquation calculée par l’outil',
    criterion: 'Critère',
    criteria: {
      importance: 'Importance',
      cost: 'Coût',
      time: 'Temps',
      commitment: 'Engagement',
      feasibility: 'Faisabilité',
    },
    notRated: '–',
    rateLabel: (criterion: string, title: string) => `${criterion}, « ${title} »`,
    fit: 'Adéquation (calculée par l’outil)',
    fitValue: (need: number) => percent(need * 100),
    fitStart: (need: number) =>
      `${percent(need * 100)} (point de départ : part des clés et axes couverts)`,
    total: 'Total',
    totalValue: (total: number, rated: number) =>
      rated === 5
        ? `${total} / 15`
        : `${total} / 15 (${countOf(LOCALE, rated, { one: 'critère noté', other: 'critères notés' })} sur 5)`,
    rank: 'Rang',
    rankValue: (rank: number) => (rank === 1 ? '1er' : `${rank}e`),
    rankingTitle: 'Classement après notation',
    rankingItem: (rank: string, title: string, total: number, need: number) =>
      `${rank} : ${title}, ${total} / 15, adéquation ${percent(need * 100)}`,
    rankingEmpty: 'Notez les critères pour classer les propositions.',
    addMore: 'Cochez « Comparer » sur une deuxième proposition (trois au maximum).',
    remove: (title: string) => `Retirer « ${title} » de la comparaison`,
    removeShort: 'Retirer',
    retain: 'Retenir pour cette année',
    retainLabel: (title: string) => `Retenir pour cette année : « ${title} »`,
    missing: (n: number) =>
      `${countOf(LOCALE, n, { one: 'proposition comparée n’est plus proposée', other: 'propositions comparées ne sont plus proposées' })} pour ce profil.`,
    clearMissing: 'Retirer de la comparaison',
  },
  /** The recommender's reasons (`Reason`), summary and readiness, worded. */
  reasons: {
    axis: (axis: string, score: number) => `Votre axe « ${axis} » est à ${percent(score)}`,
    key: (key: string, score: number) => `La clé ${upper(key)} est à ${percent(score)}`,
    start: (keys: number, axes: number) =>
      `Diagnostic incomplet : point de départ général, qui couvre ${countOf(LOCALE, keys, { one: 'clé', other: 'clés' })} et ${countOf(LOCALE, axes, { one: 'axe', other: 'axes' })}.`,
    publics: (publics: readonly Public[]) =>
      `Implique ${joinList(
        LOCALE,
        publics.map((p) => PUBLIC_NAMES[p]),
      )}, que vous souhaitez mobiliser.`,
    done: 'Déjà menée dans l’établissement : proposée pour être reconduite ou approfondie.',
    summary: (axis: string, score: number, key: string | null) =>
      `Pour progresser sur « ${axis} » (${percent(score)})${key ? `, clé ${upper(key)}.` : '.'}`,
    summaryDone: 'Déjà menée : à reconduire ou approfondir.',
    /** The answers cited under an axis reason (`ReasonQuestion`), joined. */
    answers: (items: readonly string[]) => `Réponses qui le montrent : ${items.join(' ; ')}.`,
    answer: (text: string, value: number, addressed: boolean) =>
      `« ${text} » (${formatNumber(LOCALE, value)} sur 3${addressed ? ', question liée à cette proposition' : ''})`,
    level: (levels: readonly Level[]) =>
      `Conçue pour ${joinList(
        LOCALE,
        levels.map((l) => LEVEL_NAMES[l]),
      )}, le niveau de votre établissement.`,
  },
  readiness: {
    insufficient: (known: number, total: number, required: number) =>
      `Le diagnostic est incomplet : ${knownAnswers(known)} sur ${total}, il en faut au moins ${required}.`,
    unknown: (n: number) => `Les réponses « Je ne sais pas » (${n}) ne comptent pas.`,
    startingPoints:
      'Les propositions sont des points de départ généraux, à affiner en complétant le questionnaire.',
    complete: (known: number) =>
      `Le diagnostic est complet : les propositions s’appuient sur vos ${knownAnswers(known)}.`,
    partial: (answered: number, total: number, known: number) =>
      `Le diagnostic est partiel (${countOf(LOCALE, answered, { one: 'réponse', other: 'réponses' })} sur ${total}) : les propositions s’appuient sur vos ${knownAnswers(known)}.`,
    missing: (keys: readonly string[]) =>
      plural(LOCALE, keys.length, {
        one: `La clé ${joinList(LOCALE, keys.map(upper))} n’a aucune réponse connue : les propositions ne la ciblent pas encore.`,
        other: `Les clés ${joinList(LOCALE, keys.map(upper))} n’ont aucune réponse connue : les propositions ne les ciblent pas encore.`,
      }),
  },
  fiche: {
    back: 'Retour aux recommandations',
    /** `text` is `sourceText`’s (results/resource-link.ts): the document as it names itself. */
    source: (text: string) => `Source : ${text}`,
    /** A fiche whose source does not say its kind: the catalogue's own number. */
    number: (n: number) => `Fiche action n° ${n}`,
    organisation: 'Organisation – modalités',
    objectifs: 'Objectifs',
    publics: 'Publics',
    pilotage: 'Pilotage',
    reussite: 'Éléments clés de réussite',
    valoriser: 'Valoriser, communiquer',
    resources: 'Ressources liées',
  },
  /** How a cited document is named: only what it gives (no académie or year it does not state). */
  sources: {
    kinds: {
      'fiche-action': 'Fiche action',
      'fiche-methode': 'Fiche méthode',
      'fiche-mutualisation': 'Fiche mutualisation',
    },
    numbered: (kind: string, n: number) => `${kind} n° ${n}`,
    year: (text: string, year: number) => `${text} (${year})`,
  },
  /** What the catalogue says of itself and whom to ask (`catalogue-about.ts`). */
  about: {
    title: 'À propos du catalogue',
    contact: 'Pour vous faire aider :',
    site: 'site',
  },
  resources: {
    title: 'Ressources',
    intro: 'Pour vos axes de progrès, des ressources publiques pour aller plus loin.',
    /** The heading of a resource group (`ResourceSuggestion`). */
    forAxis: (axis: string, score: number) => `Pour votre axe « ${axis} » (${percent(score)})`,
    forAxisByKey: (axis: string, score: number, key: string) =>
      `Pour votre axe « ${axis} » (${percent(score)}) : ressource de la clé ${upper(key)}`,
    forKey: (key: string, score: number) => `Pour la clé ${upper(key)} (${percent(score)})`,
    /** Why one resource is listed (`ResourceSuggestion`), under its heading. */
    whyAxis: (axis: string, score: number) =>
      `Consacrée à l’axe « ${axis} », à ${percent(score)} dans votre diagnostic.`,
    whyAxisByKey: (axis: string, key: string) =>
      `Le catalogue n’a pas de ressource pour l’axe « ${axis} » : ressource de sa clé, ${upper(key)}.`,
    whyKey: (key: string, score: number) =>
      `Ressource de la clé ${upper(key)}, à ${percent(score)} dans votre diagnostic.`,
    whyLevel: (levels: readonly Level[]) =>
      `Conçue pour ${joinList(
        LOCALE,
        levels.map((l) => LEVEL_NAMES[l]),
      )}.`,
    insufficient: (missing: number) =>
      `Les ressources seront proposées quand le diagnostic aura assez de réponses connues : encore ${knownAnswers(missing)} au moins.`,
    newTab: '(nouvel onglet)',
    noLink: 'Sans lien en ligne',
    none: 'Aucune ressource pour ces axes dans ce catalogue.',
    kinds: {
      site: 'Site',
      guide: 'Guide',
      video: 'Vidéo',
      podcast: 'Podcast',
      circulaire: 'Texte officiel',
      ouvrage: 'Ouvrage',
      programme: 'Programme',
      formulaire: 'Formulaire',
    } as Record<string, string>,
    /** The document that cites a resource (`sourceText` in results/resource-link.ts). */
    citedIn: (text: string) => `Citée dans : ${text}`,
  },
  shareCode: {
    title: 'Mon code à transmettre',
    intro:
      'Vous participez à une séance GPDS ? Envoyez ce code à la personne qui l’anime : il contient vos réponses (et votre fonction, si vous l’avez indiquée), rien d’autre.',
    codeLabel: 'Votre code',
    copyCode: 'Copier le code',
    messageLabel: 'Message à envoyer à la personne qui anime la séance',
    message: (code: string, answered: number, total: number) =>
      `Bonjour, voici mon code pour la séance GPDS : ${code}\n(${countOf(LOCALE, answered, { one: 'réponse', other: 'réponses' })} sur ${total} à l’autodiagnostic de la persévérance scolaire.)`,
    copyMessage: 'Copier le message',
    copied: 'Copié dans le presse-papiers.',
    copyFailed:
      'La copie automatique n’a pas fonctionné : le texte est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).',
    /** Followed by the session's name, as its organiser typed it. */
    session: 'Séance :',
    send: 'Envoyer mon code',
    sendHint: 'Le téléphone propose le courriel, la messagerie ou une autre application.',
    mail: 'Envoyer par courriel à la personne qui anime la séance',
    subject: (name: string) =>
      name ? `Mon code pour la séance ${name}` : 'Mon code pour la séance GPDS',
    sent: 'Code partagé.',
    showQr: 'Afficher mon code en QR code (à scanner par la personne qui anime)',
    qrLabel: 'Votre code, en QR code',
  },
  score: (value: number | null) => (value === null ? 'non évalué' : percent(value)),
};

/** Levels as the reasons name them (« Conçue pour le lycée professionnel »). */
const LEVEL_NAMES: Record<Level, string> = {
  college: 'le collège',
  'lycee-gt': 'le lycée général et technologique',
  'lycee-pro': 'le lycée professionnel',
};

/** Publics as the reasons name them (« Implique les parents… »). */
const PUBLIC_NAMES: Record<Public, string> = {
  eleves: 'les élèves',
  parents: 'les parents',
  personnels: 'les personnels',
  partenaires: 'les partenaires',
};

export type ResultsMessages = typeof resultsFr;
