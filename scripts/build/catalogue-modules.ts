import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { CatalogueError, formatIssues } from '../../src/catalogue/errors.js';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { splitCatalogue, type CatalogueParts } from '../../src/catalogue/split.js';
import { DROPPED_FIELDS, dropFields } from './unread-fields.js';

/**
 * The built-in catalogue feeds two chunks: its questionnaire (first view) and its fiches, actions
 * and resources (loaded later). A JSON module imported from both would stay whole in a shared
 * chunk, so each part is a generated TypeScript module of its own, committed (a test checks they
 * are up to date with data/catalogue.json) and imported like any source by the one-file build and
 * the npm build alike.
 */
export const GENERATED: Record<keyof CatalogueParts, string> = {
  questionnaire: 'components/catalogue/generated/questionnaire.ts',
  content: 'components/catalogue/generated/content.ts',
};

const TYPES: Record<keyof CatalogueParts, string> = {
  questionnaire: 'Questionnaire',
  content: 'CatalogueContent',
};

/** Keys moved to the end of a part's literal. */
const LAST: Record<keyof CatalogueParts, string[]> = { questionnaire: [], content: ['fiches'] };

/** The parts as the widget ships them: `raw` checked by `parseCatalogue`, dropped fields out. */
export function shippedParts(raw: unknown, dropped: readonly string[] = DROPPED_FIELDS) {
  const catalogue = parseCatalogue(raw);
  try {
    // Parsed again: a dropped field the schema requires would make the parts' types lie.
    return splitCatalogue(parseCatalogue(dropFields(catalogue, dropped)));
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    throw new Error(
      `Un champ retiré du catalogue intégré est exigé par le schéma (scripts/build/unread-fields.ts) :\n${formatIssues(error.issues)}`,
      { cause: error },
    );
  }
}

/**
 * The source of one part's module: an object literal, not JSON.parse('…'): a module's top-level
 * bytecode lives as long as the page, so the JSON text would stay in the heap as a string constant
 * (two bytes per character: the text has non-Latin-1 characters) beside the objects parsed from
 * it. (`parseCatalogue`'s strict objects admit no `__proto__` key, which a literal would read as
 * the object's prototype.)
 */
export function moduleSource(part: keyof CatalogueParts, value: object): string {
  // Measured on the built chunk: with the fiches last, the content compresses 0.3 KB better
  // (gzip looks back 32 KB only; the actions, resources and guides share more with each other).
  const last = LAST[part];
  const ordered = Object.fromEntries(
    Object.entries(value).sort(([a], [b]) => Number(last.includes(a)) - Number(last.includes(b))),
  );
  return [
    '// Generated from data/catalogue.json by scripts/build/split-catalogue.ts: do not edit, run',
    '// `npm run catalogue:generate` (the fields of scripts/build/unread-fields.ts are left out).',
    `import type { ${TYPES[part]} } from '../../../src/catalogue/split.js';`,
    '',
    `export const ${part}: ${TYPES[part]} = ${JSON.stringify(ordered)};`,
    '',
  ].join('\n');
}

/** Both modules, laid out by Prettier as the repository's files are: path → source. */
export async function catalogueModules(
  raw: unknown,
  root: string,
): Promise<Record<keyof CatalogueParts, string>> {
  const parts = shippedParts(raw);
  const render = async (part: keyof CatalogueParts) => {
    const path = join(root, GENERATED[part]);
    const options = await resolveConfig(path);
    return format(moduleSource(part, parts[part]), { ...options, filepath: path });
  };
  return { questionnaire: await render('questionnaire'), content: await render('content') };
}
