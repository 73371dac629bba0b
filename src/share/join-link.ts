import type { QuestionnaireVersion } from '../diagnostic/answers.js';

/**
 * The session's join link: the host page's address with a fragment the widget reads at start
 * (`#gpds=1&seance=…&version=court&contact=…`). A fragment is never sent to any server, so the
 * session's name and the facilitator's address stay between the phone and the page. Nothing in
 * it is trusted: a malformed fragment is no link, long values are cut, an address that is not
 * one is dropped.
 */
export interface JoinLink {
  /** The session's name, shown to the respondent. */
  readonly session: string;
  readonly version: QuestionnaireVersion;
  /** The facilitator's e-mail address, for the respondent's `mailto:`; absent when none. */
  readonly contact?: string;
}

/** Marks the fragment as a join link (and its format's version). */
const MARK = 'gpds';
export const MAX_JOIN_SESSION = 120;
export const MAX_JOIN_CONTACT = 254;

/** A plain address `local@domain.tld`, no spaces, no `mailto:` tricks (`?`, `&`, `,`). */
const EMAIL = /^[^\s@?&,;:<>()"]+@[^\s@?&,;:<>()"]+\.[^\s@?&,;:<>()".]+$/;

export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_JOIN_CONTACT && EMAIL.test(value);
}

/** The fragment, `#` included. */
export function formatJoinFragment(link: JoinLink): string {
  const params = new URLSearchParams();
  params.set(MARK, '1');
  params.set('seance', link.session.trim().slice(0, MAX_JOIN_SESSION));
  params.set('version', link.version);
  const contact = link.contact?.trim();
  if (contact && isEmailAddress(contact)) params.set('contact', contact);
  return `#${params.toString()}`;
}

/** The whole link: `pageUrl` without its own fragment, then the join fragment. */
export function formatJoinLink(pageUrl: string, link: JoinLink): string {
  const hash = pageUrl.indexOf('#');
  return (hash < 0 ? pageUrl : pageUrl.slice(0, hash)) + formatJoinFragment(link);
}

/** Reads a fragment (`location.hash`, with or without `#`); null when it is not a join link. */
export function parseJoinFragment(fragment: string): JoinLink | null {
  if (fragment.length > 2000) return null;
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  if (params.get(MARK) !== '1') return null;
  const version = params.get('version');
  if (version !== 'court' && version !== 'complet') return null;
  // Control characters out (a name shows in the interface and in a message), then cut.
  const session = (params.get('seance') ?? '')
    .replace(/\p{Cc}/gu, ' ')
    .trim()
    .slice(0, MAX_JOIN_SESSION);
  const contact = (params.get('contact') ?? '').trim();
  return {
    session,
    version,
    ...(contact && isEmailAddress(contact) ? { contact } : {}),
  };
}

/** `mailto:` to the facilitator with a subject and the ready message (encoded for the URL). */
export function mailtoLink(contact: string, subject: string, body: string): string | null {
  if (!isEmailAddress(contact)) return null;
  return `mailto:${contact}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
