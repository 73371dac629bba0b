// « Exporter » in a frame the host page sandboxed without `allow-downloads`: Chromium drops the
// download and tells only its console. The widget says the host may block downloads and shows the
// file's content, ready to copy, so the team still leaves with its diagnostic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileEnvironment, hostHtml, openPage, pageQuiet } from './harness.mjs';

const environment = fileEnvironment();

const FRAMED = 'hardening/framed-widget.html';
const framed = hostHtml(
  '<perseverance-diagnostic storage-key="sandboxed-export"></perseverance-diagnostic>',
  { head: '<script type="module" src="/dist/perseverance-diagnostic.js"></script>' },
);
/** A host page that frames the widget's page with `sandbox` (same origin, scripts allowed). */
const host = (sandbox) =>
  hostHtml(
    `<iframe title="Autodiagnostic" sandbox="${sandbox}" src="/${FRAMED}" style="width: 900px; height: 800px"></iframe>`,
  );

/** Opens the framed widget, starts and answers the first question; returns the frame's widget. */
async function framedWidget(opened, page) {
  await opened.page.goto(environment.current.base + page);
  const widget = opened.page.frameLocator('iframe').locator('perseverance-diagnostic');
  await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await widget.locator('perseverance-question').first().locator('label').nth(2).click();
  return widget;
}

test('sandboxed without allow-downloads: « Exporter » says downloads may be blocked and shows the file’s content to copy', async (t) => {
  const opened = await openPage(environment.current, {
    'hardening/sandboxed.html': { html: host('allow-scripts allow-same-origin') },
    [FRAMED]: { html: framed },
  });
  const downloads = [];
  opened.page.on('download', (download) => downloads.push(download.suggestedFilename()));
  try {
    const widget = await framedWidget(opened, 'hardening/sandboxed.html');
    await widget.getByRole('button', { name: /^Exporter/ }).click();

    const notice = widget.locator('perseverance-notices li', {
      hasText: /bloquer les téléchargements/,
    });
    await notice.waitFor({ timeout: 10_000 });
    assert.match(
      await notice.locator('p').innerText(),
      /^La page qui accueille ce widget peut bloquer les téléchargements\. Si le fichier « diagnostic-perseverance-\d{4}-\d{2}-\d{2}\.json » n’est pas arrivé, copiez le texte ci-dessous/,
    );
    // The field holds the export itself: the same file « Importer » reads back.
    const field = notice.getByRole('textbox', {
      name: /^Contenu du fichier diagnostic-perseverance-/,
    });
    assert.equal(await field.getAttribute('readonly'), '');
    const content = JSON.parse(await field.inputValue());
    assert.deepEqual(content.state.answers, await widget.evaluate((element) => element.answers));
    // One click selects all of it, ready for Ctrl+C.
    await field.click();
    assert.equal(
      await field.evaluate((element) => element.selectionEnd - element.selectionStart),
      (await field.inputValue()).length,
    );
    t.diagnostic(`downloads seen by the browser: ${downloads.length}`);
    assert.deepEqual(opened.seen.pageErrors, []);
  } finally {
    await opened.close();
  }
});

test('a frame that allows downloads: the file downloads and no notice is added', async () => {
  const opened = await openPage(environment.current, {
    'hardening/sandboxed-downloads.html': {
      html: host('allow-scripts allow-same-origin allow-downloads'),
    },
    [FRAMED]: { html: framed },
  });
  try {
    const widget = await framedWidget(opened, 'hardening/sandboxed-downloads.html');
    const downloading = opened.page.waitForEvent('download');
    await widget.getByRole('button', { name: /^Exporter/ }).click();
    const download = await downloading;
    assert.match(download.suggestedFilename(), /^diagnostic-perseverance-.*\.json$/);
    await pageQuiet(opened.page);
    assert.equal(await widget.locator('perseverance-notices li').count(), 0);
  } finally {
    await opened.close();
  }
});
