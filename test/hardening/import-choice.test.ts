import { expect } from '@open-wc/testing';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { exportDiagnostic } from '../../src/exchange/export.js';
import { createEmptyState, type SavedRespondent } from '../../src/storage/index.js';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';
import { answerAllVisible, click, mountWidget, settle, until } from '../journeys/helpers.js';

/** A colleague's export: their own answers and a GPDS session of 15 respondents. */
function colleagueExport(): string {
  const first = defaultCatalogue.questions[0]!.id;
  const respondents: SavedRespondent[] = Array.from({ length: 15 }, (_, index) => ({
    id: `collegue-${index + 1}`,
    label: `Collègue ${index + 1}`,
    answers: { [first]: 3 },
    source: 'code',
  }));
  const state = createEmptyState(defaultCatalogue, {
    answers: { [first]: 3 },
    context: { levels: [], questionnaireVersion: 'complet', establishmentName: 'Lycée voisin' },
    session: {
      name: 'GPDS du voisin',
      createdAt: '2026-11-02T09:00:00.000Z',
      questionnaireVersion: 'complet',
      respondents,
    },
  });
  return exportDiagnostic(state, { exportedAt: '2026-11-02T10:00:00.000Z' });
}

async function chooseFile(widget: PerseveranceDiagnostic, text: string) {
  const input = widget.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'collegue.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const notices = (widget: PerseveranceDiagnostic) =>
  widget.shadowRoot!.querySelector('perseverance-notices')!.shadowRoot!;

function noticeButton(widget: PerseveranceDiagnostic, label: string): HTMLButtonElement | null {
  return (
    [...notices(widget).querySelectorAll('button')].find(
      (button) => button.textContent!.trim() === label,
    ) ?? null
  );
}

const saved = (widget: PerseveranceDiagnostic) =>
  JSON.parse(localStorage.getItem(widget.storageKey!)!);

describe('hardening 19 — a footer import over work in progress asks first, and can be undone', () => {
  let widget: PerseveranceDiagnostic;
  let before: Record<string, unknown>;

  beforeEach(async () => {
    widget = await mountWidget();
    await click(widget, 'Commencer');
    await answerAllVisible(widget, (i) => i % 4);
    before = structuredClone(widget.answers);
  });

  afterEach(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith(widget.storageKey!)) localStorage.removeItem(key);
    widget.remove();
  });

  it('asks (replace, add as respondents, do not import) and changes nothing meanwhile', async () => {
    await chooseFile(widget, colleagueExport());
    await until(() => noticeButton(widget, 'Ne pas importer') !== null, 'the question');
    expect(noticeButton(widget, 'Remplacer le diagnostic')).to.not.equal(null);
    expect(noticeButton(widget, 'Ajouter comme participants')).to.not.equal(null);
    expect(widget.answers).to.deep.equal(before);
    await expect(notices(widget).host).to.be.accessible();
    noticeButton(widget, 'Ne pas importer')!.click();
    await until(() => noticeButton(widget, 'Ne pas importer') === null, 'the question gone');
    expect(widget.answers).to.deep.equal(before);
    expect(saved(widget).answers).to.deep.equal(before);
  });

  it('« Ajouter comme participants » keeps one’s answers and adds the file’s 16 respondents; « Annuler » removes them', async () => {
    await chooseFile(widget, colleagueExport());
    await until(() => noticeButton(widget, 'Ajouter comme participants') !== null, 'the question');
    noticeButton(widget, 'Ajouter comme participants')!.click();
    await until(() => noticeButton(widget, 'Annuler') !== null, 'the undo button');
    await settle(widget);
    expect(widget.answers).to.deep.equal(before);
    // The colleague's own answers as one respondent, and their session's 15.
    expect(saved(widget).session.respondents).to.have.length(16);
    expect(notices(widget).textContent).to.include('16 participants ajoutés');
    noticeButton(widget, 'Annuler')!.click();
    await until(() => saved(widget).session === undefined, 'the session as before');
    expect(widget.answers).to.deep.equal(before);
  });

  it('« Remplacer » keeps the replaced diagnostic under a backup key; « Annuler » brings it back', async () => {
    await chooseFile(widget, colleagueExport());
    await until(() => noticeButton(widget, 'Remplacer le diagnostic') !== null, 'the question');
    noticeButton(widget, 'Remplacer le diagnostic')!.click();
    await until(() => noticeButton(widget, 'Annuler') !== null, 'the undo button');
    expect(Object.keys(widget.answers)).to.have.length(1);
    const backups = Object.keys(localStorage).filter((key) =>
      key.startsWith(`${widget.storageKey}.backup-`),
    );
    expect(backups).to.have.length(1);
    expect(JSON.parse(localStorage.getItem(backups[0]!)!).answers).to.deep.equal(before);
    expect(notices(widget).textContent).to.include(backups[0]!);
    noticeButton(widget, 'Annuler')!.click();
    await until(() => Object.keys(widget.answers).length === Object.keys(before).length, 'undo');
    expect(widget.answers).to.deep.equal(before);
    expect(saved(widget).answers).to.deep.equal(before);
  });

  it('imports at once, without asking, when nothing is in progress', async () => {
    const fresh = await mountWidget();
    try {
      await chooseFile(fresh, colleagueExport());
      await until(() => Object.keys(fresh.answers).length === 1, 'the import');
      expect(noticeButton(fresh, 'Ne pas importer')).to.equal(null);
    } finally {
      localStorage.removeItem(fresh.storageKey!);
      fresh.remove();
    }
  });
});
