import type * as z from 'zod/mini';
import { quote, type IssueList, type PathSegment } from './issues.js';

type ZodIssue = z.core.$ZodIssue;

/**
 * Returned by the parse-level error map: zod uses it only when the schema or check has no message of
 * its own, so any other message is one written in French in `schema.ts` and is kept as is.
 */
export const NO_MESSAGE = '\u0000';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'texte',
  number: 'nombre',
  int: 'nombre entier',
  boolean: 'booléen (true ou false)',
  array: 'liste',
  object: 'objet',
  null: 'null',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'liste';
  switch (typeof value) {
    case 'string':
      return `texte ${quote(value)}`;
    case 'number':
      return `nombre ${String(value)}`;
    case 'boolean':
      return `booléen ${String(value)}`;
    case 'object':
      return 'objet';
    default:
      return typeof value;
  }
}

function plural(count: number | bigint, word: string): string {
  return `${String(count)} ${word}${Number(count) > 1 ? 's' : ''}`;
}

function sizeOf(input: unknown): number | undefined {
  return typeof input === 'string' || Array.isArray(input) ? input.length : undefined;
}

function received(input: unknown): string {
  const size = sizeOf(input);
  return size === undefined ? '' : ` (reçu : ${size})`;
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const { minimum, origin, input } = issue;
  if (origin === 'string') {
    return Number(minimum) === 1
      ? 'texte vide'
      : `texte trop court : au moins ${plural(minimum, 'caractère')}`;
  }
  if (origin === 'array') {
    if (issue.exact)
      return `exactement ${plural(minimum, 'élément')} attendu${Number(minimum) > 1 ? 's' : ''}${received(input)}`;
    return `liste trop courte : au moins ${plural(minimum, 'élément')}${received(input)}`;
  }
  return issue.inclusive === false
    ? `doit être supérieur à ${String(minimum)}`
    : `valeur trop petite : minimum ${String(minimum)}`;
}

function tooBig(issue: z.core.$ZodIssueTooBig): string {
  const { maximum, origin, input } = issue;
  if (origin === 'string')
    return `texte trop long : ${plural(maximum, 'caractère')} au plus${received(input)}`;
  if (origin === 'array') {
    if (issue.exact)
      return `exactement ${plural(maximum, 'élément')} attendu${Number(maximum) > 1 ? 's' : ''}${received(input)}`;
    return `liste trop longue : ${plural(maximum, 'élément')} au plus${received(input)}`;
  }
  return issue.inclusive === false
    ? `doit être inférieur à ${String(maximum)}`
    : `valeur trop grande : maximum ${String(maximum)}`;
}

function allowed(values: readonly unknown[], input: unknown): string {
  const list = values.map((v) => (typeof v === 'string' ? `« ${v} »` : String(v))).join(', ');
  const problem =
    input === undefined ? 'champ obligatoire manquant' : `valeur ${quote(input)} non autorisée`;
  return `${problem} ; valeurs permises : ${list}`;
}

/** A union of literals (`0 | 1 | 2 | 3`) fails as one issue per branch; authors need the allowed list. */
function union(issue: ZodIssue & { code: 'invalid_union' }): string {
  const branches = issue.errors.flat();
  if (branches.length > 0 && branches.every((b) => b.code === 'invalid_value')) {
    return allowed(
      branches.flatMap((b) => (b.code === 'invalid_value' ? b.values : [])),
      issue.input,
    );
  }
  return 'valeur non conforme';
}

function translate(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `champ obligatoire manquant (type attendu : ${typeName(issue.expected)})`
        : `type attendu : ${typeName(issue.expected)}, reçu : ${describe(issue.input)}`;
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_value':
      return allowed(issue.values, issue.input);
    case 'invalid_union':
      return union(issue);
    case 'invalid_format':
      if (issue.message !== NO_MESSAGE) return issue.message;
      return issue.format === 'regex'
        ? 'format non valide'
        : `format non valide (attendu : ${issue.format})`;
    case 'not_multiple_of':
      return `doit être un multiple de ${issue.divisor}`;
    default:
      return issue.message !== NO_MESSAGE ? issue.message : 'valeur non valide';
  }
}

/**
 * Adds zod's issues in French. An array check (`z.length(4)`) also fires on a string given where the
 * list was expected; once a value has the wrong type, its other issues are noise and are dropped.
 */
export function addZodIssues(zodIssues: readonly ZodIssue[], issues: IssueList): void {
  const mistyped = new Set(
    zodIssues.filter((i) => i.code === 'invalid_type').map((i) => JSON.stringify(i.path)),
  );
  for (const issue of zodIssues) {
    const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.add([...path, key], `propriété inconnue « ${key} »`);
      continue;
    }
    if (issue.code !== 'invalid_type' && mistyped.has(JSON.stringify(issue.path))) continue;
    issues.add(path, translate(issue));
  }
}
