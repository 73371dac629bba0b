import { CatalogueError, type CatalogueIssue } from './errors.js';

/**
 * JSON text → value, with a JSON syntax error described in French: line, column, what is wrong and
 * the text around it. `JSON.parse`'s own messages differ between engines (English, a byte offset or
 * nothing), so the error is located again by a small scanner of the JSON grammar, run only once
 * `JSON.parse` has failed. Shared by the widget's loader, the validator page and the CLI.
 */
export function parseJsonText(text: string): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(source) as unknown;
  } catch {
    throw new CatalogueError(jsonSyntaxIssues(source), 'Le fichier n’est pas un JSON valide');
  }
}

/** Where and why `text` is not JSON, as one catalogue issue (the whole file: empty path). */
export function jsonSyntaxIssues(text: string): CatalogueIssue[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problem = locateJsonError(source);
  if (!problem) return [{ path: '', message: 'JSON invalide' }];
  const { line, column, reason, excerpt } = problem;
  const around = excerpt ? ` ; texte autour : « ${excerpt} »` : '';
  return [
    { path: '', message: `JSON invalide, ligne ${line}, colonne ${column} : ${reason}${around}` },
  ];
}

export interface JsonSyntaxProblem {
  /** 1-based, like an editor's. */
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  /** French. */
  readonly reason: string;
  /** Up to 40 characters before the position and 20 after, on one line. */
  readonly excerpt: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const CURLY = /[“”«»‘’]/;

function shown(text: string, at: number): string {
  if (at >= text.length) return 'la fin du fichier';
  const char = text[at] ?? '';
  const curly = CURLY.test(char)
    ? ' (guillemets typographiques : écrire des guillemets droits ")'
    : '';
  return `« ${char} »${curly}`;
}

/** The first syntax error of `text`, or null when it is JSON. */
export function locateJsonError(text: string): JsonSyntaxProblem | null {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] ?? '')) at += 1;
  };
  const string = () => {
    const start = at;
    at += 1;
    for (;;) {
      if (at >= text.length) throw new Stop(start, 'texte entre guillemets jamais fermé');
      const code = text.charCodeAt(at);
      if (code === 0x22) {
        at += 1;
        return;
      }
      if (code < 0x20)
        throw new Stop(
          at,
          'retour à la ligne ou tabulation dans un texte entre guillemets (écrire \\n ou \\t), ou guillemet fermant oublié',
        );
      if (code === 0x5c) {
        const next = text[at + 1] ?? '';
        if ('"\\/bfnrt'.includes(next) && next !== '') at += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) at += 6;
        else throw new Stop(at, `barre oblique inverse mal employée « \\${next} » (écrire \\\\)`);
      } else at += 1;
    }
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    const literal = /^(?:true|false|null)/.exec(text.slice(at, at + 5));
    if (literal) {
      at += literal[0].length;
      return;
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (number && number[0] !== '-') {
      at += number[0].length;
      return;
    }
    if (at >= text.length) throw new Stop(at, 'le fichier s’arrête là où une valeur est attendue');
    throw new Stop(
      at,
      `valeur attendue (texte entre guillemets droits, nombre, true, false, null, objet ou tableau), trouvé ${shown(text, at)}`,
    );
  };
  /**
   * After an object's or an array's member: its closing mark ends it (true); a comma goes on to
   * the next member (false), and may not come just before the closing mark.
   */
  const closedAfterMember = (close: '}' | ']', ended: string, expected: string): boolean => {
    space();
    if (text[at] === close) {
      at += 1;
      return true;
    }
    if (text[at] !== ',')
      throw new Stop(
        at,
        at >= text.length ? ended : `${expected}, trouvé ${shown(text, at)} (virgule oubliée ?)`,
      );
    const comma = at;
    at += 1;
    space();
    if (text[at] === close) throw new Stop(comma, `virgule en trop avant « ${close} »`);
    return false;
  };
  const objectEnded = 'le fichier s’arrête avant la fin de l’objet (accolade « } » manquante)';
  const object = () => {
    at += 1;
    space();
    if (text[at] === '}') {
      at += 1;
      return;
    }
    for (;;) {
      space();
      if (text[at] !== '"')
        throw new Stop(
          at,
          at >= text.length
            ? objectEnded
            : `nom de champ entre guillemets droits attendu, trouvé ${shown(text, at)}`,
        );
      string();
      space();
      if (text[at] !== ':')
        throw new Stop(
          at,
          `deux-points « : » attendu après le nom du champ, trouvé ${shown(text, at)}`,
        );
      at += 1;
      value();
      if (closedAfterMember('}', objectEnded, 'virgule ou accolade « } » attendue')) return;
    }
  };
  const array = () => {
    at += 1;
    space();
    if (text[at] === ']') {
      at += 1;
      return;
    }
    for (;;) {
      value();
      const ended = 'le fichier s’arrête avant la fin du tableau (crochet « ] » manquant)';
      if (closedAfterMember(']', ended, 'virgule ou crochet « ] » attendu')) return;
    }
  };
  try {
    space();
    if (at >= text.length) throw new Stop(at, 'le fichier est vide');
    value();
    space();
    if (at < text.length) throw new Stop(at, `texte après la fin du JSON : ${shown(text, at)}`);
    return null;
  } catch (error) {
    // Anything else (a nesting deeper than the stack) leaves the error unlocated.
    return error instanceof Stop ? describe(text, error) : null;
  }
}

function describe(text: string, { offset, reason }: Stop): JsonSyntaxProblem {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const excerpt =
    `${text.slice(Math.max(0, offset - 40), offset)}${text.slice(offset, offset + 20)}`
      .replace(/\s+/g, ' ')
      .trim();
  return { line, column, offset, reason, excerpt };
}
