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

/**
 * A test for what `include` matches unless `exclude` matches it too: a folder's chunk without the
 * files that load later (a dynamic import of a module in the same chunk would not split it off).
 */
export function except(include: RegExp, exclude: RegExp): RegExp {
  return new RegExp(String.raw`^(?![\s\S]*${exclude.source})[\s\S]*${include.source}`);
}

/**
 * Files of `core`'s folders that the first view never runs, each imported dynamically (or only by
 * a later chunk): they land where the import graph puts them, not in `core`.
 * Each is imported by a first-view module (or by the views that use it), not only by another lazy
 * module: a lazy part of a lazy part would cost one more round trip.
 * - `print`: the print helper, imported by the views that print (the profile's, the session's);
 * - `catalogue-loader`: fetches a host's `catalogue-src`, loaded only when the attribute is set;
 * - `store-late`: following other tabs' and widgets' saves (the store keeps the listeners), the
 *   merge of a stale save, and imports with the footer's choice: loaded by the first of these;
 * - `src/diagnostic/tied-highlights` (the profile view's grouping of ties) and
 *   `src/diagnostic/format` (the session's quotes);
 * - `components/styles/table`: the tables' styles (score table, session), in `results`;
 * - `export-fallback`: the export's content to copy when a sandboxed frame may block downloads;
 * - `storage-notice`: the words and download buttons of the storage notices other than « storage
 *   unavailable or full » (a save set aside or repaired, another tab's save), both languages.
 */
export const LATER_IN_APP = under(
  'components/app/print',
  'components/app/catalogue-loader',
  'components/app/store-late',
  'src/diagnostic/tied-highlights',
  'src/diagnostic/format',
  'components/styles/table',
  'components/app/export-fallback',
  'components/app/storage-notice',
);

export const CHUNKS = [
  {
    // What the first view runs, in one file: small shared chunks each cost a request and compress
    // worse. A module here loads with the first view even when only a later chunk uses it, so the
    // domain parts are the ones the questionnaire and the store need, and no zod. (The decorators'
    // helper, `\0@oxc-project+runtime…`, needs no rule: the first view's elements import it.)
    name: 'core',
    test: except(
      under(
        'node_modules/lit',
        'node_modules/lit-html',
        'node_modules/lit-element',
        'node_modules/@lit',
        'components/app',
        'components/journey',
        'components/styles',
        'src/diagnostic',
        'src/catalogue/constants',
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
      LATER_IN_APP,
    ),
  },
  {
    // The profile, recommendations, fiche and resources, with the recommender and share codes.
    name: 'results',
    test: under('components/results', 'components/styles/table', 'src/recommend', 'src/share'),
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
