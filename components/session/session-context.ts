import { html } from 'lit';
import { createContext } from '@lit/context';
import type { Profile } from '../../src/diagnostic/profile.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { aggregateRespondents } from '../../src/session/aggregate.js';
import { compareProfiles } from '../../src/session/compare.js';
import type { ProfileComparison } from '../../src/session/compare.js';
import { axesActedOn } from '../../src/session/coverage.js';
import type { SessionSummary } from '../../src/session/types.js';
import type { DiagnosticActions, DiagnosticSnapshot } from '../app/context.js';
import type { Messages } from '../i18n/index.js';
import type { SessionMessages } from '../i18n/session-fr.js';

export type SessionSection = 'prepare' | 'collect' | 'profile' | 'discuss' | 'decide' | 'report';

/**
 * Everything a section of the session reads, derived once per snapshot by the container
 * (`perseverance-session`): replaced, never mutated, like the widget's own snapshot.
 */
export interface SessionView {
  readonly snapshot: DiagnosticSnapshot;
  readonly actions: DiagnosticActions;
  readonly m: Messages;
  /** The session's strings, in the widget's language. */
  readonly t: SessionMessages;
  /** Projector mode: larger type, fewer controls. */
  readonly projector: boolean;
  /** The aggregate of the session's respondents; null before a session is started. */
  readonly summary: SessionSummary | null;
  /** Last year's profile, scored on this session's version; null without `previous`. */
  readonly before: Profile | null;
  /** Last year → this session; null without both. */
  readonly comparison: ProfileComparison | null;
  /** Axis id → titles of the fiches retained last year that work on it. */
  readonly acted: ReadonlyMap<string, readonly string[]>;
}

export const sessionContext = createContext<SessionView>(Symbol('perseverance-session'));

/**
 * What the session view remembers while the page is open (section, projector mode, the script's
 * ticks), per widget: keyed by its stable actions object, so it survives leaving the view (passing
 * the tablet goes through the questionnaire) but not a reload.
 */
export interface SessionMemory {
  section?: SessionSection;
  projector?: boolean;
  /** Ticked script steps, per session (its creation date). */
  ticks: Map<string, Set<number>>;
}
const memories = new WeakMap<DiagnosticActions, SessionMemory>();
export function memoryOf(actions: DiagnosticActions): SessionMemory {
  let memory = memories.get(actions);
  if (!memory) memories.set(actions, (memory = { ticks: new Map() }));
  return memory;
}

/** Derives a view; the aggregate is recomputed only when the respondents or version change. */
export function sessionView(
  snapshot: DiagnosticSnapshot,
  actions: DiagnosticActions,
  m: Messages,
  t: SessionMessages,
  projector: boolean,
  last: SessionView | null,
): SessionView {
  const session = snapshot.state.session;
  const previous = snapshot.state.previous;
  const old = last?.snapshot;
  const version = session?.questionnaireVersion ?? 'complet';
  const same =
    !!last &&
    old!.catalogue === snapshot.catalogue &&
    (old!.state.session?.questionnaireVersion ?? 'complet') === version;
  const summary = !session
    ? null
    : same && last.summary && old!.state.session?.respondents === session.respondents
      ? last.summary
      : aggregateRespondents(snapshot.catalogue, session.respondents, { version });
  const samePrevious = same && old!.state.previous === previous;
  const before = !previous
    ? null
    : samePrevious && last.before
      ? last.before
      : computeProfile(snapshot.catalogue, previous.answers, { version });
  const comparison =
    before && summary?.respondentCount ? compareProfiles(before, summary.profile) : null;
  const acted = samePrevious
    ? last.acted
    : axesActedOn(snapshot.catalogue, previous?.retained ?? []);
  return { snapshot, actions, m, t, projector, summary, before, comparison, acted };
}

/** A role id's name (« CPE »), a free role as written, or « Sans rôle ». */
export function roleName(view: SessionView, role: string | null | undefined): string {
  if (!role) return view.t.respondents.noRole;
  return view.m.roles[role] ?? role;
}

/** The label of a respondent who came without one: the role's name, or « Participant 3 ». */
export function defaultLabelFor(view: SessionView) {
  return (position: number, role: string | undefined) =>
    role ? roleName(view, role) : view.t.respondents.label(position);
}

/** « 10 mars 2027 » (or « 10 March 2027 »). */
export function formatDate(iso: string, t: SessionMessages): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(t.locale, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The `<option>`s of a role picker: « not specified » first, then the widget's roles. */
export function roleOptions(view: SessionView, selected: string | undefined) {
  const roles = view.m.roles;
  const custom = selected && !Object.hasOwn(roles, selected);
  return html`<option value="" ?selected=${!selected}>${view.m.welcome.roleNone}</option>
    ${custom ? html`<option value=${selected} selected>${selected}</option>` : ''}
    ${Object.entries(roles).map(
      ([id, label]) => html`<option value=${id} ?selected=${selected === id}>${label}</option>`,
    )}`;
}

/**
 * Applies a session transition that also reports something (what was added, removed…): the new
 * state goes through `actions.update`, the report comes back.
 */
export function apply<R extends { state: DiagnosticSnapshot['state'] }>(
  view: SessionView,
  transition: (state: DiagnosticSnapshot['state']) => R,
): R | null {
  let result: R | null = null;
  view.actions.update((state) => (result = transition(state)).state);
  return result;
}
