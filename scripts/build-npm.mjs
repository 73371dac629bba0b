// The npm package's modules: src/ and components/ compiled by tsc into dist/npm/ (ES modules and
// .d.ts, one file per source file, for bundlers and Node). Three things tsc leaves to do:
// - the build-time version constant, which Vite's `define` fills in for the one-file build;
// - imports of data/catalogue.json (the npm `defaultCatalogue`): Node only loads JSON with an import
//   attribute, and never with named imports, so the catalogue becomes a JS module with one export
//   per top-level field. The widget's own copy needs nothing here: its questionnaire and content
//   are generated TypeScript (components/catalogue/generated/), compiled like any source;
// - the lit templates' minification (css`` and html``), done by Vite plugins in the project's build.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = join(ROOT, 'dist', 'npm');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function files(folder, suffix) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return files(path, suffix);
    return path.endsWith(suffix) ? [path] : [];
  });
}

function fail(message) {
  console.error(`build-npm : ${message}`);
  process.exit(1);
}

rmSync(OUT, { recursive: true, force: true });
try {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    { cwd: ROOT, stdio: 'inherit' },
  );
} catch {
  rmSync(OUT, { recursive: true, force: true });
  fail('tsc a signalé des erreurs (ci-dessus) : le paquet npm n’est pas construit.');
}

// The catalogue as a JS module.
const catalogue = JSON.parse(readFileSync(join(ROOT, 'data', 'catalogue.json'), 'utf8'));
const fields = Object.keys(catalogue).filter((name) => name !== '$schema');
for (const name of fields)
  if (!/^[A-Za-z_][\w]*$/.test(name)) fail(`champ du catalogue inattendu « ${name} ».`);
const catalogueModule = [
  '// Generated from data/catalogue.json by scripts/build-npm.mjs.',
  ...fields.map((name) => `export const ${name} = ${JSON.stringify(catalogue[name])};`),
  `export default { ${fields.join(', ')} };`,
  '',
].join('\n');
writeFileSync(join(OUT, 'data', 'catalogue.js'), catalogueModule);
rmSync(join(OUT, 'data', 'catalogue.json'), { force: true });

// Version and JSON imports in the emitted modules.
const JSON_IMPORT = /(from\s*['"])((?:\.\.?\/)+data\/catalogue)\.json(['"])/g;
let versions = 0;
let jsonImports = 0;
for (const file of files(OUT, '.js')) {
  const source = readFileSync(file, 'utf8');
  const rewritten = source
    .replace(/\b__PERSEVERANCE_VERSION__\b/g, () => {
      versions += 1;
      return JSON.stringify(version);
    })
    .replace(JSON_IMPORT, (_, start, path, end) => {
      jsonImports += 1;
      return `${start}${path}.js${end}`;
    });
  if (/from\s*['"][^'"]+\.json['"]/.test(rewritten))
    fail(`${relative(ROOT, file)} importe encore un fichier JSON.`);
  if (rewritten !== source) writeFileSync(file, rewritten);
}
if (versions === 0)
  fail('__PERSEVERANCE_VERSION__ introuvable : la version ne serait pas injectée.');

// The template minification of the project's own build (vite.config.ts's plugins), applied to the
// emitted element modules: an app that bundles the package gets the same first view (within the
// script build's ceiling, test/e2e/npm-dist.test.mjs). The same functions as the plugins, from the same files. The element
// modules ship minified (oxc, through Vite; names kept): the templates' scanner then meets no
// comment, and an app's bundler has less to do. src/ stays as tsc wrote it, for Node readers.
const { minifySync } = await import('vite');
const { tsImport } = await import('tsx/esm/api');
const { minifyCssTemplates } = await tsImport('./build/minify-lit-css.ts', import.meta.url);
const { collapseLitHtml } = await tsImport('./build/collapse-lit-html.ts', import.meta.url);
// tsc writes its decorator helper into every module that uses decorators; Vite's build imports one.
const DECORATE =
  /^var __decorate = \(this && this\.__decorate\) \|\| function [^\n]*\n(?:[^\n]*\n)*?\};\n/;
const HELPER = join(OUT, 'components', 'decorate-helper.js');
let helper = null;
let minified = 0;
for (const file of files(join(OUT, 'components'), '.js')) {
  let source = readFileSync(file, 'utf8');
  const decorate = DECORATE.exec(source);
  if (decorate) {
    helper ??= `export ${decorate[0].replace(/^var __decorate = \(this && this\.__decorate\) \|\| /, 'const __decorate = ')}`;
    const from = relative(dirname(file), HELPER).split('\\').join('/');
    source = `import { __decorate } from '${from.startsWith('.') ? from : `./${from}`}';\n${source.slice(decorate[0].length)}`;
  }
  const result = minifySync(file, source, {
    module: true,
    compress: true,
    mangle: false,
  });
  if (result.errors?.length) fail(`${relative(ROOT, file)} : ${result.errors[0].message}`);
  let code = result.code;
  if (code.includes('css`')) code = minifyCssTemplates(code);
  if (code.includes('html`')) code = collapseLitHtml(code, relative(ROOT, file));
  if (code.includes('css`') || code.includes('html`')) minified += 1;
  writeFileSync(file, code);
}
if (!helper) fail('aucune aide de décorateur trouvée dans les modules : le script est à revoir.');
writeFileSync(
  HELPER,
  minifySync(HELPER, helper, { module: true, compress: true, mangle: false }).code,
);
if (minified === 0) fail('aucun gabarit css`` ou html`` trouvé : la minification est à revoir.');
if (jsonImports === 0) fail('aucun import de data/catalogue.json trouvé : le script est à revoir.');

const count = files(OUT, '.js').length;
console.log(
  `dist/npm : ${count} modules ES et leurs .d.ts (version ${version}), ${minified} aux gabarits minifiés.`,
);
