import type * as z from 'zod/mini';

/** One validation problem, in French, with the path of the field as `a.b[2].c`. */
export interface StateIssue {
  readonly path: string;
  readonly message: string;
}

type RawIssue = z.core.$ZodRawIssue;

/** Keys and values come from untrusted files: shorten them before they reach a message. */
function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `« ${clip(value)} »` : clip(String(value));
}

function orList(values: readonly unknown[]): string {
  const shown = values.slice(0, 8).map(show);
  return shown.length > 1
    ? `${shown.slice(0, -1).join(', ')} ou ${shown.at(-1)}`
    : (shown[0] ?? '');
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'texte attendu',
  number: 'nombre attendu',
  int: 'nombre entier attendu',
  boolean: 'vrai ou faux attendu',
  array: 'liste attendue',
  object: 'objet attendu',
  record: 'objet attendu',
};

function sizeLimit(
  issue: RawIssue & { origin?: string },
  bound: number | bigint,
  big: boolean,
): string {
  switch (issue.origin) {
    case 'string':
      if (!big && bound === 1) return 'texte vide';
      return big
        ? `texte trop long (${bound} caractères au maximum)`
        : `texte trop court (${bound} caractères au minimum)`;
    case 'array':
      return big
        ? `liste trop longue (${bound} éléments au maximum)`
        : `liste trop courte (${bound} éléments au minimum)`;
    default:
      return big
        ? `valeur trop grande (maximum ${bound})`
        : `valeur trop petite (minimum ${bound})`;
  }
}

/**
 * French text for a zod issue, used as the parse-time error map (schema-level messages still win).
 * Only the issue kinds the saved-state and export schemas can produce get their own wording.
 */
export function frenchIssueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'champ manquant';
      return EXPECTED[issue.expected] ?? 'type de valeur incorrect';
    case 'too_big':
      return sizeLimit(issue, issue.maximum, true);
    case 'too_small':
      return sizeLimit(issue, issue.minimum, false);
    case 'invalid_value':
      return `valeur attendue : ${orList(issue.values)}`;
    case 'unrecognized_keys':
      return `champ${issue.keys.length > 1 ? 's' : ''} inconnu${issue.keys.length > 1 ? 's' : ''} : ${issue.keys.slice(0, 5).map(show).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'datetime' ? 'date et heure ISO 8601 attendues' : 'format non valide';
    case 'invalid_key':
      return 'identifiant non valide (minuscules, chiffres, tirets)';
    default:
      return 'valeur non valide';
  }
}

/** `["session", "respondents", 2, "answers", "q-1"]` → `session.respondents[2].answers.q-1`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += `${text ? '.' : ''}${clip(String(segment))}`;
  }
  return text;
}

export function toStateIssues(issues: readonly z.core.$ZodIssue[]): StateIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** « session.name : texte vide » — the root is named « (racine) » so the path is never blank. */
export function describeIssues(issues: readonly StateIssue[]): string {
  const [first] = issues;
  if (!first) return 'contenu non valide';
  const head = `${first.path || '(racine)'} : ${first.message}`;
  const others = issues.length - 1;
  return others > 0
    ? `${head} (et ${others} autre${others > 1 ? 's' : ''} problème${others > 1 ? 's' : ''})`
    : head;
}
