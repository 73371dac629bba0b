import type { Catalogue } from '../catalogue/schema.js';
import { SAVED_STATE_VERSION } from './limits.js';
import type { SavedState } from './schema.js';

export type EmptyStateOverrides = Partial<Omit<SavedState, 'version' | 'catalogue'>>;

/** A fresh diagnostic for `catalogue`: no answers, welcome view, full questionnaire. */
export function createEmptyState(
  catalogue: Pick<Catalogue, 'id' | 'version'>,
  overrides: EmptyStateOverrides = {},
): SavedState {
  return {
    version: SAVED_STATE_VERSION,
    savedAt: new Date().toISOString(),
    catalogue: { id: catalogue.id, version: catalogue.version },
    context: { levels: [], questionnaireVersion: 'complet' },
    answers: {},
    progress: { view: 'welcome', step: 0 },
    selection: { retained: [], done: [] },
    ...overrides,
  };
}
