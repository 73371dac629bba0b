import { SavedStateError } from './errors.js';
import { describeIssues, formatPath, frenchIssueMessage, toStateIssues } from './issues.js';
import { repairedNotice } from './repaired-notice.js';
import { droppedFields, repairNotices } from './repairs.js';
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

/** The state's own fields that must be there: without a valid one, the save cannot be used. */
const REQUIRED = new Set([
  'version',
  'savedAt',
  'catalogue',
  'context',
  'answers',
  'progress',
  'selection',
]);
const MAX_REPAIRS = 50;

function isContainer(value: unknown): value is Record<PropertyKey, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** Removes the value at `path` (an array item, an object's field); false when it cannot. */
function removeAt(root: Record<string, unknown>, path: readonly PropertyKey[]): boolean {
  if (path.length === 0 || (path.length === 1 && REQUIRED.has(String(path[0])))) return false;
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!isContainer(parent)) return false;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (isContainer(parent) && Object.hasOwn(parent, last))
    delete (parent as Record<PropertyKey, unknown>)[last];
  else return false;
  return true;
}

/** The path of the deepest array item on `path`, or null when it goes through no array. */
function deepestListItem(
  root: Record<string, unknown>,
  path: readonly PropertyKey[],
): PropertyKey[] | null {
  let found: PropertyKey[] | null = null;
  let node: unknown = root;
  for (let index = 0; index < path.length; index += 1) {
    if (Array.isArray(node) && typeof path[index] === 'number') found = path.slice(0, index + 1);
    if (!isContainer(node)) break;
    node = (node as Record<PropertyKey, unknown>)[path[index]!];
  }
  return found;
}

/**
 * Reads a save as `parseSavedState` does, but a bad value (an establishment name too long, a
 * respondent of the wrong shape, a tick id over the limit) is dropped rather than the whole save:
 * the rest is kept, and `droppedFields` lists what was left out. Only a bad required field
 * (answers, context…) still makes the save unreadable. Used by the widget for its own saves; an
 * imported file is checked whole (`parseSavedState`).
 */
export function readSavedState(raw: unknown): SavedState {
  try {
    return parseSavedState(raw);
  } catch (error) {
    if (!(error instanceof SavedStateError) || error.reason !== 'invalid') throw error;
    try {
      const data = typeof raw === 'string' ? readJson(raw) : raw;
      const { revision: _unused, ...rest } = data as Record<string, unknown>;
      void _unused;
      const candidate = JSON.parse(JSON.stringify(migrateToCurrent(rest, migrations))) as Record<
        string,
        unknown
      >;
      const dropped: string[] = [];
      for (let round = 0; round < MAX_REPAIRS; round += 1) {
        const result = savedStateSchema.safeParse(candidate, { error: frenchIssueMessage });
        if (result.success) {
          droppedFields.set(result.data, dropped);
          repairNotices.set(result.data, (backupKey) => repairedNotice(dropped, backupKey));
          return result.data;
        }
        const issue = result.error.issues[0]!;
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const paths = keys.length > 0 ? keys.map((key) => [...issue.path, key]) : [issue.path];
        for (const path of paths) {
          // Inside a list, the item goes (a respondent, a tick): an item missing a field is no use.
          // A value that cannot go (a required field) takes its container with it, if it can.
          const item = deepestListItem(candidate, path);
          let cut = item ?? path;
          while (cut.length > 0 && !removeAt(candidate, cut)) cut = cut.slice(0, -1);
          if (cut.length === 0) throw error;
          dropped.push(formatPath(cut));
        }
      }
    } catch {
      // Unrepairable: the original, precise error.
    }
    throw error;
  }
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
