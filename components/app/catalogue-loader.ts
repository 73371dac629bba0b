import { CatalogueError } from '../../src/catalogue/errors.js';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { catalogueEn } from '../i18n/catalogue-en.js';
import { catalogueFr } from '../i18n/catalogue-fr.js';
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
  // An address no request can serve (`javascript:`, `file:`, a typo) is said as such, not as a
  // network failure.
  const wrong = addressProblem(src, messages);
  if (wrong) return failure(stringsOf(messages).load(src, wrong));
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
  const t = stringsOf(messages);
  const unreachable = () => failure(t.load(src, timedOut() ? t.timeout : t.network));
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
  if (!response.ok) return failure(t.load(src, t.http(response.status)));
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
    return jsonFailure(t.load(src, t.json), text);
  }
  return validateCatalogue(raw, src, messages);
}

/** Schemes a catalogue can be fetched from: the web's, and a page's own `blob:` (an app's). */
const FETCHABLE = new Set(['http:', 'https:', 'blob:']);

/** Why `src` cannot be fetched at all (a scheme no request serves, or no address), or null. */
function addressProblem(src: string, messages: Messages): string | null {
  let url: URL;
  try {
    url = new URL(src, globalThis.document?.baseURI ?? globalThis.location?.href);
  } catch {
    return stringsOf(messages).badUrl;
  }
  return FETCHABLE.has(url.protocol) ? null : stringsOf(messages).scheme(url.protocol);
}

export async function validateCatalogue(
  raw: unknown,
  src: string,
  messages: Messages,
): Promise<CatalogueResult> {
  // The validator is only needed for a host's own catalogue: keep it out of the first chunk. If
  // its chunk cannot load, the widget is at fault, not the catalogue: a reload brings it.
  const validator = await import('../../src/catalogue/parse.js').catch(() => null);
  if (!validator) return partMissing(messages);
  try {
    return { ok: true, catalogue: validator.parseCatalogue(raw) };
  } catch (error) {
    if (error instanceof CatalogueError) {
      return {
        ok: false,
        problem: { message: stringsOf(messages).invalid(src), issues: error.issues },
      };
    }
    return failure(stringsOf(messages).load(src, String(error)));
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

/** This module's strings, in the language of `messages`. */
function stringsOf(messages: Messages) {
  return messages.lang === 'en' ? catalogueEn : catalogueFr;
}

function failure(message: string): CatalogueResult {
  return { ok: false, problem: { message, issues: [] } };
}

/** The widget's part that reads catalogues did not load: said as such, with « Recharger ». */
function partMissing({ errors }: Messages): CatalogueResult {
  const message = errors.lateParts(errors.latePart.catalogue, false);
  return { ok: false, problem: { message, issues: [], remedy: 'reload' } };
}
