import { MAX_DRAFTS, MAX_PLAN_ENTRIES, MAX_RESPONDENTS, MAX_SELECTION } from './limits.js';
import type { SavedState } from './schema.js';

/** `mine`, then the items of `theirs` whose id `mine` lacks, up to `max`. */
function unionById<T extends { readonly id: string }>(
  mine: readonly T[],
  theirs: readonly T[],
  max: number,
): T[] {
  const ids = new Set(mine.map((item) => item.id));
  return [...mine, ...theirs.filter((item) => !ids.has(item.id))].slice(0, max);
}

function unionOf(mine: readonly string[], theirs: readonly string[]): string[] {
  return [...new Set([...mine, ...theirs])].slice(0, MAX_SELECTION);
}

/**
 * Two versions of one diagnostic saved under the same key (two tabs, or two widgets of a page):
 * one state that loses neither's work. Answers are merged question by question (this tab's answer
 * wins where both answered), the session's respondents, the plan's entries and drafts by id, the
 * selections as unions; the rest (context, progress) is this tab's. Nothing is removed: a
 * respondent deleted in one tab comes back — the safe side, since both originals are backed up.
 */
export function mergeStates(theirs: SavedState, mine: SavedState): SavedState {
  const session =
    mine.session && theirs.session
      ? {
          ...mine.session,
          respondents: unionById(
            mine.session.respondents,
            theirs.session.respondents,
            MAX_RESPONDENTS,
          ),
        }
      : (mine.session ?? theirs.session);
  const plan =
    mine.plan && theirs.plan
      ? {
          ...mine.plan,
          entries: unionById(mine.plan.entries, theirs.plan.entries, MAX_PLAN_ENTRIES),
          drafts: unionById(mine.plan.drafts, theirs.plan.drafts, MAX_DRAFTS),
        }
      : (mine.plan ?? theirs.plan);
  const previous = mine.previous ?? theirs.previous;
  const decision = mine.decision ?? theirs.decision;
  return {
    ...mine,
    answers: { ...theirs.answers, ...mine.answers },
    selection: {
      retained: unionOf(mine.selection.retained, theirs.selection.retained),
      done: unionOf(mine.selection.done, theirs.selection.done),
    },
    ...(session ? { session } : {}),
    ...(plan ? { plan } : {}),
    ...(previous ? { previous } : {}),
    ...(decision ? { decision } : {}),
  };
}

/** Whether two states hold the same work (their save times aside). */
export function sameWork(a: SavedState, b: SavedState): boolean {
  return JSON.stringify({ ...a, savedAt: '' }) === JSON.stringify({ ...b, savedAt: '' });
}
