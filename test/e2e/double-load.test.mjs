// A host page may load the widget twice (two plugins of a CMS, a copy-pasted snippet): the second
// definition is skipped without an exception, with a warning naming both versions when they differ.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  eventually,
  pageQuiet,
  ROOT,
  startEnvironment,
  waitForWidget,
  watchedPage,
} from './helpers.mjs';

const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
const OTHER_VERSION = '99.0.0-test';

let environment;
before(async () => {
  environment = await startEnvironment();
});
after(async () => {
  await environment?.close();
});

const hostPage = (scripts) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Double chargement</title>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body><perseverance-diagnostic storage-key="perseverance:double"></perseverance-diagnostic></body></html>`;

/** Serves `html` at a page URL of the local server, through the browser context. */
async function open(watched, html) {
  const url = `${environment.base}demo/double-load-${Date.now()}.html`;
  await watched.context.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await watched.page.goto(url);
  await waitForWidget(watched.page);
}

async function definition(page) {
  return page.evaluate(() => {
    const constructor = customElements.get('perseverance-diagnostic');
    return { defined: Boolean(constructor), version: constructor?.widgetVersion };
  });
}

test('loading the same script twice (different query strings) defines the element once, silently', async () => {
  const watched = await watchedPage(environment);
  const loaded = [];
  watched.page.on('response', (response) => {
    if (response.url().includes('perseverance-diagnostic.js')) loaded.push(response.url());
  });
  await open(
    watched,
    hostPage(['/dist/perseverance-diagnostic.js?v=1', '/dist/perseverance-diagnostic.js?v=2']),
  );
  assert.equal(loaded.length, 2, 'both copies were fetched');
  assert.deepEqual(await definition(watched.page), { defined: true, version });
  await watched.page
    .locator('perseverance-diagnostic')
    .getByRole('button', { name: 'Commencer le diagnostic' })
    .click();
  await watched.page.locator('perseverance-question').first().waitFor();
  assert.deepEqual(watched.problems.pageErrors, []);
  assert.deepEqual(watched.problems.consoleErrors, []);
  assert.deepEqual(
    watched.problems.warnings.filter((text) => text.includes('perseverance')),
    [],
    'no warning when the versions are the same',
  );
});

test('a second copy of another version is skipped with a warning naming both versions', async () => {
  const watched = await watchedPage(environment);
  // Another release, served from its own folder: the same files with another version number.
  await watched.context.route(`${environment.base}autre-version/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.replace('/autre-version/', '');
    const body = (await readFile(join(ROOT, 'dist', path), 'utf8')).replaceAll(
      `\`${version}\``,
      `\`${OTHER_VERSION}\``,
    );
    await route.fulfill({ contentType: 'text/javascript; charset=utf-8', body });
  });
  await open(
    watched,
    hostPage(['/dist/perseverance-diagnostic.js', '/autre-version/perseverance-diagnostic.js']),
  );
  // Both scripts ran once the second has warned; then nothing more may happen.
  await eventually(
    () => watched.problems.warnings.some((text) => text.includes('<perseverance-diagnostic>')),
    'the second script’s warning',
  );
  await pageQuiet(watched.page);
  assert.deepEqual(await definition(watched.page), { defined: true, version });
  const warnings = watched.problems.warnings.filter((text) =>
    text.includes('<perseverance-diagnostic>'),
  );
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], new RegExp(`version ${version}.*version ${OTHER_VERSION}`));
  assert.deepEqual(watched.problems.pageErrors, []);
  assert.deepEqual(watched.problems.consoleErrors, []);
});
