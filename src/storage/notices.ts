import { SavedStateError } from './errors.js';

export type StorageNoticeKind = 'unavailable' | 'quota' | 'corrupted' | 'repaired';

/** Something the user should know about where their answers live; `message` is French. */
export interface StorageNotice {
  readonly kind: StorageNoticeKind;
  readonly message: string;
  /** Where an unreadable save was copied (absent when that copy failed too). */
  readonly backupKey?: string;
}

export const UNAVAILABLE_MESSAGE =
  'Le stockage de ce navigateur est indisponible : vos réponses sont gardées le temps de cette page seulement.';

export const QUOTA_MESSAGE =
  'L’espace de stockage de ce navigateur est plein : vos réponses sont gardées le temps de cette page seulement. Exportez le diagnostic pour le conserver.';

function why(error: unknown): string {
  if (error instanceof SavedStateError && error.reason === 'future-version') {
    return 'La sauvegarde de ce navigateur a été créée par une version plus récente du widget.';
  }
  if (error instanceof SavedStateError && error.reason === 'catalogue') {
    return `La sauvegarde de ce navigateur concerne un autre questionnaire (« ${error.message} »).`;
  }
  const detail = error instanceof SavedStateError ? ` (${error.message.replace(/\.$/, '')})` : '';
  return `La sauvegarde de ce navigateur n’a pas pu être relue${detail}.`;
}

export function corruptedNotice(error: unknown, backupKey: string | null): StorageNotice {
  if (backupKey === null) {
    return {
      kind: 'corrupted',
      message: `${why(error)} Elle n’a pas pu être mise de côté : elle est laissée en place et vos nouvelles réponses sont gardées le temps de cette page seulement.`,
    };
  }
  return {
    kind: 'corrupted',
    message: `${why(error)} Elle a été mise de côté sous la clé « ${backupKey} » et un nouveau diagnostic commence.`,
    backupKey,
  };
}

/** Another tab or widget saved under the same key; this one now shows that newer save. */
export const ELSEWHERE_MESSAGE =
  'Ce diagnostic vient d’être enregistré ailleurs (un autre onglet ou un autre widget de la page) : sa version la plus récente est affichée.';

/** A stale tab's save met a newer one: both merged, each original kept under a backup key. */
export function conflictMessage(backupKeys: readonly string[]): string {
  const kept =
    backupKeys.length > 0
      ? ` et chacune est gardée telle quelle sous ${backupKeys.map((key) => `« ${key} »`).join(' et ')}`
      : '';
  return `Ce diagnostic a été enregistré ailleurs (un autre onglet ou un autre widget de la page) pendant que vous travailliez ici. Rien n’est perdu : les deux versions sont réunies (les réponses question par question, les participants de la séance et le plan par identifiant)${kept}.`;
}

/** The newer save could not be read here (a newer widget wrote it): kept aside, this one saved. */
export function unreadableNewerMessage(backupKey: string | null): string {
  return backupKey === null
    ? 'Une sauvegarde plus récente, illisible ici, a été remplacée par votre version : elle n’a pas pu être mise de côté.'
    : `Une sauvegarde plus récente, illisible ici, est gardée sous la clé « ${backupKey} » ; votre version est enregistrée.`;
}

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
