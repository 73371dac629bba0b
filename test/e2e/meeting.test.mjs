// The GPDS meeting end to end, on the built widget and the demo's facilitator page: a respondent
// joins from the session's link on a phone, answers the short version and shares the code; the
// facilitator pastes a message containing it, prints a one-page compte rendu (a PDF printed by
// Chromium, its pages counted) and exports a CSV that reads back to the respondent's answers.
// Privacy: no request leaves the page's own server, in either browser context.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { answerQuestionnaire, startEnvironment, waitForWidget, watchedPage } from './helpers.mjs';
import { parseCsv } from '../fixtures/csv-reader.mjs';

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPages(buffer) {
  return (buffer.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('the GPDS meeting: join link, share, paste, one-page report, CSV', () => {
  let environment;
  before(async () => {
    environment = await startEnvironment();
  });
  after(async () => {
    await environment?.close();
  });

  it('goes from a phone to a one-page compte rendu, with no request but the page’s own', async () => {
    // The facilitator prepares the session.
    const facilitator = await watchedPage(environment);
    await facilitator.page.goto(`${environment.base}demo/session.html`);
    await waitForWidget(facilitator.page);
    const board = facilitator.page.locator('perseverance-diagnostic');
    await board.locator('#name').fill('GPDS décembre');
    await board.locator('#version-court').check();
    await board.getByRole('button', { name: 'Démarrer la séance' }).click();
    await board.locator('#join-contact').fill('cpe@lycee.example');
    await board.locator('#join-contact').dispatchEvent('change');
    const link = await board.locator('#join-link').inputValue();
    assert.ok(link.startsWith(`${environment.base}demo/session.html#gpds=1&`), link);
    assert.equal(await board.locator('perseverance-qr-code svg[role="img"]').count(), 1);

    // Three respondents open the link on their phones: the questionnaire, short version, not the
    // session; each answers differently (so the agenda has questions to discuss) and gets a message.
    const picks = [(i) => (i * 5) % 4, (i) => (i * 3 + 1) % 4, (i) => [3, 0, 2, 1][i % 4]];
    const phones = [];
    const messages = [];
    let own;
    for (const pick of picks) {
      const phone = await watchedPage(environment, { viewport: { width: 375, height: 740 } });
      phones.push(phone);
      await phone.page.goto(link);
      await waitForWidget(phone.page);
      const widget = phone.page.locator('perseverance-diagnostic');
      await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
      const answered = await answerQuestionnaire(widget, pick);
      const mine = await widget.evaluate((el) => ({
        answers: el.answers,
        version: el.profile.version,
        questions: el.profile.questions.map((q) => ({ id: q.questionId, text: q.text })),
      }));
      assert.equal(mine.version, 'court');
      assert.equal(Object.keys(mine.answers).length, answered);
      own ??= mine;
      await widget.getByText('Séance : GPDS décembre').waitFor();
      const mail = await widget.locator('a[href^="mailto:cpe@lycee.example"]').getAttribute('href');
      const message = await widget.locator('#share-message').inputValue();
      assert.ok(decodeURIComponent(mail).includes(message), 'the mail carries the message');
      messages.push(message);
    }

    // The facilitator pastes the e-mails as they arrived, among other words.
    await board.getByRole('button', { name: 'Recueillir', exact: true }).click();
    await board
      .locator('#codes')
      .fill(
        messages
          .map(
            (m, i) =>
              `De : Personne ${i + 1} <p${i}@lycee.example>\nObjet : mon code\n\n${m}\n\nBonne soirée !`,
          )
          .join('\n\n'),
      );
    await board.getByRole('button', { name: 'Ajouter les codes' }).click();
    await board.getByText(/3 codes ajoutés/).waitFor();

    // The team writes its conclusion on the first question of the agenda.
    await board.getByRole('button', { name: 'Discuter', exact: true }).click();
    const first = board.locator('ol.agenda > li').first();
    await first.getByLabel('Décision').fill('Point en conseil pédagogique, avant les vacances.');
    await first.getByLabel('Décision').dispatchEvent('change');

    // The compte rendu prints on one A4 page, the widget alone (as its print button does).
    await board.getByRole('button', { name: 'Compte rendu', exact: true }).click();
    await board.locator('perseverance-session-report').waitFor();
    await facilitator.page.evaluate(() => {
      window.print = () => {};
    });
    await board.getByRole('button', { name: 'Imprimer le compte rendu' }).click();
    assert.ok(
      await facilitator.page.locator('header.site[data-perseverance-print-hide]').count(),
      'the host page’s header is hidden for the widget’s print',
    );
    assert.equal(
      await board.getByText('Point en conseil pédagogique, avant les vacances.').count(),
      1,
      'the decision is in the report',
    );
    const pdf = await facilitator.page.pdf({ format: 'A4', preferCSSPageSize: true });
    assert.equal(pdfPages(pdf), 1, 'the compte rendu prints on one page');
    await facilitator.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.equal(await facilitator.page.locator('[data-perseverance-print-hide]').count(), 0);

    // The CSV reads back to the respondent's answers.
    const [download] = await Promise.all([
      facilitator.page.waitForEvent('download'),
      board.getByRole('button', { name: 'Exporter pour un tableur (CSV)' }).click(),
    ]);
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    assert.equal(text.charCodeAt(0), 0xfeff, 'UTF-8 with a BOM');
    const [header, firstRow] = parseCsv(text.slice(1));
    const idOf = new Map(own.questions.map((q) => [q.text, q.id]));
    const back = {};
    header.slice(2).forEach((questionText, i) => {
      const value = firstRow[i + 2];
      if (value === '') return;
      back[idOf.get(questionText)] = value === 'Je ne sais pas' ? 'unknown' : Number(value);
    });
    assert.deepEqual(back, own.answers);

    for (const { problems } of [facilitator, ...phones]) {
      assert.deepEqual(problems.foreign, [], 'no request leaves the page’s server');
      assert.deepEqual(problems.pageErrors, []);
    }
  });
});
