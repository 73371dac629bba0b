// Two quick `lang` flips (en, then fr 50 ms later) while the English strings are slow to come (a
// school's network): the last value wins everywhere — the nav and the view's content — and the
// English strings that arrive afterwards are dropped, not shown over the French ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileEnvironment, hostHtml, openPage, pageQuiet } from './harness.mjs';

const environment = fileEnvironment();

const PAGE = 'hardening/language-flips.html';
const html = hostHtml(
  '<perseverance-diagnostic storage-key="language-flips"></perseverance-diagnostic>',
  {
    head: '<script type="module" src="/dist/perseverance-diagnostic.js"></script>',
  },
);

/** The English string chunks (`en`, `results-en`, `session-en`, `plan-en`). */
const englishChunk = (url) => /\/dist\/chunks-[\d.]+\/(?:[\w]+-)?en-[\w-]{8}\.js$/.test(url);

/** The text of an element and of every shadow root below it. */
function deepText(element) {
  const parts = [];
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.data);
    if (node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(element);
  return parts.join(' ').replace(/\s+/g, ' ');
}

for (const [when, view, tag, french, english] of [
  [
    'once the profile is shown',
    'Profil',
    'perseverance-profile',
    'Profil de l’établissement',
    /Establishment profile|Print\b/,
  ],
  [
    'while the action plan’s chunk loads',
    'Plan d’action',
    'perseverance-plan',
    'Plan d’action de l’année',
    /This year’s action plan/,
  ],
]) {
  test(`en then fr 50 ms later, English strings slow, ${when}: everything ends in French`, async () => {
    const opened = await openPage(environment.current, { [PAGE]: { html } });
    // The English chunks wait until the test lets them through, after both flips.
    let release;
    const released = new Promise((resolve) => (release = resolve));
    let asked;
    const englishAsked = new Promise((resolve) => (asked = resolve));
    await opened.context.route(englishChunk, async (route) => {
      asked();
      await released;
      await route.continue();
    });
    try {
      await opened.page.goto(environment.current.base + PAGE);
      const widget = opened.page.locator('perseverance-diagnostic');
      await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
      await widget.locator('perseverance-question').first().locator('label').nth(1).click();
      await widget.getByRole('button', { name: view, exact: true }).click();
      if (when.startsWith('once')) await widget.locator(tag).waitFor();

      await widget.evaluate(async (element) => {
        element.setAttribute('lang', 'en');
        await new Promise((resolve) => setTimeout(resolve, 50));
        element.setAttribute('lang', 'fr');
      });
      // The first flip asked for the English strings; they arrive after the second.
      await englishAsked;
      release();
      await widget.locator(tag).waitFor({ timeout: 20_000 });
      await pageQuiet(opened.page);

      assert.equal(await widget.getAttribute('lang'), 'fr');
      const nav = await widget.locator('perseverance-nav nav').innerText();
      assert.match(nav, /Recommandations/);
      assert.doesNotMatch(nav, /Recommendations/);
      const content = await widget.locator(tag).evaluate(deepText);
      assert.ok(content.includes(french), `the view in French: ${content.slice(0, 200)}`);
      assert.doesNotMatch(content, english);
      assert.deepEqual(opened.seen.pageErrors, []);
    } finally {
      release();
      await opened.close();
    }
  });
}
