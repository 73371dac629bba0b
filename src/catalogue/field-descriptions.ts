/**
 * French hover text for the JSON Schema, keyed by field path (`fiches[].axes[].weight`). Kept out of
 * `schema.ts` so these strings never reach the widget's bundle: only the schema generator reads them.
 */

const source = (base: string): Record<string, string> => ({
  [`${base}.source`]: 'Document d’où provient le contenu, pour le citer.',
  [`${base}.source.document`]:
    'Titre du document source, tel qu’il se nomme (sans académie ni année qu’il ne donne pas).',
  [`${base}.source.kind`]:
    'Nature de la partie citée : fiche-action, fiche-methode ou fiche-mutualisation ; absent : le document n’en dit rien.',
  [`${base}.source.number`]:
    'Numéro propre de la partie citée (« Fiche mutualisation n°1 » : 1), pas un numéro du catalogue.',
  [`${base}.source.academie`]:
    'Académie qui publie le document, telle qu’il la nomme (« académie de Créteil »), seulement s’il la nomme.',
  [`${base}.source.year`]:
    'Année du document (2000 à 2100), seulement si le document la donne ; absent : non datée.',
  [`${base}.source.page`]: 'Page dans le document source (1 à 1000).',
});

const targeting = (base: string): Record<string, string> => ({
  [`${base}.keys`]:
    'Clés concernées (1 à 4, sans doublon) ; chaque axe visé doit relever de l’une d’elles.',
  [`${base}.keys[]`]: 'Identifiant d’une clé.',
  [`${base}.axes`]:
    'Axes que l’élément renforce, avec un poids ; chaque axe doit être déclaré dans « axes ».',
  [`${base}.axes[]`]: 'Un axe visé.',
  [`${base}.axes[].axis`]: 'Identifiant d’un axe déclaré dans « axes ».',
  [`${base}.axes[].weight`]: 'Force du lien : 1 un peu, 2 nettement, 3 c’est son objet principal.',
  [`${base}.publics[]`]: 'Un public : eleves, parents, personnels ou partenaires.',
  [`${base}.levels[]`]: 'Un niveau : college, lycee-gt ou lycee-pro.',
});

const guideItem = (base: string): Record<string, string> => ({
  [`${base}.label`]: 'Texte de la tâche, dans les mots de la fiche méthode.',
  [`${base}.detail`]: 'Texte de la fiche méthode qui suit la tâche (précisions), dans ses mots.',
  [`${base}.url`]:
    'Adresse que la fiche méthode donne pour cette tâche, telle qu’elle l’écrit (http:// ou https://).',
  [`${base}.note`]:
    'Note du catalogue, affichée comme telle (par exemple « fiche méthode n°4, citée mais non fournie »).',
});

const checklist = (phase: string, label: string): Record<string, string> => ({
  [`guides[].checklists.${phase}`]: `Tâches ${label}.`,
  [`guides[].checklists.${phase}[]`]: 'Une tâche.',
  [`guides[].checklists.${phase}[].id`]: 'Identifiant de la tâche, unique dans tout le guide.',
  ...guideItem(`guides[].checklists.${phase}[]`),
});

export const FIELD_DESCRIPTIONS: Readonly<Record<string, string>> = {
  $schema: 'Adresse du schéma JSON (catalogue.schema.json), pour l’autocomplétion dans un éditeur.',
  id: 'Identifiant du catalogue (minuscules, chiffres, tirets), par exemple « academie-creteil ».',
  version: 'Version du contenu, libre (par exemple « 2025.1 ») ; à changer à chaque publication.',
  language: 'Langue du contenu : fr ou en.',
  title: 'Titre du catalogue, affiché par le widget.',
  description: 'Présentation du catalogue.',
  scale: 'Échelle de réponse commune à toutes les questions.',
  'scale.levels': 'Les quatre niveaux de réponse, valeurs 0 à 3, chacune une seule fois.',
  'scale.levels[]': 'Un niveau de réponse.',
  'scale.levels[].value': 'Valeur du niveau : 0, 1, 2 ou 3, du plus faible au plus fort.',
  'scale.levels[].label': 'Libellé de la réponse, par exemple « Pas encore ».',
  'scale.levels[].description': 'Précision affichée sous le libellé.',
  'scale.unknownLabel':
    'Libellé de la réponse « Je ne sais pas », qui ne compte pas dans le score.',
  keys: 'Les quatre clés de la persévérance, chacune une seule fois.',
  'keys[]': 'Une clé.',
  'keys[].id': 'accueillir, accrocher, accompagner ou raccrocher.',
  'keys[].label': 'Nom affiché, par exemple « Accueillir ».',
  'keys[].tagline': 'Phrase courte sous le nom.',
  'keys[].description': 'Présentation de la clé.',
  'keys[].color': 'Nom d’un jeton de couleur du thème (--perseverance-key-<nom>), pas une couleur.',
  axes: 'Axes de travail de chaque clé ; chaque clé en a au moins un.',
  'axes[]': 'Un axe.',
  'axes[].id': 'Identifiant unique de l’axe (minuscules, chiffres, tirets).',
  'axes[].key': 'Clé dont relève l’axe.',
  'axes[].label': 'Nom affiché de l’axe.',
  'axes[].practices': 'Modalités de mise en œuvre de l’axe (au moins une).',
  'axes[].practices[]': 'Une modalité de mise en œuvre.',
  questions: 'Questions du diagnostic : au moins deux par axe, dont exactement une « core ».',
  'questions[]': 'Une question.',
  'questions[].id': 'Identifiant unique de la question.',
  'questions[].axis': 'Identifiant de l’axe évalué par la question.',
  'questions[].text': 'Énoncé de la question (500 caractères au plus).',
  'questions[].core':
    'true pour la question essentielle de l’axe, seule posée dans la version courte.',
  'questions[].help': 'Aide affichée à la demande.',
  'questions[].levels':
    'Niveaux où la question se pose (sans doublon) ; absent : tous les niveaux. Elle n’est posée ni comptée ailleurs.',
  'questions[].levels[]': 'Un niveau : college, lycee-gt ou lycee-pro.',
  fiches: 'Fiches actions recommandées selon le diagnostic.',
  'fiches[]': 'Une fiche action.',
  'fiches[].id': 'Identifiant unique de la fiche.',
  'fiches[].number': 'Numéro de la fiche dans son document source (1 à 999).',
  ...source('fiches[]'),
  'fiches[].title': 'Titre de la fiche.',
  'fiches[].summary': 'Résumé de l’action.',
  'fiches[].organisation': 'Organisation : déroulement, étapes.',
  'fiches[].organisation[]': 'Un paragraphe.',
  'fiches[].objectifs': 'Objectifs de l’action.',
  'fiches[].objectifs[]': 'Un objectif.',
  'fiches[].publicsDescription': 'Publics concernés, en toutes lettres.',
  'fiches[].publicsDescription[]': 'Un paragraphe.',
  'fiches[].pilotage': 'Pilotage : qui porte l’action, avec qui.',
  'fiches[].pilotage[]': 'Un paragraphe.',
  'fiches[].reussite': 'Critères de réussite.',
  'fiches[].reussite[]': 'Un critère.',
  'fiches[].valoriser': 'Pistes pour valoriser l’action.',
  'fiches[].valoriser[]': 'Une piste.',
  'fiches[].forum': 'true si l’action a été présentée au forum de la persévérance.',
  ...targeting('fiches[]'),
  'fiches[].publics': 'Publics visés (1 à 4, sans doublon), pour le filtrage.',
  'fiches[].levels': 'Niveaux où l’action s’applique (1 à 3, sans doublon).',
  'fiches[].scale': 'Échelles de mise en œuvre : classe, etablissement, district.',
  'fiches[].scale[]': 'Une échelle.',
  'fiches[].leadTimeWeeks':
    'Semaines de préparation avant le temps fort (0 à 52) : estimation de l’outil, aucune source ne les donne ; l’équipe la change dans son plan.',
  'fiches[].timing':
    'Moment de l’année où l’action a lieu, avec les mots de la source ; absent : pendant la Semaine.',
  'fiches[].timing.moment':
    'semaine (pendant la Semaine), rentree (à la rentrée, jamais dans la Semaine) ou annee (toute l’année dès la rentrée, la Semaine la met en valeur).',
  'fiches[].timing.preparation':
    'debut-annee : la source fait commencer la préparation en début d’année scolaire.',
  'fiches[].timing.quote': 'Les mots de la source qui fixent ce moment.',
  ficheTemplate: 'Trame vierge d’une fiche action, pour qu’une équipe décrive la sienne.',
  'ficheTemplate.number': 'Numéro de la trame dans son document source.',
  'ficheTemplate.title': 'Titre de la trame.',
  ...source('ficheTemplate'),
  'ficheTemplate.fields': 'Rubriques de la trame (1 à 50).',
  'ficheTemplate.fields[]': 'Une rubrique.',
  'ficheTemplate.fields[].id': 'Identifiant unique de la rubrique.',
  'ficheTemplate.fields[].label': 'Intitulé de la rubrique.',
  'ficheTemplate.fields[].help': 'Conseil pour la remplir.',
  actions: 'Actions possibles, plus courtes qu’une fiche.',
  'actions[]': 'Une action.',
  'actions[].id': 'Identifiant unique de l’action.',
  'actions[].title': 'Intitulé de l’action.',
  'actions[].description': 'Précisions.',
  ...source('actions[]'),
  ...targeting('actions[]'),
  'actions[].publics': 'Publics visés (sans doublon) ; absent : non précisé.',
  'actions[].levels': 'Niveaux concernés (sans doublon) ; absent : tous les niveaux.',
  'actions[].origin':
    'Où la source la donne : « action-possible » (par défaut) ou « modalite » (une modalité de mise en œuvre proposée comme action, la source n’en donnant pas pour cet axe ; l’interface le dit).',
  'fiches[].catalogueNote':
    'Note du catalogue pour ses rédacteurs (numérotation incohérente de la source…) ; jamais affichée.',
  'actions[].catalogueNote':
    'Note du catalogue pour ses rédacteurs (d’où vient le texte…) ; jamais affichée.',
  resources: 'Ressources (sites, guides, ouvrages…) proposées avec les clés et axes.',
  'resources[]': 'Une ressource.',
  'resources[].id': 'Identifiant unique de la ressource.',
  'resources[].title': 'Titre de la ressource.',
  'resources[].kind':
    'Nature : site, guide, video, podcast, circulaire, ouvrage, programme ou formulaire.',
  ...source('resources[]'),
  'resources[].urlRepair':
    'Réparation d’un lien que l’extraction du texte source a visiblement cassé (espace, protocole absent) ; jamais affichée.',
  'resources[].urlRepair.sourceText': 'Le lien tel que l’écrit la source.',
  'resources[].urlRepair.reason': 'Ce qui a été réparé et pourquoi.',
  'resources[].linkNote':
    'Affichée avec le lien : ce que la source dit de ce lien (même adresse donnée pour deux ressources…).',
  'resources[].catalogueNote':
    'Note du catalogue pour ses rédacteurs ; jamais affichée (ne pas la mettre dans description).',
  'resources[].description': 'Précisions (auteur, éditeur…).',
  'resources[].url':
    'Adresse complète en http:// ou https:// ; à omettre si la source n’en donne pas.',
  'resources[].keys': 'Clés concernées (1 à 4, sans doublon).',
  'resources[].keys[]': 'Identifiant d’une clé.',
  'resources[].axes':
    'Axes concernés, déclarés dans « axes » et relevant des clés de la ressource.',
  'resources[].axes[]': 'Identifiant d’un axe.',
  'resources[].levels':
    'Niveaux pour lesquels la ressource est faite (sans doublon) ; absent : tous les niveaux.',
  'resources[].levels[]': 'Un niveau : college, lycee-gt ou lycee-pro.',
  guides: 'Guides méthodologiques avec listes de tâches.',
  'guides[]': 'Un guide.',
  'guides[].id': 'Identifiant unique du guide.',
  'guides[].title': 'Titre du guide.',
  ...source('guides[]'),
  'guides[].summary': 'Présentation du guide.',
  'guides[].checklists': 'Tâches avant, pendant et après la semaine.',
  'guides[].sections':
    'Parties de la fiche méthode sous ses propres intertitres, quand elle n’est pas une liste avant / pendant / après.',
  'guides[].sections[]': 'Une partie.',
  'guides[].sections[].id': 'Identifiant unique de la partie dans le guide.',
  'guides[].sections[].heading': 'Intertitre de la partie, tel que la fiche méthode l’écrit.',
  'guides[].sections[].items': 'Points de la partie.',
  'guides[].sections[].items[]': 'Un point.',
  'guides[].sections[].items[].id': 'Identifiant du point, unique dans la partie.',
  ...guideItem('guides[].sections[].items[]'),
  ...checklist('avant', 'à faire avant'),
  ...checklist('pendant', 'à faire pendant'),
  ...checklist('apres', 'à faire après'),
  calendar: 'Calendrier type de la semaine de la persévérance.',
  ...source('calendar'),
  'calendar.weekLengthDays': 'Durée de la semaine, en jours (1 à 14).',
  'calendar.declarationDeadlineOffsetDays':
    'Date limite de déclaration des actions, en jours par rapport au premier jour (0 ou négatif).',
  'calendar.milestones': 'Jalons du calendrier.',
  'calendar.milestones[]': 'Un jalon.',
  'calendar.milestones[].id': 'Identifiant unique du jalon.',
  'calendar.milestones[].label': 'Intitulé du jalon.',
  'calendar.milestones[].description': 'Ce que la source dit du jalon, dans ses mots.',
  'calendar.milestones[].sourceDates':
    'Les dates du jalon telles que la source les donne (« 24 janvier – 28 mars 2019 »).',
  'calendar.milestones[].url': 'Adresse que la source donne avec le jalon, telle qu’elle l’écrit.',
  'calendar.milestones[].startOffsetDays':
    'Début, en jours depuis le premier jour de la semaine (négatif : avant).',
  'calendar.milestones[].endOffsetDays':
    'Fin, en jours depuis le premier jour ; pas avant le début.',
  contact: 'Contact académique affiché par le widget.',
  'contact.label': 'Nom du service ou de la personne.',
  'contact.email': 'Adresse électronique.',
  'contact.url': 'Page web, en http:// ou https://.',
};
