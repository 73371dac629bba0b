import type { StateIssue } from '../storage/issues.js';

export type ImportErrorReason = 'size' | 'json' | 'format' | 'version' | 'catalogue' | 'content';

/** The only error the import functions throw; `message` is French, for the user. */
export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    readonly reason: ImportErrorReason,
    message: string,
    readonly issues: readonly StateIssue[] = [],
  ) {
    super(message);
  }
}
