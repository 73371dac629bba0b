/** Moved to `test/journeys/helpers.ts`: kept for the component tests that still import it here. */
export * from '../journeys/helpers.js';
