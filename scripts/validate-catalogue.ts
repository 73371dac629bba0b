import { readFileSync } from 'node:fs';
import { CatalogueError, formatIssues } from '../src/catalogue/errors.js';
import { parseCatalogue } from '../src/catalogue/parse.js';

// Usage: npx tsx scripts/validate-catalogue.ts chemin/vers/catalogue.json — the checks the widget runs.
const file = process.argv[2] ?? 'data/catalogue.json';
try {
  const catalogue = parseCatalogue(JSON.parse(readFileSync(file, 'utf8')));
  console.log(
    `${file} : catalogue valide (${catalogue.questions.length} questions, ${catalogue.fiches.length} fiches).`,
  );
} catch (error) {
  if (error instanceof CatalogueError)
    console.error(`${file} : ${error.message}\n${formatIssues(error.issues)}`);
  else console.error(`${file} : ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
