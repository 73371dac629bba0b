import { checkCrossReferences } from './cross-checks.js';
import { CatalogueError } from './errors.js';
import { IssueList } from './issues.js';
import { catalogueSchema, type Catalogue } from './schema.js';
import { snapshot } from './snapshot.js';
import { checkUrls } from './urls.js';
import { addZodIssues, NO_MESSAGE } from './zod-issues.js';

export { CatalogueError } from './errors.js';
// The loader reads the line of a JSON syntax error from here: one lazy chunk for both checks.
export { jsonSyntaxIssues } from './json-text.js';

/**
 * Validates any value (typically `JSON.parse` of a fetched file) as a catalogue, in four passes that
 * each stop at the first failing one: safe copy of the raw input, shapes (zod), cross-references,
 * URLs. Returns a fresh object; throws `CatalogueError` and nothing else, whatever the input.
 */
export function parseCatalogue(input: unknown): Catalogue {
  try {
    return parse(input);
  } catch (error) {
    if (error instanceof CatalogueError) throw error;
    // A hostile proxy or a platform limit (stack, memory) may still throw from inside zod.
    throw new CatalogueError([
      { path: '', message: 'catalogue : lecture impossible, le contenu est illisible' },
    ]);
  }
}

function parse(input: unknown): Catalogue {
  const issues = new IssueList();
  const copy = snapshot(input, issues);
  issues.throwIfAny();

  const result = catalogueSchema.safeParse(copy, {
    error: () => NO_MESSAGE,
    reportInput: true,
    jitless: true,
  });
  if (!result.success) {
    addZodIssues(result.error.issues, issues);
    issues.throwIfAny();
  }
  const catalogue = result.data as Catalogue;

  checkCrossReferences(catalogue, issues);
  checkUrls(catalogue, issues);
  issues.throwIfAny();
  return catalogue;
}
