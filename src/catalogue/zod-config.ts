import * as z from 'zod/mini';

/*
 * Imported for its side effect, before any schema is built: zod decides at construction whether an
 * object schema may compile a fast path with `new Function`, and strict CSP pages (script-src without
 * 'unsafe-eval') would log a violation for the probe alone. Any module that builds zod schemas and may
 * load before `schema.ts` should import this file first.
 */
z.config({ jitless: true });
