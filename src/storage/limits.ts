/** The saved state's format version: see `schema.ts` and `migrations.ts`. */
export const SAVED_STATE_VERSION = 4;

/*
 * Caps on a saved state (it comes back from a browser or a file: untrusted input). The schema
 * enforces them; forms use them as `maxlength` so that what the user types can always be saved.
 */
export const MAX_ANSWERS = 500;
export const MAX_RESPONDENTS = 200;
export const MAX_SELECTION = 500;
export const MAX_ID = 80;
/**
 * A checklist tick is saved as `<phase>-<item id>` (`tickKey` in src/plan/items.ts): the longest
 * phase, « pendant- », plus an item id as long as the catalogue allows (`MAX_ID`). Any tick the
 * interface can show can be saved and read back (test/plan/ticks.test.ts).
 */
export const MAX_TICK_KEY = MAX_ID + 'pendant-'.length;
export const MAX_LABEL = 200;
export const MAX_PLAN_ENTRIES = 600;
export const MAX_DRAFTS = 50;
export const MAX_PLAN_TEXT = 2000;
export const MAX_PLAN_DATES = 5;
export const MAX_ATTENDANCE = 100_000;
/** Candidates side by side in the decision view (`src/decision`). */
export const MAX_COMPARED = 3;
/** Questions of the divergence agenda with the team's notes (version 4). */
export const MAX_AGENDA_NOTES = 200;
