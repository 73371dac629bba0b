import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { parseShareCodesInput } from '../../src/exchange/index.js';
import { ShareCodeError, decodeShareCodeDetails, encodeShareCode } from '../../src/share/index.js';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';
import {
  answerAllVisible,
  click,
  currentView,
  mountWidget,
  settle,
  until,
} from '../journeys/helpers.js';
import { makeCatalogue } from '../share/fixtures.js';
import { deepText } from './helpers.js';

const SEED = 4_242;

/** A message a French user can act on: French words, no leaked internals. */
function expectFrenchMessage(message: string) {
  expect(message).to.be.a('string');
  expect(message.length).to.be.within(10, 400);
  expect(message).not.to.match(
    /undefined|null|NaN|\[object|Error:|TypeError|SyntaxError|Unexpected token/,
  );
  expect(message).to.match(/\b(le|la|les|de|du|ce|cette|un|une|est|non|code|fichier)\b|[éèàçù«]/i);
  expect(message).to.match(/[.)]$/);
}

describe('hardening 4 — share codes', () => {
  const catalogue = defaultCatalogue;
  const other = makeCatalogue(catalogue.questions.length, { id: 'autre-catalogue' });
  const answers = Object.fromEntries(catalogue.questions.map((q, i) => [q.id, (i % 4) as 0]));
  const code = encodeShareCode(catalogue, answers, { role: 'cpe' });

  function refusal(input: string): ShareCodeError {
    try {
      decodeShareCodeDetails(catalogue, input);
    } catch (error) {
      expect(error).to.be.instanceOf(ShareCodeError);
      expectFrenchMessage((error as ShareCodeError).message);
      return error as ShareCodeError;
    }
    throw new Error(`accepted ${JSON.stringify(input)}`);
  }

  it('refuses random strings with a French message', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })),
        (input) => {
          // A random string is a valid code with odds of about 1 in 2^60: none in this seed.
          refusal(input);
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('refuses every truncation and every tampered character', () => {
    const bare = code.replaceAll('-', '');
    for (let length = 0; length < bare.length; length += 1) refusal(bare.slice(0, length));
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let index = 0; index < bare.length; index += 1) {
      for (const char of alphabet) {
        if (char === bare[index]) continue;
        refusal(`${bare.slice(0, index)}${char}${bare.slice(index + 1)}`);
      }
    }
  });

  it('refuses a code of another catalogue, naming the reason', () => {
    const foreign = encodeShareCode(
      other,
      Object.fromEntries(other.questions.map((q) => [q.id, 1 as const])),
    );
    expect(refusal(foreign).message).to.include('autre questionnaire');
  });

  it('refuses 10 MB of text at once, without scanning it', () => {
    const error = refusal(`${code}${' '.repeat(10_000_000)}`);
    expect(error.reason).to.equal('length');
    const results = parseShareCodesInput(catalogue, 'A'.repeat(10_000_000));
    expect(results).to.have.length(1);
    expect(results[0]!.ok).to.equal(false);
  });

  it('keeps the good codes and the respondents already entered when some codes are bad', () => {
    const existing = Object.freeze([
      Object.freeze({ answers: Object.freeze({ ...answers }), label: 'CPE' }),
    ]);
    const second = encodeShareCode(catalogue, { [catalogue.questions[0]!.id]: 2 });
    const text = `${second}\nn’importe quoi\n${code.slice(0, 12)}\n${second.slice(0, -1)}X`;
    const results = parseShareCodesInput(catalogue, text, existing);
    expect(results[0]!.ok).to.equal(true);
    expect(results.slice(1).every((r) => !r.ok)).to.equal(true);
    for (const result of results.slice(1)) {
      if (!result.ok) expectFrenchMessage(result.error.message);
    }
    expect(existing[0]!.answers).to.deep.equal(answers);
  });
});

/** A File that records any attempt to read it. */
class SpyFile extends File {
  reads = 0;
  override text(): Promise<string> {
    this.reads += 1;
    return super.text();
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    this.reads += 1;
    return super.arrayBuffer();
  }
  override stream(): ReturnType<File['stream']> {
    this.reads += 1;
    return super.stream();
  }
}

/** Chooses `file` in the widget's hidden file input, as the browser's picker would. */
async function chooseFile(widget: PerseveranceDiagnostic, file: File) {
  const input = widget.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function noticeText(widget: PerseveranceDiagnostic): string {
  return widget.shadowRoot!.querySelector('perseverance-notices')!.shadowRoot!.textContent ?? '';
}

describe('hardening 4 — import files', () => {
  let widget: PerseveranceDiagnostic;
  let before: Record<string, unknown>;
  let exported: Record<string, unknown>;

  beforeEach(async () => {
    widget = await mountWidget();
    await click(widget, 'Commencer');
    await answerAllVisible(widget, (i) => i % 5);
    before = structuredClone(widget.answers);
    exported = JSON.parse(widget.exportDiagnostic());
    expect(Object.keys(before).length).to.be.greaterThan(0);
  });

  afterEach(() => {
    localStorage.removeItem(widget.storageKey!);
    widget.remove();
  });

  const json = (value: unknown) => JSON.stringify(value);
  const cases: [string, () => BlobPart, RegExp][] = [
    ['a file that is not JSON', () => 'Bonjour, ceci est un compte rendu.', /JSON illisible/],
    [
      'random bytes',
      () => new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      /JSON illisible/,
    ],
    ['an empty file', () => '', /JSON illisible/],
    ['JSON null', () => 'null', /n’est pas un export/],
    ['a JSON array', () => '[1, 2, 3]', /n’est pas un export/],
    ['a catalogue instead of an export', () => json(defaultCatalogue), /n’est pas un export/],
    [
      'an export of a future format',
      () => json({ ...exported, formatVersion: 99 }),
      /plus récente/,
    ],
    [
      'an export whose state is of a future version',
      () => json({ ...exported, state: { ...(exported['state'] as object), version: 99 } }),
      /plus récente/,
    ],
    [
      'an export whose answers are of the wrong shape',
      () => json({ ...exported, state: { ...(exported['state'] as object), answers: [1, 2] } }),
      /state\.answers/,
    ],
    ['a truncated export', () => JSON.stringify(exported).slice(0, 200), /JSON illisible/],
    [
      'an export of another catalogue',
      () =>
        json({
          ...exported,
          state: { ...(exported['state'] as object), catalogue: { id: 'autre', version: '1' } },
        }),
      /autre questionnaire \(« autre »\)/,
    ],
    [
      'an export with a __proto__ key',
      () => JSON.stringify(exported).replace('{', '{"__proto__":{"polluted":true},'),
      /n’est pas valide|n’est pas un export/,
    ],
  ];

  for (const [what, body, expected] of cases) {
    it(`refuses ${what} with a French notice and keeps the answers`, async () => {
      const file = new SpyFile([body()], 'diagnostic.json', { type: 'application/json' });
      await chooseFile(widget, file);
      await until(() => noticeText(widget).trim() !== '', 'the import notice');
      const message = noticeText(widget);
      expect(message).to.match(expected);
      expectFrenchMessage(message.replace('×', '').trim());
      expect(widget.answers).to.deep.equal(before);
      expect(currentView(widget)?.localName).to.equal('perseverance-questionnaire');
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      // Nothing saved either: a reload would find the same answers.
      const saved = JSON.parse(localStorage.getItem(widget.storageKey!)!);
      expect(saved.answers).to.deep.equal(before);
      // The same refusal through the public API: an ImportError, answers untouched.
      const error = await widget.importDiagnostic(new File([body()], 'x.json')).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).to.be.instanceOf(Error);
      expect((error as Error).name).to.equal('ImportError');
      expect(widget.answers).to.deep.equal(before);
    });
  }

  it('refuses a 50 MB file before reading a byte of it', async function () {
    this.timeout(20_000);
    const big = new SpyFile([new Uint8Array(50_000_000).fill(0x20)], 'gros.json', {
      type: 'application/json',
    });
    await chooseFile(widget, big);
    await until(() => noticeText(widget).includes('trop volumineux'), 'the size notice');
    // The picker hands a plain File over; the API path keeps the spy: it is never read.
    const error = await widget.importDiagnostic(big).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect((error as Error).message).to.match(/Fichier trop volumineux \(50 Mo ; maximum 2 Mo\)/);
    expect(big.reads).to.equal(0);
    expect(widget.answers).to.deep.equal(before);
    expect(noticeText(widget)).to.include('50 Mo');
  });

  it('reads nothing of an oversized file chosen in the picker either', async () => {
    const reads: string[] = [];
    const originals = {
      text: Blob.prototype.text,
      arrayBuffer: Blob.prototype.arrayBuffer,
      stream: Blob.prototype.stream,
    };
    Blob.prototype.text = function () {
      reads.push('text');
      return originals.text.call(this);
    };
    Blob.prototype.arrayBuffer = function () {
      reads.push('arrayBuffer');
      return originals.arrayBuffer.call(this);
    };
    Blob.prototype.stream = function () {
      reads.push('stream');
      return originals.stream.call(this);
    };
    try {
      await chooseFile(widget, new File([new Uint8Array(3_000_000)], 'gros.json'));
      await until(() => noticeText(widget).includes('trop volumineux'), 'the size notice');
    } finally {
      Object.assign(Blob.prototype, originals);
    }
    expect(reads).to.deep.equal([]);
    expect(widget.answers).to.deep.equal(before);
  });

  it('clears the error notice once a good file is imported', async () => {
    await chooseFile(widget, new File(['pas du JSON'], 'x.json'));
    await until(() => noticeText(widget).includes('JSON illisible'), 'the notice');
    const good = { ...exported, state: { ...(exported['state'] as object), answers: {} } };
    await chooseFile(widget, new File([JSON.stringify(good)], 'x.json'));
    // It would replace the answers in progress: asked first (hardening 19, import-choice.test.ts).
    const notices = widget.shadowRoot!.querySelector('perseverance-notices')!.shadowRoot!;
    const replace = () =>
      [...notices.querySelectorAll('button')].find((button) =>
        button.textContent!.includes('Remplacer le diagnostic'),
      );
    await until(() => replace() !== undefined, 'the question');
    expect(noticeText(widget)).not.to.include('JSON illisible');
    replace()!.click();
    await until(() => currentView(widget)?.localName === 'perseverance-profile', 'the profile');
    await settle(widget);
    expect(noticeText(widget)).not.to.include('JSON illisible');
    expect(widget.answers).to.deep.equal({});
    expect(deepText(widget)).to.include('Profil');
  });
});
