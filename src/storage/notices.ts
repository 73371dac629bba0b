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
