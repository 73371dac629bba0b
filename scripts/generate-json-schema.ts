import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCatalogueJsonSchema } from '../src/catalogue/json-schema.js';

// data/*.json is outside Prettier's reach (.prettierignore): the generator's layout is the committed one.
const target = fileURLToPath(new URL('../data/catalogue.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(buildCatalogueJsonSchema(), null, 2)}\n`);
console.log(`Écrit : ${target}`);
