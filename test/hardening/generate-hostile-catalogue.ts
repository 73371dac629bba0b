// Regenerates test/fixtures/hostile-catalogue.json: `npx tsx test/hardening/generate-hostile-catalogue.ts`.
import { writeFileSync } from 'node:fs';
import { hostileCatalogue } from './hostile-catalogue.js';

const target = new URL('../fixtures/hostile-catalogue.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(hostileCatalogue(), null, 2)}\n`);
console.log(`Écrit / written: ${target.pathname}`);
