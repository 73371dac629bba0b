// Writes the built-in catalogue's two parts as TypeScript modules (see catalogue-modules.ts);
// with --check, only says whether the committed ones are up to date.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogueModules, GENERATED } from './catalogue-modules.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const check = process.argv.includes('--check');
const raw: unknown = JSON.parse(readFileSync(join(ROOT, 'data', 'catalogue.json'), 'utf8'));
const modules = await catalogueModules(raw, ROOT);
let stale = 0;
for (const part of ['questionnaire', 'content'] as const) {
  const path = join(ROOT, GENERATED[part]);
  const current = (() => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  })();
  if (current === modules[part]) continue;
  stale += 1;
  if (check) console.error(`Périmé : ${GENERATED[part]} (lancer npm run catalogue:generate)`);
  else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, modules[part]);
    console.log(`Écrit : ${GENERATED[part]}`);
  }
}
if (check && stale) process.exit(1);
if (!stale) console.log('Les modules du catalogue intégré sont à jour.');
