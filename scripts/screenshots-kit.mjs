// What the screenshot scripts share: where the images go, the demo served locally to a headless
// Debian Chromium, and answering the questionnaire step by step through the interface.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { serve } from './serve.mjs';

/** docs/screenshots/, with its trailing slash. */
export const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

/** Serves the demo, runs `shoot({ browser, url })` in Chromium, then closes both. */
export async function withDemo(shoot) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { server, url } = await serve({ port: 0 });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    await shoot({ browser, url });
  } finally {
    await browser.close();
    server.close();
  }
}

/** Answers every question, the `pick(n)`-th choice for the n-th question, then opens the profile. */
export async function answerAll(widget, pick) {
  let answered = 0;
  for (;;) {
    const questions = widget.locator('perseverance-question');
    await questions.first().waitFor();
    const count = await questions.count();
    for (let index = 0; index < count; index += 1) {
      await questions.nth(index).locator('input[type="radio"]').nth(pick(answered)).check();
      answered += 1;
    }
    const finish = widget.getByRole('button', { name: 'Voir le profil' });
    if (await finish.isVisible()) return finish.click();
    await widget.getByRole('button', { name: 'Clé suivante' }).click();
  }
}
