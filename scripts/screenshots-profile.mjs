// The profile's screenshots (docs/screenshots/profile-*, team-*), at 1280 px, 1024×768, 375 and
// 320 px: the establishment's profile; the team profile of 30 people with roles, some roles under
// three people (merged into « Autres ») and the projector mode at 1024×768; the comparison with
// last year; the profile printed on one A4 page (profile-print-a4.pdf and .png). From the demo
// served locally by headless Chromium over a saved state written before the page loads.
// `npm run build:widget && node --import tsx scripts/screenshots-profile.mjs`
import { writeFileSync } from 'node:fs';
import { defaultCatalogue } from '../src/catalogue/default.ts';
import { createEmptyState, serializeState } from '../src/storage/index.ts';
import { SCREENSHOTS as OUT, withDemo } from './screenshots-kit.mjs';

/** Answers with a shape: strong on some axes, weak on others. */
const BASE = [3, 2, 3, 1, 2, 0, 3, 2];
const answers = (shift) =>
  Object.fromEntries(defaultCatalogue.questions.map((q, i) => [q.id, BASE[(i + shift) % 8]]));
/**
 * One person of the team: the shared shape, each answer moved by -1, 0 or +1 (deterministic),
 * leaning by role (the direction sees things a little better, the smaller roles a little worse),
 * so that a role's line on the radar stands apart from the mean.
 */
const LEAN = { direction: 0.6, 'referent-decrochage': 0.3, cpe: 0, professeur: -0.1 };
const personAnswers = (person, role) =>
  Object.fromEntries(
    defaultCatalogue.questions.map((q, i) => {
      const offset = ((person * 7 + i * 13 + ((person * i) % 5)) % 3) - 1 + (LEAN[role] ?? -0.6);
      return [q.id, Math.max(0, Math.min(3, Math.round(BASE[i % 8] + offset)))];
    }),
  );
/**
 * Thirty people: roles of three or more (14 teachers, 4 CPE, 4 direction, 3 référents) and smaller
 * ones (2 nurses, 1 social worker, 1 PsyEN, 1 without a role), which the views merge into « Autres ».
 */
const ROLES = [
  ...Array(14).fill('professeur'),
  ...Array(4).fill('cpe'),
  ...Array(4).fill('direction'),
  ...Array(3).fill('referent-decrochage'),
  'infirmier',
  'infirmier',
  'assistant-social',
  'psyen',
  undefined,
];

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
    respondents: ROLES.map((role, i) => ({
      id: `r${i}`,
      label: `Participant ${i + 1}`,
      ...(role ? { role } : {}),
      answers: personAnswers(i, role),
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

/** A page of the demo over the saved state above, at `viewport` (a phone's when `mobile`). */
async function open({ browser, url }, viewport, mobile = false) {
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

/** Scrolls `element` to the top of the screen, with a little room above it. */
const scrollToTop = (element) => {
  element.style.scrollMarginTop = '12px';
  element.scrollIntoView();
};

async function top(widget) {
  await widget.locator('perseverance-nav').evaluate(scrollToTop);
}

/** The four sizes: a desktop, a projector (1024×768), two phones. */
const SIZES = [
  { name: '1280', viewport: { width: 1280, height: 900 } },
  { name: '1024x768', viewport: { width: 1024, height: 768 }, projector: true },
  { name: '375', viewport: { width: 375, height: 812 }, mobile: true },
  { name: '320', viewport: { width: 320, height: 640 }, mobile: true },
];

await withDemo(async (demo) => {
  for (const size of SIZES) {
    const { page, widget } = await open(demo, size.viewport, size.mobile);
    // The establishment's profile (it has no projector mode: the session's views have).
    await openProfile(widget);
    await top(widget);
    await shoot(page, `profile-${size.name}`);
    if (size.name === '1280') await shoot(page, 'profile-1280-full', true);

    // The team profile, then the comparison with last year; in projector mode at 1024×768.
    await openTeamProfile(widget);
    const suffix = size.projector ? `${size.name}-projector` : size.name;
    if (size.projector) {
      await widget.getByRole('button', { name: 'Mode projection' }).click();
      await page.evaluate(() => window.scrollTo(0, 0));
    } else {
      if (size.name === '1280') {
        await widget
          .locator('perseverance-session-profile label', { hasText: 'Professeur' })
          .click();
        await widget.locator('perseverance-session-profile label', { hasText: 'Autres' }).click();
      }
      await widget.locator('perseverance-session-profile .top').evaluate(scrollToTop);
    }
    await shoot(page, `team-profile-${suffix}`);
    await widget.locator('perseverance-session-profile #compare-title').evaluate(scrollToTop);
    await shoot(page, `team-comparison-${suffix}`);
    await page.close();
  }

  // The profile on paper (its « Imprimer » button, no annex): the A4 PDF and a picture of it.
  const { page, widget } = await open(demo, { width: 1280, height: 900 });
  await openProfile(widget);
  await page.evaluate(() => {
    window.print = () => {};
  });
  const print = widget.locator('perseverance-profile').getByRole('button', { name: 'Imprimer' });
  await print.click();
  writeFileSync(
    `${OUT}profile-print-a4.pdf`,
    await page.pdf({ format: 'A4', preferCSSPageSize: true }),
  );
  console.log('profile-print-a4.pdf');
  // Printing to PDF ran `afterprint`, which showed the host page again: mark it once more.
  await print.click();
  await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await shoot(page, 'profile-print-a4', true);
  await page.close();
  console.log(`Captures enregistrées dans ${OUT}`);
});
