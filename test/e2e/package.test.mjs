// The npm package as a user gets it: `npm pack`, installed alone into an empty project, imported
// from Node (engine and elements), type-checked from TypeScript, and bundled by a front-end build
// that a page loads after the one-file build.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startEnvironment, waitForWidget, watchedPage } from './helpers.mjs';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'perseverance-pack-'));
const app = join(work, 'app');
let packed;

function run(command, args, cwd) {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
}

before(() => {
  // The build already ran (npm run test:e2e builds first); prepack would build again.
  const [result] = JSON.parse(
    run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT),
  );
  packed = result;
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const tarball = join(work, result.filename);
  const install = ['install', tarball, '--no-audit', '--no-fund', '--no-package-lock'];
  try {
    // Its dependencies (lit, @lit/context, zod, chart.js) come from the npm cache…
    run(NPM, [...install, '--offline'], app);
  } catch {
    // …or from the registry when the cache lacks them.
    run(NPM, install, app);
  }
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the tarball holds the builds, the data, the manifest and the docs, not the sources', () => {
  const files = packed.files.map((file) => file.path);
  for (const expected of [
    'package.json',
    'README.md',
    'custom-elements.json',
    'data/catalogue.json',
    'data/catalogue.schema.json',
    'dist/perseverance-diagnostic.js',
    'dist/npm/components/index.js',
    'dist/npm/components/index.d.ts',
    'dist/npm/src/index.js',
    'dist/npm/src/index.d.ts',
    'dist/npm/data/catalogue.js',
  ])
    assert.ok(files.includes(expected), `${expected} is packed`);
  for (const file of files) {
    assert.doesNotMatch(file, /^(test|src|components|scripts|demo|node_modules)\//, file);
    assert.doesNotMatch(file, /(?<!\.d)\.ts$/, file);
  }
  assert.ok(
    files.some((file) => /^dist\/chunks-[\d.]+\/chart-.*\.js$/.test(file)),
    'lazy chunks are packed',
  );
});

test('Node imports the engine (`/core`) and computes a profile on the default catalogue', () => {
  writeFileSync(
    join(app, 'core.mjs'),
    `import { computeProfile, defaultCatalogue, parseCatalogue } from 'perseverance-diagnostic/core';
import catalogue from 'perseverance-diagnostic/catalogue.json' with { type: 'json' };
import schema from 'perseverance-diagnostic/catalogue.schema.json' with { type: 'json' };
const answers = Object.fromEntries(defaultCatalogue.questions.map((q) => [q.id, 3]));
const full = computeProfile(defaultCatalogue, answers);
const empty = computeProfile(defaultCatalogue, {});
const parsed = parseCatalogue(catalogue);
console.log(JSON.stringify({
  status: full.status, score: full.overall.score, keys: full.keys.length, emptyStatus: empty.status,
  parsedId: parsed.id, sameId: parsed.id === defaultCatalogue.id, schema: typeof schema.properties,
}));
`,
  );
  const result = JSON.parse(run(process.execPath, ['core.mjs'], app));
  assert.deepEqual(result, {
    status: 'complete',
    score: 100,
    keys: 4,
    emptyStatus: 'empty',
    parsedId: JSON.parse(readFileSync(join(ROOT, 'data', 'catalogue.json'), 'utf8')).id,
    sameId: true,
    schema: 'object',
  });
});

test('the `.` export resolves and loads in Node; the manifest ships with the tag names', () => {
  writeFileSync(
    join(app, 'elements.mjs'),
    `const resolved = import.meta.resolve('perseverance-diagnostic');
const elements = await import('perseverance-diagnostic');
const { default: manifest } = await import('perseverance-diagnostic/custom-elements.json', { with: { type: 'json' } });
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
console.log(JSON.stringify({ resolved, exports: Object.keys(elements).sort(), version: elements.WIDGET_VERSION, tags }));
`,
  );
  const result = JSON.parse(run(process.execPath, ['elements.mjs'], app));
  assert.match(
    result.resolved,
    /node_modules\/perseverance-diagnostic\/dist\/npm\/components\/index\.js$/,
  );
  assert.ok(result.exports.includes('PerseveranceDiagnostic'));
  assert.ok(result.exports.includes('PerseveranceCompleteEvent'));
  assert.equal(result.version, pkg.version, 'the version is injected, not `dev`');
  assert.ok(result.tags.includes('perseverance-diagnostic'));
  const installed = JSON.parse(
    readFileSync(join(app, 'node_modules', 'perseverance-diagnostic', 'package.json'), 'utf8'),
  );
  assert.equal(installed.customElements, 'custom-elements.json');
});

test('TypeScript users get the types of the elements, events and engine', () => {
  writeFileSync(
    join(app, 'consumer.ts'),
    `import { PerseveranceDiagnostic } from 'perseverance-diagnostic';
import { computeProfile, defaultCatalogue, type Catalogue, type Profile } from 'perseverance-diagnostic/core';
const widget: PerseveranceDiagnostic = document.createElement('perseverance-diagnostic');
widget.storageKey = 'perseverance:exemple';
widget.addEventListener('perseverance-complete', (event) => {
  const profile: Profile = event.detail.profile;
  console.log(profile.overall.score);
});
const catalogue: Catalogue = defaultCatalogue;
export const profile: Profile = computeProfile(catalogue, {});
export const text: string = widget.exportDiagnostic();
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], app);
});

test('an app bundling the npm package works alone and after the one-file build', async () => {
  writeFileSync(
    join(app, 'main.js'),
    `import { PerseveranceDiagnostic } from 'perseverance-diagnostic';
window.npmBuild = { loaded: true, sameClass: customElements.get('perseverance-diagnostic') === PerseveranceDiagnostic };
`,
  );
  writeFileSync(
    join(app, 'bundle.mjs'),
    `import { build } from ${JSON.stringify(join(ROOT, 'node_modules', 'vite', 'dist', 'node', 'index.js'))};
await build({
  root: ${JSON.stringify(app)},
  configFile: false,
  logLevel: 'error',
  build: {
    outDir: 'bundle',
    lib: { entry: 'main.js', formats: ['es'], fileName: () => 'app.js' },
    rollupOptions: { output: { chunkFileNames: '[name]-[hash].js' } },
  },
});
`,
  );
  run(process.execPath, ['bundle.mjs'], app);

  const environment = await startEnvironment();
  try {
    const watched = await watchedPage(environment);
    await watched.context.route(`${environment.base}app/**`, async (route) => {
      const name = new URL(route.request().url()).pathname.replace('/app/', '');
      const body = readFileSync(join(app, 'bundle', name), 'utf8');
      await route.fulfill({ contentType: 'text/javascript; charset=utf-8', body });
    });
    const page = `${environment.base}demo/npm-after-one-file.html`;
    await watched.context.route(page, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>npm</title>
<script type="module" src="/dist/perseverance-diagnostic.js"></script>
<script type="module" src="/app/app.js"></script></head>
<body><perseverance-diagnostic storage-key="perseverance:npm"></perseverance-diagnostic></body></html>`,
      }),
    );
    await watched.page.goto(page);
    await waitForWidget(watched.page);
    await watched.page.waitForFunction(() => window.npmBuild?.loaded === true);
    const state = await watched.page.evaluate(() => ({
      ...window.npmBuild,
      version: customElements.get('perseverance-diagnostic').widgetVersion,
    }));
    assert.deepEqual(state, { loaded: true, sameClass: false, version: pkg.version });
    await watched.page
      .locator('perseverance-diagnostic')
      .getByRole('button', { name: 'Commencer le diagnostic' })
      .click();
    await watched.page.locator('perseverance-question').first().waitFor();
    assert.deepEqual(watched.problems.pageErrors, []);
    assert.deepEqual(watched.problems.consoleErrors, []);
    assert.deepEqual(watched.problems.foreign, []);

    // The app alone: its bundler kept every element module (sideEffects) and the lazy parts.
    const alone = await watchedPage(environment);
    await alone.context.route(`${environment.base}app/**`, async (route) => {
      const name = new URL(route.request().url()).pathname.replace('/app/', '');
      const body = readFileSync(join(app, 'bundle', name), 'utf8');
      await route.fulfill({ contentType: 'text/javascript; charset=utf-8', body });
    });
    const alonePage = `${environment.base}demo/npm-alone.html`;
    await alone.context.route(alonePage, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>npm</title>
<script type="module" src="/app/app.js"></script></head>
<body><perseverance-diagnostic storage-key="perseverance:npm-alone"></perseverance-diagnostic></body></html>`,
      }),
    );
    await alone.page.goto(alonePage);
    await waitForWidget(alone.page);
    assert.equal(
      await alone.page.evaluate(() => window.npmBuild.sameClass),
      true,
      'the npm build defines the element',
    );
    const widget = alone.page.locator('perseverance-diagnostic');
    await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
    await widget.locator('perseverance-question input[type="radio"]').first().check();
    await widget.getByRole('button', { name: 'Profil', exact: true }).click();
    await widget.locator('perseverance-radar canvas').waitFor();
    await widget.getByRole('button', { name: 'Recommandations', exact: true }).click();
    await widget.locator('perseverance-recommendation-card').first().waitFor();
    assert.deepEqual(alone.problems.pageErrors, []);
    assert.deepEqual(alone.problems.consoleErrors, []);
    assert.deepEqual(alone.problems.foreign, []);
  } finally {
    await environment.close();
  }
});
