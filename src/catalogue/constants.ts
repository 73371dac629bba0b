/**
 * The catalogue's fixed vocabularies, free of zod: the widget's first chunk needs these names
 * without the schema that validates a host's own catalogue.
 */
export const KEY_IDS = ['accueillir', 'accrocher', 'accompagner', 'raccrocher'] as const;
export const LEVELS = ['college', 'lycee-gt', 'lycee-pro'] as const;
export const PUBLICS = ['eleves', 'parents', 'personnels', 'partenaires'] as const;
export const SCALES = ['classe', 'etablissement', 'district'] as const;
export const RESOURCE_KINDS = [
  'site',
  'guide',
  'video',
  'podcast',
  'circulaire',
  'ouvrage',
  'programme',
  'formulaire',
] as const;
/** What a cited document is, as it names itself (« Fiche mutualisation n°1 »). */
export const SOURCE_KINDS = ['fiche-action', 'fiche-methode', 'fiche-mutualisation'] as const;
export const CHECKLIST_PHASES = ['avant', 'pendant', 'apres'] as const;

export const MAX_SHORT_TEXT = 300;
export const MAX_LONG_TEXT = 3000;
export const MAX_LIST = 200;
