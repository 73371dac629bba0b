// Hardening 12: during a whole journey, the only requests are the page, the widget's own JS
// (entry and chunks) and the catalogue the host named: no beacon, font, image, analytics.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fullJourney, hostHtml, openPage, pageQuiet, startEnvironment } from './harness.mjs';

let environment;
before(async () => {
  environment = await startEnvironment();
});
after(async () => {
  await environment?.close();
});

const SCRIPT = '<script type="module" src="/dist/perseverance-diagnostic.js"></script>';

/** What each request was, relative to the server; anything else is reported whole. */
function classify(base, { url, type }) {
  if (url.startsWith('blob:')) return `blob (${type})`;
  if (!url.startsWith(base)) return `FOREIGN ${type} ${url}`;
  const path = url.slice(base.length - 1);
  if (/^\/dist\/(chunks-[\d.]+\/)?[\w.-]+\.js$/.test(path) && type === 'script') return 'widget js';
  return `${type} ${path}`;
}

for (const [name, attributes, catalogue] of [
  ['the built-in catalogue', '', null],
  ['a catalogue the host names', 'catalogue-src="/data/catalogue.json"', '/data/catalogue.json'],
]) {
  test(`a full journey with ${name} requests nothing else`, async () => {
    const opened = await openPage(environment, {
      'hardening/network.html': {
        html: hostHtml(
          `<perseverance-diagnostic storage-key="network" ${attributes}></perseverance-diagnostic>`,
          { head: SCRIPT },
        ),
      },
    });
    try {
      await opened.page.goto(`${environment.base}hardening/network.html`);
      const widget = opened.page.locator('perseverance-diagnostic');
      await fullJourney(opened.page, widget);
      await pageQuiet(opened.page);
      const kinds = opened.seen.requests.map((request) => classify(environment.base, request));
      const expected = new Set([
        'document /hardening/network.html',
        'widget js',
        // The export: a download of a blob: URL made in the page, not a network request.
        'blob (other)',
        'blob (document)',
        ...(catalogue ? [`fetch ${catalogue}`] : []),
      ]);
      const unexpected = kinds.filter((kind) => !expected.has(kind));
      assert.deepEqual(unexpected, [], 'requests outside the widget’s own');
      if (catalogue) assert.equal(kinds.filter((kind) => kind === `fetch ${catalogue}`).length, 1);
      assert.deepEqual(await opened.beacons(), [], 'beacons');
      // Every widget file is served from the folder of the entry module.
      const scripts = opened.seen.requests.filter((request) => request.type === 'script');
      assert.ok(scripts.length >= 3, 'the entry and its chunks');
      assert.deepEqual(opened.seen.pageErrors, []);
    } finally {
      await opened.close();
    }
  });
}
