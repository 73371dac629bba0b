// The saved-state reader (zod and the schema, the `validation` chunk) loads only when the browser
// holds a save; when it cannot load, the widget says so and leaves the save untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileEnvironment, hostHtml, openPage, pageQuiet } from './harness.mjs';

const environment = fileEnvironment();

const PAGE = 'hardening/saved-state-reader.html';
const KEY = 'reader-test';
const html = hostHtml(`<perseverance-diagnostic storage-key="${KEY}"></perseverance-diagnostic>`, {
  head: '<script type="module" src="/dist/perseverance-diagnostic.js"></script>',
});
const isValidationChunk = (url) => /\/dist\/chunks-[\d.]+\/validation-[\w-]+\.js$/.test(url);

async function answerFirstQuestion(page) {
  const widget = page.locator('perseverance-diagnostic');
  await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await widget.locator('perseverance-question').first().locator('label').nth(2).click();
  await page.waitForFunction(
    (key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{}').answers ?? {}).length === 1,
    KEY,
  );
  return widget;
}

test('a first visit never loads the reader; a return visit loads it and resumes', async () => {
  const opened = await openPage(environment.current, { [PAGE]: { html } });
  try {
    await opened.page.goto(environment.current.base + PAGE);
    await answerFirstQuestion(opened.page);
    const saved = await opened.page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);
    await pageQuiet(opened.page);
    const firstVisit = opened.seen.requests.filter((request) => isValidationChunk(request.url));
    assert.deepEqual(firstVisit, [], 'validation chunk fetched without a save');

    opened.seen.requests.length = 0;
    await opened.page.reload();
    const widget = opened.page.locator('perseverance-diagnostic');
    await widget.getByRole('button', { name: /Reprendre/ }).waitFor();
    assert.equal(
      opened.seen.requests.filter((request) => isValidationChunk(request.url)).length,
      1,
      'the reader loads once the save is there',
    );
    assert.deepEqual(await widget.evaluate((element) => element.answers), saved.answers);
    assert.deepEqual(opened.seen.pageErrors, []);
  } finally {
    await opened.close();
  }
});

test('when the reader cannot load, the widget says why in French and keeps the save', async () => {
  const opened = await openPage(environment.current, { [PAGE]: { html } });
  try {
    await opened.page.goto(environment.current.base + PAGE);
    await answerFirstQuestion(opened.page);
    const saved = await opened.page.evaluate((key) => localStorage.getItem(key), KEY);

    await opened.context.route(isValidationChunk, (route) => route.abort('connectionfailed'));
    await opened.page.reload();
    const widget = opened.page.locator('perseverance-diagnostic');
    const alert = widget.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /sauvegarde n’a pas pu être relue/);
    assert.match(await alert.innerText(), /rechargez la page ; la sauvegarde est conservée/);
    const reload = widget.getByRole('button', { name: 'Recharger la page' });
    await reload.waitFor();
    assert.equal(await opened.page.evaluate((key) => localStorage.getItem(key), KEY), saved);
    assert.deepEqual(opened.seen.pageErrors, []);

    // Back online: the next visit resumes where the team stopped.
    // A failed module import stays failed for the page's life: the panel's button reloads it.
    await opened.context.unroute(isValidationChunk);
    await reload.click();
    await widget.getByRole('button', { name: /Reprendre/ }).waitFor();
    assert.equal(Object.keys(await widget.evaluate((element) => element.answers)).length, 1);
  } finally {
    await opened.close();
  }
});
