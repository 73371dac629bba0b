import type { DownloadMessages } from './download-fr.js';

/** English strings of the export's fallback: see `download-fr.ts`. */
export const downloadEn: DownloadMessages = {
  blocked: (file: string) =>
    `The page hosting this widget may block downloads. If the file “${file}” did not arrive, copy the text below (one click selects all of it) into a text file of that name: it imports like the exported file.`,
  label: (file: string) => `Content of the file ${file}, to copy`,
};
