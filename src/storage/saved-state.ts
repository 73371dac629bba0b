import { SavedStateError } from './errors.js';
import { describeIssues, frenchIssueMessage, toStateIssues } from './issues.js';
import { migrateToCurrent, migrations, type MigrationTable } from './migrations.js';
import { savedStateSchema, type SavedState } from './schema.js';

export { readRevision, serializeState, serializeStored } from './serialize.js';

/** A saved state is a few kilobytes; anything near localStorage's whole quota is refused unread. */
export const MAX_SAVED_STATE_CHARS = 5_000_000;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readJson(text: string): unknown {
  if (text.length > MAX_SAVED_STATE_CHARS) {
    throw new SavedStateError(
      'too-large',
      `Sauvegarde illisible : trop volumineuse (${text.length} caractères ; maximum ${MAX_SAVED_STATE_CHARS}).`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new SavedStateError('json', 'Sauvegarde illisible : ce n’est pas du JSON valide.');
  }
}

function parseWith(raw: unknown, table: MigrationTable): SavedState {
  const data = typeof raw === 'string' ? readJson(raw) : raw;
  if (!isRecord(data))
    throw new SavedStateError('invalid', 'Sauvegarde illisible : (racine) : objet attendu.');
  // The store's revision sits beside the state (`serializeStored`): read aside, not validated.
  const state: Record<string, unknown> = { ...data };
  delete state['revision'];
  const migrated = migrateToCurrent(state, table);
  // zod builds new objects and arrays, so the result never aliases (or mutates) the input.
  const result = savedStateSchema.safeParse(migrated, { error: frenchIssueMessage });
  if (result.success) return result.data;
  const issues = toStateIssues(result.error.issues);
  throw new SavedStateError('invalid', `Sauvegarde illisible : ${describeIssues(issues)}.`, issues);
}

/**
 * Reads a saved state from its JSON text or an already parsed object, migrating older formats.
 * Throws `SavedStateError` — and nothing else, whatever the input — when it cannot be used.
 */
export function parseSavedState(raw: unknown): SavedState {
  return parseSavedStateWith(raw, migrations);
}

/** `parseSavedState` with another migration table: lets tests exercise the migration path. */
export function parseSavedStateWith(raw: unknown, table: MigrationTable): SavedState {
  try {
    return parseWith(raw, table);
  } catch (error) {
    if (error instanceof SavedStateError) throw error;
    // A stack overflow on absurd nesting, a throwing getter on a hand-made object…
    throw new SavedStateError('invalid', 'Sauvegarde illisible : contenu inattendu.');
  }
}
