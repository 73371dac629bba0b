import { CatalogueError } from '../../src/catalogue/errors.js';
import type { Catalogue } from '../../src/catalogue/schema.js';
import type { Messages } from '../i18n/index.js';

export interface CatalogueProblem {
  readonly message: string;
  readonly issues: readonly { path: string; message: string }[];
  /** A part of the widget failed to load: a failed module import stays failed until a reload. */
  readonly remedy?: 'reload';
}

export type CatalogueResult =
  | { readonly ok: true; readonly catalogue: Catalogue }
  | { readonly ok: false; readonly problem: CatalogueProblem };

/**
 * Loads the catalogue a host page names: the only network request the widget ever makes.
 * Every failure becomes a French problem description, never an exception.
 */
export async function loadCatalogue(
  src: string,
  messages: Messages,
  signal?: AbortSignal,
): Promise<CatalogueResult> {
  const errors = messages.errors;
  let response: Response;
  try {
    response = await fetch(src, {
      signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
  } catch {
    return failure(errors.catalogueLoad(src, errors.catalogueNetwork));
  }
  if (!response.ok)
    return failure(errors.catalogueLoad(src, errors.catalogueHttp(response.status)));
  let raw: unknown;
  let text = '';
  try {
    text = await response.text();
    raw = JSON.parse(text);
  } catch {
    return jsonFailure(errors.catalogueLoad(src, errors.catalogueJson), text);
  }
  return validateCatalogue(raw, src, messages);
}

export async function validateCatalogue(
  raw: unknown,
  src: string,
  messages: Messages,
): Promise<CatalogueResult> {
  try {
    // The validator is only needed for a host's own catalogue: keep it out of the first chunk.
    const { parseCatalogue } = await import('../../src/catalogue/parse.js');
    return { ok: true, catalogue: parseCatalogue(raw) };
  } catch (error) {
    if (error instanceof CatalogueError) {
      return {
        ok: false,
        problem: { message: messages.errors.catalogueInvalid(src), issues: error.issues },
      };
    }
    return failure(messages.errors.catalogueLoad(src, String(error)));
  }
}

/** Where the syntax error is (line, column, text around it), from the validator's chunk. */
async function jsonFailure(message: string, text: string): Promise<CatalogueResult> {
  try {
    const { jsonSyntaxIssues } = await import('../../src/catalogue/parse.js');
    return { ok: false, problem: { message, issues: jsonSyntaxIssues(text) } };
  } catch {
    return failure(message);
  }
}

function failure(message: string): CatalogueResult {
  return { ok: false, problem: { message, issues: [] } };
}
