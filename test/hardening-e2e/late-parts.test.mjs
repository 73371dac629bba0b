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

    await widget.getByRole('button', { name: 'Profil', exact: true }).click();
    await widget.locator('perseverance-profile').waitFor();
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

test('when the later views cannot load, the widget says so in French and keeps the answers', async () => {
  const opened = await openPage(environment.current, { [PAGE]: { html } });
  // The results' views (their hash is 8 characters: `results-fr-…` is their strings' chunk).
  const lateViews = (url) => /\/dist\/chunks-[\d.]+\/results-[\w-]{8}\.js$/.test(url);
  try {
    // (A failed module import stays failed for the page's life: the message says to reload.)
    await opened.context.route(lateViews, (route) => route.abort('connectionfailed'));
    await opened.page.goto(environment.current.base + PAGE);
    const widget = opened.page.locator('perseverance-diagnostic');
    await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
    await widget.locator('perseverance-question').first().locator('label').nth(1).click();
    await widget.getByRole('button', { name: 'Profil', exact: true }).click();
    const notice = widget.locator('perseverance-notices').getByText(/n’a pas pu être chargée/);
    await notice.waitFor();
    assert.match(await notice.innerText(), /rechargez la page ; vos réponses sont conservées/);
    assert.deepEqual(opened.seen.pageErrors, []);
    // A failed chunk is asked for once, however the user goes on: no retry loop, no frozen page.
    await widget.getByRole('button', { name: 'Recommandations', exact: true }).click();
    await widget.getByRole('button', { name: 'Profil', exact: true }).click();
    await pageQuiet(opened.page);
    assert.equal(opened.seen.requests.filter((request) => lateViews(request.url)).length, 1);

    await opened.context.unroute(lateViews);
    await opened.page.reload();
    await widget.getByRole('button', { name: /Reprendre/ }).waitFor();
    await widget.getByRole('button', { name: 'Profil', exact: true }).click();
    await widget.locator('perseverance-profile').waitFor();
    assert.equal(Object.keys(await widget.evaluate((element) => element.answers)).length, 1);
  } finally {
    await opened.close();
  }
});
