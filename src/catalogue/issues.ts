import { CatalogueError, summarise, type CatalogueIssue } from './errors.js';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** Enough for an author to fix the first screenful; a broken file can yield thousands. */
export const MAX_ISSUES = 100;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['fiches', 3, 'axes', 0, 'axis']` → `fiches[3].axes[0].axis`, the notation authors see in editors. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what must be made visible
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const MAX_QUOTED = 60;

/** Quotes an author's value in French guillemets, visibly escaping invisible characters (a tab in a URL). */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const visible = text.replace(
    CONTROL,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const short = visible.length > MAX_QUOTED ? `${visible.slice(0, MAX_QUOTED)}…` : visible;
  return `« ${short} »`;
}

/** Collects issues up to `MAX_ISSUES`, still counting the rest so the summary tells the truth. */
export class IssueList {
  private readonly kept: CatalogueIssue[] = [];
  private total = 0;

  add(path: Path, problem: string): void {
    this.total += 1;
    if (this.kept.length >= MAX_ISSUES) return;
    const where = formatPath(path);
    this.kept.push({ path: where, message: `${where === '' ? 'catalogue' : where} : ${problem}` });
  }

  toError(): CatalogueError {
    const hidden = this.total - this.kept.length;
    if (hidden === 0) return new CatalogueError(this.kept);
    const note = {
      path: '',
      message: `… et ${hidden} autre${hidden > 1 ? 's' : ''} problème${hidden > 1 ? 's' : ''} non listé${hidden > 1 ? 's' : ''}`,
    };
    return new CatalogueError([...this.kept, note], summarise(this.total));
  }

  throwIfAny(): void {
    if (this.total > 0) throw this.toError();
  }
}
