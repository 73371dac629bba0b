import type { SavedState } from '../storage/schema.js';

export const DIAGNOSTIC_FILE_FORMAT = 'perseverance-diagnostic';
export const DIAGNOSTIC_FILE_VERSION = 1;

export interface ExportMeta {
  /** ISO date-time; defaults to now. */
  readonly exportedAt?: string;
}

/** The whole diagnostic as a pretty-printed JSON file a person can keep, send or re-import. */
export function exportDiagnostic(state: SavedState, meta: ExportMeta = {}): string {
  const envelope = {
    format: DIAGNOSTIC_FILE_FORMAT,
    formatVersion: DIAGNOSTIC_FILE_VERSION,
    exportedAt: meta.exportedAt ?? new Date().toISOString(),
    state,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
