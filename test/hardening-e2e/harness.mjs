// Shared by the hardening end-to-end tests: the built widget (dist/) served by scripts/serve.mjs on
// a free port, headless Chromium through playwright-core, and host pages made up per test (served
// through a route, so each can carry its own HTTP headers, e.g. a Content-Security-Policy).
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import { pageQuiet, startEnvironment, visitLaterViews } from '../e2e/helpers.mjs';

if (!existsSync(new URL('../../dist/perseverance-diagnostic.js', import.meta.url)))
  throw new Error('dist/ est absent : lancez `npm run build` avant ces tests.');

/** The strict policy of the brief, with the one Trusted Types policy the widget creates (Lit's). */
export const STRICT_CSP_WITH_TRUSTED_TYPES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'none'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The same server and browser as the other end-to-end tests, and the same wait for quiet. */
export { pageQuiet, startEnvironment };

/** One server and browser for a test file: started before its tests, closed after; use `.current`. */
export function fileEnvironment() {
  const environment = { current: null };
  before(async () => {
    environment.current = await startEnvironment();
  });
  after(async () => {
    await environment.current?.close();
  });
  return environment;
}

/** A host page: no inline script or style. */
export function hostHtml(body, { head = '' } = {}) {
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>Page hôte de test</title>
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>`;
}

/**
 * A fresh context and page that record: every request, page errors, console errors and warnings,
 * CSP violations (the `securitypolicyviolation` event, from the first script on), beacons.
 * `pages` maps paths under the server (`hardening/x.html`) to `{ html, headers }`.
 */
export async function openPage(environment, pages = {}) {
  const context = await environment.browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(
        `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
    window.__beacons = [];
    if (navigator.sendBeacon) {
      const send = navigator.sendBeacon.bind(navigator);
      navigator.sendBeacon = (...args) => {
        window.__beacons.push(String(args[0]));
        return send(...args);
      };
    }
  });
  for (const [path, { html, headers = {} }] of Object.entries(pages)) {
    await context.route(`${environment.base}${path}`, (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
        body: html,
      }),
    );
  }
  const page = await context.newPage();
  const seen = { requests: [], pageErrors: [], consoleErrors: [], warnings: [] };
  page.on('request', (request) =>
    seen.requests.push({ url: request.url(), type: request.resourceType() }),
  );
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  return {
    page,
    context,
    seen,
    violations: () => page.evaluate(() => window.__violations),
    beacons: () => page.evaluate(() => window.__beacons),
    async close() {
      await context.close();
    },
  };
}

/** Answers the questionnaire step by step until the profile opens; returns the answer count. */
export async function answerQuestionnaire(widget, pick = (index) => index % 4) {
  let answered = 0;
  for (let step = 0; step < 20; step += 1) {
    const questions = widget.locator('perseverance-question');
    await questions.first().waitFor();
    const count = await questions.count();
    for (let index = 0; index < count; index += 1) {
      await questions
        .nth(index)
        .locator('label')
        .nth(pick(answered) % 5)
        .click();
      answered += 1;
    }
    const finish = widget.getByRole('button', { name: /^Voir le profil/ });
    if (await finish.isVisible()) {
      await finish.click();
      await widget.locator('perseverance-profile').waitFor();
      return answered;
    }
    await widget.getByRole('button', { name: /^Clé suivante/ }).click();
  }
  throw new Error('Le questionnaire ne se termine pas.');
}

/**
 * Everything a team does: welcome (short version), questionnaire, profile (radar of the clés, bars
 * of the axes, table, share code), recommendations, a fiche, resources, the action plan, a GPDS session fed
 * with the share code, export to a file, import it back, English. Returns what it saw.
 */
export async function fullJourney(page, widget) {
  await widget.locator('[data-view]').waitFor();
  await widget.locator('input#version-court').check();
  await widget.locator('input#level-college').check();
  await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  const answered = await answerQuestionnaire(widget, (index) => (index * 7) % 5);

  // Profile: the radar drawn, the axes' bars, the table, the share code.
  await widget.locator('perseverance-radar canvas').waitFor();
  await page.waitForFunction(() => {
    const find = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'perseverance-radar') return element;
        const inner = element.shadowRoot && find(element.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    return find(document)?.chartInstance != null;
  });
  await widget.locator('perseverance-profile-bars:not(.print-only)').first().waitFor();
  await widget.getByRole('button', { name: /Afficher le tableau/ }).click();
  await widget.locator('perseverance-score-table table caption').waitFor();
  let shareCode = null;
  const share = widget.locator('perseverance-share-code input#share-code');
  if (await share.count()) {
    shareCode = await share.inputValue();
    await widget.locator('perseverance-share-code').getByRole('button').first().click();
  }

  // Recommendations, one fiche, resources, the plan; then a GPDS session with the share code
  // pasted, its shared profile and agenda.
  await visitLaterViews(widget);
  const startSession = widget.getByRole('button', { name: 'Démarrer la séance' });
  if (shareCode && (await startSession.count())) {
    await widget.locator('perseverance-session-start input#name').fill('GPDS de test');
    await startSession.click();
    await widget.getByRole('button', { name: 'Recueillir', exact: true }).click();
    await widget.locator('perseverance-session-collect textarea#codes').fill(shareCode);
    await widget.getByRole('button', { name: 'Ajouter les codes' }).click();
    await widget.locator('perseverance-session-collect #codes-summary p').waitFor();
    for (const [section, tag] of [
      ['Profil commun', 'perseverance-session-profile'],
      ['Discuter', 'perseverance-session-agenda'],
      ['Décider', 'perseverance-session-decide'],
      ['Compte rendu', 'perseverance-session-report'],
    ]) {
      await widget.getByRole('button', { name: section, exact: true }).click();
      await widget.locator(tag).waitFor();
    }
  }

  // Export to a file, then import it back through the file picker.
  const downloading = page.waitForEvent('download');
  await widget
    .getByRole('button', { name: /^Exporter/ })
    .first()
    .click();
  const download = await downloading;
  const file = await download.path();
  const choosing = page.waitForEvent('filechooser');
  await widget
    .getByRole('button', { name: /^Importer/ })
    .first()
    .click();
  await (await choosing).setFiles(file);
  await widget.locator('perseverance-profile').waitFor();
  const answersAfterImport = await widget.evaluate(
    (element) => Object.keys(element.answers).length,
  );

  // English strings arrive as a chunk.
  await widget.evaluate((element) => element.setAttribute('lang', 'en'));
  await widget.getByRole('button', { name: 'Profile', exact: true }).waitFor();
  return { answered, answersAfterImport, shareCode };
}
