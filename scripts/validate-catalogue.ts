import { readFileSync } from 'node:fs';
import { checkCatalogueText } from '../src/catalogue/check.js';

// Usage: npx tsx scripts/validate-catalogue.ts chemin/vers/catalogue.json — the checks the widget
// runs, with the report of `npx perseverance-diagnostic valider` and of the validator page.
const file = process.argv[2] ?? 'data/catalogue.json';
const { ok, report } = checkCatalogueText(file, readFileSync(file, 'utf8'));
if (ok) console.log(report);
else {
  console.error(report);
  process.exitCode = 1;
}
