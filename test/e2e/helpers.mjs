// Shared by the end-to-end tests: the demo server on a free port, headless Debian Chromium driven
// by playwright-core, and a watch on everything a page should never do.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';
import { serve } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

if (!existsSync(new URL('../../dist/perseverance-diagnostic.js', import.meta.url)))
  throw new Error('dist/ est absent : lancez `npm run build` (npm run test:e2e le fait).');

/** Starts the demo server and a browser; `close()` stops both. */
export async function startEnvironment() {
  const { server, url } = await serve({ port: 0 });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  return {
    base: url,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * A fresh page (own context, so its own localStorage) that records page errors, console errors
 * and warnings, CSP violations (from the `securitypolicyviolation` event and from the console) and
 * any request that leaves the local server — those are blocked, not sent.
 */
export async function watchedPage(environment, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await environment.browser.newContext({ viewport, acceptDownloads: true });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const page = await context.newPage();
  const problems = { pageErrors: [], consoleErrors: [], warnings: [], csp: [], foreign: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('console', (message) => {
    const text = message.text();
    if (/content security policy/i.test(text)) problems.csp.push(text);
    if (message.type() === 'error') problems.consoleErrors.push(text);
    if (message.type() === 'warning') problems.warnings.push(text);
  });
  await context.route(
    (url) => !url.href.startsWith(environment.base) && !/^(blob|data):/.test(url.protocol),
    (route) => {
      problems.foreign.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return {
    page,
    context,
    problems,
    /** Violations seen by the page's own listener, merged with the console's. */
    async cspViolations() {
      const fromPage = await page.evaluate(() => window.__cspViolations ?? []);
      return [...fromPage, ...problems.csp];
    },
  };
}

/** Waits for the `perseverance-ready` event of the nth widget (or the widget already ready). */
export async function waitForWidget(page, index = 0) {
  await page.locator('perseverance-diagnostic').nth(index).locator('[data-view]').waitFor();
}

/**
 * Answers the visible questionnaire step by step, clicking a radio per question (levels chosen by
 * `pick(questionIndex)`), until the profile view opens.
 */
export async function answerQuestionnaire(scope, pick = (index) => index % 4) {
  let answered = 0;
  for (let step = 0; step < 20; step += 1) {
    const questions = scope.locator('perseverance-question');
    await questions.first().waitFor();
    const count = await questions.count();
    for (let index = 0; index < count; index += 1) {
      const radios = questions.nth(index).locator('input[type="radio"]');
      await radios.nth(pick(answered) % (await radios.count())).check();
      answered += 1;
    }
    const finish = scope.getByRole('button', { name: /^(Voir le profil|See the profile)/ });
    if (await finish.isVisible()) {
      await finish.click();
      await scope.locator('perseverance-profile').waitFor();
      return answered;
    }
    await scope.getByRole('button', { name: /^(Clé suivante|Next key)/ }).click();
  }
  throw new Error('Le questionnaire ne se termine pas.');
}

/**
 * From the profile, opens every later view in turn: recommendations, one fiche, resources, the
 * action plan and the GPDS session (left open).
 */
export async function visitLaterViews(widget) {
  await widget.getByRole('button', { name: 'Recommandations', exact: true }).click();
  await widget.locator('perseverance-recommendation-card').first().waitFor();
  await widget
    .getByRole('button', { name: /^Voir la fiche/ })
    .first()
    .click();
  await widget.locator('perseverance-fiche h2').waitFor();
  await widget.getByRole('button', { name: 'Ressources', exact: true }).click();
  await widget.locator('perseverance-resources').waitFor();
  await widget.getByRole('button', { name: 'Plan d’action', exact: true }).click();
  await widget.locator('perseverance-plan').waitFor();
  await widget.getByRole('button', { name: 'Séance GPDS', exact: true }).click();
  await widget.locator('perseverance-session').waitFor();
}

/**
 * Resolves once the page is quiet: its main thread idle (an idle callback ran) and no request
 * started or finished for `quietMs`. What a test waits on before asserting that something did NOT
 * happen (no extra chunk, no extra request): a condition on the page, not a fixed sleep.
 */
export async function pageQuiet(page, { quietMs = 300, timeout = 15_000 } = {}) {
  let pending = 0;
  let last = Date.now();
  const started = () => {
    pending += 1;
    last = Date.now();
  };
  const ended = () => {
    pending = Math.max(0, pending - 1);
    last = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    const deadline = Date.now() + timeout;
    for (;;) {
      await page.evaluate(
        () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })),
      );
      if (pending === 0 && Date.now() - last >= quietMs) return;
      if (Date.now() > deadline) throw new Error(`The page was never quiet for ${quietMs} ms.`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

/** Polls `condition` (sync or async) until true; fails naming `what` after `timeout` ms. */
export async function eventually(condition, what, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
