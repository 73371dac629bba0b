import type { Catalogue, KeyId } from '../catalogue/schema.js';
import type { Profile } from '../diagnostic/profile.js';
import type { SavedState } from '../storage/schema.js';

/** The fields of the livret's fiche n°15 « À votre tour… », in its order. */
export const DRAFT_FIELDS = [
  'titre',
  'organisation',
  'objectifs',
  'publics',
  'pilotage',
  'reussite',
  'valoriser',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type DraftValues = Record<DraftField, string>;

/** How many weak axes a new draft targets: the weakest ones, as the profile ranks them. */
export const DRAFT_AXES = 2;

/** The text a new draft's « Objectifs » starts from, one line per targeted axis. */
export type ObjectiveText = (axisLabel: string, keyLabel: string) => string;

export const frenchObjective: ObjectiveText = (axis, key) =>
  `Progresser sur l’axe « ${axis} » (clé ${key}).`;

/**
 * A new draft pre-filled from the diagnosis: it targets the profile's weakest axes
 * (`profile.weaknesses`, at most `DRAFT_AXES`) and their clés, and its objectives name them.
 * The title stays empty: only the team can give one.
 */
export function prefillDraft(
  profile: Pick<Profile, 'weaknesses'>,
  catalogue: Pick<Catalogue, 'keys'>,
  objective: ObjectiveText = frenchObjective,
): { values: DraftValues; axes: string[]; keys: KeyId[] } {
  const weak = profile.weaknesses.slice(0, DRAFT_AXES);
  const keys = [...new Set(weak.map((axis) => axis.keyId))];
  const keyLabel = (id: KeyId) => catalogue.keys.find((key) => key.id === id)?.label ?? id;
  const values = Object.fromEntries(DRAFT_FIELDS.map((field) => [field, ''])) as DraftValues;
  values.objectifs = weak.map((axis) => objective(axis.label, keyLabel(axis.keyId))).join('\n');
  return { values, axes: weak.map((axis) => axis.axisId), keys };
}

/** The draft's fields as the editor shows them (a saved draft, or the editor's unsaved text). */
export function draftValues(draft: Readonly<DraftValues>): DraftValues {
  return Object.fromEntries(DRAFT_FIELDS.map((field) => [field, draft[field]])) as DraftValues;
}

/** `brouillon-1`, `brouillon-2`…: the first id no draft, fiche or action of the catalogue uses. */
export function newDraftId(
  state: Pick<SavedState, 'plan'>,
  catalogue: Pick<Catalogue, 'fiches' | 'actions'>,
): string {
  const taken = new Set([
    ...(state.plan?.drafts ?? []).map((draft) => draft.id),
    ...catalogue.fiches.map((fiche) => fiche.id),
    ...catalogue.actions.map((action) => action.id),
  ]);
  let index = 1;
  while (taken.has(`brouillon-${index}`)) index += 1;
  return `brouillon-${index}`;
}
