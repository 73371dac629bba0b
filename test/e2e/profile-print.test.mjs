// The profile on paper, on the built widget in the demo's college page: a team answers through the
// interface, opens the profile and uses its « Imprimer » button; Chromium prints the page to an A4
// PDF (print media, the page size the widget asks for) whose pages are counted. By default one
// page: the establishment's name and the date, the radar, the axes de progrès and points d'appui,
// the clés' headlines and the catalogue's version, without the host page's header. With « Imprimer
// aussi l'annexe » the clés' axes and the score table follow from page 2, the radar still on page 1.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { answerQuestionnaire, startEnvironment, waitForWidget, watchedPage } from './helpers.mjs';

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPages(buffer) {
  return (buffer.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** A4's printable area at 96 CSS px per inch, with the 12 mm margins print.ts sets. */
const MM = 96 / 25.4;
const PRINTABLE = { width: Math.floor((210 - 24) * MM), height: Math.floor((297 - 24) * MM) };

describe('the profile prints on one A4 page, the annex on demand', () => {
  let environment;
  before(async () => {
    environment = await startEnvironment();
  });
  after(async () => {
    await environment?.close();
  });

  it('prints the profile alone on one page, then with its annex from page 2', async () => {
    const { page, problems } = await watchedPage(environment);
    await page.goto(`${environment.base}demo/college.html`);
    await waitForWidget(page);
    const widget = page.locator('perseverance-diagnostic');
    await widget.locator('#name').fill('Collège Jean Moulin');
    await widget.locator('#name').dispatchEvent('change');
    await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
    // Varied answers: ties among the strengths and the axes de progrès, as in a real profile.
    await answerQuestionnaire(widget, (i) => [3, 2, 3, 1, 2, 0, 3, 2][i % 8]);
    const profile = widget.locator('perseverance-profile');
    await profile.locator('perseverance-radar canvas').waitFor();
    await page.waitForFunction(
      () =>
        document
          .querySelector('perseverance-diagnostic')
          ?.shadowRoot?.querySelector('perseverance-profile')
          ?.shadowRoot?.querySelector('perseverance-radar')?.chartInstance != null,
    );

    // The profile's own print button: the host page's header and footer are left out.
    await page.evaluate(() => {
      window.print = () => {};
    });
    const printButton = profile.getByRole('button', { name: 'Imprimer', exact: true });
    await printButton.click();
    assert.equal(await page.locator('header.site[data-perseverance-print-hide]').count(), 1);
    assert.equal(await page.locator('footer.site[data-perseverance-print-hide]').count(), 1);

    const onePage = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    assert.equal(pdfPages(onePage), 1, 'the profile prints on one A4 page');
    // Chromium's printing ends with `afterprint`: the host page is whole again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.equal(await page.locator('[data-perseverance-print-hide]').count(), 0);

    // What that page holds, laid out as on paper (print media, A4's printable width).
    await printButton.click();
    await page.setViewportSize(PRINTABLE);
    await page.emulateMedia({ media: 'print' });
    const paper = async () =>
      page.evaluate(() => {
        const root = document.querySelector('perseverance-diagnostic').shadowRoot;
        const view = root.querySelector('perseverance-profile').shadowRoot;
        const shown = (el) => !!el && el.getClientRects().length > 0;
        const top = (el) => (el ? el.getBoundingClientRect().top + window.scrollY : NaN);
        const bottom = (el) => (el ? el.getBoundingClientRect().bottom + window.scrollY : NaN);
        const text = (el) => (shown(el) ? el.textContent.replace(/\s+/g, ' ').trim() : '');
        const annex = view.querySelector('.annex-start');
        return {
          context: text(root.querySelector('.context')),
          radar: shown(view.querySelector('perseverance-radar')),
          radarBottom: bottom(view.querySelector('perseverance-radar')),
          highlights: [...view.querySelectorAll('.columns h3')].filter(shown).map(text),
          source: text(view.querySelector('.source')),
          sourceBottom: bottom(view.querySelector('.source')),
          table: shown(view.querySelector('perseverance-score-table')),
          annex: shown(annex),
          annexTop: top(annex),
          annexBreak: annex ? getComputedStyle(annex).breakBefore : '',
          buttons: [...view.querySelectorAll('button')].filter(shown).length,
        };
      });
    const single = await paper();
    assert.match(single.context, /^Collège Jean Moulin · \d{1,2}(er)? \p{L}+ \d{4}$/u);
    assert.ok(single.radar, 'the radar prints');
    assert.deepEqual(single.highlights, ['Axes de progrès', 'Points d’appui']);
    assert.match(
      single.source,
      /^Catalogue : .+ \(version 2026\.1\), questionnaire complet de 58 questions\.$/,
    );
    assert.ok(single.sourceBottom <= PRINTABLE.height, 'all of it fits on page 1');
    assert.equal(single.table, false, 'no score table without the annex');
    assert.equal(single.annex, false, 'no annex unless asked for');
    assert.equal(single.buttons, 0, 'no button on paper');
    await page.emulateMedia({ media: null });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

    // With the annex: the clés' axes and the score table, from a new page.
    await page.setViewportSize({ width: 1280, height: 900 });
    await profile.getByLabel('Imprimer aussi l’annexe', { exact: false }).check();
    await printButton.click();
    await page.setViewportSize(PRINTABLE);
    await page.emulateMedia({ media: 'print' });
    const withAnnex = await paper();
    assert.ok(withAnnex.annex && withAnnex.table, 'the annex and its table print');
    assert.equal(withAnnex.annexBreak, 'page', 'the annex starts a new page');
    assert.ok(withAnnex.radarBottom < withAnnex.annexTop, 'the radar comes before the annex');
    assert.ok(
      withAnnex.sourceBottom <= PRINTABLE.height,
      'page 1 is the same as without the annex',
    );
    await page.emulateMedia({ media: null });
    const annexed = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    assert.ok(pdfPages(annexed) > 1, `the annex adds pages (${pdfPages(annexed)})`);

    assert.deepEqual(problems.foreign, []);
    assert.deepEqual(problems.pageErrors, []);
  });

  it('still prints on one page when every axis ties (28 names in the axes de progrès)', async () => {
    const { page, problems } = await watchedPage(environment);
    await page.goto(`${environment.base}demo/college.html`);
    await waitForWidget(page);
    const widget = page.locator('perseverance-diagnostic');
    await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
    await answerQuestionnaire(widget, () => 2);
    const profile = widget.locator('perseverance-profile');
    await profile.getByText('28 axes à égalité').waitFor();
    await page.evaluate(() => {
      window.print = () => {};
    });
    await profile.getByRole('button', { name: 'Imprimer', exact: true }).click();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    assert.equal(pdfPages(pdf), 1, 'one page, the tie list in two columns');
    assert.deepEqual(problems.pageErrors, []);
  });
});
