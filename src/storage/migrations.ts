import { SavedStateError } from './errors.js';
import { SAVED_STATE_VERSION } from './limits.js';

/**
 * Turns a version-n state into version n + 1. It receives untrusted data (only the version is
 * known), must return a new object and never mutate its argument.
 */
export type Migration = (old: Readonly<Record<string, unknown>>) => Record<string, unknown>;
export type MigrationTable = Readonly<Record<number, Migration>>;

/**
 * `migrations[n]` upgrades version n; old saves keep loading, in order, step by step.
 * 1 → 2: the action plan appears, optional, so a version-1 state only changes its number.
 * 2 → 3: the comparison and its ratings (`decision`) appear, optional: only the number changes.
 * 3 → 4: the session's `agenda` (the team's notes and decision per question) appears, optional.
 */
export const migrations: MigrationTable = {
  1: (old) => ({ ...old, version: 2 }),
  2: (old) => ({ ...old, version: 3 }),
  3: (old) => ({ ...old, version: 4 }),
};

function readVersion(data: Readonly<Record<string, unknown>>): number {
  const version = Object.hasOwn(data, 'version') ? data['version'] : undefined;
  if (version === undefined)
    throw new SavedStateError('invalid', 'Sauvegarde illisible : version : champ manquant.');
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw new SavedStateError('invalid', 'Sauvegarde illisible : version : nombre entier attendu.');
  }
  return version;
}

/** Applies the table's migrations from the data's version up to `target`; the result is unchecked. */
export function migrateToCurrent(
  data: Readonly<Record<string, unknown>>,
  table: MigrationTable = migrations,
  target: number = SAVED_STATE_VERSION,
): Readonly<Record<string, unknown>> {
  let version = readVersion(data);
  if (version > target) {
    throw new SavedStateError(
      'future-version',
      `Sauvegarde créée par une version plus récente du widget (format ${version} ; cette page lit jusqu’au format ${target}).`,
    );
  }
  let current = data;
  while (version < target) {
    const migration = Object.hasOwn(table, version) ? table[version] : undefined;
    if (!migration) {
      throw new SavedStateError(
        'migration',
        `Sauvegarde au format ${version}, qui n’est plus pris en charge.`,
      );
    }
    let next: unknown;
    try {
      next = migration(current);
    } catch {
      next = undefined;
    }
    const nextRecord = next as Record<string, unknown> | undefined;
    if (typeof next !== 'object' || next === null || nextRecord?.['version'] !== version + 1) {
      throw new SavedStateError(
        'migration',
        `Sauvegarde au format ${version} : la mise à jour vers le format ${version + 1} a échoué.`,
      );
    }
    current = nextRecord;
    version += 1;
  }
  return current;
}
