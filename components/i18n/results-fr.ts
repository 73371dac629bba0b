/**
 * French strings of the views after the questionnaire (profile, recommendations, fiche,
 * resources): they load with those views, not in the first chunk.
 */
export const viewsFr = {
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
      `${answered} questions répondues sur ${total}, dont ${unknown} « je ne sais pas ».`,
    unknownShare: (percent: number) =>
      `${percent} % des réponses sont « je ne sais pas » : le profil repose sur moins d’éléments.`,
    strengths: 'Points d’appui',
    weaknesses: 'Axes de progrès',
    none: 'Pas encore assez de réponses.',
    tentative: '(peu de réponses)',
    notScored: 'non évalué',
    loadingChart: 'Chargement du graphique…',
    chartUnavailable:
      'Le graphique n’a pas pu être affiché ; le tableau ci-dessous donne les mêmes valeurs.',
    print: 'Imprimer',
    toRecommendations: 'Voir les recommandations',
    empty: 'Répondez à quelques questions pour voir le profil de votre établissement.',
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
    all: 'Toutes',
    count: (n: number) => (n === 1 ? '1 proposition' : `${n} propositions`),
    none: 'Aucune proposition ne correspond à ces filtres.',
    fiche: 'Fiche action',
    action: 'Piste d’action',
    why: 'Pourquoi ?',
    keys: 'Clés',
    publics: 'Publics',
    levels: 'Niveaux',
    scale: 'Échelle',
    leadTimeLabel: 'Préparation',
    leadTimeValue: (weeks: number) =>
      weeks === 0 ? 'aucune' : `${weeks} semaine${weeks > 1 ? 's' : ''}`,
    open: (title: string) => `Voir la fiche « ${title} »`,
    retain: 'Retenue pour cette année',
    done: 'Déjà menée',
    doneNote: 'Déjà menée : placée plus bas dans la liste.',
    retainedCount: (n: number) =>
      n === 0
        ? 'Aucune fiche retenue.'
        : `${n} fiche${n > 1 ? 's' : ''} retenue${n > 1 ? 's' : ''} pour cette année.`,
  },
  fiche: {
    back: 'Retour aux recommandations',
    source: (doc: string, year: number) => `Source : ${doc} (${year})`,
    number: (n: number) => `Fiche action n° ${n}`,
    organisation: 'Organisation – modalités',
    objectifs: 'Objectifs',
    publics: 'Publics',
    pilotage: 'Pilotage',
    reussite: 'Éléments clés de réussite',
    valoriser: 'Valoriser, communiquer',
    resources: 'Ressources liées',
  },
  resources: {
    title: 'Ressources',
    intro: 'Pour vos axes de progrès, des ressources publiques pour aller plus loin.',
    forAxis: (axis: string, score: string) => `Pour l’axe « ${axis} » (${score})`,
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
    } as Record<string, string>,
  },
  score: (value: number | null) => (value === null ? 'non évalué' : `${Math.round(value)} %`),
};

export type ViewMessages = typeof viewsFr;
