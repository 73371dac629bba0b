import { parseSavedState } from './saved-state.js';
import {
  createStateStore as createStore,
  type StateStore,
  type StateStoreOptions,
} from './store.js';

export { createEmptyState, type EmptyStateOverrides } from './empty-state.js';
export { SavedStateError, type SavedStateErrorReason } from './errors.js';
export type { StateIssue } from './issues.js';
export { migrations, type Migration, type MigrationTable } from './migrations.js';
export type { StorageNotice, StorageNoticeKind } from './notices.js';
export type { StoragePort } from './port.js';
export { MAX_SAVED_STATE_CHARS, parseSavedState, serializeState } from './saved-state.js';
export {
  MAX_ANSWERS,
  MAX_DRAFTS,
  MAX_PLAN_ENTRIES,
  MAX_RESPONDENTS,
  SAVED_STATE_VERSION,
  savedStateSchema,
  type SavedDecision,
  type SavedDraftFiche,
  type SavedPlan,
  type SavedPlanEntry,
  type SavedPrevious,
  type SavedRespondent,
  type SavedSession,
  type SavedState,
} from './schema.js';
export {
  type LoadResult,
  type SaveResult,
  type StateStore,
  type StateStoreOptions,
  type StorageMode,
} from './store.js';

/** `createStateStore` from `store.ts`, reading saves with `parseSavedState` unless told otherwise. */
export function createStateStore(
  options: Omit<StateStoreOptions, 'parse'> & Partial<Pick<StateStoreOptions, 'parse'>>,
): StateStore {
  return createStore({ ...options, parse: options.parse ?? parseSavedState });
}
