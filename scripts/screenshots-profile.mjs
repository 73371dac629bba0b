// The profile's screenshots (docs/screenshots/profile-*, team-*): the establishment's profile at
// 1280, 375 and 320 px, the team profile of 30 people with roles (1280 px and the projector at
// 1024×768) and the comparison with last year, from the demo served locally by headless Chromium
// over a saved state written before the page loads.
// `npm run build:widget && node --import tsx scripts/screenshots-profile.mjs`
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { defaultCatalogue } from '../src/catalogue/default.ts';
import { createEmptyState, serializeState } from '../src/storage/index.ts';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { serve } from './serve.mjs';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
mkdirSync(OUT, { recursive: true });

/** Answers with a shape: strong on some axes, weak on others, one person differing by `shift`. */
const answers = (shift) =>
  Object.fromEntries(
    defaultCatalogue.questions.map((q, i) => [q.id, [3, 2, 3, 1, 2, 0, 3, 2][(i + shift) % 8]]),
  );
const ROLES = ['cpe', 'professeur', 'professeur', 'direction', 'professeur', 'cpe', 'infirmier'];

const state = createEmptyState(defaultCatalogue, {
  answers: answers(0),
  context: {
    levels: ['college'],
    publics: [],
    establishmentName: 'Collège Jean Moulin',
    questionnaireVersion: 'complet',
  },
  progress: { view: 'profile', step: 0 },
  session: {
    name: 'GPDS — mars 2027',
    createdAt: '2027-03-10T17:00:00.000Z',
    questionnaireVersion: 'complet',
    respondents: Array.from({ length: 30 }, (_, i) => ({
      id: `r${i}`,
      label: `Participant ${i + 1}`,
      role: ROLES[i % ROLES.length],
      answers: answers(i % 5 === 0 ? 1 : i % 3),
      source: 'code',
    })),
  },
  previous: {
    label: 'Séance GPDS de juin 2026',
    importedAt: '2026-06-15T10:00:00.000Z',
    answers: answers(4),
    retained: [],
  },
});
const saved = serializeState(state);
const key = `perseverance:${defaultCatalogue.id}`;

const { server, url } = await serve({ port: 0 });
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_FLAGS,
});

async function open(viewport, mobile = false) {
  const page = await browser.newPage({
    viewport,
    ...(mobile ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}),
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [key, saved]);
  await page.goto(`${url}demo/college.html`);
  const widget = page.locator('perseverance-diagnostic');
  await widget.locator('perseverance-nav').waitFor();
  return { page, widget };
}

async function shoot(page, name, fullPage = false) {
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${OUT}${name}.png`, fullPage });
  console.log(`${name}.png`);
}

async function openProfile(widget) {
  await widget.locator('perseverance-nav').getByRole('button', { name: 'Profil' }).click();
  await widget.locator('perseverance-profile perseverance-radar canvas').waitFor();
}

async function openTeamProfile(widget) {
  await widget.locator('perseverance-nav').getByRole('button', { name: 'Séance GPDS' }).click();
  await widget.getByRole('button', { name: 'Profil commun' }).click();
  await widget.locator('perseverance-session-profile perseverance-radar canvas').waitFor();
}

try {
  for (const [width, height, mobile] of [
    [1280, 900, false],
    [375, 812, true],
    [320, 640, true],
  ]) {
    const { page, widget } = await open({ width, height }, mobile);
    await openProfile(widget);
    await widget.locator('perseverance-nav').evaluate((n) => n.scrollIntoView());
    await shoot(page, `profile-${width}`);
    if (width === 1280) await shoot(page, `profile-${width}-full`, true);
    await page.close();
  }

  const { page, widget } = await open({ width: 1280, height: 900 });
  await openTeamProfile(widget);
  await widget.locator('perseverance-session-profile label', { hasText: 'Professeur' }).click();
  await widget.locator('perseverance-session-profile .top').evaluate((h) => h.scrollIntoView());
  await shoot(page, 'team-profile-1280');
  await widget
    .locator('perseverance-session-profile #compare-title')
    .evaluate((h) => h.scrollIntoView());
  await shoot(page, 'team-comparison-1280');
  await page.close();

  const projector = await open({ width: 1024, height: 768 });
  await openTeamProfile(projector.widget);
  await projector.widget.getByRole('button', { name: 'Mode projection' }).click();
  await projector.page.evaluate(() => window.scrollTo(0, 0));
  await shoot(projector.page, 'team-profile-1024x768-projector');
  await projector.page.close();
  console.log(`Captures enregistrées dans ${OUT}`);
} finally {
  await browser.close();
  server.close();
}
