// What loads when: the welcome view needs only the first view's files; once the team starts, the
// later views are fetched while the page is idle, so the profile opens at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileEnvironment, hostHtml, openPage, pageQuiet } from './harness.mjs';

const environment = fileEnvironment();

const PAGE = 'hardening/late-parts.html';
const html = hostHtml(
  '<perseverance-diagnostic storage-key="late-parts"></perseverance-diagnostic>',
  {
    head: '<script type="module" src="/dist/perseverance-diagnostic.js"></script>',
  },
);

/** The widget's files fetched so far, by chunk name (`core`, `results`…; the entry is `entry`). */
function chunksSeen(opened) {
  return opened.seen.requests
    .map(({ url }) =>
      /\/dist\/(?:chunks-[\d.]+\/([\w-]+?)-[\w-]{8}|perseverance-diagnostic)\.js$/.exec(url),
    )
    .filter(Boolean)
    .map((match) => match[1] ?? 'entry');
}

/** Waits (idle page: up to the idle callback's timeout) until the later views' chunk is fetched. */
function lateViewsFetched(page) {
  return page.waitForFunction(
    () =>
      performance
        .getEntriesByType('resource')
        .some((entry) => /\/chunks-[\d.]+\/results-[\w-]{8}\.js$/.test(entry.name)),
    undefined,
    { timeout: 10_000 },
  );
}

test('the welcome view loads the first view only; starting prefetches the later views when idle', async () => {
  const opened = await openPage(environment.current, { [PAGE]: { html } });
  try {
    await opened.page.goto(environment.current.base + PAGE);
    const widget = opened.page.locator('perseverance-diagnostic');
    await widget.locator('perseverance-welcome').waitFor();
    await pageQuiet(opened.page);
    assert.deepEqual(chunksSeen(opened).sort(), ['core', 'entry']);

    await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
    await widget.locator('perseverance-question').first().waitFor();
    // Nothing else happens on the page: the idle callback fetches the profile's views.
    await lateViewsFetched(opened.page);
    assert.ok(chunksSeen(opened).includes('results-fr'), 'the later views’ strings come along');
    assert.ok(chunksSeen(opened).includes('default-catalogue-content'), 'and the fiches');
    assert.ok(!chunksSeen(opened).includes('chart'), 'chart.js waits for the profile');

    // The first clé answered, so that the profile has a radar to draw (an empty one has none).
    const questions = widget.locator('perseverance-question');
    for (let index = 0, count = await questions.count(); index < count; index += 1)
      await questions.nth(index).locator('label').first().click();
    assert.ok(!chunksSeen(opened).includes('chart'), 'answering does not load chart.js either');
    await widget.getByRole('button', { name: 'Profil', exact: true }).click();
    await widget.locator('perseverance-radar canvas').waitFor();
    assert.ok(chunksSeen(opened).includes('chart'));
    assert.deepEqual(opened.seen.pageErrors, []);
  } finally {
    await opened.close();
  }
});

test('on one page (layout="page"), the later views are prefetched without a click', async () => {
  const opened = await openPage(environment.current, {
    [PAGE]: {
      html: hostHtml(
        '<perseverance-diagnostic storage-key="late-parts-page" layout="page"></perseverance-diagnostic>',
        { head: '<script type="module" src="/dist/perseverance-diagnostic.js"></script>' },
      ),
    },
  });
  try {
    await opened.page.goto(environment.current.base + PAGE);
    await opened.page.locator('perseverance-question').first().waitFor();
    await lateViewsFetched(opened.page);
    assert.deepEqual(opened.seen.pageErrors, []);
  } finally {
    await opened.close();
  }
});

/** A host page with its own button, which counts its clicks (handler added from the test). */
const hostWithButton = hostHtml(
  `<button type="button" id="host-button">Bouton de la page hôte</button>
  <perseverance-diagnostic storage-key="late-parts-failure"></perseverance-diagnostic>`,
  { head: '<script type="module" src="/dist/perseverance-diagnostic.js"></script>' },
);

/** Each lazy part, the view that needs it, and how the notice names it. */
const PARTS = [
  {
    chunk: 'results',
    view: 'Profil',
    tag: 'perseverance-profile',
    names: 'profil, recommandations',
  },
  {
    chunk: 'default-catalogue-content',
    view: 'Profil',
    tag: 'perseverance-profile',
    names: 'profil, recommandations',
  },
  { chunk: 'session', view: 'Séance GPDS', tag: 'perseverance-session', names: 'séance GPDS' },
  { chunk: 'plan', view: 'Plan d’action', tag: 'perseverance-plan', names: 'plan d’action' },
];

/** The widget's own file named `chunk` (its 8-character hash after the name, nothing else). */
const chunkUrl = (chunk) => (url) =>
  new RegExp(`/dist/chunks-[\\d.]+/${chunk}-[\\w-]{8}\\.js$`).test(url);

for (const part of PARTS) {
  test(`when the « ${part.chunk} » chunk cannot load: a few spaced-out attempts, then a French message with « Recharger la page »; the host page keeps answering; the answers survive`, async (t) => {
    const opened = await openPage(environment.current, { [PAGE]: { html: hostWithButton } });
    const blocked = chunkUrl(part.chunk);
    try {
      await opened.context.route(blocked, (route) => route.abort('connectionfailed'));
      // Long tasks (main-thread work over 50 ms in one go), recorded from the first script on.
      await opened.context.addInitScript(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      await opened.page.goto(environment.current.base + PAGE);
      await opened.page.evaluate(() => {
        window.__hostClicks = 0;
        document.getElementById('host-button').addEventListener('click', () => {
          window.__hostClicks += 1;
        });
      });
      const widget = opened.page.locator('perseverance-diagnostic');
      await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
      await widget.locator('perseverance-question').first().locator('label').nth(1).click();
      await widget.getByRole('button', { name: part.view, exact: true }).click();

      // While the widget waits between attempts, the host's own button is handled, each click
      // (a page stuck in a loop that never yields would handle none: no timing involved).
      const hostButton = opened.page.locator('#host-button');
      for (let click = 1; click <= 3; click += 1) {
        await hostButton.click({ timeout: 5000 });
        assert.equal(await opened.page.evaluate(() => window.__hostClicks), click);
      }

      const notice = widget.locator('perseverance-notices li', {
        hasText: /n’a pas pu être chargée/,
      });
      await notice.waitFor({ timeout: 20_000 });
      const text = await notice.innerText();
      assert.ok(text.includes(`(${part.names}`), text);
      assert.match(text, /rechargez la page ; vos réponses sont conservées/);
      assert.doesNotMatch(text, /TypeError|Failed to fetch|http/);
      await notice.getByRole('button', { name: 'Recharger la page' }).waitFor();
      assert.deepEqual(opened.seen.pageErrors, []);

      // Given up: going on asks for nothing more (at most the first try and two retries).
      await widget.getByRole('button', { name: 'Questionnaire', exact: true }).click();
      await widget.getByRole('button', { name: part.view, exact: true }).click();
      await pageQuiet(opened.page);
      const requests = opened.seen.requests.filter((request) => blocked(request.url)).length;
      assert.ok(requests >= 1 && requests <= 3, `${requests} requests for ${part.chunk}`);
      await hostButton.click({ timeout: 5000 });
      assert.equal(await opened.page.evaluate(() => window.__hostClicks), 4);
      const longTasks = await opened.page.evaluate(() => window.__longTasks);
      // Reported, not asserted: wall-clock durations depend on the machine's load.
      t.diagnostic(
        `${part.chunk}: ${requests} request(s); main thread busy in long tasks ${Math.round(
          longTasks.reduce((sum, duration) => sum + duration, 0),
        )} ms (${longTasks.length}, longest ${Math.round(Math.max(0, ...longTasks))} ms)`,
      );

      // The network comes back; the page reloads: the answer is there, the view opens.
      await opened.context.unroute(blocked);
      await opened.page.reload();
      await widget.getByRole('button', { name: /Reprendre/ }).waitFor();
      assert.equal(Object.keys(await widget.evaluate((element) => element.answers)).length, 1);
      await widget.getByRole('button', { name: part.view, exact: true }).click();
      await widget.locator(part.tag).waitFor();
      assert.deepEqual(opened.seen.pageErrors, []);
    } finally {
      await opened.close();
    }
  });
}
