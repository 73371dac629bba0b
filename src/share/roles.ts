/**
 * Roles a participant may declare in a share code. The order is part of the code format
 * (version 1 stores the role's index): append-only would still change the radix, so any change
 * to this list needs a new code version.
 */
export const SHARE_CODE_ROLES = [
  'direction',
  'cpe',
  'professeur',
  'referent-decrochage',
  'psyen',
  'infirmier',
  'assistant-social',
  'mlds',
  'parent',
  'eleve',
  'partenaire',
  'autre',
] as const;

export type RoleId = (typeof SHARE_CODE_ROLES)[number];

export const ROLE_LABELS: Readonly<Record<RoleId, string>> = {
  direction: 'Équipe de direction',
  cpe: 'Conseiller principal ou conseillère principale d’éducation (CPE)',
  professeur: 'Professeur ou professeure',
  'referent-decrochage': 'Référent ou référente décrochage scolaire',
  psyen: 'Psychologue de l’Éducation nationale (PsyEN)',
  infirmier: 'Infirmier ou infirmière scolaire',
  'assistant-social': 'Assistant ou assistante de service social',
  mlds: 'Mission de lutte contre le décrochage scolaire (MLDS)',
  parent: 'Parent d’élève',
  eleve: 'Élève',
  partenaire: 'Partenaire extérieur',
  autre: 'Autre',
};

export function isRoleId(value: unknown): value is RoleId {
  return typeof value === 'string' && (SHARE_CODE_ROLES as readonly string[]).includes(value);
}
