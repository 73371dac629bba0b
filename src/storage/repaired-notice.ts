import type { StorageNotice } from './notices.js';

/** A save read without some bad values (`readSavedState`): the rest is kept, the original too. */
export function repairedNotice(
  dropped: readonly string[],
  backupKey: string | null,
): StorageNotice {
  const fields = dropped.map((path) => `« ${path} »`).join(', ');
  const kept =
    backupKey === null ? '' : ` La sauvegarde d’origine est gardée sous la clé « ${backupKey} ».`;
  return {
    kind: 'repaired',
    message: `Une partie de la sauvegarde de ce navigateur n’a pas pu être relue et a été laissée de côté (${fields}) ; tout le reste est repris.${kept}`,
    ...(backupKey === null ? {} : { backupKey }),
  };
}
