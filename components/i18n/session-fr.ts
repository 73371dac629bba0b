/**
 * French strings of the GPDS session views (`session-en.ts` has the same keys). Kept out of
 * `fr.ts`, which ships with the first view: only the session's chunk loads them. Shared words
 * (versions, « Annuler », roles) come from the main messages.
 */
import type { PasteCounts } from '../../src/session/paste.js';
import { countOf, formatNumber, plural } from './format.js';

const LOCALE = 'fr-FR';
/** The plural mark of a word counted `n` times (French: 0 and 1 are singular). */
const s = (n: number) => plural(LOCALE, n, { one: '', other: 's' });

export const sessionFr = {
  locale: LOCALE,
  title: 'Séance GPDS',
  intro:
    'Réunissez les réponses de plusieurs membres de l’équipe pour voir le profil commun, discuter des écarts et décider ensemble. Tout reste sur cet appareil.',
  meta: (n: number, version: string, date: string) =>
    `${n} participant${s(n)}, version ${version}, créée le ${date}`,
  versions: { complet: 'complète', court: 'courte' } as Record<string, string>,
  sectionsLabel: 'Étapes de la séance',
  sections: {
    prepare: 'Préparer',
    collect: 'Recueillir',
    profile: 'Profil commun',
    discuss: 'Discuter',
    decide: 'Décider',
    report: 'Compte rendu',
  },
  projector: 'Mode projection',
  start: {
    title: 'Démarrer une séance',
    name: 'Nom de la séance',
    nameHint: 'Par exemple : GPDS — mars 2027',
    version: 'Version du questionnaire',
    submit: 'Démarrer la séance',
    instructions: 'Consignes à donner aux participants',
    step1: 'Ouvrez cette page sur votre ordinateur ou votre téléphone :',
    joinStep:
      'Scannez ce code avec l’appareil photo de votre téléphone, ou ouvrez le lien : le questionnaire s’ouvre directement, dans la bonne version.',
    joinLink: 'Lien pour participer',
    qrLabel: (session: string) => `Code QR du lien pour participer à la séance « ${session} »`,
    copyLink: 'Copier le lien',
    copied: 'Lien copié.',
    copyFailed: 'Copie impossible : sélectionnez le lien et copiez-le.',
    contact: 'Votre adresse électronique (facultatif)',
    contactHint:
      'Ajoutée au lien : le téléphone de chaque participant propose alors de vous envoyer son code par courriel. Elle n’est envoyée nulle part ailleurs.',
    contactInvalid: 'Adresse non reconnue : le lien est créé sans elle.',
    step2: (version: string, n: number) =>
      `Répondez individuellement au questionnaire (version ${version}, ${countOf(LOCALE, n, { one: 'question', other: 'questions' })}).`,
    step3:
      'À la fin, sur la page « Profil », copiez « Mon code à transmettre » et envoyez-le à la personne qui anime la séance.',
    step3Join:
      'À la fin, touchez « Envoyer mon code » : le téléphone propose le courriel, la messagerie ou la copie.',
    noDevice:
      'Sans appareil ? Les personnes répondent l’une après l’autre sur celui-ci : « Passer la tablette », dans « Recueillir ».',
    rename: 'Renommer',
    newSession: 'Nouvelle séance…',
    confirmNew: (n: number) =>
      `Démarrer une nouvelle séance ? Les réponses de la séance en cours (${countOf(LOCALE, n, { one: 'personne', other: 'personnes' })}) seront retirées. Exportez-la avant (« Compte rendu »).`,
  },
  collect: {
    codes: 'Codes des participants',
    codesHint:
      'Collez un ou plusieurs codes, dans n’importe quel ordre, séparés par des espaces ou des retours à la ligne.',
    role: 'Rôle des codes qui n’en indiquent pas',
    add: 'Ajouter les codes',
    scan: {
      start: 'Scanner les codes QR des téléphones',
      stop: 'Arrêter l’appareil photo',
      read: (n: number) =>
        `${countOf(LOCALE, n, { one: 'code lu', other: 'codes lus' })} : ajouté${s(n)} à la zone de saisie, vérifiez puis « Ajouter les codes ».`,
      denied: 'L’appareil photo n’est pas disponible : collez les codes.',
      video: 'Image de l’appareil photo',
    },
    noCode: 'Aucun code dans la zone de saisie.',
    /** One count per kind, each code once: added, refused (invalid or duplicate), not added (full). */
    summary: ({ added, invalid, duplicate, full }: PasteCounts) => {
      const refused = invalid + duplicate;
      const n = (count: number) => formatNumber(LOCALE, count);
      return (
        `${n(added)} code${s(added)} ajouté${s(added)}, ${n(refused)} refusé${s(refused)}` +
        (duplicate ? ` (dont ${n(duplicate)} doublon${s(duplicate)})` : '') +
        (full
          ? ` ; ${n(full)} non ajouté${s(full)} : la séance est complète (200 participants)`
          : '') +
        (refused || full ? '. Les codes non ajoutés restent dans la zone de saisie.' : '.')
      );
    },
    reading: (n: number) => `Lecture des codes… ${formatNumber(LOCALE, n)}`,
    unread: (read: number) =>
      `Texte long : seuls les ${formatNumber(LOCALE, read)} premiers caractères ont été lus ; cliquez de nouveau sur « Ajouter les codes » pour lire la suite.`,
    dropped: (n: number) =>
      `${countOf(LOCALE, n, { one: 'caractère', other: 'caractères' })} de trop : non gardé${s(n)} dans la zone de saisie.`,
    rejected: 'refusé',
    duplicate: 'doublon',
    more: (n: number) => `… et ${formatNumber(LOCALE, n)} autre${s(n)}.`,
    full: (n: number) =>
      `La séance a atteint 200 participants (maximum) : ${formatNumber(LOCALE, n)} non ajouté${s(n)}.`,
    files: 'Fichiers exportés par les participants (JSON, plusieurs possibles)',
    fileAdded: (n: number) => `${n} participant${s(n)} ajouté${s(n)}.`,
    fileCatalogue:
      'fait avec un autre questionnaire : ses réponses ne peuvent pas être réunies à celles-ci.',
    fileEmpty: 'ce fichier ne contient aucune réponse.',
    fileDuplicate: (label: string) =>
      `mêmes réponses que « ${label} », déjà dans la séance : doublon probable, non ajouté.`,
    tablet: 'Passer la tablette',
    tabletIntro:
      'Chacun répond à son tour sur cet appareil ; ajoutez ensuite ses réponses à la séance : elles sont effacées pour la personne suivante.',
    tabletCurrent: (answered: number, total: number) =>
      `Réponses en cours sur cet appareil : ${answered} sur ${total}.`,
    tabletLabel: 'Nom, initiales ou fonction de la personne (facultatif)',
    take: 'Ajouter ses réponses à la séance',
    taken: (label: string) =>
      `Réponses de « ${label} » ajoutées et effacées de l’appareil. Au suivant !`,
    next: 'Faire répondre la personne suivante',
  },
  respondents: {
    title: (n: number) => `Participants (${n})`,
    empty: 'Aucun participant pour l’instant.',
    label: (n: number) => `Participant ${n}`,
    noRole: 'Sans rôle',
    sources: { code: 'code', file: 'fichier', device: 'cet appareil' } as Record<string, string>,
    answered: (n: number, total: number) =>
      `${countOf(LOCALE, n, { one: 'réponse', other: 'réponses' })} sur ${total}`,
    name: 'Nom, initiales ou fonction',
    role: 'Rôle',
    /** The row's button: « Modifier », then `quoted(label)` for screen readers only. */
    editShort: 'Modifier',
    quoted: (label: string) => ` « ${label} »`,
    columns: {
      number: 'N°',
      who: 'Participant, rôle et source',
      answers: (total: number) => `Réponses (sur ${total})`,
    },
    save: 'Enregistrer',
    remove: (label: string) => `Retirer « ${label} »`,
    removed: (label: string) => `« ${label} » ne fait plus partie de la séance.`,
    undo: 'Annuler le retrait',
    restored: (label: string) => `« ${label} » est de nouveau dans la séance.`,
  },
  profile: {
    none: 'Ajoutez des participants pour voir le profil commun.',
    overall: (score: string, n: number) =>
      `Score global ${score} (moyenne de ${n} participant${s(n)}).`,
    chart: (summary: string) =>
      `Radar du profil commun par axe : moyenne, minimum et maximum des participants. ${summary}`,
    mean: 'Moyenne',
    min: 'Minimum',
    max: 'Maximum',
    lastYear: 'An dernier',
    roles: 'Superposer le profil d’un rôle',
    caption:
      'Profil commun par clé et par axe (0 à 100 %) : moyenne, minimum et maximum d’un participant',
    item: 'Clé / axe',
    delta: 'Évolution',
    points: (value: number | null) =>
      value === null
        ? '—'
        : Math.round(value) === 0
          ? '='
          : `${value > 0 ? '+' : '−'}${Math.abs(Math.round(value))}\u00a0pt${Math.abs(Math.round(value)) > 1 ? 's' : ''}`,
    acted: (titles: string) => `Travaillé l’an dernier : ${titles}`,
    keysChart: (summary: string) =>
      `Radar des quatre clés : moyenne de l’équipe et, si choisis, des groupes d’au moins trois personnes. ${summary}`,
    middle: 'Moitié centrale',
    range: (low: string, high: string) => `${low} à ${high}`,
    barsTitle: 'Par clé et par axe',
    barsLegend:
      'Barre : la moyenne de l’équipe. Bande grise : la moitié centrale de l’équipe (un quart des personnes est en dessous, un quart au-dessus).',
    others: 'Autres',
    rolesPrivacy: (min: number) =>
      `Un rôle n’est montré à part qu’à partir de ${countOf(LOCALE, min, { one: 'personne', other: 'personnes' })} ; les groupes plus petits sont réunis dans « Autres ».`,
    rolesNone: (min: number) =>
      `Aucun groupe d’au moins ${countOf(LOCALE, min, { one: 'personne', other: 'personnes' })} : les rôles ne sont pas montrés à part.`,
    compareTitle: (label: string) => `Évolution depuis « ${label} »`,
    compareBasis:
      'Cette année est calculée comme l’an dernier : une réponse par question, la moyenne des réponses arrondie ; ce score global peut donc différer de la moyenne des participants donnée plus haut. Trait noir : l’an dernier.',
    overallSameBasis: 'Score global, même calcul que l’an dernier',
    sameBasis: 'Cette année (même calcul)',
  },
  previous: {
    title: 'Comparer avec l’an dernier',
    intro:
      'Importez l’export de l’an dernier (diagnostic ou séance) : le radar et le tableau montrent l’évolution et signalent les axes travaillés.',
    file: 'Fichier de l’an dernier (JSON)',
    loaded: (label: string) => `Comparaison avec « ${label} ».`,
    label: (date: string) => `Diagnostic du ${date}`,
    done: 'Diagnostic de l’an dernier importé.',
    fromSession: (n: number) =>
      ` C’était une séance de ${n} participant${s(n)} : la comparaison utilise la réponse moyenne arrondie de chaque question.`,
    remove: 'Retirer la comparaison',
    removed: 'Comparaison retirée.',
    catalogue: 'Ce fichier a été fait avec un autre questionnaire : pas de comparaison possible.',
    empty: 'Ce fichier ne contient aucune réponse.',
  },
  script: {
    title: (minutes: number) => `Déroulé de la séance (${minutes} minutes)`,
    steps: [
      ['Réponses individuelles', 10, 'Chaque personne répond individuellement, sans discussion.'],
      ['Dévoilement', 10, 'Montrez le profil commun, sans commenter les réponses individuelles.'],
      ['Divergences', 20, 'Discutez l’ordre du jour : chaque personne explique sa réponse.'],
      ['Présélection', 15, 'Dans « Décider », gardez trois à cinq fiches pour les clés faibles.'],
      ['Décision', 10, 'Retenez les fiches de l’année, un pilote et une échéance pour chacune.'],
    ] as [string, number, string][],
  },
  agenda: {
    title: 'Ordre du jour : les divergences',
    none: 'Aucune question avec un écart d’au moins deux niveaux : l’équipe est globalement d’accord.',
    count: (n: number) =>
      `${n} question${s(n)} où les réponses sont les plus éloignées, de la plus divergente à la moins divergente.`,
    shown: (shown: number, total: number) =>
      shown === total
        ? `${total} question${s(total)} où l’équipe est partagée, de la plus partagée à la moins partagée.`
        : `Les ${shown} questions où l’équipe est la plus partagée, sur ${total} où les réponses s’écartent d’au moins deux niveaux.`,
    rule: 'Règle de classement (proposée par l’outil) : une question entre quand au moins deux personnes y répondent avec au moins deux niveaux d’écart ; elle est classée selon l’écart-type des réponses (toute l’équipe compte : une réponse isolée pèse peu), puis le nombre de « Je ne sais pas », puis l’écart.',
    tooFew:
      'Une seule personne a répondu : il faut au moins deux réponses pour repérer des divergences.',
    more: (n: number) =>
      n === 1 ? 'Voir aussi l’autre question' : `Voir aussi les ${n} autres questions`,
    less: (n: number) => `N’afficher que les ${n} premières`,
    notes: 'Ce que l’équipe en dit',
    decision: 'Décision',
    lead: 'Personne pilote',
    due: 'Échéance',
    range: (n: number) => `écart de ${n} niveau${plural(LOCALE, n, { one: '', other: 'x' })}`,
    answers: 'Réponses',
    unknown: (n: number) => `« Je ne sais pas » : ${n}`,
    print: 'Imprimer l’ordre du jour',
  },
  decide: {
    intro:
      'Propositions calculées sur le profil commun et le contexte de l’établissement. Cochez les fiches que l’équipe retient.',
    coverage: 'Les quatre clés et les actions retenues',
    key: (key: string, score: string, n: number) =>
      `${key} (${score}) : ${n} action${s(n)} retenue${s(n)}`,
    uncovered: (key: string, score: string) =>
      `Attention : ${key} est faible (${score}) et aucune action retenue ne la travaille.`,
  },
  report: {
    session: (name: string, date: string) => `${name} — séance du ${date}`,
    participants: (n: number) => `Participants : ${n}`,
    byRole: (role: string, n: number) => `${role} : ${n}`,
    divergences: 'Divergences',
    decisions: 'Décisions : actions retenues',
    none: 'Aucune action retenue.',
    print: 'Imprimer le compte rendu',
    export: 'Exporter la séance (JSON)',
    exportHint:
      'Le fichier contient toute la séance, réponses comprises : gardez-le pour la comparaison de l’an prochain.',
    establishment: (name: string) => `Établissement : ${name}`,
    keys: 'Profil commun : les quatre clés',
    keyHead: ['Clé', 'Score moyen', 'Du plus bas au plus haut'] as readonly string[],
    strengths: 'Points d’appui',
    weaknesses: 'Axes de progrès',
    conclusions: 'Ordre du jour : ce que l’équipe a conclu',
    annex: 'Joindre en annexe le tableau détaillé et toutes les divergences',
    annexTitle: 'Annexe',
    csv: 'Exporter pour un tableur (CSV)',
    csvHint:
      'Un fichier pour Excel ou LibreOffice : une ligne par participant avec ses réponses, puis les scores moyens, minimum et maximum de l’équipe par clé et par axe.',
    csvLabels: {
      respondent: 'Participant',
      role: 'Rôle',
      unknown: 'Je ne sais pas',
      level: 'Niveau',
      key: 'Clé',
      axis: 'Axe',
      label: 'Intitulé',
      mean: 'Score moyen (sur 100)',
      min: 'Minimum',
      max: 'Maximum',
      respondents: 'Participants avec un score',
      question: 'Question',
      notes: 'Ce que l’équipe en dit',
      decision: 'Décision',
      lead: 'Personne pilote',
      due: 'Échéance',
    },
  },
};

export type SessionMessages = typeof sessionFr;
