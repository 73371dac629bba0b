// Generated from data/catalogue.json by scripts/build/split-catalogue.ts: do not edit, run
// `npm run catalogue:generate` (the fields of scripts/build/unread-fields.ts are left out).
import type { CatalogueContent } from '../../../src/catalogue/split.js';

export const content: CatalogueContent = {
  actions: [
    {
      id: 'journee-integration',
      title: 'Journée d’intégration',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accueillir'],
      axes: [
        { axis: 'accueillir-integration', weight: 3 },
        { axis: 'accueillir-appartenance', weight: 2 },
      ],
      publics: ['eleves', 'personnels'],
    },
    {
      id: 'entretien-accueil',
      title: 'Entretien individuel d’accueil',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accueillir'],
      axes: [{ axis: 'accueillir-integration', weight: 3 }],
      publics: ['eleves', 'personnels'],
    },
    {
      id: 'presentation-personnels-visite',
      title: 'Présentation des personnels et visite de l’établissement',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accueillir', 'accrocher'],
      axes: [
        { axis: 'accueillir-integration', weight: 3 },
        { axis: 'accrocher-reseau', weight: 1 },
      ],
      publics: ['eleves', 'parents', 'personnels'],
    },
    {
      id: 'presentation-dispositifs',
      title: 'Présentation des dispositifs d’accompagnement',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accueillir', 'accompagner'],
      axes: [
        { axis: 'accueillir-integration', weight: 3 },
        { axis: 'accompagner-pedagogie', weight: 1 },
      ],
      publics: ['eleves', 'parents'],
    },
    {
      id: 'rencontres-individualisees-familles',
      title: 'Rencontres individualisées avec les familles',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accueillir', 'accrocher'],
      axes: [
        { axis: 'accueillir-familles', weight: 3 },
        { axis: 'accrocher-posture', weight: 1 },
      ],
      publics: ['parents', 'personnels'],
    },
    {
      id: 'cafe-des-parents',
      title: 'Café des parents',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accueillir', 'raccrocher'],
      axes: [
        { axis: 'accueillir-familles', weight: 3 },
        { axis: 'raccrocher-accompagner', weight: 1 },
      ],
      publics: ['parents', 'personnels'],
    },
    {
      id: 'abords-etablissement',
      title: 'Sécuriser les abords de l’établissement',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accueillir'],
      axes: [{ axis: 'accueillir-cadre-de-vie', weight: 3 }],
      publics: ['personnels', 'partenaires'],
    },
    {
      id: 'associations-sportives-clubs',
      title: 'Associations sportives et clubs',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accrocher'],
      axes: [
        { axis: 'accrocher-vie-eleve', weight: 3 },
        { axis: 'accrocher-lieu-de-vie', weight: 1 },
      ],
      publics: ['eleves', 'personnels'],
    },
    {
      id: 'dialogue-pp-delegues',
      title: 'Dialogue entre professeurs principaux et délégués',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accrocher'],
      axes: [{ axis: 'accrocher-vie-eleve', weight: 3 }],
      publics: ['eleves', 'personnels'],
    },
    {
      id: 'produits-derives',
      title: 'Produits dérivés à l’effigie de l’établissement',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accrocher', 'accueillir'],
      axes: [
        { axis: 'accrocher-lieu-de-vie', weight: 3 },
        { axis: 'accueillir-appartenance', weight: 2 },
      ],
      publics: ['eleves'],
    },
    {
      id: 'espaces-vie-communs',
      title: 'Espaces de vie communs agréables',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accrocher', 'accueillir'],
      axes: [
        { axis: 'accrocher-lieu-de-vie', weight: 3 },
        { axis: 'accueillir-cadre-de-vie', weight: 2 },
      ],
      publics: ['eleves', 'personnels'],
    },
    {
      id: 'activites-peri-educatives',
      title: 'Activités péri-éducatives',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accrocher'],
      axes: [
        { axis: 'accrocher-lieu-de-vie', weight: 3 },
        { axis: 'accrocher-vie-eleve', weight: 1 },
      ],
      publics: ['eleves'],
    },
    {
      id: 'entretiens-individuels-reguliers',
      title: 'Entretiens individuels réguliers',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accrocher', 'accompagner'],
      axes: [
        { axis: 'accrocher-posture', weight: 3 },
        { axis: 'accompagner-suivi', weight: 2 },
      ],
      publics: ['eleves', 'personnels'],
    },
    {
      id: 'entretiens-frequents',
      title: 'Entretiens fréquents de suivi',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accompagner'],
      axes: [
        { axis: 'accompagner-suivi', weight: 3 },
        { axis: 'accompagner-posture', weight: 1 },
      ],
      publics: ['eleves', 'personnels'],
    },
    {
      id: 'entretiens-professionnels',
      title: 'Entretiens avec différents professionnels',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accompagner'],
      axes: [
        { axis: 'accompagner-suivi', weight: 3 },
        { axis: 'accompagner-prendre-soin', weight: 1 },
      ],
      publics: ['eleves', 'personnels'],
    },
    {
      id: 'methode-pikas',
      title: 'Méthode PIKAS contre le harcèlement',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accompagner'],
      axes: [{ axis: 'accompagner-freins', weight: 3 }],
      publics: ['eleves', 'personnels'],
    },
    {
      id: 'reponses-besoins-gpds',
      title: 'Réponses aux besoins des élèves élaborées en GPDS',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accompagner'],
      axes: [
        { axis: 'accompagner-besoins', weight: 3 },
        { axis: 'accompagner-suivi', weight: 2 },
      ],
      publics: ['personnels'],
    },
    {
      id: 'espaces-ecoute',
      title: 'Espaces d’écoute',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accompagner'],
      axes: [
        { axis: 'accompagner-prendre-soin', weight: 3 },
        { axis: 'accompagner-posture', weight: 1 },
      ],
      publics: ['eleves'],
    },
    {
      id: 'groupes-de-parole',
      title: 'Groupes de parole',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['accompagner'],
      axes: [{ axis: 'accompagner-prendre-soin', weight: 3 }],
      publics: ['eleves'],
    },
    {
      id: 'tutorat-mentorat',
      title: 'Tutorat et mentorat',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['raccrocher', 'accompagner'],
      axes: [
        { axis: 'raccrocher-accompagner', weight: 3 },
        { axis: 'accompagner-besoins', weight: 2 },
      ],
      publics: ['eleves', 'personnels'],
    },
    {
      id: 'pafi',
      title: 'Parcours aménagé de formation initiale (PAFI)',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['raccrocher', 'accompagner'],
      axes: [
        { axis: 'raccrocher-parcours', weight: 3 },
        { axis: 'accompagner-besoins', weight: 2 },
      ],
      publics: ['eleves', 'personnels', 'partenaires'],
    },
    {
      id: 'reseau-partenaires-coeducatif',
      title: 'Réseau de partenaires dans un cadre co-éducatif',
      source: { document: 'Les clés de la persévérance', year: 2022 },
      keys: ['raccrocher', 'accrocher'],
      axes: [
        { axis: 'raccrocher-parcours', weight: 3 },
        { axis: 'accrocher-reseau', weight: 2 },
      ],
      publics: ['personnels', 'partenaires'],
    },
    {
      id: 'amenagement-salles',
      title: 'Aménager autrement les salles de classe',
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      keys: ['accrocher'],
      axes: [{ axis: 'accrocher-innovation', weight: 3 }],
      publics: ['eleves', 'personnels'],
    },
    {
      id: 'carnet-correspondance-personnalise',
      title: 'Carnet de correspondance personnalisé',
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      keys: ['accueillir', 'accrocher'],
      axes: [
        { axis: 'accueillir-appartenance', weight: 3 },
        { axis: 'accrocher-vie-eleve', weight: 1 },
      ],
      publics: ['eleves'],
    },
    {
      id: 'citations-portes',
      title: 'Citations sur les portes des salles',
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      keys: ['accrocher', 'accueillir'],
      axes: [
        { axis: 'accrocher-individualiser', weight: 2 },
        { axis: 'accrocher-lieu-de-vie', weight: 2 },
        { axis: 'accueillir-cadre-de-vie', weight: 1 },
      ],
      publics: ['eleves'],
    },
    {
      id: 'seances-photos-thematiques',
      title: 'Séances photos thématiques',
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      keys: ['accueillir', 'accrocher'],
      axes: [
        { axis: 'accueillir-appartenance', weight: 3 },
        { axis: 'accrocher-lieu-de-vie', weight: 1 },
      ],
      publics: ['eleves'],
    },
    {
      id: 'personnels-administratifs-en-classe',
      title: 'Personnels administratifs en classe',
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      keys: ['accrocher'],
      axes: [
        { axis: 'accrocher-reseau', weight: 2 },
        { axis: 'accrocher-lieu-de-vie', weight: 2 },
      ],
      publics: ['eleves', 'personnels'],
    },
    {
      id: 'eleves-parents-fonctionnement',
      title: 'Associer élèves et parents au fonctionnement de l’établissement',
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      keys: ['accrocher', 'accueillir'],
      axes: [
        { axis: 'accrocher-vie-eleve', weight: 3 },
        { axis: 'accueillir-familles', weight: 2 },
      ],
      publics: ['eleves', 'parents'],
    },
    {
      id: 'temps-forts-olympiades',
      title: 'Temps forts : olympiades, journée de cohésion',
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      keys: ['accueillir', 'accrocher'],
      axes: [
        { axis: 'accueillir-appartenance', weight: 3 },
        { axis: 'accrocher-lieu-de-vie', weight: 2 },
      ],
      publics: ['eleves', 'personnels'],
    },
    {
      id: 'faire-connaitre-actions',
      title: 'Faire connaître les actions qui favorisent l’accrochage scolaire',
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      keys: ['accrocher'],
      axes: [{ axis: 'accrocher-reseau', weight: 3 }],
      publics: ['personnels', 'partenaires'],
    },
    {
      id: 'reflexion-entre-professionnels',
      title: 'Temps de réflexion entre professionnels',
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      keys: ['accrocher'],
      axes: [
        { axis: 'accrocher-reseau', weight: 3 },
        { axis: 'accrocher-posture', weight: 1 },
      ],
      publics: ['personnels', 'partenaires'],
    },
    {
      id: 'action-valorisation-jeunes-parents',
      title: 'Action de valorisation avec les jeunes et les parents',
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      keys: ['accrocher', 'accueillir'],
      axes: [
        { axis: 'accrocher-individualiser', weight: 3 },
        { axis: 'accrocher-evaluation', weight: 2 },
        { axis: 'accueillir-familles', weight: 1 },
      ],
      publics: ['eleves', 'parents'],
    },
    {
      id: 'nouvelles-modalites-apprentissage',
      title: 'Expérimenter de nouvelles modalités d’apprentissage',
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      keys: ['accrocher'],
      axes: [{ axis: 'accrocher-innovation', weight: 3 }],
      publics: ['eleves', 'personnels'],
    },
    {
      id: 'capsules-video-eleves',
      title: 'Capsules vidéos : donner la parole aux élèves',
      source: {
        document:
          'Fiche méthode n°1 — Mode d’emploi de la 7e semaine de la persévérance scolaire, académie de Créteil',
        year: 2021,
      },
      keys: ['accrocher'],
      axes: [{ axis: 'accrocher-vie-eleve', weight: 3 }],
      publics: ['eleves'],
    },
    {
      id: 'concours-affiches',
      title: 'Concours d’affiches',
      source: {
        document:
          'Fiche méthode « Communiquer, valoriser une action » — Semaine académique de la persévérance scolaire 2022, académie de Créteil',
        year: 2022,
      },
      keys: ['accrocher', 'accueillir'],
      axes: [
        { axis: 'accrocher-vie-eleve', weight: 2 },
        { axis: 'accueillir-appartenance', weight: 2 },
      ],
      publics: ['eleves'],
    },
  ],
  resources: [
    {
      id: 'memo-climat-scolaire',
      title: 'Mémo Climat scolaire',
      kind: 'guide',
      url: 'https://eduscol.education.fr/document/18781/download',
      keys: ['accueillir'],
      axes: ['accueillir-integration', 'accueillir-cadre-de-vie'],
    },
    {
      id: 'site-climat-scolaire',
      title: 'Climat scolaire — site web national dédié',
      kind: 'site',
      description:
        'Site national du Réseau Canopé consacré au climat scolaire, également recommandé par le livret 2019 (thème « Climat scolaire et sentiment d’appartenance »).',
      url: 'https://www.reseau-canope.fr/climatscolaire/accueil.html',
      keys: ['accueillir'],
      axes: ['accueillir-integration', 'accueillir-cadre-de-vie', 'accueillir-appartenance'],
    },
    {
      id: 'ouvrage-climat-scolaire-positif',
      title: 'Pour un climat scolaire positif',
      kind: 'ouvrage',
      description: 'C. Veltcheff, éditions Canopé, 2019.',
      keys: ['accueillir'],
      axes: ['accueillir-integration', 'accueillir-cadre-de-vie'],
    },
    {
      id: 'non-au-harcelement',
      title: 'Non au harcèlement — site national',
      kind: 'site',
      url: 'https://www.education.gouv.fr/non-au-harcelement',
      keys: ['accueillir', 'accompagner'],
      axes: ['accueillir-cadre-de-vie', 'accompagner-freins'],
    },
    {
      id: 'cyberharcelement',
      title: 'Qu’est-ce que le cyberharcèlement ?',
      kind: 'site',
      url: 'https://www.education.gouv.fr/non-au-harcelement/qu-est-ce-que-le-cyberharcelement-325358',
      keys: ['accueillir', 'accompagner'],
      axes: ['accueillir-cadre-de-vie', 'accompagner-freins'],
    },
    {
      id: 'programme-phare',
      title: 'Programme Phare : un programme de lutte contre le harcèlement à l’école',
      kind: 'programme',
      url: 'https://www.education.gouv.fr/non-au-harcelement/phare-un-programme-de-lutte-contre-le-harcelement-l-ecole-323435',
      keys: ['accueillir', 'accompagner'],
      axes: ['accueillir-cadre-de-vie', 'accompagner-freins'],
    },
    {
      id: 'film-personnels-direction',
      title: 'Film annuel des personnels de direction (IH2EF)',
      kind: 'video',
      url: 'https://www.ih2ef.gouv.fr/le-film-annuel-des-personnels-de-direction',
      keys: ['accueillir'],
      axes: ['accueillir-integration'],
    },
    {
      id: 'mallette-des-parents',
      title: 'La mallette des parents pour accompagner la réussite de tous les élèves',
      kind: 'programme',
      description: 'Rappeler ou proposer la mallette des parents aux familles.',
      url: 'https://eduscol.education.fr/2288/la-mallette-des-parents-pour-accompagner-la-reussite-de-tous-les-eleves',
      keys: ['accueillir', 'accrocher'],
      axes: ['accueillir-familles', 'accrocher-posture'],
    },
    {
      id: 'circulaire-liens-familles',
      title: 'Circulaire « Renforcement des liens avec les familles »',
      kind: 'circulaire',
      url: 'https://www.education.gouv.fr/pid25535/bulletin_officiel.html?cid_bo=74338',
      keys: ['accueillir'],
      axes: ['accueillir-familles'],
    },
    {
      id: 'ecole-expliquee-aux-parents',
      title: 'L’École expliquée aux parents en vidéo (Onisep)',
      kind: 'video',
      url: 'https://www.onisep.fr/Parents/L-Ecole-expliquee-aux-parents-en-video',
      keys: ['accueillir'],
      axes: ['accueillir-familles'],
    },
    {
      id: 'laboratoire-bonheurs-transitions',
      title: 'Laboratoire BONHEURS — Transitions2',
      kind: 'programme',
      description:
        'Laboratoire de recherche cité, sans adresse, parmi les ressources de la clé ACCUEILLIR.',
      keys: ['accueillir'],
      axes: ['accueillir-familles'],
    },
    {
      id: 'vie-lyceenne-collegienne',
      title: 'Vie lycéenne et collégienne (académie de Paris)',
      kind: 'site',
      url: 'https://www.ac-paris.fr/portail/jcms/p1_153355/vie-lyceenne-et-collegienne',
      keys: ['accrocher'],
      axes: ['accrocher-vie-eleve'],
    },
    {
      id: 'ressources-vie-lyceenne-collegienne',
      title: 'Vie lycéenne et collégienne, les ressources',
      kind: 'site',
      url: 'https://www.ac-paris.fr/portail/jcms/p2_2387010/les-ressources-vie-lyceenne-et-collegienne',
      keys: ['accrocher'],
      axes: ['accrocher-vie-eleve'],
    },
    {
      id: 'ife-competences-sociales',
      title:
        'Sur l’acquisition des compétences sociales — dossier de l’Institut français de l’éducation',
      kind: 'guide',
      url: 'https://veille-et-analyses.ens-lyon.fr/DA/detailsDossier.php?parent=accueil&dossier=121&lang=fr',
      keys: ['accrocher'],
      axes: ['accrocher-vie-eleve', 'accrocher-lieu-de-vie'],
    },
    {
      id: 'vademecum-orientation-college',
      title: 'Vademecum « Accompagnement à l’orientation » — collège',
      kind: 'guide',
      description:
        'Vademecum publié sur education.fr ; la source n’en donne que le nom de fichier, sans adresse.',
      keys: ['accrocher', 'accompagner'],
      axes: ['accrocher-projet', 'accompagner-orientation'],
    },
    {
      id: 'vademecum-orientation-lycee-pro',
      title: 'Vademecum « Accompagnement à l’orientation » — lycée professionnel',
      kind: 'guide',
      description:
        'Vademecum publié sur education.fr ; la source n’en donne que le nom de fichier, sans adresse.',
      keys: ['accrocher', 'accompagner'],
      axes: ['accrocher-projet', 'accompagner-orientation'],
    },
    {
      id: 'vademecum-orientation-lycee-gt',
      title: 'Vademecum « Accompagnement à l’orientation » — lycée général et technologique',
      kind: 'guide',
      description:
        'Vademecum publié sur education.fr ; la source n’en donne que le nom de fichier, sans adresse.',
      keys: ['accrocher', 'accompagner'],
      axes: ['accrocher-projet', 'accompagner-orientation'],
    },
    {
      id: 'guide-novigado',
      title: 'Guide d’innovation pour les espaces d’apprentissage : Novigado project (2021)',
      kind: 'guide',
      url: 'https://www.reseau-canope.fr/fileadmin/user_upload/Projets/agence_des_usages/Novigado_et_apprentissage_actif/guide_innovation_FR.pdf',
      keys: ['accrocher'],
      axes: ['accrocher-innovation'],
    },
    {
      id: 'joelle-proust-efficacite',
      title:
        'Encourager le sentiment d’efficacité et l’engagement des élèves — Joëlle Proust (CanoTech)',
      kind: 'video',
      url: 'https://www.youtube.com/watch?v=K7vwlBDIGYc',
      keys: ['accrocher'],
      axes: ['accrocher-individualiser', 'accrocher-sens'],
    },
    {
      id: 'kadekol-statut-erreur',
      title: 'Sur le statut de l’erreur — webradio Kadekol',
      kind: 'podcast',
      url: 'https://ife.ens-lyon.fr/kadekol/ca-manque-pas-dr/episode-30',
      keys: ['accrocher'],
      axes: ['accrocher-individualiser', 'accrocher-evaluation'],
    },
    {
      id: 'archiclasse',
      title: 'Organisation des espaces : Archiclasse',
      kind: 'site',
      url: 'https://archiclasse.education.fr/',
      keys: ['accrocher'],
      axes: ['accrocher-innovation'],
    },
    {
      id: 'kadekol-espaces-lycee',
      title: 'Repenser les espaces d’apprentissage au lycée — webradio Kadekol',
      kind: 'podcast',
      url: 'https://ife.ens-lyon.fr/kadekol/lmdlc/%2321-amenagement-espace-scolaire',
      keys: ['accrocher'],
      axes: ['accrocher-innovation'],
    },
    {
      id: 'ife-sciences-cognitives',
      title: 'Enseigner et apprendre avec les sciences cognitives',
      kind: 'guide',
      url: 'https://veille-et-analyses.ens-lyon.fr/DA/detailsDossier.php?parent=accueil&dossier=94&lang=fr',
      keys: ['accrocher'],
      axes: ['accrocher-sens', 'accrocher-innovation'],
    },
    {
      id: 'cardie-franck-amadieu',
      title: 'Esprit critique et numérique — RdV de la CARDIE, Franck Amadieu',
      kind: 'video',
      description: 'Penser le numérique pour les apprentissages des élèves.',
      url: 'https://www.ac-paris.fr/portail/jcms/p1_2335309/franck-amadieu-05-mai-18h30-penser-le-numerique-pour-les-apprentissages-des-eleves',
      keys: ['accrocher'],
      axes: ['accrocher-innovation'],
    },
    {
      id: 'cardie-sylvain-connac',
      title:
        '« Comment les élèves apprennent-ils en coopérant » — RdV de la CARDIE Paris, Sylvain Connac',
      kind: 'video',
      description: 'Sur la coopération entre élèves.',
      url: 'https://www.ac-paris.fr/portail/jcms/p2_2306959/le-25/03/21-a-18h-comment-les-eleves-apprennent-ils-en-cooperant-avec-sylvain-connac',
      keys: ['accrocher'],
      axes: ['accrocher-innovation'],
    },
    {
      id: 'blog-classe-renversee',
      title:
        'La classe renversée, de la créativité à l’innovation — blog du Pr Jean-Charles Cailliez',
      kind: 'site',
      url: 'https://blog.educpros.fr/jean-charles-cailliez/',
      keys: ['accrocher'],
      axes: ['accrocher-innovation'],
    },
    {
      id: 'ife-evaluer-pour-mieux-faire-apprendre',
      title:
        '« Évaluer pour mieux faire apprendre » — dossier de l’Institut français de l’éducation',
      kind: 'guide',
      url: 'https://veille-et-analyses.ens-lyon.fr/DA/detailsDossier.php?parent=accueil&dossier=94&lang=fr',
      keys: ['accrocher'],
      axes: ['accrocher-evaluation'],
    },
    {
      id: 'tedx-catherine-gueguen',
      title:
        'Lien entre intellect, émotion, bienveillance — conférence TEDx du Dr Catherine Gueguen',
      kind: 'video',
      url: 'https://www.youtube.com/watch?v=_8Hia3KRUww',
      keys: ['accrocher'],
      axes: ['accrocher-sens', 'accrocher-posture'],
    },
    {
      id: 'padlet-emotions',
      title: 'Padlet « Aide-moi à apprendre avec mes émotions »',
      kind: 'site',
      description: 'École maternelle Barbanègre et CARDIE de Paris.',
      url: 'https://padlet.com/cecardie/w6xlxi9dbyw6s71u',
      keys: ['accrocher'],
      axes: ['accrocher-sens'],
    },
    {
      id: 'mesures-responsabilisation',
      title: 'Mesures de responsabilisation (académie de Paris)',
      kind: 'site',
      url: 'https://www.ac-paris.fr/portail/jcms/p2_1856408/mesures-de-responsabilisation',
      keys: ['accrocher'],
      axes: ['accrocher-alternatives-sanction'],
    },
    {
      id: 'acteurs-psad',
      title: 'Les acteurs de la PSAD',
      kind: 'guide',
      description: 'Les acteurs des plateformes de suivi et d’appui aux décrocheurs (PSAD).',
      url: 'https://eduscol.education.fr/document/20515/download',
      keys: ['accrocher', 'accompagner'],
      axes: ['accrocher-reseau', 'accompagner-partenaires'],
    },
    {
      id: 'guide-deploiement-gpds',
      title: 'Les ressources du GPDS : guide de déploiement du GPDS',
      kind: 'guide',
      description:
        'Guide de déploiement du groupe de prévention du décrochage scolaire (académie de Paris, 2021), cité pour les clés ACCOMPAGNER et RACCROCHER.',
      url: 'https://www.ac-paris.fr/portail/upload/docs/application/pdf/2021-11/guide_de_deploiement_gpds_2021-11-24_17-52-53_40.pdf',
      keys: ['accompagner', 'raccrocher'],
      axes: ['accompagner-suivi', 'accompagner-besoins', 'raccrocher-parcours'],
    },
    {
      id: 'decrochage-les-signes',
      title: 'Décrochage : les signes',
      kind: 'guide',
      url: 'https://www.ac-paris.fr/portail/upload/docs/application/pdf/2020-02/decrochage_les_signes.pdf',
      keys: ['accompagner'],
      axes: ['accompagner-suivi'],
    },
    {
      id: 'onisep-maintenir-lyceens',
      title: 'Maintenir les lycéens en risque de décrochage (Onisep)',
      kind: 'site',
      url: 'https://www.onisep.fr/Equipes-educatives/Perseverance-scolaire-decrochage/Prevenir-le-decrochage-scolaire-au-lycee/Maintenir-les-lyceens-en-risque-de-decrochage',
      keys: ['accompagner'],
      axes: ['accompagner-suivi', 'accompagner-besoins'],
    },
    {
      id: 'modules-paf',
      title: 'Modules du Plan académique de formation',
      kind: 'programme',
      keys: ['accompagner'],
      axes: ['accompagner-pedagogie'],
    },
    {
      id: 'devoirs-faits',
      title: 'Devoirs faits : un temps d’étude accompagnée pour réaliser les devoirs',
      kind: 'programme',
      url: 'https://www.education.gouv.fr/devoirs-faits-un-temps-d-etude-accompagnee-pour-realiser-les-devoirs-7337',
      keys: ['accompagner'],
      axes: ['accompagner-pedagogie'],
    },
    {
      id: 'tests-positionnement',
      title: 'Tests de positionnement de seconde et de CAP',
      kind: 'site',
      url: 'https://eduscol.education.fr/1501/tests-de-positionnement-de-seconde-et-de-cap',
      keys: ['accompagner'],
      axes: ['accompagner-pedagogie'],
    },
    {
      id: 'circulaire-reorientation-passerelle',
      title: 'Circulaire relative à la procédure de réorientation-passerelle',
      kind: 'circulaire',
      keys: ['accompagner', 'raccrocher'],
      axes: ['accompagner-orientation', 'raccrocher-parcours'],
    },
    {
      id: 'circulaire-droit-erreur',
      title: 'Circulaire « Droit à l’erreur »',
      kind: 'circulaire',
      keys: ['accompagner'],
      axes: ['accompagner-orientation'],
    },
    {
      id: 'eduscol-ressources-orientation',
      title: 'Ressources pour accompagner l’orientation (Éduscol)',
      kind: 'site',
      url: 'https://eduscol.education.fr/810/ressources-pour-accompagner-l-orientation?menu_id=963',
      keys: ['accompagner'],
      axes: ['accompagner-orientation'],
    },
    {
      id: 'onisep-orientation-etablissement',
      title: 'L’orientation dans l’établissement (Onisep)',
      kind: 'site',
      url: 'https://www.onisep.fr/Equipes-educatives/L-orientation-dans-l-etablissement',
      keys: ['accompagner'],
      axes: ['accompagner-orientation'],
    },
    {
      id: 'onisep-catalogues-sequences',
      title: 'Catalogues des séquences et séances pédagogiques (Onisep)',
      kind: 'site',
      url: 'https://www.onisep.fr/Equipes-educatives/Actualites/Catalogues-des-sequences-et-seances-pedagogiques',
      keys: ['accompagner'],
      axes: ['accompagner-orientation'],
    },
    {
      id: 'partenaires-mesures-responsabilisation',
      title: 'Les partenaires des mesures de responsabilisation (académie de Paris)',
      kind: 'site',
      url: 'https://www.ac-paris.fr/portail/jcms/p2_1856359/partenaires',
      keys: ['accompagner', 'raccrocher'],
      axes: ['accompagner-partenaires', 'raccrocher-parcours'],
    },
    {
      id: 'onisep-dispositifs-relais',
      title: 'Dispositifs relais et actions de prévention au collège (Onisep)',
      kind: 'site',
      url: 'https://www.onisep.fr/Equipes-educatives/Perseverance-scolaire-decrochage/Prevenir-le-decrochage-scolaire-au-college/Remobiliser-les-collegiens-en-risque-de-decrochage-les-dispositifs-relais-et-les-actions-de-prevention',
      keys: ['accompagner'],
      axes: ['accompagner-besoins'],
    },
    {
      id: 'onisep-obligation-formation',
      title: 'Les partenaires de l’obligation de formation des 16-18 ans (Onisep)',
      kind: 'site',
      url: 'https://www.onisep.fr/Equipes-educatives/Perseverance-scolaire-decrochage/L-obligation-de-formation-des-16-18-ans',
      keys: ['accompagner', 'raccrocher'],
      axes: ['accompagner-partenaires', 'raccrocher-parcours'],
    },
    {
      id: 'onisep-lyceens-decrocheurs',
      title:
        'Les partenaires des dispositifs spécifiques lycéens : les établissements pour reprendre des études (Onisep)',
      kind: 'site',
      url: 'https://www.onisep.fr/Choisir-mes-etudes/Au-lycee-au-CFA/Dispositifs-specifiques/Lyceens-decrocheurs-les-etablissements-pour-reprendre-des-etudes',
      keys: ['accompagner', 'raccrocher'],
      axes: ['accompagner-partenaires', 'raccrocher-parcours'],
    },
    {
      id: 'onisep-ateliers-classes-relais',
      title: 'Les ateliers et classes relais (Onisep)',
      kind: 'site',
      url: 'https://www.onisep.fr/Choisir-mes-etudes/College/Collegiens-a-besoins-specifiques/Les-ateliers-et-classes-relais',
      keys: ['accompagner'],
      axes: ['accompagner-besoins'],
    },
    {
      id: 'politique-academique-prevention',
      title: 'Politique académique — Sécuriser les apprentissages (académie de Paris)',
      kind: 'site',
      url: 'https://www.ac-paris.fr/portail/jcms/p1_1995156/politique-academique-de-prevention-paris-2021?details=true',
      keys: ['raccrocher'],
      axes: ['raccrocher-parcours'],
    },
    {
      id: 'conservation-notes-redoublement',
      title: 'Lycée : conservation des notes et redoublement dans l’établissement d’origine',
      kind: 'site',
      description:
        'Droit au maintien des élèves qui ont échoué au baccalauréat ; ressource citée par la fiche action n°2 du livret 2019.',
      url: 'https://www.education.gouv.fr/cid94828/lycee-conservation-des-notes-et-redoublement-dans-l-etablissement-d-origine.html',
      keys: ['raccrocher', 'accompagner'],
      axes: ['raccrocher-parcours', 'accompagner-suivi'],
    },
    {
      id: 'cardie-creteil-philo',
      title: 'Ateliers philo — site de la CARDIE de Créteil',
      kind: 'site',
      description: 'Ressource citée par la fiche action n°8 « Philo pour tous » du livret 2019.',
      url: 'https://cardie.ac-creteil.fr/spip.php?article377',
      keys: ['accrocher'],
      axes: ['accrocher-lieu-de-vie', 'accrocher-vie-eleve'],
    },
    {
      id: 'espace-tribu-perseverance',
      title: 'Espace TRIBU « Persévérance scolaire » (académie de Créteil)',
      kind: 'site',
      description:
        'Kits des années précédentes de la semaine de la persévérance. Accès : espace ARENA de l’académie de Créteil, entrer ses identifiants, sélectionner « Formation et ressources », puis cliquer sur « plate-forme collaborative TRIBU ».',
      url: 'https://www.externet.ac-creteil.fr/',
      keys: ['accueillir', 'accrocher', 'accompagner', 'raccrocher'],
      axes: [],
    },
  ],
  guides: [
    {
      id: 'mode-emploi-2021',
      title: 'Mode d’emploi de la 7e semaine de la persévérance scolaire (2021)',
      source: {
        document:
          'Fiche méthode n°1 — Mode d’emploi de la 7e semaine de la persévérance scolaire, académie de Créteil',
        year: 2021,
      },
      summary:
        'Fiche méthode de la 7e semaine de la persévérance scolaire (12-17 avril 2021, thème « Autonomies, Mobilités et Persévérance ») : mobiliser la communauté éducative, générer une dynamique pour prévenir les sorties précoces du système scolaire, faire connaître et valoriser l’engagement des personnels et les réussites des élèves, mutualiser les initiatives. Elle indique qui peut initier une action, sur quelles ressources s’appuyer et comment se faire aider.',
      checklists: {
        avant: [
          {
            id: 'mobiliser-communaute',
            label:
              'Mobiliser la communauté éducative sur la thématique de la semaine de la persévérance (en 2021 : « Autonomies, Mobilités et Persévérance »)',
          },
          {
            id: 'identifier-porteurs',
            label:
              'Identifier qui initie ou valorise l’action : tout membre de la communauté éducative peut le faire (chef d’établissement, enseignant, professeur documentaliste, CPE, référent décrochage scolaire, personnel intervenant dans un dispositif : relais, MLDS, UPE2A, ULIS…)',
          },
          {
            id: 'definir-publics',
            label: 'Définir les publics visés : élèves, parents, personnels',
          },
          {
            id: 'kit-organisation',
            label:
              'S’appuyer sur le kit d’organisation disponible sur le site du SAIO (fiches actions, invitations…)',
          },
          {
            id: 'referent-decrochage',
            label:
              'Se faire aider, au sein de l’établissement, par le référent décrochage scolaire, personne ressource pour le montage du projet',
          },
          {
            id: 'coordonnateur-mlds',
            label:
              'Solliciter, au sein du district, le coordonnateur-conseil de la Mission de lutte contre le décrochage scolaire (MLDS), spécialisé dans l’ingénierie de projet à destination des élèves en situation de décrochage',
          },
          {
            id: 'formulaire-valorisation',
            label:
              'Remplir le formulaire académique de recueil des actions avant la date limite (le 26 mars en 2021)',
          },
        ],
        pendant: [
          {
            id: 'dynamique-implication',
            label:
              'Générer une dynamique pour favoriser l’implication de tous afin de prévenir les sorties précoces du système scolaire',
          },
          {
            id: 'parole-eleves-capsules',
            label:
              'Donner la parole aux élèves sur la thématique de l’année en faisant parvenir des capsules vidéos (fiche méthode n°6)',
          },
          {
            id: 'concours-affiches',
            label: 'Participer au concours d’affiches pour la communication de l’édition suivante',
          },
        ],
        apres: [
          {
            id: 'valoriser-engagement',
            label:
              'Faire connaître et valoriser l’engagement des personnels et les réussites des élèves, en s’appuyant sur la fiche méthode n°4',
          },
          { id: 'mutualiser-initiatives', label: 'Mutualiser les initiatives' },
        ],
      },
    },
    {
      id: 'communiquer-valoriser-2022',
      title: 'Communiquer, valoriser une action',
      source: {
        document:
          'Fiche méthode « Communiquer, valoriser une action » — Semaine académique de la persévérance scolaire 2022, académie de Créteil',
        year: 2022,
      },
      summary:
        'Fiche méthode de la semaine académique de la persévérance scolaire 2022 (11-16 avril) : ce qu’il faut faire avant, pendant et après la semaine pour faire connaître une action, la valoriser et en communiquer le bilan au réseau FOQUALE et au rectorat. Le concours d’affiches peut aussi faire l’objet d’une action.',
      checklists: {
        avant: [
          {
            id: 'recenser-projets',
            label:
              'Recenser les projets des enseignants, les gestes métiers qui gagneraient à être valorisés : sollicitation de la communauté éducative, état des lieux…',
          },
          {
            id: 'preparer-en-gpds',
            label:
              'Préparer cet évènement lors d’une réunion de GPDS, d’un conseil pédagogique, d’une réunion de CVC ou de CVL…',
          },
          {
            id: 'communiquer-en-amont',
            label: 'Communiquer auprès des élèves, des enseignants, des parents et des partenaires',
          },
          {
            id: 'mallette-perseverance',
            label:
              'S’appuyer sur la mallette de la persévérance scolaire disponible sur le site académique',
          },
          {
            id: 'supports-academiques',
            label: 'Utiliser les supports de communication académiques (affiche, invitation…)',
          },
          {
            id: 'remplir-formulaire',
            label:
              'Compléter un formulaire par action envisagée avant la date limite (le 1er avril en 2022) : compléter tous les champs et préciser le type de valorisation proposé (présentation lors d’un évènement de l’établissement ou du district, organisation d’un temps festif…), afin que l’action soit relayée au niveau départemental et académique',
          },
          {
            id: 'informer-foquale',
            label: 'Informer le comité de pilotage du réseau FOQUALE de son district',
          },
        ],
        pendant: [
          {
            id: 'echanger-entre-professionnels',
            label:
              'Échanger entre professionnels : présentation lors d’un forum des initiatives, par exemple',
          },
          {
            id: 'organiser-restitution',
            label:
              'Organiser une restitution : exposition, forum, témoignages en direction des parents, des élèves d’un autre établissement (dans le cadre de la liaison CM/6e ou 3e/2de par exemple), des établissements du district, d’un partenaire…',
          },
          {
            id: 'temoignages-eleves',
            label:
              'Faire témoigner les élèves en adressant ces témoignages sous forme de capsules vidéos',
          },
          {
            id: 'prendre-photos',
            label:
              'Prendre des photos pour alimenter le site de l’établissement et le site académique, en les envoyant à ce.saio-decrochage@ac-creteil.fr',
          },
          {
            id: 'reseaux-sociaux',
            label:
              'Investir le réseau social Twitter avec le mot clé #PerseveranceScolaire et en mentionnant @saiocreteil',
          },
        ],
        apres: [
          {
            id: 'valoriser-action-eleves',
            label: 'Valoriser l’action et les élèves : expositions photos, vidéos',
          },
          {
            id: 'bilan-quantitatif-qualitatif',
            label:
              'Faire un bilan quantitatif (fréquentation de l’évènement) et qualitatif (questionnaire, retours informels, points de vigilance, perspectives pour l’année suivante) des actions, en équipe ou en GPDS',
          },
          {
            id: 'communiquer-bilan',
            label:
              'Communiquer le bilan au comité de pilotage du réseau FOQUALE et au rectorat par mail à ce.saio-decrochage@ac-creteil.fr',
          },
        ],
      },
    },
  ],
  calendar: {
    source: {
      document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
      year: 2019,
    },
    weekLengthDays: 6,
    declarationDeadlineOffsetDays: -18,
    milestones: [
      {
        id: 'lancement-communication',
        label: 'Lancement de la communication',
        description:
          'Diffusion des supports de communication académiques (affiche, invitation…) dans l’établissement, auprès des parents et des partenaires.',
        startOffsetDays: -81,
      },
      {
        id: 'preparation-organisation',
        label: 'Préparation et organisation',
        description:
          'Préparer et organiser les actions ; se rapprocher du comité de pilotage du réseau FOQUALE dès la préparation.',
        startOffsetDays: -81,
        endOffsetDays: -18,
      },
      {
        id: 'remontee-actions',
        label: 'Remontée des actions',
        description:
          'Date limite pour compléter le formulaire académique de recueil des actions : un formulaire par action, tous les champs remplis, type de valorisation précisé.',
        startOffsetDays: -18,
      },
      {
        id: 'finalisation-programme',
        label: 'Finalisation du programme',
        startOffsetDays: -14,
        endOffsetDays: 0,
      },
      {
        id: 'semaine-perseverance',
        label: 'Semaine de la persévérance scolaire',
        description: 'Temps forts de la semaine : prendre des photos et les adresser au rectorat.',
        startOffsetDays: 0,
        endOffsetDays: 5,
      },
    ],
  },
  ficheTemplate: {
    number: 15,
    title: 'À votre tour…',
    source: {
      document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
      year: 2019,
    },
    fields: [
      {
        id: 'titre',
        label: 'Titre de l’action',
        help: 'Un titre court et parlant, qui donne envie de découvrir l’action.',
      },
      {
        id: 'organisation',
        label: 'Organisation – modalités',
        help: 'Comment l’action se déroule, étape par étape : qui fait quoi, quand et où.',
      },
      {
        id: 'objectifs',
        label: 'Objectifs',
        help: 'Ce que l’action cherche à produire pour les élèves, les familles ou les équipes.',
      },
      {
        id: 'publics',
        label: 'Publics',
        help: 'Les publics prioritairement concernés : élèves, parents, personnels, partenaires.',
      },
      {
        id: 'pilotage',
        label: 'Pilotage',
        help: 'Qui porte et coordonne l’action (comité de pilotage, équipe, référent…).',
      },
      {
        id: 'reussite',
        label: 'Éléments clés de réussite',
        help: 'Les conditions qui ont fait réussir l’action : anticipation, communication, implication des acteurs, moyens.',
      },
      {
        id: 'valoriser',
        label: 'Valoriser, communiquer',
        help: 'Avant, pendant et après la semaine : formulaire académique de recueil, annonce au réseau FOQUALE, photos, bilan.',
      },
    ],
  },
  fiches: [
    {
      id: 'montre-a-ton-prof',
      number: 1,
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      title: 'Montre à ton prof !',
      summary:
        'Pendant une journée, les enseignants assistent aux cours professionnels dans les ateliers : les élèves présentent leur formation, leurs compétences et les gestes techniques, et font participer leurs professeurs aux travaux.',
      organisation: [
        'Pendant une journée, les enseignants sont invités à assister aux cours professionnels dans les ateliers',
        'Les élèves présentent leur formation, expliquent les compétences qu’ils développent, montrent les gestes techniques à acquérir',
        'Les professeurs sont invités à participer aux travaux, grâce aux explications des élèves',
      ],
      objectifs: [
        'Valoriser la voie professionnelle, les compétences acquises par les élèves dans les enseignements professionnels',
        'Changer la relation élèves/profs',
        'Permettre aux enseignants de mieux connaître les filières dans lesquelles sont scolarisés leurs élèves',
      ],
      publicsDescription: [
        'Les élèves de lycée professionnel ou polyvalent',
        'Professeurs de lycée professionnel ou polyvalent',
      ],
      pilotage: [
        'Cette action est pilotée par les professeurs, en lien avec la vie scolaire et les élèves',
      ],
      reussite: [
        'Organisation anticipée et bonne communication entre les enseignants',
        'Préparation des élèves dans leur rôle de tuteur',
        'Implication des enseignants qui doivent « jouer le jeu » en allant dans les ateliers',
        'Valorisation de l’action et des élèves (surtout s’il s’agit d’élèves en cours de décrochage) : expositions de photos…',
      ],
      valoriser: [
        'Transmettre via le formulaire académique de recueil des actions toutes les informations relatives à cette action. Préciser notamment le ou les jours des temps forts',
        'Annoncer la date de l’action sur le site Internet de l’établissement et au comité de pilotage du réseau FOQUALE. Réaliser des supports de communication : affiches, invitations… Informer vos réseaux',
        'Pendant la semaine de la persévérance, réaliser des photographies, un court film…',
        'Après l’action, envoyer le bilan et les supports de communication par mail à ce.saio-decrochage@ac-creteil.fr',
        'À consulter : le film réalisé lors de la session 2018 sur le site du Rectorat https://www.ac-creteil.fr/cid127668/-decrochagescolaire-semaine-de-la-perseverance-scolaire-2018.html',
      ],
      keys: ['accrocher', 'accompagner'],
      axes: [
        { axis: 'accrocher-individualiser', weight: 3 },
        { axis: 'accrocher-vie-eleve', weight: 2 },
        { axis: 'accrocher-posture', weight: 2 },
        { axis: 'accompagner-enseignants', weight: 1 },
      ],
      publics: ['eleves', 'personnels'],
      levels: ['lycee-pro'],
      scale: ['etablissement'],
      leadTimeWeeks: 4,
    },
    {
      id: 'parcours-amenages-bac',
      number: 2,
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      title: 'Parcours aménagés pour les jeunes qui ont échoué au bac',
      summary:
        'Une réunion commune du conseil pédagogique et du GPDS pour informer sur le droit au maintien des élèves qui ont échoué au baccalauréat, en mesurer les implications et préparer les procédures de la rentrée suivante.',
      organisation: [
        'À l’occasion de la semaine de la persévérance, une réunion associant les membres du conseil pédagogique et du GPDS est organisée pour échanger sur le droit au maintien (droit pour les jeunes qui ont échoué à l’examen de pouvoir le repréparer dans leur établissement d’origine en gardant le bénéfice des notes supérieures à la moyenne) afin :',
        'D’informer sur ce nouveau droit',
        'De réfléchir aux implications en termes d’organisation et de pédagogie',
        'De commencer à mettre en place des procédures en vue de la prochaine rentrée',
      ],
      objectifs: [
        'Mieux accompagner les élèves qui ont échoué au baccalauréat',
        'Prévenir un deuxième échec',
        'Faire de cette nouvelle année un tremplin vers l’enseignement supérieur',
      ],
      publicsDescription: ['Les membres du conseil pédagogique et du GPDS'],
      pilotage: [
        'Cette action est pilotée par le chef d’établissement. Elle implique les membres du GPDS et du conseil pédagogique',
      ],
      reussite: [
        'Préparation de la réunion afin d’anticiper les freins, informer les deux instances de cette réunion commune',
        'Appui éventuel du coordonnateur-conseil MLDS du district pour apporter conseil et expertise',
        'À consulter : les ressources du site du MEN https://www.education.gouv.fr/cid94828/lycee-conservation-des-notes-et-redoublement-dans-l-etablissement-d-origine.html',
      ],
      valoriser: [
        'Transmettre via le formulaire académique de recueil des actions toutes les informations relatives à cette action. Préciser notamment le ou les jours des temps forts',
        'Se rapprocher du comité de pilotage du réseau FOQUALE dès la préparation de cette action',
        'Pendant la semaine de la persévérance, réaliser des photographies, un court film…',
        'Après l’action, envoyer le bilan et les supports de communication par mail à ce.saio-decrochage@ac-creteil.fr',
      ],
      keys: ['raccrocher', 'accompagner'],
      axes: [
        { axis: 'raccrocher-parcours', weight: 3 },
        { axis: 'raccrocher-resilience', weight: 2 },
        { axis: 'accompagner-suivi', weight: 2 },
      ],
      publics: ['personnels'],
      levels: ['lycee-gt', 'lycee-pro'],
      scale: ['etablissement'],
      leadTimeWeeks: 3,
    },
    {
      id: 'mots-encouragement',
      number: 3,
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      title: 'Mots d’encouragement',
      summary:
        'Élèves, parents et personnels rédigent des mots d’encouragement sur des coupons de couleur ; pendant la semaine, chacun en reçoit un, lors d’une journée festive qui implique toute la communauté.',
      organisation: [
        'Dans un premier temps, préparer des coupons de papier de trois couleurs : une pour les élèves, une pour les parents, une pour les personnels de l’établissement',
        'Pendant les heures de permanence ou sur temps libre, les élèves remplissent ces feuilles avec des mots d’encouragement. Ils transmettent des coupons vierges à leurs parents, qu’ils retournent à la vie scolaire. D’autres coupons sont placés en salle des profs et récoltés par la vie scolaire une fois remplis.',
        'Pendant la semaine de la persévérance, lors de l’accueil matinal, les élèves sont invités à tirer un mot au sort. Quelques élèves font le tour des professeurs, des bureaux et des personnels de service pour leur adresser un mot. Les mots aux parents sont transmis lors de la réunion parents-profs ou via le carnet de correspondance',
      ],
      objectifs: [
        'Créer une journée festive où tout le monde, adultes et élèves, recevra un mot d’encouragement',
        'Renforcer la coopération entre les différentes catégories de publics',
        'Améliorer le climat scolaire via l’implication de tous',
      ],
      publicsDescription: ['Tous les élèves de l’établissement', 'Parents', 'Communauté éducative'],
      pilotage: [
        'Comité de pilotage associant le chef d’établissement, des enseignants, le référent décrochage scolaire, des représentants des parents, la vie scolaire, les AED…',
      ],
      reussite: [
        'Organisation d’une réunion explicative de l’opération à destination des personnels',
        'Sollicitation des élèves pendant leurs heures de permanence par les AED',
        'Bonne communication au sein de l’établissement et en direction des parents (via l’ENT, le site, les carnets de liaison…)',
      ],
      valoriser: [
        'Transmettre via le formulaire académique de recueil des actions toutes les informations relatives à cette action. Préciser notamment le ou les jours des temps forts',
        'Annoncer les temps forts sur le site Internet de l’établissement et au comité de pilotage du réseau FOQUALE. Réaliser des supports de communication : affiches, invitations… Informer vos réseaux',
        'Pendant la semaine de la persévérance, réaliser des photographies, un court film…',
        'Après l’action, envoyer le bilan et les supports de communication par mail à ce.saio-decrochage@ac-creteil.fr',
      ],
      keys: ['accueillir', 'accrocher'],
      axes: [
        { axis: 'accueillir-integration', weight: 3 },
        { axis: 'accrocher-lieu-de-vie', weight: 2 },
        { axis: 'accueillir-familles', weight: 1 },
        { axis: 'accrocher-posture', weight: 1 },
      ],
      publics: ['eleves', 'parents', 'personnels'],
      levels: ['college', 'lycee-gt', 'lycee-pro'],
      scale: ['etablissement'],
      leadTimeWeeks: 4,
    },
    {
      id: 'conseil-de-progres',
      number: 4,
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      title: 'Conseil de progrès',
      summary:
        'En complément des conseils de classe, chaque élève présente son auto-évaluation devant sa famille et l’équipe, puis tous s’accordent sur les points de vigilance et les axes de progrès ; la semaine peut servir à y réfléchir ou à l’expérimenter.',
      organisation: [
        'Pour une première année, cette action s’organise en complémentarité des conseils de classe :',
        'Lors d’une heure de vie de classe, les élèves préparent le conseil de progrès à l’aide d’une grille d’auto-évaluation.',
        'Le jour où a lieu le conseil de progrès, chaque élève présente oralement son évaluation devant une assemblée réunissant la famille, l’équipe pédagogique et l’équipe éducative. Un échange a ensuite lieu, au cours duquel les parents, l’équipe et l’élève se mettent d’accord sur les points de vigilance à observer et les axes de progression possibles.',
        'Un temps convivial est proposé à l’issue du conseil',
      ],
      objectifs: [
        'Permettre à l’élève d’être acteur de sa scolarité',
        'Développer l’empathie de chacun, professeur, parent, élève, en lui permettant de mieux comprendre les situations',
        'Développer la coéducation',
      ],
      publicsDescription: ['Élèves de collège et de lycée'],
      pilotage: [
        'Selon l’avancée de la réflexion, la semaine de la persévérance scolaire peut être l’occasion de :',
        'Réfléchir en équipe pédagogique ou lors d’un conseil pédagogique sur la mise en place du conseil de progrès : enjeux, freins et leviers, préparation de la grille d’auto-évaluation…',
        'Expérimenter un conseil de progrès avec une ou plusieurs classes',
      ],
      reussite: [
        'Dans le cas de la 1re option (réunion) : préparation de la réunion avec le chef d’établissement. Appui éventuel d’un « expert » (coordonnateur MLDS, personnel qui a déjà mis en place des conseils de progrès, intervenant extérieur…) pour alimenter la réflexion, relevé de décisions de la réunion',
        'Dans le cas de la 2e option (expérimentation) : temps d’information avec les parents et les élèves pour expliquer la démarche, présenter la grille d’auto-évaluation…',
      ],
      valoriser: [
        'Transmettre via le formulaire académique de recueil des actions toutes les informations relatives à cette action. Préciser notamment le ou les jours des temps forts',
        'Se rapprocher du réseau FOQUALE dès le début de la réflexion',
        'Pendant la semaine de la persévérance, réaliser des photographies, un court film…',
        'Après l’action, envoyer le bilan et les supports de communication par mail à ce.saio-decrochage@ac-creteil.fr',
      ],
      keys: ['accrocher'],
      axes: [
        { axis: 'accrocher-evaluation', weight: 3 },
        { axis: 'accrocher-vie-eleve', weight: 2 },
        { axis: 'accrocher-posture', weight: 2 },
      ],
      publics: ['eleves', 'parents', 'personnels'],
      levels: ['college', 'lycee-gt', 'lycee-pro'],
      scale: ['classe', 'etablissement'],
      leadTimeWeeks: 6,
    },
    {
      id: 'parents-dans-la-classe',
      number: 5,
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      title: 'Les parents dans la classe',
      summary:
        'Les élèves invitent leurs parents et leur font classe, par groupes, sur des sujets qu’ils ont préparés et répétés ; la séance se termine par des questions des parents et un goûter festif.',
      organisation: [
        'Par groupes, les élèves préparent les sujets qu’ils souhaitent présenter. Ils rédigent un texte et un déroulé du cours avec ordre de passage. Une répétition est effectuée.',
        'Les élèves réalisent une invitation à transmettre à leurs familles',
        'Le jour J, les élèves vont chercher les parents devant la grille et les amènent vers la salle. Ils les installent dans la classe.',
        'Les élèves font classe par groupes. Les parents peuvent ensuite poser des questions.',
        'La séance se conclut par un goûter festif',
      ],
      objectifs: [
        'Mettre les élèves en situation de réussite',
        'Favoriser la coéducation en renforçant le lien entre les parents et l’école',
        'Développer le sentiment d’appartenance et fédérer le groupe classe',
        'Valoriser les apprentissages scolaires auprès des familles',
        'Amener les parents à voir leur enfant différemment',
      ],
      publicsDescription: ['Élèves', 'Leurs parents'],
      pilotage: ['Enseignants et élèves de la classe'],
      reussite: [
        'Communication bien en amont auprès des parents pour favoriser leur présence. Dans la mesure du possible, organiser l’action sur un temps compatible avec leurs obligations professionnelles.',
        'Répétitions orales de la présentation des élèves',
        'Prise en charge d’un « pot » festif offert par l’établissement',
      ],
      valoriser: [
        'Transmettre via le formulaire académique de recueil des actions toutes les informations relatives à cette action. Préciser notamment le ou les jours des temps forts',
        'Annoncer les temps forts sur le site Internet de l’établissement et au comité de pilotage du réseau FOQUALE',
        'Réaliser des supports de communication : affiches, invitations… Informer vos réseaux',
        'Pendant la semaine de la persévérance, réaliser des photographies, un court film…',
        'Après l’action, envoyer le bilan et les supports de communication par mail à ce.saio-decrochage@ac-creteil.fr',
      ],
      keys: ['accueillir', 'accrocher'],
      axes: [
        { axis: 'accueillir-familles', weight: 3 },
        { axis: 'accueillir-appartenance', weight: 2 },
        { axis: 'accrocher-individualiser', weight: 2 },
        { axis: 'accrocher-posture', weight: 1 },
      ],
      publics: ['eleves', 'parents'],
      levels: ['college', 'lycee-gt', 'lycee-pro'],
      scale: ['classe'],
      leadTimeWeeks: 4,
    },
    {
      id: 'fiers-tenue-pro',
      number: 6,
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      title: 'Fiers de notre tenue pro !',
      summary:
        'Avec leur professeur d’arts appliqués et une artiste graveuse, des élèves de lycée professionnel dessinent et gravent un motif, soumis au vote de l’établissement, puis imprimé sur leur tenue professionnelle.',
      organisation: [
        'Avec leur professeur d’arts appliqués et avec l’aide d’une artiste graveuse, les élèves de filière professionnelle travaillent sur un motif propre à dessiner puis à graver dans l’objectif de l’imprimer sur la tenue professionnelle',
        'Chaque motif est soumis au vote afin de primer les plus beaux dessins',
        'Les dessins sont ensuite imprimés ou sérigraphiés sur les tenues professionnelles des élèves',
        'Un temps festif clôture le projet',
      ],
      objectifs: [
        'Renforcer le sentiment d’appartenance',
        'Valoriser les filières professionnelles à travers la personnalisation de la tenue',
        'Prévenir les oublis et pertes des tenues professionnelles',
      ],
      publicsDescription: ['Élèves de lycée professionnel'],
      pilotage: [
        'Professeurs d’enseignements professionnels',
        'Référent décrochage scolaire',
        'Équipe de vie scolaire et gestionnaire',
      ],
      reussite: [
        'Montage du projet, sollicitation d’un artiste ou graveur dans le cadre d’un partenariat, prévoir le budget (projet Réussite pour tous)',
        'Implication de tout l’établissement dans les votes pour le meilleur dessin',
        'Organisation d’un moment festif à l’issue du projet',
      ],
      valoriser: [
        'Transmettre via le formulaire académique de recueil des actions toutes les informations relatives à cette action. Préciser notamment le ou les jours des temps forts',
        'Annoncer les temps forts sur le site Internet de l’établissement et au comité de pilotage du réseau FOQUALE. Réaliser des supports de communication : affiches, invitations… Informer vos réseaux',
        'Pendant la semaine de la persévérance, réaliser des photographies, un court film…',
        'Après l’action, envoyer le bilan et les supports de communication par mail à ce.saio-decrochage@ac-creteil.fr',
      ],
      keys: ['accueillir', 'accrocher'],
      axes: [
        { axis: 'accueillir-appartenance', weight: 3 },
        { axis: 'accrocher-lieu-de-vie', weight: 2 },
        { axis: 'accrocher-vie-eleve', weight: 1 },
      ],
      publics: ['eleves', 'personnels'],
      levels: ['lycee-pro'],
      scale: ['classe', 'etablissement'],
      leadTimeWeeks: 10,
    },
    {
      id: 'fete-des-reussites',
      number: 7,
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      title: 'Fête des réussites',
      summary:
        'Lors d’un temps festif, les élèves présentent tour à tour leurs réussites (courts-métrages, théâtre, lectures, prouesses sportives…) issues des projets menés avec leurs enseignants, devant les familles, les personnels et les partenaires.',
      organisation: [
        'Chaque enseignant fait remonter les projets menés avec les élèves qui peuvent donner lieu à une restitution',
        'Lors d’un temps festif, les élèves viennent tour à tour présenter leurs réussites (exemples : courts-métrages, théâtre, lectures, prouesses sportives)',
        'L’animation est assurée par un enseignant ou un personnel de l’établissement',
      ],
      objectifs: [
        'Valoriser les différentes réussites des élèves (sportives, artistiques…)',
        'Faire connaître les initiatives pédagogiques et éducatives',
      ],
      publicsDescription: [
        'Tous les élèves de l’établissement et leurs parents, l’ensemble de la communauté éducative, les partenaires',
      ],
      pilotage: [
        'Comité de pilotage associant le chef d’établissement, des enseignants, le référent décrochage scolaire, des partenaires (si action à valoriser), des représentants des parents',
      ],
      reussite: [
        'Préparation bien en amont : rétroplanning à définir en début d’année et réunions régulières. Désignation d’un responsable de l’action',
        'Valoriser des réussites dans tous les domaines imaginables, permettant notamment de mettre en lumière les compétences transversales des élèves (esprit d’initiative, sens de l’organisation…)',
        'Soigner la communication avant et pendant l’événement',
      ],
      valoriser: [
        'Transmettre via le formulaire académique de recueil des actions toutes les informations relatives à cette action. Préciser notamment le ou les jours des temps forts',
        'Annoncer les temps forts sur le site Internet de l’établissement et au comité de pilotage du réseau FOQUALE. Réaliser des supports de communication : affiches, invitations… Informer vos réseaux',
        'Pendant la semaine de la persévérance, réaliser des photographies, un court film…',
        'Après l’action, envoyer le bilan et les supports de communication par mail à ce.saio-decrochage@ac-creteil.fr',
      ],
      keys: ['accrocher', 'accueillir'],
      axes: [
        { axis: 'accrocher-evaluation', weight: 3 },
        { axis: 'accrocher-vie-eleve', weight: 2 },
        { axis: 'accrocher-individualiser', weight: 2 },
        { axis: 'accueillir-appartenance', weight: 1 },
      ],
      publics: ['eleves', 'parents', 'personnels', 'partenaires'],
      levels: ['college', 'lycee-gt', 'lycee-pro'],
      scale: ['etablissement'],
      leadTimeWeeks: 12,
    },
    {
      id: 'philo-pour-tous',
      number: 8,
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      title: 'Philo pour tous',
      summary:
        'Un atelier philo réunit un groupe d’élèves autour d’un thème (le bonheur, la réussite, le respect, la persévérance…) ; les citations issues du débat donnent lieu à une affiche.',
      organisation: [
        'Réunir un groupe d’élèves intéressés pour participer à un atelier philo. Selon les contextes, l’atelier peut regrouper des volontaires ou associer des élèves repérés par la communauté éducative (problèmes de comportement, de mésestime de soi, jeunes actifs dans l’établissement…)',
        'Lors de la séance, un thème de réflexion est proposé aux élèves (le bonheur, la réussite, le respect, la persévérance…) autour duquel les élèves réfléchissent et débattent…',
        'Ces échanges font émerger quelques phrases ou réflexions que l’enseignant retranscrit sur un cahier. En fin de séance, l’enseignant choisit certaines citations à partir desquelles une affiche est réalisée.',
      ],
      objectifs: [
        'Offrir aux élèves un espace de réflexion et de parole',
        'Sensibiliser les élèves à l’écoute mutuelle',
        'Inciter les élèves à respecter les points de vue divergents',
        'Perfectionner l’expression orale',
        'Apprendre à argumenter, à débattre',
      ],
      publicsDescription: ['Élèves de collège ou de lycée, notamment de lycée professionnel'],
      pilotage: [
        'En fonction de la dimension visée pour cette action, le pilotage est assuré par un enseignant ou par plusieurs membres de la communauté éducative.',
        'L’implication du professeur documentaliste est recommandée',
        'En savoir + : https://cardie.ac-creteil.fr/spip.php?article377',
      ],
      reussite: [
        'Prendre le temps de se former à l’animation d’ateliers philo (supports pédagogiques sur Éduscol, sur le site de la CARDIE, stages de formation au PAF)',
        'Choix de thèmes universels',
      ],
      valoriser: [
        'Transmettre via le formulaire académique de recueil des actions toutes les informations relatives à cette action. Préciser notamment le ou les jours des temps forts',
        'Annoncer les temps forts sur le site Internet de l’établissement et au comité de pilotage du réseau FOQUALE. Réaliser des supports de communication : affiches, invitations… Informer vos réseaux',
        'Pendant la semaine de la persévérance, réaliser des photographies, un court film…',
        'Après l’action, envoyer le bilan et les supports de communication par mail à ce.saio-decrochage@ac-creteil.fr',
      ],
      keys: ['accrocher', 'accompagner'],
      axes: [
        { axis: 'accrocher-lieu-de-vie', weight: 3 },
        { axis: 'accrocher-vie-eleve', weight: 2 },
        { axis: 'accompagner-prendre-soin', weight: 2 },
      ],
      publics: ['eleves'],
      levels: ['college', 'lycee-gt', 'lycee-pro'],
      scale: ['classe'],
      leadTimeWeeks: 6,
    },
    {
      id: 'erreur-quel-bonheur',
      number: 9,
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      title: 'L’erreur, quel bonheur !',
      summary:
        'En classe, les élèves débattent de l’erreur, découvrent des personnes célèbres qui ont persévéré malgré leurs échecs, transforment des phrases négatives en formules positives et échangent des mots d’encouragement avec d’autres classes.',
      organisation: [
        'Débat sur l’erreur : quand on a appris à marcher, les chercheurs… Pourquoi est-ce si difficile pour nous d’accepter l’erreur ?',
        'Exemples de personnes célèbres qui ont persévéré malgré des erreurs et échecs',
        'Transformation des phrases négatives en formules positives',
        'Échange de petits mots d’encouragement entre des classes issues de différents établissements, dans une ou plusieurs langues',
      ],
      objectifs: [
        'Faire prendre conscience aux élèves qu’ils peuvent demander de l’aide et ne sont pas seuls avec leurs problèmes',
        'Donner aux élèves une image plus positive de leurs capacités',
      ],
      publicsDescription: ['Élèves de collège'],
      pilotage: ['Équipe pédagogique des classes', 'Professeures référentes des classes'],
      reussite: [
        'Pour la 1re année, la semaine de la persévérance peut servir à expérimenter cette action, sur une ou plusieurs heures de cours.',
        'Il est conseillé néanmoins d’inscrire ce projet dans la durée, en démarrant dès le 1er trimestre et en travaillant en interdisciplinarité. Dans ce cas, la Semaine de la persévérance sert à mettre en valeur les actions, en les partageant par exemple avec le chef d’établissement, les parents.',
      ],
      valoriser: [
        'Transmettre via le formulaire académique de recueil des actions toutes les informations relatives à cette action. Préciser notamment le ou les jours des temps forts',
        'Annoncer les temps forts sur le site Internet de l’établissement et au comité de pilotage du réseau FOQUALE. Réaliser des supports de communication : affiches, invitations… Informer vos réseaux',
        'Pendant la semaine de la persévérance, réaliser des photographies, un court film…',
        'Après l’action, envoyer le bilan et les supports de communication par mail à ce.saio-decrochage@ac-creteil.fr',
      ],
      keys: ['accrocher', 'accompagner', 'raccrocher'],
      axes: [
        { axis: 'accrocher-individualiser', weight: 3 },
        { axis: 'accrocher-posture', weight: 2 },
        { axis: 'accompagner-posture', weight: 1 },
        { axis: 'raccrocher-resilience', weight: 1 },
      ],
      publics: ['eleves'],
      levels: ['college'],
      scale: ['classe'],
      leadTimeWeeks: 4,
    },
    {
      id: 'speed-meeting',
      number: 10,
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      title: 'Speed-meeting',
      summary:
        'Des tables rondes de 20 minutes permettent aux professionnels de la communauté éducative de rencontrer des représentants de la formation et des métiers, pour mieux connaître l’orientation, les dispositifs pour les élèves décrocheurs et les partenaires du district.',
      organisation: [
        'Les rencontres sont organisées sous forme de tables rondes de 20 minutes qui permettent à chaque participant de rencontrer un ou plusieurs professionnels qui apporteront des regards complémentaires. Dans le cas des secteurs en tension, nous pouvons solliciter un membre de l’Éducation nationale représentant d’une structure de formation initiale, un représentant de la formation continue et un professionnel du secteur abordé.',
        'Un parcours organisé est proposé à chaque participant de manière à lui permettre de découvrir un maximum de secteurs, dispositifs ou structures.',
      ],
      objectifs: [
        'Informer les professionnels sur l’orientation et les métiers. Selon les contextes, le speed-meeting peut servir à valoriser les secteurs en tension, les dispositifs destinés aux élèves décrocheurs, les filières présentes dans le district, l’apprentissage…',
        'Favoriser la connaissance mutuelle entre acteurs et partenaires',
      ],
      publicsDescription: ['Professionnels, membres de la communauté éducative', 'Partenaires'],
      pilotage: [
        'Il est recommandé d’organiser cette action au niveau d’un district : comité de pilotage du réseau FOQUALE ou de la PSAD',
        'Pour en savoir + : ce.saio-decrochage@ac-creteil.fr',
      ],
      reussite: [
        'Anticipation de l’organisation permettant d’impliquer tous les acteurs, de soigner la communication (affiches, flyers…), de s’assurer de la présence des intervenants et du public',
        'Co-construction avec les partenaires',
        'Bilan partagé à l’issue de l’événement de manière à rester dans une dynamique collective',
      ],
      valoriser: [
        'Transmettre via le formulaire académique de recueil des actions toutes les informations relatives à cette action. Préciser notamment le ou les jours des temps forts',
        'Annoncer les temps forts sur le site Internet de l’établissement et au responsable du réseau FOQUALE. Réaliser des supports de communication : affiches, invitations… Informer vos réseaux',
        'Pendant la semaine de la persévérance, réaliser des photographies, un court film…',
        'Après l’action, envoyer le bilan et les supports de communication par mail à ce.saio-decrochage@ac-creteil.fr',
      ],
      keys: ['accrocher', 'accompagner'],
      axes: [
        { axis: 'accrocher-reseau', weight: 3 },
        { axis: 'accompagner-partenaires', weight: 2 },
        { axis: 'accompagner-orientation', weight: 2 },
      ],
      publics: ['personnels', 'partenaires'],
      levels: ['college', 'lycee-gt', 'lycee-pro'],
      scale: ['district'],
      leadTimeWeeks: 8,
    },
    {
      id: 'rentree-6e',
      number: 11,
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      title: 'Rentrée des élèves de 6ème',
      summary:
        'Une journée d’accueil réservée aux élèves entrant en 6ème et à leurs parents : accueil par la principale, prise en charge par les professeurs principaux, repas partagé et jeu de piste pour découvrir le collège.',
      organisation: [
        'Journée d’accueil réservée uniquement aux élèves entrant en 6ème :',
        'Accueil de tous les élèves de 6ème et de leurs parents par la principale au réfectoire',
        'Appel effectué par la principale en présence des équipes pédagogiques et éducatives',
        'Après constitution des classes, prise en charge des élèves par les professeurs principaux le matin',
        'Repas offert aux élèves ainsi qu’aux parents volontaires, en présence des équipes',
        'Après-midi : jeu de piste à la découverte de l’établissement en classe avec le professeur principal, à l’aide d’indices et d’un quiz sur les différents lieux de vie',
      ],
      objectifs: [
        'Réserver un accueil chaleureux et individualisé aux élèves entrant au collège',
        'Ouvrir l’école aux parents et les impliquer dans la scolarité de leur enfant',
        'Permettre aux élèves de s’approprier ce nouvel environnement que constitue le collège',
      ],
      publicsDescription: ['Les élèves entrant en 6ème et leurs parents (représentants légaux)'],
      pilotage: [
        'Cette action est pilotée par l’équipe de direction puis portée par l’équipe de vie scolaire et les professeurs principaux de 6ème',
      ],
      reussite: [
        'Anticipation de l’organisation de l’action dès la fin de l’année scolaire précédant la mise en œuvre (ordre de passage des classes, constitution d’un road book, actualisation du quiz…)',
        'Bonne implication des personnels durant la journée et bienveillance à l’égard des élèves et de leurs familles',
      ],
      valoriser: [
        'Transmettre via le formulaire académique de recueil des actions toutes les informations relatives à cette action. Préciser notamment le ou les jours des temps forts',
        'Annoncer la date de l’action sur le site Internet de l’établissement et au comité de pilotage du réseau FOQUALE. Réaliser des supports de communication : affiches, invitations… Informer vos réseaux',
        'Pendant la semaine de la persévérance, réaliser des photographies, un court film…',
        'Après l’action, envoyer le bilan et les supports de communication par mail à ce.saio-decrochage@ac-creteil.fr',
      ],
      keys: ['accueillir'],
      axes: [
        { axis: 'accueillir-integration', weight: 3 },
        { axis: 'accueillir-familles', weight: 2 },
        { axis: 'accueillir-appartenance', weight: 1 },
      ],
      publics: ['eleves', 'parents'],
      levels: ['college'],
      scale: ['etablissement'],
      leadTimeWeeks: 12,
    },
    {
      id: 'strategie-gpds',
      number: 12,
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      title: 'Quelle stratégie pour notre GPDS ?',
      summary:
        'Une réunion dédiée de l’ensemble des membres du GPDS pour réfléchir à son fonctionnement et définir ses objectifs, un plan d’action, les moyens à mettre en place et les outils de communication.',
      organisation: [
        'L’action consiste en une réunion dédiée de l’ensemble des membres du GPDS permettant de définir :',
        'Des objectifs (stratégie)',
        'Un plan d’action (projets, priorités)',
        'Les moyens à mettre en place (formation en établissement, demande de financement)',
        'Les outils pour communiquer (affiche, réunion, site internet…)',
      ],
      objectifs: [
        'Réfléchir au fonctionnement du GPDS : rôle, difficultés rencontrées, pistes d’amélioration',
        'Mettre en place un plan d’action',
      ],
      publicsDescription: ['Membres du GPDS', 'Coordinateur-conseil MLDS du district'],
      pilotage: [
        'Chef d’établissement, animateur du GPDS, référent décrochage',
        'Pour en savoir + : ce.saio-decrochage@ac-creteil.fr',
      ],
      reussite: [
        'Banaliser une demi-journée pour permettre aux membres du GPDS de pouvoir participer facilement à la réunion',
        'Prendre attache avec le coordonnateur-conseil MLDS du district ou avec un formateur du chapitre décrochage pour conseil et expertise',
        'S’appuyer sur le diagnostic décrochage de l’établissement et sur les outils de l’académie (mallette GPDS, plateforme Tit@action, Parcours en ligne)',
        'Formaliser les décisions : compte rendu, fiche action, fiche de demande d’aide négociée',
      ],
      valoriser: [
        'Transmettre via le formulaire académique de recueil des actions toutes les informations relatives à cette action. Préciser notamment le ou les jours des temps forts',
        'Annoncer les temps forts sur le site Internet de l’établissement et au comité de pilotage du réseau FOQUALE. Réaliser des supports de communication : affiches, invitations… Informer vos réseaux',
        'Pendant la semaine de la persévérance, réaliser des photographies, un court film…',
        'Après l’action, envoyer le bilan et les supports de communication par mail à ce.saio-decrochage@ac-creteil.fr',
      ],
      keys: ['accompagner', 'accrocher'],
      axes: [
        { axis: 'accompagner-besoins', weight: 3 },
        { axis: 'accompagner-suivi', weight: 2 },
        { axis: 'accrocher-reseau', weight: 2 },
      ],
      publics: ['personnels', 'partenaires'],
      levels: ['college', 'lycee-gt', 'lycee-pro'],
      scale: ['etablissement'],
      leadTimeWeeks: 4,
    },
    {
      id: 'forum-perseverance',
      number: 13,
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      title: 'Forum de la persévérance scolaire',
      summary:
        'Un forum de district, piloté par le comité de pilotage du réseau FOQUALE, qui fait connaître concrètement les actions pédagogiques et éducatives des établissements qui produisent des résultats contre le décrochage.',
      organisation: [
        'L’action est portée au niveau d’un district et est pilotée par le comité de pilotage du réseau FOQUALE.',
        'Définir une thématique, les objectifs et résultats attendus',
        'Identifier les actions à valoriser en associant tous les établissements du district à ce repérage',
        'Choisir le lieu porteur de l’action en veillant à son accessibilité et à disposer d’espaces suffisamment nombreux pour permettre une visite de toutes les actions',
        'Organiser le programme des participants de manière à ce que chacun puisse connaître un maximum d’actions',
      ],
      objectifs: [
        'Mobiliser les personnels en charge de la lutte contre le décrochage scolaire sur cet événement annuel, réseaux FOQUALE et référents décrochage scolaire notamment',
        'Faire connaître concrètement les actions pédagogiques et éducatives du district qui produisent du résultat',
      ],
      publicsDescription: ['Membres du GPDS', 'Coordinateur-conseil MLDS du district'],
      pilotage: [
        'Comité de pilotage du réseau FOQUALE',
        'Pour en savoir + : ce.saio-decrochage@ac-creteil.fr. Dossier spécial dans l’espace TRIBU',
      ],
      reussite: [
        'Anticipation de l’organisation permettant d’impliquer tous les acteurs, de soigner la communication (affiches, flyers…), de s’assurer de la présence des intervenants et du public',
        'Co-construction avec les établissements de façon à les impliquer',
        'Bilan partagé à l’issue de l’événement de manière à rester dans une dynamique collective',
      ],
      valoriser: [
        'Transmettre via le formulaire académique de recueil des actions toutes les informations relatives à cette action. Préciser notamment le ou les jours des temps forts',
        'Annoncer les temps forts sur le site Internet de l’établissement et au comité de pilotage du réseau FOQUALE. Réaliser des supports de communication : affiches, invitations… Informer vos réseaux',
        'Pendant la semaine de la persévérance, réaliser des photographies, un court film…',
        'Après l’action, envoyer le bilan et les supports de communication par mail à ce.saio-decrochage@ac-creteil.fr',
      ],
      keys: ['accrocher', 'accompagner'],
      axes: [
        { axis: 'accrocher-reseau', weight: 3 },
        { axis: 'accompagner-partenaires', weight: 2 },
      ],
      publics: ['eleves', 'personnels', 'partenaires'],
      levels: ['college', 'lycee-gt', 'lycee-pro'],
      scale: ['district'],
      leadTimeWeeks: 12,
    },
    {
      id: 'exposition-restitution',
      number: 14,
      source: {
        document: 'Livret Semaine de la persévérance scolaire 2019 — académie de Créteil',
        year: 2019,
      },
      title: 'Organisation d’une exposition/restitution',
      summary:
        'Un projet pédagogique donne lieu à une exposition-vente de travaux d’élèves, qui mobilise les différents métiers de l’établissement (cuisinier, gestionnaire, CDI…) ; la recette finance une sortie pédagogique.',
      organisation: [
        'L’action est portée au niveau de l’établissement.',
        'Elle prend appui sur un projet pédagogique qui donne lieu à une exposition de travaux d’élèves. Dans le cas présent, il s’agissait de présenter des pochoirs sur le thème du Sénégal réalisés par les élèves à partir de photos et qui pouvaient être achetés sous forme de tableaux ou de reproductions. La recette a été utilisée pour organiser une sortie pédagogique',
        'Différents métiers de l’établissement sont sollicités : le buffet est réalisé par le cuisinier de l’établissement en lien avec le thème, les ventes sont assurées par les élèves en lien avec le gestionnaire, le CDI est sollicité pour présenter les œuvres, assurer la communication.',
      ],
      objectifs: [
        'Impliquer le maximum d’acteurs de la communauté éducative de l’établissement dans un projet pédagogique',
        'Montrer concrètement aux élèves différents métiers de l’établissement',
        'Valoriser le travail des élèves',
      ],
      publicsDescription: [
        'Tous les membres de la communauté éducative de l’établissement, y compris les personnels administratifs, les parents',
      ],
      pilotage: ['Comité de pilotage associant les différents métiers de l’établissement'],
      reussite: [
        'Montage pédagogique et financier du projet : possibilité d’appel à projet « Réussite pour tous »',
        'Anticipation de l’organisation permettant d’impliquer tous les acteurs, de soigner la communication (affiches, flyers…), de s’assurer de la présence du public le plus large',
        'Co-construction avec les élèves de façon à les impliquer',
        'Bilan partagé à l’issue de l’événement de manière à rester dans une dynamique collective',
      ],
      valoriser: [
        'Transmettre via le formulaire académique de recueil des actions toutes les informations relatives à cette action. Préciser notamment le ou les jours des temps forts',
        'Annoncer les temps forts sur le site Internet de l’établissement et au comité de pilotage du réseau FOQUALE. Réaliser des supports de communication : affiches, invitations… Informer vos réseaux',
        'Pendant la semaine de la persévérance, réaliser des photographies, un court film…',
        'Après l’action, envoyer le bilan et les supports de communication par mail à ce.saio-decrochage@ac-creteil.fr',
      ],
      keys: ['accrocher', 'accueillir'],
      axes: [
        { axis: 'accrocher-individualiser', weight: 3 },
        { axis: 'accrocher-innovation', weight: 2 },
        { axis: 'accrocher-reseau', weight: 2 },
        { axis: 'accueillir-appartenance', weight: 1 },
      ],
      publics: ['eleves', 'parents', 'personnels', 'partenaires'],
      levels: ['college', 'lycee-gt', 'lycee-pro'],
      scale: ['etablissement'],
      leadTimeWeeks: 10,
    },
    {
      id: 'ceremonie-diplomes-perseverance',
      number: 1,
      source: {
        document:
          'Fiche mutualisation n°1 — Cérémonie de remise des diplômes de la persévérance, académie de Créteil',
        year: 2021,
      },
      title: 'Cérémonie de remise des diplômes de la persévérance',
      summary:
        'Une cérémonie où l’établissement remet un « diplôme de la persévérance » aux élèves repérés par les équipes et validés par le GPDS, avec un discours de leur professeur principal sur leur parcours et leurs efforts, devant leurs familles.',
      organisation: [
        'Invitations envoyées aux élèves',
        'Courriers envoyés aux familles',
        'Buffet fourni par l’établissement',
        'Prévoir un espace suffisamment grand et aménagé pour accueillir le public',
        'Information des équipes pédagogiques sur l’action et le profil d’élèves à valoriser',
        'Validation et finalisation de la liste par le GPDS',
        'Demande aux professeurs principaux de préparer un discours relatant le parcours de l’élève et les efforts fournis',
      ],
      objectifs: [
        'Rendre visible l’action du GPDS',
        'Mobiliser la communauté éducative autour de la question du décrochage scolaire',
        'Développer l’ambition des élèves et la confiance en soi',
        'Encourager et valoriser les élèves qui persévèrent',
        'Donner envie à d’autres élèves d’être valorisés à leur tour',
      ],
      publicsDescription: [
        'Collégiens',
        'Lycéens',
        'Élèves ayant bénéficié de dispositifs MLDS',
        'Parents d’élèves',
      ],
      pilotage: ['Équipe de direction, membres du GPDS'],
      reussite: [
        'Communication autour de l’évènement en amont et en aval',
        'Prévoir la date bien en avance',
        'Bien expliciter le mode de repérage des élèves',
        'Individualiser le temps de remise du diplôme',
        'Réserver un temps convivial d’échanges après la remise des diplômes',
      ],
      valoriser: [
        'Avant la semaine de la persévérance : transmettre via le formulaire dédié en ligne toutes les informations relatives à cette action. Annoncer la date de l’action sur le site Internet de l’établissement et au comité de pilotage du réseau FOQUALE.',
        'Pendant la semaine de la persévérance : réaliser des supports de communication (affiches, invitations…). Informer vos réseaux : réaliser des photographies, un court film…',
        'Après la semaine de la persévérance : valorisation de l’action et des élèves (expositions photos, vidéos). Adresser un bilan de l’action (une fiche bilan sera mise en ligne sur le site du SAIO) au comité de pilotage du réseau FOQUALE de votre district et au SAIO (ce.saio-decrochage@ac-creteil.fr)',
        'Vous pourrez vous référer aux fiches méthodes n°1 et 4 pour monter et valoriser vos actions.',
      ],
      keys: ['accrocher', 'raccrocher', 'accompagner'],
      axes: [
        { axis: 'raccrocher-resilience', weight: 3 },
        { axis: 'accrocher-individualiser', weight: 3 },
        { axis: 'accrocher-posture', weight: 1 },
        { axis: 'accompagner-besoins', weight: 1 },
      ],
      publics: ['eleves', 'parents'],
      levels: ['college', 'lycee-gt', 'lycee-pro'],
      scale: ['etablissement'],
      leadTimeWeeks: 8,
    },
  ],
};
