/**
 * How many cases each fast-check property of the domain tests tries: `fc.assert(…, { numRuns })`.
 *
 * 100 by default (fast-check's own default), enough for every `npm test`. For a deeper search, set
 * `FAST_CHECK_RUNS`, e.g. `FAST_CHECK_RUNS=1000 npm run test:domain` (a few seconds more in Node;
 * 10 000, under a minute). A failing property prints its seed and path: fast-check's `seed`
 * and `path` options replay it.
 */
export const DEFAULT_FAST_CHECK_RUNS = 100;

export function fastCheckRuns(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_FAST_CHECK_RUNS;
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`FAST_CHECK_RUNS must be a positive whole number, not “${value}”.`);
  }
  return runs;
}

// `globalThis.process`: the default in a browser, where a test may import this file too.
export const numRuns = fastCheckRuns(globalThis.process?.env.FAST_CHECK_RUNS);
