// What the widget says when one of its own parts cannot load (Wi-Fi gone for a moment): the part
// that reads a host's catalogue, or the one that reads an imported file. A French sentence that
// names the part and says the catalogue or the file is not at fault, with « Recharger la page »;
// never the browser's English « TypeError: Failed to fetch dynamically imported module: http://… ».
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { fileEnvironment, hostHtml, openPage } from './harness.mjs';

const environment = fileEnvironment();

const PAGE = 'hardening/failure-messages.html';
const SCRIPT = '<script type="module" src="/dist/perseverance-diagnostic.js"></script>';

/** The widget's own file named `chunk` (its 8-character hash after the name, nothing else). */
const chunkUrl = (chunk) => (url) =>
  new RegExp(`/dist/chunks-[\\d.]+/${chunk}-[\\w-]{8}\\.js$`).test(url);

const RAW = /TypeError|Failed to fetch|dynamically imported|http:\/\//;

for (const chunk of ['catalogue-loader', 'parse']) {
  test(`the « ${chunk} » chunk cannot load: the catalogue is not blamed, the widget’s part is named, « Recharger la page »`, async () => {
    const opened = await openPage(environment.current, {
      [PAGE]: {
        html: hostHtml(
          '<perseverance-diagnostic storage-key="failure-messages" catalogue-src="/data/catalogue.json"></perseverance-diagnostic>',
          { head: SCRIPT },
        ),
      },
    });
    const blocked = chunkUrl(chunk);
    try {
      await opened.context.route(blocked, (route) => route.abort('connectionfailed'));
      await opened.page.goto(environment.current.base + PAGE);
      const panel = opened.page.locator('perseverance-error-panel [role="alert"]');
      await panel.waitFor({ timeout: 20_000 });
      const text = await panel.innerText();
      assert.match(text, /Une partie du widget n’a pas pu être chargée \(lecture du catalogue/);
      assert.match(text, /le catalogue n’est pas en cause/);
      assert.doesNotMatch(text, RAW);
      await panel.getByRole('button', { name: 'Recharger la page' }).waitFor();
      assert.ok(
        opened.seen.requests.some((request) => blocked(request.url)),
        `the ${chunk} chunk was asked for`,
      );
      assert.deepEqual(opened.seen.pageErrors, []);
    } finally {
      await opened.close();
    }
  });
}

for (const chunk of ['diagnostic-file', 'store-late']) {
  test(`the « ${chunk} » chunk cannot load: importing a file says which part is missing, in French, with « Recharger la page »`, async () => {
    const opened = await openPage(environment.current, {
      [PAGE]: {
        html: hostHtml(
          '<perseverance-diagnostic storage-key="failure-messages-import"></perseverance-diagnostic>',
          { head: SCRIPT },
        ),
      },
    });
    const blocked = chunkUrl(chunk);
    try {
      await opened.context.route(blocked, (route) => route.abort('connectionfailed'));
      await opened.page.goto(environment.current.base + PAGE);
      const widget = opened.page.locator('perseverance-diagnostic');
      await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
      await widget.locator('perseverance-question').first().locator('label').nth(1).click();
      const exported = await widget.evaluate((element) => element.exportDiagnostic());

      const choosing = opened.page.waitForEvent('filechooser');
      await widget.getByRole('button', { name: /^Importer/ }).click();
      await (
        await choosing
      ).setFiles({
        name: 'diagnostic-collegue.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported),
      });
      const notice = widget.locator('perseverance-notices li.error');
      await notice.waitFor({ timeout: 20_000 });
      const text = await notice.innerText();
      assert.match(
        text,
        /Une partie du widget n’a pas pu être chargée \(lecture des fichiers de diagnostic ; votre fichier n’est pas en cause\)/,
      );
      assert.doesNotMatch(text, RAW);
      await notice.getByRole('button', { name: 'Recharger la page' }).waitFor();
      // Nothing entered is lost: the answer is still there.
      assert.equal(Object.keys(await widget.evaluate((element) => element.answers)).length, 1);
      assert.deepEqual(opened.seen.pageErrors, []);
    } finally {
      await opened.close();
    }
  });
}
