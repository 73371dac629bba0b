// Hardening 10: the script loaded twice (two tags, different query strings, and once more after
// the element is in use): no exception, one definition, a working widget.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { hostHtml, openPage, startEnvironment } from './harness.mjs';

let environment;
before(async () => {
  environment = await startEnvironment();
});
after(async () => {
  await environment?.close();
});

test('two script tags with different query strings: one definition, no error', async () => {
  const opened = await openPage(environment, {
    'hardening/twice.html': {
      html: hostHtml(
        `<perseverance-diagnostic storage-key="twice-a"></perseverance-diagnostic>
         <perseverance-diagnostic storage-key="twice-b" lang="en"></perseverance-diagnostic>`,
        {
          head: `<script type="module" src="/dist/perseverance-diagnostic.js?v=1"></script>
                 <script type="module" src="/dist/perseverance-diagnostic.js?v=2"></script>`,
        },
      ),
    },
  });
  try {
    await opened.page.goto(`${environment.base}hardening/twice.html`);
    const widgets = opened.page.locator('perseverance-diagnostic');
    await widgets.nth(0).locator('perseverance-welcome').waitFor();
    await widgets.nth(1).locator('perseverance-welcome').waitFor();
    // Both module copies ran (distinct URLs), the second one skipped the definition.
    const entries = opened.seen.requests.filter((r) =>
      /perseverance-diagnostic\.js\?v=/.test(r.url),
    );
    assert.equal(entries.length, 2);
    const state = await opened.page.evaluate(async () => {
      const defined = customElements.get('perseverance-diagnostic');
      const first = document.querySelector('perseverance-diagnostic');
      const second = await import('/dist/perseverance-diagnostic.js?v=3');
      return {
        upgraded: first instanceof defined,
        sameClass: second.PerseveranceDiagnostic === defined,
        sameAsFirstCopy: first.constructor === defined,
      };
    });
    assert.equal(state.upgraded, true);
    assert.equal(state.sameAsFirstCopy, true);
    // The entry only re-exports the hashed core chunk, which every copy shares: a third copy
    // imported later gets the class already registered, not a second one.
    assert.equal(state.sameClass, true);
    // The widgets work: answer one question in each, independently.
    for (const index of [0, 1]) {
      const widget = widgets.nth(index);
      await widget.locator('perseverance-welcome .actions button').first().click();
      await widget
        .locator('perseverance-question')
        .first()
        .locator('label')
        .nth(index + 1)
        .click();
    }
    const answers = await widgets.evaluateAll((elements) =>
      elements.map((element) => Object.values(element.answers)),
    );
    assert.deepEqual(answers, [[1], [2]]);
    // A widget created after all copies loaded is upgraded by the registered class.
    const late = await opened.page.evaluate(async () => {
      const element = document.createElement('perseverance-diagnostic');
      element.setAttribute('storage-key', 'twice-c');
      const ready = new Promise((resolve) =>
        element.addEventListener('perseverance-ready', resolve, { once: true }),
      );
      document.body.append(element);
      await ready;
      return element.constructor === customElements.get('perseverance-diagnostic');
    });
    assert.equal(late, true);
    assert.deepEqual(opened.seen.pageErrors, [], 'page errors');
    assert.deepEqual(opened.seen.consoleErrors, [], 'console errors');
    // Same version twice: silent. (A different version warns once, in French and English.)
    assert.deepEqual(
      opened.seen.warnings.filter((text) => /déjà défini|already defined/.test(text)),
      [],
    );
  } finally {
    await opened.close();
  }
});
