import type { StateIssue } from './issues.js';

export type SavedStateErrorReason =
  'too-large' | 'json' | 'invalid' | 'future-version' | 'migration' | 'catalogue';

/** The only error `parseSavedState` throws; `message` is French and names the problem and where. */
export class SavedStateError extends Error {
  override readonly name = 'SavedStateError';

  constructor(
    readonly reason: SavedStateErrorReason,
    message: string,
    readonly issues: readonly StateIssue[] = [],
  ) {
    super(message);
  }
}
