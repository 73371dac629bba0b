// Screenshots of the GPDS meeting (docs/screenshots/): the projector view of « Préparer » with
// its QR code, and the one-page compte rendu as it prints (A4, the widget alone), as a PNG and a
// PDF. Three respondents join from the session's link and answer the short version; their
// messages are pasted as they would arrive. Run: `npm run build:widget && node scripts/screenshots-meeting.mjs`
import { writeFileSync } from 'node:fs';
import { SCREENSHOTS as OUT, answerAll, withDemo } from './screenshots-kit.mjs';

/** Three members who see things differently, so the agenda has questions to discuss. */
const PICKS = [
  (index) => [3, 2, 3, 1, 2, 0, 3, 2][index % 8],
  (index) => [1, 2, 0, 3, 2, 3, 1, 2][index % 8],
  (index) => [2, 3, 1, 1, 0, 2, 3, 3][index % 8],
];

await withDemo(async ({ browser, url }) => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${url}demo/session.html`);
  const board = page.locator('perseverance-diagnostic');
  await board.locator('#name').fill('GPDS — décembre 2026');
  await board.locator('#version-court').check();
  await board.getByRole('button', { name: 'Démarrer la séance' }).click();
  await board.locator('#join-contact').fill('cpe@lycee-louise-michel.example');
  await board.locator('#join-contact').dispatchEvent('change');
  const link = await board.locator('#join-link').inputValue();

  const messages = [];
  for (const [index, pick] of PICKS.entries()) {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await phone.goto(link);
    const widget = phone.locator('perseverance-diagnostic');
    await widget
      .locator('#role')
      .selectOption({ index: index + 1 })
      .catch(() => {});
    await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
    await answerAll(widget, pick);
    messages.push(await widget.locator('#share-message').inputValue());
    await phone.close();
  }

  // 1024 × 768 projector: « Préparer » with the QR code and the link.
  await board.getByRole('button', { name: 'Préparer', exact: true }).click();
  await board.getByRole('button', { name: 'Mode projection' }).click();
  await board.locator('perseverance-qr-code svg').waitFor();
  await page.screenshot({ path: `${OUT}meeting-projector-qr-1024x768.png` });
  await board.getByRole('button', { name: 'Mode projection' }).click();

  await board.getByRole('button', { name: 'Recueillir', exact: true }).click();
  await board.locator('#codes').fill(messages.map((m) => `Re: séance GPDS\n${m}\n`).join('\n'));
  await board.getByRole('button', { name: 'Ajouter les codes' }).click();
  await board.getByText(/3 codes ajoutés/).waitFor();

  // The team's notes on the first question of the agenda.
  await board.getByRole('button', { name: 'Discuter', exact: true }).click();
  const first = board.locator('ol.agenda > li').first();
  await first.locator('textarea').first().fill('Les avis divergent selon les niveaux de classe.');
  await first.locator('textarea').first().dispatchEvent('change');
  await first.locator('textarea').nth(1).fill('Faire un point en conseil pédagogique.');
  await first.locator('textarea').nth(1).dispatchEvent('change');
  await first.locator('input[type="text"]').fill('CPE');
  await first.locator('input[type="text"]').dispatchEvent('change');

  // The compte rendu as its print button prints it: the widget alone, on one A4 page.
  await board.getByRole('button', { name: 'Compte rendu', exact: true }).click();
  await board.locator('perseverance-session-report').waitFor();
  await page.evaluate(() => {
    window.print = () => {};
  });
  await board.getByRole('button', { name: 'Imprimer le compte rendu' }).click();
  writeFileSync(
    `${OUT}meeting-report-a4.pdf`,
    await page.pdf({ format: 'A4', preferCSSPageSize: true }),
  );
  // Printing to PDF ran `afterprint`, which showed the host page again: mark it once more.
  await board.getByRole('button', { name: 'Imprimer le compte rendu' }).click();
  await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: `${OUT}meeting-report-a4.png`, fullPage: true });
  console.log(`Captures : ${OUT}meeting-projector-qr-1024x768.png, meeting-report-a4.png/.pdf`);
});
