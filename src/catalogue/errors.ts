/** One problem found in a catalogue: where (`fiches[3].axes[0].axis`, empty for the whole) and what. */
export interface CatalogueIssue {
  readonly path: string;
  /** French, starts with the path so it reads on its own in a list. */
  readonly message: string;
}

/** The only error `parseCatalogue` throws, whatever the input. */
export class CatalogueError extends Error {
  readonly issues: readonly CatalogueIssue[];

  constructor(issues: readonly CatalogueIssue[], summary?: string) {
    super(summary ?? summarise(issues.length));
    this.name = 'CatalogueError';
    this.issues = Object.freeze([...issues]);
  }
}

export function summarise(count: number): string {
  return `Le catalogue n'est pas valide : ${count} problème${count > 1 ? 's' : ''}`;
}

/** One line per issue, for a log or a `<pre>`; the UI may rather list `issues` itself. */
export function formatIssues(issues: readonly CatalogueIssue[]): string {
  return issues.map((issue) => `- ${issue.message}`).join('\n');
}
