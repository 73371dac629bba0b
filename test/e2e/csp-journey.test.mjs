// The whole journey on demo/csp.html, served with a strict Content-Security-Policy header: no
// violation, no page error, no request to anything but the local server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import {
  answerQuestionnaire,
  startEnvironment,
  visitLaterViews,
  waitForWidget,
  watchedPage,
} from './helpers.mjs';

let environment;
before(async () => {
  environment = await startEnvironment();
});
after(async () => {
  await environment?.close();
});

test('the strict-CSP page is served with the policy and has no inline script or style', async () => {
  const response = await fetch(`${environment.base}demo/csp.html`);
  assert.equal(response.headers.get('content-security-policy'), STRICT_CSP);
  for (const directive of [
    "script-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ])
    assert.ok(STRICT_CSP.includes(directive), directive);
  const html = await response.text();
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'inline script');
  assert.doesNotMatch(html, /<style|\sstyle=/, 'inline style');
});

test('the whole journey works under the strict CSP without one violation', async () => {
  const { page, problems, cspViolations } = await watchedPage(environment);
  await page.goto(`${environment.base}demo/csp.html`);
  await waitForWidget(page);
  const widget = page.locator('perseverance-diagnostic');

  // Welcome: the short version, then start.
  await widget.locator('input#version-court').check();
  await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  const answered = await answerQuestionnaire(widget, (index) => (index * 7) % 4);
  assert.ok(answered > 10, `${answered} questions answered`);

  // Profile: the radar is drawn, the score table opens.
  const canvas = widget.locator('perseverance-radar canvas');
  await canvas.waitFor();
  await page.waitForFunction(
    () => {
      const find = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.localName === 'canvas') return element;
          const inner = element.shadowRoot && find(element.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      const found = find(document);
      return found && found.width > 0 && found.height > 0;
    },
    undefined,
    { timeout: 10_000 },
  );
  const status = await widget.evaluate((element) => element.profile?.status);
  assert.equal(status, 'complete');
  await widget.getByRole('button', { name: /Afficher le tableau/ }).click();
  await widget.locator('perseverance-score-table table caption').waitFor();

  // Recommendations, one fiche, resources, then the plan and the GPDS session.
  await visitLaterViews(widget);

  // Export to a file, then import it back.
  const downloading = page.waitForEvent('download');
  await widget.getByRole('button', { name: 'Exporter le diagnostic (fichier)' }).click();
  const download = await downloading;
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(typeof exported, 'object');
  const choosing = page.waitForEvent('filechooser');
  await widget.getByRole('button', { name: 'Importer un diagnostic' }).click();
  await (await choosing).setFiles(await download.path());
  // An import opens the profile once the file is read and applied.
  await widget.locator('perseverance-profile').waitFor();
  const answersAfterImport = await widget.evaluate(
    (element) => Object.keys(element.answers).length,
  );
  assert.equal(answersAfterImport, answered);

  // English strings load as a chunk too.
  await widget.evaluate((element) => element.setAttribute('lang', 'en'));
  await widget.getByRole('button', { name: 'Profile', exact: true }).waitFor();

  assert.deepEqual(await cspViolations(), [], 'CSP violations');
  assert.deepEqual(problems.pageErrors, [], 'page errors');
  assert.deepEqual(problems.consoleErrors, [], 'console errors');
  assert.deepEqual(problems.foreign, [], 'requests outside the local server');
});
