// Hardening 11: the whole journey under a strict Content-Security-Policy that also enforces
// Trusted Types, with the one policy the widget needs (`lit-html`): not one violation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  STRICT_CSP_WITH_TRUSTED_TYPES,
  fullJourney,
  hostHtml,
  openPage,
  pageQuiet,
  startEnvironment,
} from './harness.mjs';

let environment;
before(async () => {
  environment = await startEnvironment();
});
after(async () => {
  await environment?.close();
});

const SCRIPT = '<script type="module" src="/dist/perseverance-diagnostic.js"></script>';

function strictPage(body) {
  return {
    html: hostHtml(body, { head: SCRIPT }),
    headers: { 'content-security-policy': STRICT_CSP_WITH_TRUSTED_TYPES },
  };
}

async function expectClean(opened) {
  assert.deepEqual(await opened.violations(), [], 'securitypolicyviolation events');
  assert.deepEqual(opened.seen.pageErrors, [], 'page errors');
  assert.deepEqual(
    opened.seen.consoleErrors.filter((text) => !/Failed to load resource.*404/.test(text)),
    [],
    'console errors',
  );
}

test('the policy needs nothing but lit-html: without it, Lit cannot start', async () => {
  const opened = await openPage(environment, {
    'hardening/no-policy.html': {
      html: hostHtml('<perseverance-diagnostic></perseverance-diagnostic>', { head: SCRIPT }),
      headers: {
        'content-security-policy': STRICT_CSP_WITH_TRUSTED_TYPES.replace(
          'trusted-types lit-html',
          "trusted-types 'none'",
        ),
      },
    },
  });
  try {
    await opened.page.goto(`${environment.base}hardening/no-policy.html`);
    await opened.page.waitForFunction(() => window.__violations.length > 0);
    await pageQuiet(opened.page);
    const violations = await opened.violations();
    assert.equal(violations.length, 1, violations.join('\n'));
    assert.match(violations[0], /^trusted-types .*lit-html$/);
  } finally {
    await opened.close();
  }
});

test('the full journey works with zero violations under CSP + Trusted Types', async () => {
  const opened = await openPage(environment, {
    'hardening/csp.html': strictPage(
      '<main><perseverance-diagnostic storage-key="csp-journey"></perseverance-diagnostic></main>',
    ),
  });
  try {
    const response = await opened.page.goto(`${environment.base}hardening/csp.html`);
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP_WITH_TRUSTED_TYPES);
    const widget = opened.page.locator('perseverance-diagnostic');
    const { answered, answersAfterImport, shareCode } = await fullJourney(opened.page, widget);
    assert.ok(answered > 10);
    assert.equal(answersAfterImport, answered);
    assert.ok(shareCode, 'the profile shows a share code');
    // Styles are adopted stylesheets, never <style> elements (which style-src 'self' blocks);
    // style attributes set with setAttribute would show up as violations, checked below.
    const styleElements = await opened.page.evaluate(() => {
      let count = 0;
      const visit = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.localName === 'style') count += 1;
          if (element.shadowRoot) {
            if (element.shadowRoot.adoptedStyleSheets.length === 0) count += 1000;
            visit(element.shadowRoot);
          }
        }
      };
      visit(document);
      return count;
    });
    assert.equal(styleElements, 0, '<style> elements, or shadow roots without adopted sheets');
    await expectClean(opened);
  } finally {
    await opened.close();
  }
});

test('a host catalogue is fetched, validated (zod, jitless) and shown without a violation', async () => {
  const opened = await openPage(environment, {
    'hardening/csp-catalogue.html': strictPage(
      `<perseverance-diagnostic storage-key="csp-a" catalogue-src="/data/examples/catalogue-minimal.json"></perseverance-diagnostic>
       <perseverance-diagnostic storage-key="csp-b" catalogue-src="/dist/chunks/../../data/catalogue.json" lang="en"></perseverance-diagnostic>
       <perseverance-diagnostic storage-key="csp-c" catalogue-src="/dist/perseverance-diagnostic.js"></perseverance-diagnostic>`,
    ),
  });
  try {
    await opened.page.goto(`${environment.base}hardening/csp-catalogue.html`);
    const widgets = opened.page.locator('perseverance-diagnostic');
    await widgets.nth(0).locator('perseverance-welcome').waitFor();
    await widgets.nth(1).locator('perseverance-welcome').waitFor();
    // Not JSON: the error panel, in French, still without a violation.
    await widgets.nth(2).locator('perseverance-error-panel').waitFor();
    await widgets.nth(0).getByRole('button', { name: 'Commencer le diagnostic' }).click();
    await widgets.nth(0).locator('perseverance-question').first().waitFor();
    await expectClean(opened);
  } finally {
    await opened.close();
  }
});
