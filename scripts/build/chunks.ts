/**
 * Which files ship in which chunk of the one-file build: the only place that says it. A folder of
 * `components/` is a chunk (plus the domain modules that only it runs); anything not listed lands
 * where the bundler's own import graph puts it (the entry, or a chunk per dynamic import: the
 * English strings, the error panel, the built-in catalogue's content).
 */

/** A test for module ids under any of `folders` (relative to the repository, `/`-separated). */
export function under(...folders: string[]): RegExp {
  const separator = String.raw`[\\/]`;
  const alternatives = folders.map((folder) =>
    folder
      .split('/')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, String.raw`\$&`))
      .join(separator),
  );
  return new RegExp(`${separator}(?:${alternatives.join('|')})(?:${separator}|\\.|$)`);
}

export const CHUNKS = [
  {
    // What the first view runs, in one file: small shared chunks each cost a request and compress
    // worse. A module here loads with the first view even when only a later chunk uses it, so the
    // domain parts are the ones the questionnaire and the store need, and no zod. (The decorators'
    // helper, `\0@oxc-project+runtime…`, needs no rule: the first view's elements import it.)
    name: 'core',
    test: under(
      'node_modules/lit',
      'node_modules/lit-html',
      'node_modules/lit-element',
      'node_modules/@lit',
      'components/app',
      'components/journey',
      'components/styles',
      'src/diagnostic',
      'src/catalogue/constants',
      'src/catalogue/errors',
      'src/storage/store',
      'src/storage/port',
      'src/storage/notices',
      'src/storage/errors',
      'src/storage/limits',
      'src/storage/empty-state',
      'src/storage/serialize',
      'src/exchange/errors',
      'src/exchange/export',
    ),
  },
  {
    // The profile, recommendations, fiche and resources, with the recommender and share codes.
    name: 'results',
    test: under('components/results', 'src/recommend', 'src/share'),
  },
  // components/session/ is a chunk of its own without a group: its index is a dynamic import.
  // (Seen with rolldown 1.0: a `session` group here took the validation group's modules with it.)
  { name: 'plan', test: under('components/plan', 'components/i18n/plan-fr', 'src/plan') },
  {
    // zod and the saved state's schema: read back a save, check an import or a host's catalogue.
    name: 'validation',
    test: under(
      'node_modules/zod',
      'src/catalogue/zod-config',
      'src/storage/schema',
      'src/storage/saved-state',
      'src/storage/issues',
      'src/storage/migrations',
    ),
  },
  {
    // An import checks the file's size first, then parses it: one request for both.
    name: 'diagnostic-file',
    test: under('src/exchange/diagnostic-file', 'src/exchange/size'),
  },
];
