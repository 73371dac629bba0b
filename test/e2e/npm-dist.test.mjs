// The npm package for the two users the release does not cover: a front-end app that bundles the
// element (same first view as the script build), and an académie that checks its catalogue with
// `npx perseverance-diagnostic valider`. Packed tarball, fresh install, nothing from the repository.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, measure } from '../../scripts/check-size.mjs';
import { ROOT } from './helpers.mjs';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const VITE = join(ROOT, 'node_modules', 'vite', 'dist', 'node', 'index.js');
const work = mkdtempSync(join(tmpdir(), 'perseverance-npm-'));
const app = join(work, 'app');
const reference = join(work, 'reference');
// The link npm made for `bin` (what npx runs): called directly after the first npx call, faster.
const BIN = join(app, 'node_modules', '.bin', 'perseverance-diagnostic');
const env = { ...process.env, npm_config_update_notifier: 'false' };
let packed;

function run(command, args, cwd) {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
}

before(() => {
  // The build already ran (npm run test:e2e builds first); prepack would build again.
  [packed] = JSON.parse(
    run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT),
  );
  mkdirSync(app, { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'app', private: true, type: 'module' }),
  );
  const install = [
    'install',
    join(work, packed.filename),
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
  ];
  try {
    run(NPM, [...install, '--offline'], app); // lit, zod, chart.js from the npm cache…
  } catch {
    run(NPM, install, app); // …or from the registry when the cache lacks them.
  }
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the package is publishable: not private, licence, bin, types and exports in place', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.private, undefined);
  assert.equal(pkg.license, 'MIT');
  assert.ok(pkg.keywords.length > 0);
  assert.equal(pkg.exports['.'].types, pkg.types);
  const files = packed.files.map((file) => file.path);
  for (const expected of [
    'LICENSE',
    'bin/perseverance-diagnostic.mjs',
    pkg.types.replace('./', ''),
  ])
    assert.ok(files.includes(expected), `${expected} is packed`);
  assert.ok(!files.some((file) => file.startsWith('dist-release/') || file.endsWith('.zip')));
  // `--dry-run` only warns that nobody is logged in; a field npm would have to fix is an error.
  const result = spawnSync(NPM, ['publish', '--dry-run', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
  });
  assert.equal(result.status, 0, result.stderr);
  const warnings = result.stderr
    .split('\n')
    .filter((line) => /npm warn/i.test(line) && !/logged in/.test(line));
  assert.deepEqual(warnings, []);
});

test('`npx perseverance-diagnostic valider` checks a catalogue on a fresh install, in French', () => {
  const catalogue = readFileSync(join(ROOT, 'data', 'catalogue.json'), 'utf8');
  writeFileSync(join(app, 'catalogue.json'), catalogue);
  const valid = spawnSync(NPX, ['--no', 'perseverance-diagnostic', 'valider', 'catalogue.json'], {
    cwd: app,
    encoding: 'utf8',
    env,
  });
  assert.equal(valid.status, 0, valid.stderr);
  assert.match(
    valid.stdout,
    /^catalogue\.json : catalogue valide \(\d+ questions, \d+ fiches\)\.\n$/,
  );

  const broken = catalogue.replace(/\n\}\s*$/, ',\n}\n');
  const line = broken.slice(0, broken.lastIndexOf(',')).split('\n').length;
  writeFileSync(join(app, 'academie.json'), broken);
  const invalid = spawnSync(BIN, ['valider', 'academie.json'], {
    cwd: app,
    encoding: 'utf8',
    env,
  });
  assert.equal(invalid.status, 1);
  assert.match(
    invalid.stderr,
    new RegExp(
      `^academie\\.json : Le fichier n’est pas un JSON valide\\n- JSON invalide, ligne ${line}, colonne \\d+ : virgule en trop avant « } » ; texte autour : « .+ »\\n$`,
    ),
  );

  writeFileSync(join(app, 'faux.json'), JSON.stringify({ ...JSON.parse(catalogue), questions: 3 }));
  const wrong = spawnSync(BIN, ['valider', 'faux.json'], {
    cwd: app,
    encoding: 'utf8',
    env,
  });
  assert.equal(wrong.status, 1);
  assert.match(
    wrong.stderr,
    /^faux\.json : Le catalogue n'est pas valide : \d+ problèmes?\n- questions/,
  );

  const missing = spawnSync(BIN, ['valider', 'absent.json'], {
    cwd: app,
    encoding: 'utf8',
    env,
  });
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, 'absent.json : fichier introuvable.\n');
});

/** Builds a Vite app (defaults, as `npm create vite` gives) in `root`; returns its output folder. */
function buildApp(root) {
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><head><script type="module" src="./main.js"></script></head><body></body></html>',
  );
  writeFileSync(
    join(root, 'build.mjs'),
    `import { build } from ${JSON.stringify(VITE)};
await build({ root: ${JSON.stringify(root)}, configFile: false, logLevel: 'error', build: { outDir: 'out' } });`,
  );
  run(process.execPath, ['build.mjs'], root);
  return join(root, 'out');
}

/** The entry chunk of a built app (its index.html's script) and every chunk, with gzip sizes. */
function chunks(out) {
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const entry = /<script type="module" crossorigin src="\/([^"]+)"/.exec(html)?.[1];
  assert.ok(entry, html);
  const sizes = readdirSync(join(out, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const code = readFileSync(join(out, 'assets', name));
      return {
        name: `assets/${name}`,
        code: code.toString('utf8'),
        gzip: gzipSync(code, { level: 9 }).length,
      };
    });
  const first = sizes.find((chunk) => chunk.name === entry);
  const statics = [
    ...first.code.matchAll(/(?:^|[;}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g),
  ].map((match) => `assets/${match[1]}`);
  // The first view: the entry and the chunks it imports statically (the bundler may hoist what
  // the entry shares with lazy chunks, Lit say, into a chunk of its own).
  const view = [first, ...sizes.filter((chunk) => statics.includes(chunk.name))];
  const gzip = view.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const code = view.map((chunk) => chunk.code).join('\n');
  return { first: { ...first, gzip, code }, statics, all: sizes };
}

test('an app importing the element gets the script build’s first view (within its ceiling), chart.js later', () => {
  writeFileSync(
    join(app, 'main.js'),
    "import 'perseverance-diagnostic';\ndocument.body.append(document.createElement('perseverance-diagnostic'));\n",
  );
  const built = chunks(buildApp(app));

  // What Vite adds to any app with lazy chunks (preload helper, modulepreload polyfill), measured
  // on a three-module app built the same way, is the app's, not the package's.
  mkdirSync(reference, { recursive: true });
  writeFileSync(
    join(reference, 'main.js'),
    "document.body.onclick = () => import('./a.js').then((m) => m.a());\ndocument.body.onkeyup = () => import('./b.js').then((m) => m.b());\n",
  );
  writeFileSync(
    join(reference, 'a.js'),
    "import { s } from './s.js';\nexport const a = () => s('a');\n",
  );
  writeFileSync(
    join(reference, 'b.js'),
    "import { s } from './s.js';\nexport const b = () => s('b');\n",
  );
  writeFileSync(join(reference, 's.js'), 'export const s = (x) => console.log(x);\n');
  const vite = chunks(buildApp(reference)).first.gzip;

  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const share = built.first.gzip - vite;
  console.log(
    `first chunk ${kb(built.first.gzip)} gzip, of which Vite's runtime ${kb(vite)}: the package's ${kb(share)}`,
  );
  assert.ok(share <= BUDGETS.firstViewKb * 1024, `the package's first view: ${kb(share)} gzip`);
  assert.doesNotMatch(built.first.code, /["'`]radialLinear["'`]/, 'chart.js waits for the profile');
  assert.doesNotMatch(
    built.first.code,
    /["'`]perseverance-session-collect["'`]/,
    'the session waits',
  );
  assert.doesNotMatch(built.first.code, /["'`]perseverance-plan-action["'`]/, 'the plan waits');
  // Everything: within 10 % of the script build's (chart.js's unused scales shake less in an app).
  const everything = built.all.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const script = measure().everything;
  assert.ok(
    everything <= script * 1.1,
    `everything: ${kb(everything)} gzip, script build ${kb(script)}`,
  );
  // The package ships its element modules minified, templates collapsed like the script build's.
  const welcome = readFileSync(
    join(
      app,
      'node_modules',
      'perseverance-diagnostic',
      'dist',
      'npm',
      'components',
      'journey',
      'perseverance-welcome.js',
    ),
    'utf8',
  );
  assert.doesNotMatch(welcome, /html`[^`]*\n\s/, 'no indented template');
});
