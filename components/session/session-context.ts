import { html } from 'lit';
import { createContext } from '@lit/context';
import { sessionViewModel, type SessionViewModel } from '../../src/session/view.js';
import type { DiagnosticActions, DiagnosticSnapshot, SessionSection } from '../app/context.js';
import type { Messages } from '../i18n/index.js';
import type { SessionMessages } from '../i18n/session-fr.js';

export type { SessionSection };

/*
 * What the session's chunk adds to the store's interface state and actions: the codes pasted but
 * not added yet live in `sessionUi` (like the section and the ticks), so they survive opening
 * another section or passing the tablet, not a reload. Declared here, with the only code that
 * reads and writes them; the store merges `sessionUi` patches whatever their fields.
 */
declare module '../app/context.js' {
  interface SessionUi {
    /** The codes field's text not added yet. */
    readonly codes?: string;
  }
  interface SessionActions {
    /** Keeps the codes field's text (not added yet) for when the section shows again. */
    keepCodes(text: string): void;
  }
}

/**
 * Everything a section of the session reads, derived once per snapshot by the container
 * (`perseverance-session`): replaced, never mutated, like the widget's own snapshot. What it shows
 * beyond the state is the domain's view model (`src/session/view.ts`).
 */
export interface SessionView extends SessionViewModel {
  readonly snapshot: DiagnosticSnapshot;
  readonly actions: DiagnosticActions;
  readonly m: Messages;
  /** The session's strings, in the widget's language. */
  readonly t: SessionMessages;
  /** Projector mode: larger type, fewer controls. */
  readonly projector: boolean;
  /** The facilitator's script steps ticked in this session. */
  readonly ticks: readonly number[];
  /** The view model alone, for the next view to reuse what did not change. */
  readonly model: SessionViewModel;
}

export const sessionContext = createContext<SessionView>(Symbol('perseverance-session'));

/**
 * Derives a view from the snapshot (its `sessionUi` holds the section, projector mode and ticks);
 * the view model reuses `last`'s aggregate and ranking when their inputs did not change.
 */
export function sessionView(
  snapshot: DiagnosticSnapshot,
  actions: DiagnosticActions,
  m: Messages,
  t: SessionMessages,
  last: SessionView | null,
): SessionView {
  const model =
    last?.snapshot === snapshot
      ? last.model
      : sessionViewModel(
          inputOf(snapshot),
          last ? { input: inputOf(last.snapshot), model: last.model } : undefined,
        );
  const ui = snapshot.sessionUi;
  const ticks = ui.ticksFor === (snapshot.state.session?.createdAt ?? null) ? ui.ticks : [];
  return {
    ...model,
    model,
    snapshot,
    actions,
    m,
    t,
    projector: ui.projector,
    ticks,
  };
}

function inputOf(snapshot: DiagnosticSnapshot) {
  const { catalogue, state, establishment } = snapshot;
  return { catalogue, state, establishment };
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

/** One long-date format per locale: building it is what costs (each render of the session's bar). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function longDate(date: Date, locale: string): string {
  let format = dateFormats.get(locale);
  if (!format)
    dateFormats.set(
      locale,
      (format = new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      })),
    );
  return format.format(date);
}

/** « 10 mars 2027 » (or « 10 March 2027 »). */
export function formatDate(iso: string, t: SessionMessages): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : longDate(date, t.locale);
}

/** A calendar day `YYYY-MM-DD` in words (« 15 janvier 2027 »), read as a local day. */
export function formatDay(day: string, t: SessionMessages): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y!, (m ?? 1) - 1, d ?? 1);
  return Number.isNaN(date.getTime()) ? day : longDate(date, t.locale);
}

/** The `<option>`s of a role picker: « not specified » first, then the widget's roles. */
export function roleOptions(view: SessionView, selected: string | undefined) {
  const roles = view.m.roles;
  const custom = selected && !Object.hasOwn(roles, selected);
  return html`<option value="" ?selected=${!selected}>${view.m.welcome.roleNone}</option>
    ${custom ? html`<option value=${selected} selected dir="auto">${selected}</option>` : ''}
    ${Object.entries(roles).map(
      ([id, label]) => html`<option value=${id} ?selected=${selected === id}>${label}</option>`,
    )}`;
}
