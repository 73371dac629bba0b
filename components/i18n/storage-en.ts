import { countOf } from './format.js';
import type { StorageMessages } from './storage-fr.js';

const KEEP = ' You can download it to keep it or pass it on.';
const ALSO = 'This diagnostic was also saved elsewhere (another tab or another widget of the page)';

/** English words of the storage notices: see `storage-fr.ts`. */
export const storageEn: StorageMessages = {
  text: (notice) => {
    switch (notice.kind) {
      case 'corrupted': {
        const { reason } = notice;
        const why =
          reason === 'future-version'
            ? 'was made by a newer version of the widget'
            : reason === 'catalogue'
              ? `is for another questionnaire (“${notice.catalogue}”)`
              : `could not be read (${reason === 'too-large' ? 'it is too large' : 'it is damaged or in an unknown format'})`;
        const then = notice.backupKey
          ? 'It is kept aside in this browser and a new diagnostic starts.'
          : 'It is left in place, and your new answers are kept for this page only.';
        return `The diagnostic saved in this browser ${why}. ${then}${KEEP}`;
      }
      case 'repaired': {
        const count = countOf('en-GB', notice.dropped.length, { one: 'item', other: 'items' });
        const kept = notice.backupKey
          ? ` The original save is kept aside in this browser.${KEEP}`
          : '';
        return `Part of the diagnostic saved in this browser could not be read (${count}) and was left out; everything else is back.${kept}`;
      }
      case 'elsewhere':
        return 'This diagnostic has just been saved elsewhere (another tab or another widget of the page): its latest version is shown.';
      case 'conflict': {
        const kept =
          notice.mine || notice.theirs
            ? ' Both earlier versions are also kept aside as they were; you can download them.'
            : '';
        return `${ALSO} while you were working here. Nothing is lost: both versions are combined (answers question by question, respondents and the plan one by one).${kept}`;
      }
      case 'unmerged':
        return `${ALSO}, in a version that could not be combined with yours. Your version is saved; ${notice.backupKey ? `the other is kept aside in this browser.${KEEP}` : 'the other could not be kept.'}`;
    }
  },
  download: 'Download the set-aside copy',
  mine: 'Download this tab’s version',
  theirs: 'Download the other version',
  file: 'perseverance-set-aside-copy',
  support: 'For support:',
};
