import { ImportError } from './errors.js';

/**
 * Largest diagnostic file accepted. A real export (60 answers, a 30-person session, last year's
 * diagnostic) weighs a few tens of kilobytes; 2 Mo leaves room without letting a wrong file
 * (a video, a database dump) freeze the page. « Mo » means 10⁶ octets, as file managers show it.
 */
export const MAX_IMPORT_BYTES = 2_000_000;

/** « 52,4 » for 52 400 000 octets, rounded up so a file just over the limit never reads « 2 Mo ». */
function megabytes(bytes: number): string {
  const tenths = Math.ceil(bytes / 100_000);
  const whole = Math.floor(tenths / 10);
  return tenths % 10 === 0 ? `${whole}` : `${whole},${tenths % 10}`;
}

/** Call with `file.size` before reading the file: refuses what `parseDiagnosticFile` would. */
export function checkImportSize(bytes: number): void {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) {
    throw new ImportError(
      'size',
      'Taille du fichier inconnue : le fichier ne peut pas être importé.',
    );
  }
  if (bytes > MAX_IMPORT_BYTES) {
    throw new ImportError(
      'size',
      `Fichier trop volumineux (${megabytes(bytes)} Mo ; maximum ${megabytes(MAX_IMPORT_BYTES)} Mo).`,
    );
  }
}
