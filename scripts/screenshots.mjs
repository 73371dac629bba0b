// The README's screenshots (docs/screenshots/), taken from the demo served locally by headless
// Debian Chromium: `npm run build:widget && npm run screenshots`.
import { SCREENSHOTS as OUT, answerAll, withDemo } from './screenshots-kit.mjs';

/** A spread of answers, so the radar has a shape: strong on some axes, weak on others. */
const pick = (index) => [3, 2, 3, 1, 2, 0, 3, 2][index % 8];

await withDemo(async ({ browser, url }) => {
  // 1280 px: the profile of a completed short diagnostic (radar and weak spots).
  const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await wide.emulateMedia({ reducedMotion: 'reduce' });
  await wide.goto(`${url}demo/college.html`);
  const widget = wide.locator('perseverance-diagnostic');
  await widget.locator('input#version-court').check();
  await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await answerAll(widget, pick);
  await widget.locator('perseverance-radar canvas').waitFor();
  await wide.waitForTimeout(500);
  const height = await wide.evaluate(() => document.documentElement.scrollHeight);
  await wide.screenshot({
    path: `${OUT}widget-1280.png`,
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: Math.min(height, 1420) },
  });

  // 375 px: a step of the questionnaire on a phone.
  const narrow = await browser.newPage({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  await narrow.goto(`${url}demo/college.html`);
  const phone = narrow.locator('perseverance-diagnostic');
  await phone.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await phone.locator('perseverance-question').first().waitFor();
  const first = phone.locator('perseverance-question').first();
  await first.locator('input[type="radio"]').nth(2).check();
  await phone.locator('perseverance-question').nth(1).locator('input[type="radio"]').nth(1).check();
  await phone
    .locator('perseverance-questionnaire h2')
    .first()
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await narrow.waitForTimeout(300);
  await narrow.screenshot({ path: `${OUT}widget-375.png` });
  console.log(`Captures enregistrées dans ${OUT}`);
});
