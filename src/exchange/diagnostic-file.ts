// First, before any schema is built: zod's CSP-safe (jitless) setting.
import '../catalogue/zod-config.js';
import * as z from 'zod/mini';
import { SavedStateError } from '../storage/errors.js';
import {
  describeIssues,
  frenchIssueMessage,
  toStateIssues,
  type StateIssue,
} from '../storage/issues.js';
import { parseSavedState } from '../storage/saved-state.js';
import type { SavedState } from '../storage/schema.js';
import { ImportError } from './errors.js';
import { checkImportSize } from './size.js';

import { DIAGNOSTIC_FILE_FORMAT, DIAGNOSTIC_FILE_VERSION } from './export.js';

export { DIAGNOSTIC_FILE_FORMAT, DIAGNOSTIC_FILE_VERSION };

/**
 * The envelope around a saved state. Its own version is separate from the state's: the state
 * migrates (an old export still imports), the envelope only changes if the file layout does.
 */
const envelopeSchema = z.strictObject({
  format: z.literal(DIAGNOSTIC_FILE_FORMAT),
  formatVersion: z.literal(DIAGNOSTIC_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  state: z.unknown(),
});

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function contentError(issues: readonly StateIssue[]): ImportError {
  return new ImportError(
    'content',
    `Le contenu de ce fichier n’est pas valide : ${describeIssues(issues)}.`,
    issues,
  );
}

export interface ImportOptions {
  /** The catalogue the diagnostic must belong to: answers to another one's questions mean nothing here. */
  readonly catalogueId?: string;
}

function readEnvelope(value: unknown, options: ImportOptions): SavedState {
  if (!isRecord(value) || value['format'] !== DIAGNOSTIC_FILE_FORMAT) {
    throw new ImportError('format', 'Ce fichier JSON n’est pas un export de Persévérance.');
  }
  const formatVersion = value['formatVersion'];
  if (typeof formatVersion === 'number' && formatVersion > DIAGNOSTIC_FILE_VERSION) {
    throw new ImportError(
      'version',
      'Ce fichier a été exporté par une version plus récente du widget : mettez la page à jour.',
    );
  }
  const envelope = envelopeSchema.safeParse(value, { error: frenchIssueMessage });
  if (!envelope.success) throw contentError(toStateIssues(envelope.error.issues));
  const { state } = envelope.data;
  if (state === undefined) throw contentError([{ path: 'state', message: 'champ manquant' }]);
  // parseSavedState would read a string as JSON text; inside a file the state is an object.
  if (!isRecord(state)) throw contentError([{ path: 'state', message: 'objet attendu' }]);
  let parsed: SavedState;
  try {
    parsed = parseSavedState(state);
  } catch (error) {
    if (!(error instanceof SavedStateError)) throw error;
    if (error.reason === 'future-version') {
      throw new ImportError(
        'version',
        'Ce fichier a été exporté par une version plus récente du widget : mettez la page à jour.',
      );
    }
    const issues = error.issues.length
      ? error.issues.map((issue) => ({
          path: issue.path ? `state.${issue.path}` : 'state',
          message: issue.message,
        }))
      : [
          {
            path: 'state',
            message: error.message.replace(/^Sauvegarde illisible : /, '').replace(/\.$/, ''),
          },
        ];
    throw contentError(issues);
  }
  if (options.catalogueId !== undefined && parsed.catalogue.id !== options.catalogueId) {
    throw new ImportError(
      'catalogue',
      `Ce fichier a été exporté avec un autre questionnaire (« ${parsed.catalogue.id} ») : il ne peut pas être importé ici.`,
    );
  }
  return parsed;
}

/**
 * Reads an export already parsed from JSON (e.g. handed over by a host page). Throws
 * `ImportError` — and nothing else — with a French message naming the problem and its path.
 */
export function parseDiagnosticObject(value: unknown, options: ImportOptions = {}): SavedState {
  try {
    return readEnvelope(value, options);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('content', 'Le contenu de ce fichier n’est pas valide.');
  }
}

/** Reads the text of an export file; older state formats are migrated. Throws only `ImportError`. */
export function parseDiagnosticFile(text: string, options: ImportOptions = {}): SavedState {
  if (typeof text !== 'string')
    throw new ImportError('json', 'Ce fichier n’est pas un export du diagnostic (JSON illisible).');
  // One character is at least one octet in UTF-8: a text this long is over the limit.
  checkImportSize(text.length);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportError('json', 'Ce fichier n’est pas un export du diagnostic (JSON illisible).');
  }
  return parseDiagnosticObject(value, options);
}
