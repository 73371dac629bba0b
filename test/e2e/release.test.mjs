// The release archive as a webmaster gets it: `node scripts/release.mjs` (dist/ is already built by
// `npm run test:e2e`), unpacked into a CMS's media folder served by a small static server, both
// builds loaded there (the one-file build under a strict CSP and renamed as a CMS would), the
// fallback text, the example page and the validator page opened by double-click (`file://`).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';
import { unzip } from '../../scripts/release-zip.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { ROOT, waitForWidget, watchedPage } from './helpers.mjs';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const NAME = `perseverance-diagnostic-${version}`;
const work = mkdtempSync(join(tmpdir(), 'perseverance-release-test-'));
const site = join(work, 'site');
const medias = join(site, 'sites', 'college', 'medias');
const unpacked = join(medias, NAME);
const FALLBACK = 'Le questionnaire se charge…';
let archive;
let server;
let environment;

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8' };

/** A CMS page: the widget's snippet, as the LISEZMOI gives it, around the page's own text. */
function cmsPage(script, attributes = 'levels="college"') {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Collège</title>
${script}</head><body><h1>Vie de l’établissement</h1>
<perseverance-diagnostic ${attributes}><p>${FALLBACK} S’il ne s’affiche pas, rechargez la page ; si le problème persiste, prévenez le webmestre du site.</p></perseverance-diagnostic>
</body></html>`;
}

before(async () => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'release.mjs'), '--out', work], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  archive = unzip(readFileSync(join(work, `${NAME}.zip`)));
  for (const { name, data } of archive) {
    const path = join(medias, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
  // A CMS media library renames what it is given.
  mkdirSync(join(medias, '2026', '12'), { recursive: true });
  copyFileSync(
    join(unpacked, 'perseverance-diagnostic-fichier-unique.js'),
    join(medias, '2026', '12', 'widget-perseverance-3.js'),
  );
  const pages = join(site, 'sites', 'college');
  writeFileSync(
    join(pages, 'fichier-unique.html'),
    cmsPage('<script src="/sites/college/medias/2026/12/widget-perseverance-3.js" defer></script>'),
  );
  writeFileSync(
    join(pages, 'modules.html'),
    cmsPage(
      `<script type="module" src="/sites/college/medias/${NAME}/widget/perseverance-diagnostic.js"></script>`,
    ),
  );
  // An académie's catalogue beside the one file: fetched and checked by zod under the strict CSP.
  copyFileSync(
    join(ROOT, 'data', 'examples', 'catalogue-minimal.json'),
    join(medias, 'catalogue-academie.json'),
  );
  writeFileSync(
    join(pages, 'fichier-unique-academie.html'),
    cmsPage(
      '<script src="/sites/college/medias/2026/12/widget-perseverance-3.js" defer></script>',
      'catalogue-src="/sites/college/medias/catalogue-academie.json"',
    ),
  );
  writeFileSync(
    join(pages, 'script-absent.html'),
    cmsPage(
      '<script type="module" src="/sites/college/medias/absent/perseverance-diagnostic.js"></script>',
    ),
  );

  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    let body;
    try {
      body = readFileSync(join(site, path));
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': STRICT_CSP,
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  environment = { base: `http://127.0.0.1:${server.address().port}/`, browser };
});

after(async () => {
  await environment?.browser.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  rmSync(work, { recursive: true, force: true });
});

test('the archive holds both builds, the example pages, the catalogue, the validator, LISEZMOI and LICENSE', () => {
  const names = archive.map((file) => file.name.slice(NAME.length + 1));
  for (const expected of [
    'LISEZMOI.txt',
    'LICENSE',
    'exemple.html',
    'exemple-modules.html',
    'valider-catalogue.html',
    'perseverance-diagnostic-fichier-unique.js',
    'widget/perseverance-diagnostic.js',
    'catalogue/catalogue.json',
    'catalogue/catalogue.schema.json',
  ])
    assert.ok(names.includes(expected), expected);
  assert.ok(names.some((name) => name.startsWith(`widget/chunks-${version}/core-`)));
  assert.ok(
    archive.every((file) => file.name.startsWith(`${NAME}/`)),
    'one top folder',
  );
  const readme = readFileSync(join(unpacked, 'LISEZMOI.txt'), 'utf8');
  assert.doesNotMatch(readme, /\{\{/, 'every size and version is filled in');
  assert.match(readme, /fichier-unique\.js +le widget en UN fichier \(\d+ Ko compressé/);
  assert.match(readme, /première vue \d+ Ko/);
  assert.match(readFileSync(join(unpacked, 'LICENSE'), 'utf8'), /^MIT License/);
  const single = readFileSync(join(unpacked, 'perseverance-diagnostic-fichier-unique.js'), 'utf8');
  assert.doesNotMatch(single, /\bimport\s*\(|^import\s/m, 'no module syntax: nothing to fetch');
});

async function reachProfile(widget) {
  await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await widget.locator('perseverance-question input[type="radio"]').first().check();
  await widget.getByRole('button', { name: 'Profil', exact: true }).click();
  await widget.locator('perseverance-radar canvas').waitFor();
}

for (const [label, page, scripts] of [
  [
    'the one-file build, renamed by the CMS',
    'fichier-unique.html',
    /\/2026\/12\/widget-perseverance-3\.js$/,
  ],
  ['the split build', 'modules.html', new RegExp(`/${NAME}/widget/chunks-${version}/chart-`)],
]) {
  test(`${label} runs from the CMS's media folder under a strict CSP, and hides the fallback`, async () => {
    const watched = await watchedPage(environment);
    const requested = [];
    watched.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await watched.page.goto(`${environment.base}sites/college/${page}`);
    await waitForWidget(watched.page);
    const widget = watched.page.locator('perseverance-diagnostic');
    assert.equal(await widget.getByText(FALLBACK).isVisible(), false, 'the fallback is replaced');
    await reachProfile(widget);
    assert.ok(
      requested.some((path) => scripts.test(path)),
      requested.join('\n'),
    );
    if (page === 'fichier-unique.html')
      assert.deepEqual(
        requested.filter((path) => path.endsWith('.js')),
        ['/sites/college/medias/2026/12/widget-perseverance-3.js'],
        'one file, nothing else',
      );
    assert.deepEqual(watched.problems.pageErrors, []);
    assert.deepEqual(watched.problems.consoleErrors, []);
    assert.deepEqual(await watched.cspViolations(), []);
    await watched.context.close();
  });
}

test('the one-file build checks an académie’s catalogue (zod) without a CSP violation', async () => {
  const watched = await watchedPage(environment);
  await watched.page.goto(`${environment.base}sites/college/fichier-unique-academie.html`);
  const widget = watched.page.locator('perseverance-diagnostic');
  await widget.locator('perseverance-welcome').waitFor();
  await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await widget.locator('perseverance-question').first().waitFor();
  assert.deepEqual(watched.problems.pageErrors, []);
  assert.deepEqual(watched.problems.consoleErrors, []);
  assert.deepEqual(await watched.cspViolations(), []);
  await watched.context.close();
});

test('when the script cannot load, the fallback text stays for the visitor', async () => {
  const watched = await watchedPage(environment);
  await watched.page.goto(`${environment.base}sites/college/script-absent.html`);
  await watched.page.getByText(FALLBACK).waitFor();
  assert.equal(await watched.page.getByText(FALLBACK).isVisible(), true);
  await watched.context.close();
});

/** A page opened by double-click: a `file://` address, no server. */
async function fileContext() {
  const context = await environment.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return { context, page, problems };
}

test('exemple.html works opened by double-click (the one-file build over file://)', async () => {
  const { context, page, problems } = await fileContext();
  await page.goto(pathToFileURL(join(unpacked, 'exemple.html')).href);
  await waitForWidget(page);
  await reachProfile(page.locator('perseverance-diagnostic'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the validator page, opened by double-click, reports a trailing comma with its line', async () => {
  const { context, page, problems } = await fileContext();
  await page.goto(pathToFileURL(join(unpacked, 'valider-catalogue.html')).href);
  await page.waitForFunction(() => document.documentElement.dataset.pret === 'oui');
  const good = readFileSync(join(unpacked, 'catalogue', 'catalogue.json'), 'utf8');
  const input = page.getByLabel('Fichier du catalogue');
  await input.setInputFiles({
    name: 'catalogue.json',
    mimeType: 'application/json',
    buffer: Buffer.from(good),
  });
  await page
    .getByText(/^catalogue\.json : catalogue valide \(\d+ questions, \d+ fiches\)\.$/)
    .waitFor();

  // The same file with a comma after the last field: line and column of the comma.
  const broken = good.replace(/\n\}\s*$/, ',\n}\n');
  const line = broken.slice(0, broken.lastIndexOf(',')).split('\n').length;
  await input.setInputFiles({
    name: 'academie.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  });
  await page.getByText('academie.json : Le fichier n’est pas un JSON valide').waitFor();
  const report = await page.locator('#rapport').textContent();
  assert.match(
    report,
    new RegExp(
      `^- JSON invalide, ligne ${line}, colonne \\d+ : virgule en trop avant « } » ; texte autour : « .+ »$`,
    ),
  );

  // A shape problem: the same French message and path as the command line.
  const wrong = JSON.stringify({ ...JSON.parse(good), questions: 'aucune' });
  await input.setInputFiles({
    name: 'faux.json',
    mimeType: 'application/json',
    buffer: Buffer.from(wrong),
  });
  await page.getByText(/^faux\.json : Le catalogue n'est pas valide/).waitFor();
  assert.match(await page.locator('#rapport').textContent(), /questions/);
  assert.deepEqual(problems, []);
  await context.close();
});
