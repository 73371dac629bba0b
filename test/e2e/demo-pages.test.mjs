// Every demo page loads the built widget the way its host site would, without an error or a
// request to another origin; each page's particular point is checked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ROOT,
  answerQuestionnaire,
  startEnvironment,
  waitForWidget,
  watchedPage,
} from './helpers.mjs';

const DEMO = join(ROOT, 'demo');
const pages = readdirSync(DEMO).filter((name) => name.endsWith('.html') && name !== 'index.html');

let environment;
before(async () => {
  environment = await startEnvironment();
});
after(async () => {
  await environment?.close();
});

function assertClean(problems, cspViolations = []) {
  assert.deepEqual(problems.pageErrors, [], 'page errors');
  assert.deepEqual(problems.consoleErrors, [], 'console errors');
  assert.deepEqual(problems.foreign, [], 'requests outside the local server');
  assert.deepEqual(cspViolations, [], 'CSP violations');
}

test('the index links every demo page, one line each', async () => {
  const response = await fetch(environment.base);
  assert.equal(response.url, `${environment.base}demo/`);
  const html = await response.text();
  const links = [...html.matchAll(/<li>\s*<a href="\.\/([^"]+)"/g)].map((match) => match[1]);
  assert.deepEqual([...links].sort(), [...pages].sort());
  for (const link of links) {
    const page = await fetch(new URL(link, response.url));
    assert.equal(page.status, 200, link);
  }
});

test('the académie catalogue passes the widget’s own validation', async () => {
  const core = await import(pathToFileURL(join(ROOT, 'dist', 'npm', 'src', 'index.js')).href);
  const raw = JSON.parse(readFileSync(join(DEMO, 'catalogue-academie.json'), 'utf8'));
  const catalogue = core.parseCatalogue(raw);
  assert.equal(catalogue.id, 'academie-demo');
  assert.equal(catalogue.keys.length, 4);
  assert.ok(catalogue.fiches.length > 0 && catalogue.resources.length > 0);
});

for (const name of pages) {
  test(`${name} loads its widgets without an error`, async () => {
    const { page, problems, cspViolations } = await watchedPage(environment);
    await page.goto(`${environment.base}demo/${name}`);
    const count = await page.locator('perseverance-diagnostic').count();
    assert.ok(count > 0, 'a widget is on the page');
    for (let index = 0; index < count; index += 1) await waitForWidget(page, index);
    assertClean(problems, await cspViolations());
    await page.context().close();
  });
}

test('académie: custom catalogue, script in a nested folder, lazy chunks next to it', async () => {
  const { page, problems, cspViolations } = await watchedPage(environment);
  const scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${environment.base}demo/academie.html`);
  await waitForWidget(page);
  const widget = page.locator('perseverance-diagnostic');
  await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  const answered = await answerQuestionnaire(widget, () => 1);
  const catalogue = JSON.parse(readFileSync(join(DEMO, 'catalogue-academie.json'), 'utf8'));
  assert.equal(answered, catalogue.questions.length);
  await widget.locator('perseverance-radar canvas').waitFor();
  const saved = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(saved.includes('perseverance:academie-demo'), saved.join(', '));
  const base = '/ressources/widgets/perseverance/';
  assert.ok(scripts.length > 3, scripts.join('\n'));
  for (const path of scripts) assert.ok(path.startsWith(base), `${path} under ${base}`);
  assert.ok(scripts.some((path) => /\/chunks-[\d.]+\/chart-/.test(path)));
  assertClean(problems, await cspViolations());
});

test('two instances keep separate saves and languages', async () => {
  const { page, problems } = await watchedPage(environment);
  await page.goto(`${environment.base}demo/two-instances.html`);
  await waitForWidget(page, 0);
  await waitForWidget(page, 1);
  const [first, second] = [0, 1].map((index) => page.locator('perseverance-diagnostic').nth(index));
  await first.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await first.locator('perseverance-question input[type="radio"]').first().check();
  await second.getByRole('button', { name: 'Start the diagnostic' }).click();
  const counts = await page.evaluate(() =>
    [...document.querySelectorAll('perseverance-diagnostic')].map(
      (widget) => Object.keys(widget.answers).length,
    ),
  );
  assert.deepEqual(counts, [1, 0]);
  const saved = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(saved, ['perseverance:jean-jaures-college', 'perseverance:jean-jaures-lycee']);
  assertClean(problems);
});

test('theme: the host’s custom properties reach the widget', async () => {
  const { page, problems } = await watchedPage(environment);
  await page.goto(`${environment.base}demo/theme.html`);
  await waitForWidget(page);
  const root = await page.locator('perseverance-diagnostic').evaluate((widget) => {
    const box = getComputedStyle(widget.shadowRoot.querySelector('.root'));
    return {
      font: box.fontFamily,
      background: box.backgroundColor,
      radius: box.borderTopLeftRadius,
    };
  });
  assert.match(root.font, /Trebuchet MS/);
  assert.equal(root.background, 'rgb(255, 253, 248)');
  assert.equal(root.radius, '12px');
  assertClean(problems);
});

test('at 320 CSS pixels (400 % zoom) nothing needs horizontal scrolling', async () => {
  const { page, problems } = await watchedPage(environment, {
    viewport: { width: 320, height: 640 },
  });
  await page.goto(`${environment.base}demo/college.html`);
  await waitForWidget(page);
  const widget = page.locator('perseverance-diagnostic');
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  assert.equal(await overflow(), 0, 'welcome');
  await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await widget.locator('perseverance-question').first().waitFor();
  assert.equal(await overflow(), 0, 'questionnaire');
  // Answered, so that the profile draws its radar and the recommendations have cards.
  await answerQuestionnaire(widget, (index) => index % 3);
  // chart.js sizes its canvas to the box once it has measured it.
  await page.waitForFunction(() => {
    const radar = document
      .querySelector('perseverance-diagnostic')
      ?.shadowRoot?.querySelector('perseverance-profile')
      ?.shadowRoot?.querySelector('perseverance-radar');
    return radar?.shadowRoot?.querySelector('canvas')?.style.width;
  });
  assert.equal(await overflow(), 0, 'profile');
  await widget.getByRole('button', { name: 'Recommandations', exact: true }).click();
  await widget.locator('perseverance-recommendation-card').first().waitFor();
  assert.equal(await overflow(), 0, 'recommendations');
  assertClean(problems);
});
