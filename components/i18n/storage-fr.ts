import type { StorageNotice } from '../../src/storage/notices.js';
import { countOf } from './format.js';

/** The storage notices worded here: all but the first view's (`storageNotice` in `fr.ts`). */
export type LaterStorageNotice = Exclude<StorageNotice, { readonly kind: 'unavailable' | 'quota' }>;

const KEEP = ' Vous pouvez la télécharger pour la garder ou la transmettre.';
const ALSO =
  'Ce diagnostic a aussi été enregistré ailleurs (un autre onglet ou un autre widget de la page)';

/**
 * French words of the storage notices that come with a set-aside copy or another tab's save,
 * loaded when one is shown (`components/app/notice-text.ts`), never in the first view; with the
 * buttons that download the copies. `storage-en.ts` satisfies their type.
 */
export const storageFr = {
  text: (notice: LaterStorageNotice): string => {
    switch (notice.kind) {
      case 'corrupted': {
        const { reason } = notice;
        const why =
          reason === 'future-version'
            ? 'a été créée par une version plus récente du widget'
            : reason === 'catalogue'
              ? `concerne un autre questionnaire (« ${notice.catalogue} »)`
              : `n’a pas pu être relue (${reason === 'too-large' ? 'elle est trop volumineuse' : 'elle est abîmée ou d’un format inconnu'})`;
        const then = notice.backupKey
          ? 'Elle est gardée à part dans ce navigateur et un nouveau diagnostic commence.'
          : 'Elle est laissée en place, et vos nouvelles réponses sont gardées le temps de cette page seulement.';
        return `La sauvegarde de ce navigateur ${why}. ${then}${KEEP}`;
      }
      case 'repaired': {
        const count = countOf('fr-FR', notice.dropped.length, {
          one: 'élément',
          other: 'éléments',
        });
        const kept = notice.backupKey
          ? ` La sauvegarde d’origine est gardée à part dans ce navigateur.${KEEP}`
          : '';
        return `Une partie de la sauvegarde de ce navigateur n’a pas pu être relue (${count}) et a été laissée de côté ; tout le reste est repris.${kept}`;
      }
      case 'elsewhere':
        return 'Ce diagnostic vient d’être enregistré ailleurs (un autre onglet ou un autre widget de la page) : sa version la plus récente est affichée.';
      case 'conflict': {
        const kept =
          notice.mine || notice.theirs
            ? ' Les deux versions d’avant sont aussi gardées à part, telles quelles ; vous pouvez les télécharger.'
            : '';
        return `${ALSO} pendant que vous travailliez ici. Rien n’est perdu : les deux versions sont réunies (les réponses question par question, les participants et le plan un par un).${kept}`;
      }
      case 'unmerged':
        return `${ALSO}, dans une version qui n’a pas pu être réunie à la vôtre. Votre version est enregistrée ; ${notice.backupKey ? `l’autre est gardée à part dans ce navigateur.${KEEP}` : 'l’autre n’a pas pu être gardée.'}`;
    }
  },
  download: 'Télécharger la copie mise de côté',
  /** The two versions of a conflict: this tab's and the other tab's (or widget's). */
  mine: 'Télécharger la version de cet onglet',
  theirs: 'Télécharger l’autre version',
  /** The downloaded copy's file name, before its date and `.json`. */
  file: 'perseverance-copie-mise-de-cote',
  /** Small print: the storage keys of the copies (and what a repair left out), for support. */
  support: 'Pour l’assistance :',
};

export type StorageMessages = typeof storageFr;
