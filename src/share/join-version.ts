import type { QuestionnaireVersion } from '../diagnostic/answers.js';

/**
 * The version a join link asks for, or null when the page was not opened from one (see
 * `join-link.ts`): what the widget reads at start, so the respondent's questionnaire opens in the
 * session's version and not on the session. Apart from `join-link.ts` and without
 * `URLSearchParams` work, because it ships with the first view; it agrees with
 * `parseJoinFragment` (a test checks it).
 */
export function joinedVersion(fragment: string | undefined): QuestionnaireVersion | null {
  if (!fragment || fragment.length > 2000) return null;
  const fields = fragment.replace(/^#/, '').split('&');
  if (fields.find((field) => field.startsWith('gpds=')) !== 'gpds=1') return null;
  const version = fields.find((field) => field.startsWith('version='))?.slice(8);
  return version === 'court' || version === 'complet' ? version : null;
}
