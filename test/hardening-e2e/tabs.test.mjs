// Two tabs (two pages of one browser profile) and two widgets sharing a `storage-key` on one page:
// whatever order they save in, nothing is lost. See docs/RELIABILITY.md, « Onglets et widgets ».
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileEnvironment, hostHtml, openPage } from './harness.mjs';

const environment = fileEnvironment();
const PAGE = 'hardening/tabs.html';
const KEY = 'onglets';
const SCRIPT = '<script type="module" src="/dist/perseverance-diagnostic.js"></script>';
const oneWidget = hostHtml(
  `<perseverance-diagnostic storage-key="${KEY}"></perseverance-diagnostic>`,
  {
    head: SCRIPT,
  },
);
const twoWidgets = hostHtml(
  `<perseverance-diagnostic storage-key="${KEY}"></perseverance-diagnostic>
  <perseverance-diagnostic storage-key="${KEY}"></perseverance-diagnostic>`,
  { head: SCRIPT },
);

const answersOf = (widget) => widget.evaluate((element) => element.answers);
const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);

/** Starts the questionnaire in `widget` and picks option `option` of its question `index`. */
async function answer(widget, index, option = 1) {
  const start = widget.getByRole('button', { name: /Commencer le diagnostic|Reprendre/ });
  if (await start.isVisible()) await start.click();
  await widget.locator('perseverance-question').nth(index).locator('label').nth(option).click();
}

async function until(condition, what) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`jamais : ${what}`);
}

test('two tabs answering: each shows the other’s answers at once, and the save holds the union', async () => {
  const opened = await openPage(environment.current, { [PAGE]: { html: oneWidget } });
  try {
    const tabA = opened.page;
    await tabA.goto(environment.current.base + PAGE);
    const tabB = await opened.context.newPage();
    await tabB.goto(environment.current.base + PAGE);
    const widgetA = tabA.locator('perseverance-diagnostic');
    const widgetB = tabB.locator('perseverance-diagnostic');
    await widgetB.locator('perseverance-welcome').waitFor();

    await answer(widgetA, 0);
    await answer(widgetA, 1);
    await until(
      async () => Object.keys(await answersOf(widgetB)).length === 2,
      'B voit les 2 réponses de A',
    );
    await answer(widgetB, 2);
    await until(
      async () => Object.keys(await answersOf(widgetA)).length === 3,
      'A voit la réponse de B',
    );
    assert.equal(Object.keys((await stored(tabA)).answers).length, 3);

    await tabA.reload();
    await widgetA.getByRole('button', { name: /Reprendre/ }).waitFor();
    assert.equal(Object.keys(await answersOf(widgetA)).length, 3);
    assert.deepEqual(opened.seen.pageErrors, []);
  } finally {
    await opened.close();
  }
});

test('a stale tab that missed the other’s saves never wipes its 12 respondents: merged, a notice, the backup key', async () => {
  const opened = await openPage(environment.current, { [PAGE]: { html: oneWidget } });
  try {
    const tabA = opened.page;
    await tabA.goto(environment.current.base + PAGE);
    const widgetA = tabA.locator('perseverance-diagnostic');
    await answer(widgetA, 0);
    // Tab B was opened earlier and saved once.
    const tabB = await opened.context.newPage();
    await tabB.goto(environment.current.base + PAGE);
    const widgetB = tabB.locator('perseverance-diagnostic');
    await widgetB.getByRole('button', { name: /Reprendre/ }).waitFor();

    // Tab A collects 12 respondents; tab B misses the news (a frozen background tab): the
    // newer save is written from B's own page, where no storage event fires.
    const base = await stored(tabA);
    const respondents = Array.from({ length: 12 }, (_, index) => ({
      id: `r-${index + 1}`,
      label: `Participant ${index + 1}`,
      answers: {},
      source: 'code',
    }));
    const collected = {
      ...base,
      session: {
        name: 'GPDS du jeudi',
        createdAt: base.savedAt,
        questionnaireVersion: 'complet',
        respondents,
      },
      revision: base.revision + 5,
    };
    await tabB.evaluate(
      ([key, text]) => localStorage.setItem(key, text),
      [KEY, JSON.stringify(collected)],
    );

    // Tab B saves (an answer): storage keeps the 12 respondents and B's answer.
    await answer(widgetB, 1, 2);
    const notice = widgetB.locator('perseverance-notices li', { hasText: /Rien n’est perdu/ });
    await notice.waitFor();
    await until(
      async () => (await stored(tabB)).session?.respondents.length === 12,
      '12 participants',
    );
    const saved = await stored(tabB);
    assert.equal(Object.keys(saved.answers).length, 2);
    const backups = await tabB.evaluate(
      (key) => Object.keys(localStorage).filter((name) => name.startsWith(`${key}.backup-`)),
      KEY,
    );
    assert.ok(backups.length >= 1, 'a backup key');
    for (const name of backups) assert.ok((await notice.innerText()).includes(name), name);

    await tabB.reload();
    await widgetB.getByRole('button', { name: /Reprendre/ }).waitFor();
    assert.equal((await stored(tabB)).session.respondents.length, 12);
    assert.deepEqual(opened.seen.pageErrors, []);
  } finally {
    await opened.close();
  }
});

test('two widgets sharing a storage-key on one page: each shows the other’s answers, nothing lost', async () => {
  const opened = await openPage(environment.current, { [PAGE]: { html: twoWidgets } });
  try {
    await opened.page.goto(environment.current.base + PAGE);
    const first = opened.page.locator('perseverance-diagnostic').nth(0);
    const second = opened.page.locator('perseverance-diagnostic').nth(1);
    await second.locator('perseverance-welcome').waitFor();
    await answer(first, 0);
    await until(
      async () => Object.keys(await answersOf(second)).length === 1,
      'le 2e voit la réponse',
    );
    await answer(second, 1);
    await until(
      async () => Object.keys(await answersOf(first)).length === 2,
      'le 1er voit la réponse',
    );
    assert.equal(Object.keys((await stored(opened.page)).answers).length, 2);
    assert.deepEqual(opened.seen.pageErrors, []);
  } finally {
    await opened.close();
  }
});
