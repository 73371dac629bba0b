import { MAX_ID, MAX_LABEL, MAX_RESPONDENTS } from '../storage/limits.js';
import type { SavedRespondent, SavedState } from '../storage/schema.js';

/** What the user can do with an import that differs from the diagnostic in progress. */
export type ImportChoice = 'replace' | 'add' | 'cancel';

/** Whether the diagnostic in progress holds any work an import could erase. */
export function holdsWork(state: SavedState): boolean {
  return (
    Object.keys(state.answers).length > 0 ||
    (state.session?.respondents.length ?? 0) > 0 ||
    (state.plan?.drafts.length ?? 0) > 0 ||
    (state.plan?.entries.length ?? 0) > 0 ||
    state.selection.retained.length > 0
  );
}

/** Whether importing `imported` over `current` must ask first (it would replace real work). */
export function importNeedsChoice(current: SavedState, imported: SavedState): boolean {
  if (!holdsWork(current)) return false;
  const strip = (state: SavedState) => JSON.stringify({ ...state, savedAt: '' });
  return strip(current) !== strip(imported);
}

function freeId(taken: ReadonlySet<string>, base: string): string {
  const stem = base.slice(0, MAX_ID - 4);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n += 1) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/**
 * « Ajouter comme participants » : the imported file's answers become one respondent of this
 * device's GPDS session (created if needed), and its own session's respondents join too (by id,
 * renamed when taken); nothing of the current diagnostic changes. Capped at MAX_RESPONDENTS: the
 * result says how many were left out.
 */
export function addAsRespondents(
  current: SavedState,
  imported: SavedState,
  now: Date,
): { readonly state: SavedState; readonly added: number; readonly leftOut: number } {
  const existing = current.session?.respondents ?? [];
  const taken = new Set(existing.map((respondent) => respondent.id));
  const incoming: SavedRespondent[] = [];
  if (Object.keys(imported.answers).length > 0) {
    const label = (imported.context.establishmentName || 'Fichier importé').slice(0, MAX_LABEL);
    const id = freeId(taken, 'fichier');
    taken.add(id);
    incoming.push({ id, label, answers: imported.answers, source: 'file' });
  }
  for (const respondent of imported.session?.respondents ?? []) {
    const id = freeId(taken, respondent.id);
    taken.add(id);
    incoming.push({ ...respondent, id });
  }
  const room = Math.max(0, MAX_RESPONDENTS - existing.length);
  const kept = incoming.slice(0, room);
  const session = current.session ?? {
    name: 'Séance GPDS',
    createdAt: now.toISOString(),
    questionnaireVersion: current.context.questionnaireVersion,
    respondents: [],
  };
  return {
    state: { ...current, session: { ...session, respondents: [...existing, ...kept] } },
    added: kept.length,
    leftOut: incoming.length - kept.length,
  };
}

/** The question asked before an import that would replace work (French, like the storage notices). */
export const IMPORT_CHOICE_MESSAGE =
  'Ce fichier contient un autre diagnostic que celui en cours. Le remplacer efface les réponses, la séance et le plan actuels (ils seront gardés dans une sauvegarde) ; vous pouvez aussi ajouter ses réponses comme participants de la séance GPDS.';

export function importedMessage(backupKey: string | null): string {
  return backupKey === null
    ? 'Diagnostic importé. Le diagnostic précédent peut encore être rétabli avec « Annuler » tant que la page est ouverte.'
    : `Diagnostic importé. Le diagnostic précédent est gardé sous la clé « ${backupKey} » ; « Annuler » le rétablit.`;
}

export function addedMessage(added: number, leftOut: number): string {
  const count = added === 1 ? '1 participant ajouté' : `${added} participants ajoutés`;
  const over =
    leftOut > 0
      ? ` ; ${leftOut === 1 ? '1 non ajouté' : `${leftOut} non ajoutés`} (${MAX_RESPONDENTS} au maximum)`
      : '';
  return `${count} à la séance GPDS${over}. « Annuler » revient à l’état d’avant.`;
}

export const IMPORT_UNDONE_MESSAGE = 'Import annulé : le diagnostic d’avant est rétabli.';
