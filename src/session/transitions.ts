import type { Catalogue } from '../catalogue/schema.js';
import type { AnswerValue, Answers, QuestionnaireVersion } from '../diagnostic/answers.js';
import { answerOf } from '../diagnostic/answers.js';
// Caps of the saved state's strings: longer text is cut, not refused.
import {
  MAX_AGENDA_NOTES,
  MAX_ID,
  MAX_ID as MAX_ROLE,
  MAX_LABEL,
  MAX_PLAN_TEXT,
  MAX_RESPONDENTS,
} from '../storage/limits.js';
import type {
  SavedAgendaNote,
  SavedPrevious,
  SavedRespondent,
  SavedState,
} from '../storage/schema.js';

/** Name of a session started without one. */
export const DEFAULT_SESSION_NAME = 'Séance GPDS';

/** A respondent about to join a session; `label` may be left for `defaultLabel` to choose. */
export interface RespondentInput {
  readonly label?: string;
  readonly role?: string;
  readonly answers: Answers;
  readonly source: SavedRespondent['source'];
}

export interface AddOptions {
  /**
   * The label of a respondent who came without one: `position` is their 1-based place in the
   * session, `role` their role id. The UI gives « Participant 3 » or the role's name. A label
   * already taken gets a number (« CPE 2 »).
   */
  readonly defaultLabel?: (position: number, role: string | undefined) => string;
}

export interface AddResult {
  readonly state: SavedState;
  readonly added: readonly SavedRespondent[];
  /** Inputs left out because the session is full (`MAX_RESPONDENTS`) or does not exist. */
  readonly refused: readonly RespondentInput[];
}

export interface RemoveResult {
  readonly state: SavedState;
  /** What was removed and where, to undo; null when the id is not in the session. */
  readonly removed: { readonly respondent: SavedRespondent; readonly index: number } | null;
}

function clip(text: string | undefined, max: number): string {
  return (text ?? '').trim().replace(/\s+/g, ' ').slice(0, max);
}

/** `base`, or `base 2`, `base 3`… — the first one no respondent has. */
export function uniqueLabel(taken: readonly string[], base: string): string {
  return firstFree(new Set(taken.map(labelKey)), base);
}

/** How labels are compared: case does not make two people different. */
const labelKey = (label: string) => label.toLocaleLowerCase('fr');

/** `uniqueLabel` against a set of `labelKey`s, which a batch keeps up to date. */
function firstFree(used: ReadonlySet<string>, base: string): string {
  const root = clip(base, MAX_LABEL - 4) || 'Participant';
  if (!used.has(labelKey(root))) return root;
  for (let n = 2; ; n += 1) {
    const candidate = `${root} ${n}`;
    if (!used.has(labelKey(candidate))) return candidate;
  }
}

/** `p1`, `p2`…: one more than the highest such id, so a removed id is never reused. */
function nextIds(respondents: readonly SavedRespondent[], count: number): string[] {
  let max = 0;
  for (const r of respondents) {
    const match = /^p(\d+)$/.exec(r.id);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return Array.from({ length: count }, (_, i) => `p${max + 1 + i}`);
}

/**
 * Starts a new session (replacing any current one: the UI confirms first). The device's
 * questionnaire switches to the session's version, so people answering on it (« passer la
 * tablette ») get the same questions as those answering at home.
 */
export function createSession(
  state: SavedState,
  start: {
    readonly name: string;
    readonly version: QuestionnaireVersion;
    readonly createdAt: string;
  },
): SavedState {
  return {
    ...state,
    context: { ...state.context, questionnaireVersion: start.version },
    session: {
      name: clip(start.name, MAX_LABEL) || DEFAULT_SESSION_NAME,
      createdAt: start.createdAt,
      questionnaireVersion: start.version,
      respondents: [],
    },
  };
}

/** Renames the session; a blank name changes nothing. */
export function renameSession(state: SavedState, name: string): SavedState {
  const clean = clip(name, MAX_LABEL);
  if (!state.session || !clean || clean === state.session.name) return state;
  return { ...state, session: { ...state.session, name: clean } };
}

/**
 * Adds respondents in order, each with a fresh id and a unique label, up to `MAX_RESPONDENTS`;
 * the rest come back in `refused` (nothing is dropped silently). Without a session, all are refused.
 */
export function addRespondents(
  state: SavedState,
  inputs: readonly RespondentInput[],
  options: AddOptions = {},
): AddResult {
  const session = state.session;
  if (!session || inputs.length === 0) return { state, added: [], refused: session ? [] : inputs };
  const room = Math.max(0, MAX_RESPONDENTS - session.respondents.length);
  const accepted = inputs.slice(0, room);
  const ids = nextIds(session.respondents, accepted.length);
  const respondents = [...session.respondents];
  const added: SavedRespondent[] = [];
  // One set for the whole batch: 150 codes at once used to rebuild it for each (quadratic).
  const used = new Set(respondents.map((r) => labelKey(r.label)));
  accepted.forEach((input, i) => {
    const role = clip(input.role, MAX_ROLE) || undefined;
    const wanted =
      clip(input.label, MAX_LABEL) ||
      options.defaultLabel?.(respondents.length + 1, role) ||
      `Participant ${respondents.length + 1}`;
    const label = firstFree(used, wanted);
    used.add(labelKey(label));
    const respondent: SavedRespondent = {
      id: ids[i]!,
      label,
      ...(role ? { role } : {}),
      answers: { ...input.answers },
      source: input.source,
    };
    respondents.push(respondent);
    added.push(respondent);
  });
  if (added.length === 0) return { state, added, refused: inputs };
  return {
    state: { ...state, session: { ...session, respondents } },
    added,
    refused: inputs.slice(accepted.length),
  };
}

/** Removes one respondent; `removed` lets the UI undo with `restoreRespondent`. */
export function removeRespondent(state: SavedState, id: string): RemoveResult {
  const session = state.session;
  const index = session ? session.respondents.findIndex((r) => r.id === id) : -1;
  if (!session || index < 0) return { state, removed: null };
  return {
    state: {
      ...state,
      session: { ...session, respondents: session.respondents.filter((r) => r.id !== id) },
    },
    removed: { respondent: session.respondents[index]!, index },
  };
}

/** Puts a removed respondent back at its place (undo). No-op if present again or the session is full. */
export function restoreRespondent(
  state: SavedState,
  respondent: SavedRespondent,
  index: number,
): SavedState {
  const session = state.session;
  if (
    !session ||
    session.respondents.some((r) => r.id === respondent.id) ||
    session.respondents.length >= MAX_RESPONDENTS
  )
    return state;
  const at = Math.min(Math.max(0, index), session.respondents.length);
  const respondents = [
    ...session.respondents.slice(0, at),
    respondent,
    ...session.respondents.slice(at),
  ];
  return { ...state, session: { ...session, respondents } };
}

/**
 * Changes a respondent's label and/or role. A blank label keeps the old one; a label another
 * respondent has gets a number; `role: null` or blank removes the role.
 */
export function updateRespondent(
  state: SavedState,
  id: string,
  patch: { readonly label?: string; readonly role?: string | null },
): SavedState {
  const session = state.session;
  const index = session ? session.respondents.findIndex((r) => r.id === id) : -1;
  if (!session || index < 0) return state;
  const current = session.respondents[index]!;
  const others = session.respondents.filter((r) => r.id !== id).map((r) => r.label);
  const wanted = clip(patch.label, MAX_LABEL);
  const label = wanted && wanted !== current.label ? uniqueLabel(others, wanted) : current.label;
  const role = patch.role === undefined ? current.role : clip(patch.role ?? '', MAX_ROLE);
  const next: SavedRespondent = { ...current, label };
  if (role) next.role = role;
  else delete next.role;
  if (next.label === current.label && next.role === current.role) return state;
  const respondents = session.respondents.map((r, i) => (i === index ? next : r));
  return { ...state, session: { ...session, respondents } };
}

/**
 * « Passer la tablette »: the answers typed on this device become a respondent (source
 * `device`) and are cleared for the next person, back to the first step; the establishment's
 * context, the selection and the session stay. Nothing happens without answers or room.
 */
export function takeTabletAnswers(
  state: SavedState,
  who: { readonly label?: string; readonly role?: string },
  options: AddOptions = {},
): AddResult {
  if (Object.keys(state.answers).length === 0) return { state, added: [], refused: [] };
  const result = addRespondents(
    state,
    [{ ...who, answers: state.answers, source: 'device' }],
    options,
  );
  if (result.added.length === 0) return result;
  return {
    ...result,
    state: { ...result.state, answers: {}, progress: { view: 'welcome', step: 0 } },
  };
}

/** True when both hold the same answers to the same questions (order does not matter). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((k) => answerOf(b, k) === answerOf(a, k))
  );
}

export type ImportedRespondents =
  | { readonly ok: true; readonly respondents: readonly RespondentInput[] }
  | { readonly ok: false; readonly reason: 'catalogue' | 'empty' };

/**
 * The respondents an exported diagnostic brings to a session: its own answers (with the role
 * chosen on that device), then the respondents of its own session if it had one — so two
 * devices that each « passed the tablet » can be merged. Refused when it was made with another
 * catalogue (its answers would not mean the same) or holds no answer.
 */
export function respondentsFromExport(
  imported: SavedState,
  catalogue: Pick<Catalogue, 'id'>,
): ImportedRespondents {
  if (imported.catalogue.id !== catalogue.id) return { ok: false, reason: 'catalogue' };
  const out: RespondentInput[] = [];
  if (Object.keys(imported.answers).length > 0) {
    const role = imported.context.role;
    out.push({ answers: imported.answers, source: 'file', ...(role ? { role } : {}) });
  }
  for (const r of imported.session?.respondents ?? []) {
    if (Object.keys(r.answers).length === 0) continue;
    out.push({
      label: r.label,
      answers: r.answers,
      source: 'file',
      ...(r.role ? { role: r.role } : {}),
    });
  }
  return out.length > 0 ? { ok: true, respondents: out } : { ok: false, reason: 'empty' };
}

/**
 * One answer per question standing for several people: the mean of the known answers rounded
 * half up, or « Je ne sais pas » when nobody knew. Used to keep last year's SESSION as one set of
 * answers (`previous` holds one); the comparison is then approximate, and the UI says so.
 */
export function roundedMeanAnswers(sets: readonly Answers[]): Answers {
  const ids = new Set(sets.flatMap((answers) => Object.keys(answers)));
  const out: Record<string, AnswerValue> = {};
  for (const id of [...ids].sort()) {
    let sum = 0;
    let count = 0;
    let unknown = 0;
    for (const answers of sets) {
      const v = answerOf(answers, id);
      if (v === 'unknown') unknown += 1;
      else if (v !== undefined) {
        sum += v;
        count += 1;
      }
    }
    // sum and count are small integers: 2·sum ≥ (2k+1)·count decides « half up » exactly.
    if (count > 0) out[id] = Math.floor((2 * sum + count) / (2 * count)) as AnswerValue;
    else if (unknown > 0) out[id] = 'unknown';
  }
  return out;
}

export type PreviousFromExport =
  | { readonly ok: true; readonly previous: SavedPrevious; readonly fromSession: number }
  | { readonly ok: false; readonly reason: 'catalogue' | 'empty' };

/**
 * Last year's diagnostic from its export: its answers, or — for a session export without answers
 * of its own — the respondents' rounded mean answers (`fromSession` = how many), and the fiches it
 * retained. `label` names it in the UI (the caller builds it, e.g. « Diagnostic du 12/03/2026 »).
 */
export function previousFromExport(
  imported: SavedState,
  catalogue: Pick<Catalogue, 'id'>,
  meta: { readonly label: string; readonly importedAt: string },
): PreviousFromExport {
  if (imported.catalogue.id !== catalogue.id) return { ok: false, reason: 'catalogue' };
  const own = Object.keys(imported.answers).length > 0;
  const respondents = imported.session?.respondents ?? [];
  const answers = own ? imported.answers : roundedMeanAnswers(respondents.map((r) => r.answers));
  if (Object.keys(answers).length === 0) return { ok: false, reason: 'empty' };
  return {
    ok: true,
    fromSession: own ? 0 : respondents.length,
    previous: {
      label: clip(meta.label, MAX_LABEL) || 'An dernier',
      importedAt: meta.importedAt,
      answers,
      retained: [...imported.selection.retained],
    },
  };
}

/** Keeps last year's diagnostic for comparison (replacing any earlier one). */
export function setPrevious(state: SavedState, previous: SavedPrevious): SavedState {
  return { ...state, previous };
}

/** Forgets last year's diagnostic. */
export function clearPrevious(state: SavedState): SavedState {
  if (!state.previous) return state;
  const next = { ...state };
  delete next.previous;
  return next;
}

/** What the team said and decided about one agenda question; each field may be left out. */
export interface AgendaNotePatch {
  readonly notes?: string;
  readonly decision?: string;
  readonly lead?: string;
  /** `YYYY-MM-DD`, or '' to clear. */
  readonly due?: string;
}

/**
 * Writes the team's notes and decision on one question of the agenda (merged with what was
 * there). Texts are clipped to the saved limits; a note left wholly empty is removed, so the saved
 * agenda holds only what the team wrote. Without a session, or at `MAX_AGENDA_NOTES` questions
 * already noted, nothing changes.
 */
export function setAgendaNote(
  state: SavedState,
  questionId: string,
  patch: AgendaNotePatch,
): SavedState {
  const session = state.session;
  if (!session || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(questionId) || questionId.length > MAX_ID)
    return state;
  const agenda = session.agenda ?? {};
  const before: SavedAgendaNote = Object.hasOwn(agenda, questionId)
    ? agenda[questionId]!
    : { notes: '', decision: '' };
  const text = (value: string | undefined, old: string, max: number) =>
    value === undefined ? old : value.slice(0, max);
  const lead = text(patch.lead, before.lead ?? '', MAX_LABEL).trim();
  const due =
    patch.due === undefined
      ? (before.due ?? '')
      : /^\d{4}-\d\d-\d\d$/.test(patch.due)
        ? patch.due
        : '';
  const next: SavedAgendaNote = {
    notes: text(patch.notes, before.notes, MAX_PLAN_TEXT),
    decision: text(patch.decision, before.decision, MAX_PLAN_TEXT),
    ...(lead ? { lead } : {}),
    ...(due ? { due } : {}),
  };
  const empty = !next.notes.trim() && !next.decision.trim() && !lead && !due;
  const rest = Object.fromEntries(Object.entries(agenda).filter(([id]) => id !== questionId));
  if (!empty && !Object.hasOwn(agenda, questionId) && Object.keys(rest).length >= MAX_AGENDA_NOTES)
    return state;
  const nextAgenda = empty ? rest : { ...rest, [questionId]: next };
  const without = { ...session };
  delete without.agenda;
  return {
    ...state,
    session: Object.keys(nextAgenda).length > 0 ? { ...without, agenda: nextAgenda } : without,
  };
}
