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

/** Longest wait for the host's catalogue (a server or captive portal that never answers). */
export const CATALOGUE_TIMEOUT_MS = 20_000;
/** A network failure (not an HTTP error) is tried once more, after this wait. */
export const CATALOGUE_RETRY_DELAY_MS = 2_000;

/**
 * Loads the catalogue a host page names: the only network request the widget ever makes.
 * Every failure becomes a French problem description, never an exception. A server that does not
 * answer within `timeoutMs` is given up (the error panel offers « Réessayer »); a network failure
 * is tried once more after `CATALOGUE_RETRY_DELAY_MS`.
 */
export async function loadCatalogue(
  src: string,
  messages: Messages,
  signal?: AbortSignal,
  { timeoutMs = CATALOGUE_TIMEOUT_MS, retryDelayMs = CATALOGUE_RETRY_DELAY_MS } = {},
): Promise<CatalogueResult> {
  // One deadline for the request and its body, cancelled with the caller's signal too.
  const deadline = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    deadline.abort();
  }, timeoutMs);
  const forward = () => deadline.abort();
  signal?.addEventListener('abort', forward, { once: true });
  try {
    return await fetchCatalogue(src, messages, deadline.signal, retryDelayMs, () => timedOut);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

async function fetchCatalogue(
  src: string,
  messages: Messages,
  signal: AbortSignal,
  retryDelayMs: number,
  timedOut: () => boolean,
): Promise<CatalogueResult> {
  const errors = messages.errors;
  const unreachable = () =>
    failure(
      errors.catalogueLoad(src, timedOut() ? errors.catalogueTimeout : errors.catalogueNetwork),
    );
  let response: Response | null = null;
  for (let attempt = 0; attempt < 2 && !response; attempt += 1) {
    try {
      response = await fetch(src, {
        signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
    } catch {
      if (attempt === 1 || signal.aborted) return unreachable();
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
      if (signal.aborted) return unreachable();
    }
  }
  if (!response) return unreachable();
  if (!response.ok)
    return failure(errors.catalogueLoad(src, errors.catalogueHttp(response.status)));
  let raw: unknown;
  let text: string;
  try {
    text = await response.text();
  } catch {
    return unreachable();
  }
  try {
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
