/**
 * The domain tests, run by `npm run test:domain` in Node (node:test + chai, tsx compiles):
 * every `*.test.ts` under these folders, and test/smoke.test.ts. They test src/ (and the pure
 * string tables of components/i18n) and need no browser. web-test-runner.config.mjs leaves the
 * same folders out of Chromium: a folder added here must be added to its `files` exclusions too.
 *
 * One process for all the files rather than one per file (node --test's default): tsx, zod and
 * the catalogue load once, which is most of the run's time on a small machine.
 */
import { readdirSync } from 'node:fs';

export const DOMAIN_TEST_FOLDERS = [
  'catalogue',
  'diagnostic',
  'recommend',
  'session',
  'plan',
  'share',
  'storage',
  'exchange',
  'data',
  'decision',
  // The build steps (scripts/build) and the interface's pure formatters (components/i18n, results).
  'build',
  'i18n',
] as const;

const testDir = new URL('./', import.meta.url);

function testFiles(folder: string): URL[] {
  const dir = new URL(`${folder}/`, testDir);
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .sort();
  if (names.length === 0) throw new Error(`No *.test.ts file in test/${folder}/.`);
  return names.map((name) => new URL(name, dir));
}

const files = [new URL('smoke.test.ts', testDir), ...DOMAIN_TEST_FOLDERS.flatMap(testFiles)];
for (const file of files) await import(file.href);
