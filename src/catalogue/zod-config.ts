/*
 * No global zod configuration, on purpose. The widget's schemas are built with `zod/mini`, whose
 * object schema never compiles a fast path: neither building nor parsing one calls `new Function`,
 * so a strict CSP page (script-src without 'unsafe-eval') sees no violation, and the host app's own
 * zod keeps its settings (an earlier `z.config({ jitless: true })` here switched the whole page's
 * zod to the slow path). The catalogue's parse still passes `jitless: true` per call (`parse.ts`).
 * test/catalogue/zod-global.test.ts checks both; the CSP e2e tests check the page.
 * The side-effect imports of this module are harmless and can go with the next edit of each file.
 */
export {};
