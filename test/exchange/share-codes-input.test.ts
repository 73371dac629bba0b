import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  DuplicateShareCodeError,
  MAX_CODES_INPUT_CHARS,
  parseShareCodesInput,
  splitShareCodes,
  type ExistingRespondent,
  type ShareCodeInputResult,
} from '../../src/exchange/index.js';
import { ShareCodeError, encodeShareCode } from '../../src/share/index.js';
import { makeCatalogue } from '../share/fixtures.js';
import { numRuns } from '../fast-check-runs.js';

const catalogue = makeCatalogue(60);
const other = makeCatalogue(60, { id: 'autre-catalogue' });
const codeA = encodeShareCode(catalogue, { 'q-1': 3, 'q-2': 2 }, { role: 'cpe' });
const codeB = encodeShareCode(catalogue, { 'q-1': 0, 'q-60': 'unknown' });
const codeC = encodeShareCode(catalogue, { 'q-5': 1 }, { role: 'eleve' });
/** Same answers as A, another role: another code. */
const codeAAsParent = encodeShareCode(catalogue, { 'q-1': 3, 'q-2': 2 }, { role: 'parent' });

function summary(results: readonly ShareCodeInputResult[]) {
  return results.map((result) => (result.ok ? 'ok' : result.error.reason));
}

/** `1ABCD EFGHJ …`: a code typed by hand in groups of five. */
function spaced(code: string): string {
  return code
    .replaceAll('-', '')
    .replace(/(.{5})/g, '$1 ')
    .trim();
}

describe('pasted share codes: splitting', () => {
  const length = 37;

  it('splits on line breaks, commas, semicolons and spaces', () => {
    expect(splitShareCodes(`${codeA}\n${codeB},${codeC}`, length)).to.deep.equal([
      codeA,
      codeB,
      codeC,
    ]);
    expect(splitShareCodes(` ${codeA} ; ${codeB}\r\n\r\n${codeC} `, length)).to.deep.equal([
      codeA,
      codeB,
      codeC,
    ]);
    expect(splitShareCodes(`${codeA} ${codeB}`, length)).to.deep.equal([codeA, codeB]);
  });

  it('rejoins a code typed in groups separated by spaces', () => {
    expect(splitShareCodes(`${spaced(codeA)} ${codeB}`, length)).to.deep.equal([
      spaced(codeA),
      codeB,
    ]);
    expect(splitShareCodes(`${spaced(codeA)} ${spaced(codeB)}`, length)).to.deep.equal([
      spaced(codeA),
      spaced(codeB),
    ]);
    expect(splitShareCodes(codeA.replaceAll('-', ' - '), length)).to.deep.equal([
      codeA.replaceAll('-', ' - '),
    ]);
  });

  it('a short code of another catalogue cannot be told from a code typed in groups: refused, never taken', () => {
    // Version 2 checksums are keyed by their catalogue: another catalogue's short code is not
    // recognised as whole, so two on one line are read as one code typed in groups, and refused.
    const small = makeCatalogue(4);
    const shortCode = encodeShareCode(small, {});
    expect(splitShareCodes(`${shortCode} ${shortCode}`, length)).to.deep.equal([
      `${shortCode} ${shortCode}`,
    ]);
    const results = parseShareCodesInput(catalogue, `${shortCode} ${shortCode}`);
    expect(results.every((result) => !result.ok)).to.equal(true);
  });

  it('keeps an overlong token whole, so it is reported rather than dropped', () => {
    const long = '1'.repeat(300);
    expect(splitShareCodes(`${long} ${codeA}`, length)).to.deep.equal([long, codeA]);
    expect(summary(parseShareCodesInput(catalogue, long))).to.deep.equal(['length']);
  });

  it('keeps words with invalid characters apart, and drops lone dashes', () => {
    expect(splitShareCodes(`Code : ${codeA} -`, length)).to.deep.equal(['Code', ':', codeA]);
  });
});

describe('pasted share codes: decoding', () => {
  it('decodes every code, in order, with its role', () => {
    const results = parseShareCodesInput(catalogue, `${codeA}\n${codeB.toLowerCase()}\n`);
    expect(results).to.deep.equal([
      { input: codeA, code: codeA, ok: true, answers: { 'q-1': 3, 'q-2': 2 }, role: 'cpe' },
      {
        input: codeB.toLowerCase(),
        code: codeB,
        ok: true,
        answers: { 'q-1': 0, 'q-60': 'unknown' },
      },
    ]);
  });

  it('reports a bad code among good ones without losing the others', () => {
    const typo = codeB.slice(0, 5) + (codeB[5] === 'A' ? 'B' : 'A') + codeB.slice(6);
    const foreign = encodeShareCode(other, { 'q-1': 1 });
    const badChar = `${codeA.slice(0, 3)}!${codeA.slice(4)}`;
    const text = [codeA, typo, codeC.slice(0, -3), foreign, badChar, spaced(codeB)].join('\n');
    const results = parseShareCodesInput(catalogue, text);
    expect(summary(results)).to.deep.equal([
      'ok',
      'checksum',
      'length',
      'catalogue',
      'format',
      'ok',
    ]);
    expect(results[1]!.input).to.equal(typo);
    const bad = results[4]!;
    expect(bad.ok).to.equal(false);
    if (!bad.ok) {
      expect(bad.error).to.be.instanceOf(ShareCodeError);
      expect(bad.error.message).to.equal('Caractère non valide « ! » en position 4.');
    }
  });

  it('finds every code in a whole e-mail thread, leaving the other words out', () => {
    const typo = codeB.slice(0, 5) + (codeB[5] === 'A' ? 'B' : 'A') + codeB.slice(6);
    const thread = [
      'De : Claire <claire@ac-test.fr>',
      'Envoyé : 05/12/2026 18:02',
      `Bonjour, voici mon code : ${codeA}.`,
      'Cordialement,',
      '> Le 2026-12-05, Paul a écrit :',
      `> Mon code (${codeC}) — bonne soirée !`,
      `[18:05] Inès : ${typo}`,
      `Encore moi : ${codeA}`,
      codeB.slice(0, 20),
      '[18:07]',
    ].join('\n');
    const results = parseShareCodesInput(catalogue, thread);
    // A cut code alone on its line is kept for its error; a lone time stamp is not a code.
    expect(results.map((r) => r.input)).to.deep.equal([
      codeA,
      codeC,
      typo,
      codeA,
      codeB.slice(0, 20),
    ]);
    expect(summary(results)).to.deep.equal(['ok', 'ok', 'checksum', 'duplicate', 'length']);
  });

  it('flags the same code pasted twice, still with its answers', () => {
    const results = parseShareCodesInput(catalogue, `${codeA}, ${codeB}, ${codeA.toLowerCase()}`);
    expect(summary(results)).to.deep.equal(['ok', 'ok', 'duplicate']);
    const duplicate = results[2]!;
    if (duplicate.ok || !(duplicate.error instanceof DuplicateShareCodeError))
      throw new Error('expected a duplicate');
    expect(duplicate.error.message).to.equal('Code déjà saisi (code n° 1).');
    expect(duplicate.error.duplicateOf).to.deep.equal({ source: 'input', index: 0 });
    expect(duplicate).to.have.property('answers').that.deep.equals({ 'q-1': 3, 'q-2': 2 });
  });

  it('flags the same answers under another code or role', () => {
    const results = parseShareCodesInput(catalogue, `${codeA}\n${codeAAsParent}`);
    expect(summary(results)).to.deep.equal(['ok', 'duplicate']);
    expect(results[1]!.ok ? '' : results[1]!.error.message).to.equal(
      'Mêmes réponses que le code n° 1 : doublon probable.',
    );
  });

  it('flags the same answers as a respondent already in the session', () => {
    const existing: ExistingRespondent[] = [
      { label: 'Mme Durand', answers: { 'q-9': 1 } },
      { label: 'M. Benali', answers: { 'q-1': 0, 'q-60': 'unknown', 'hors-catalogue': 2 } },
      { answers: { 'q-5': 1 } },
    ];
    const results = parseShareCodesInput(catalogue, `${codeA}\n${codeB}\n${codeC}`, existing);
    expect(summary(results)).to.deep.equal(['ok', 'duplicate', 'duplicate']);
    expect(results[1]!.ok ? '' : results[1]!.error.message).to.equal(
      'Mêmes réponses que « M. Benali », déjà ajoutée : doublon probable.',
    );
    expect(results[2]!.ok ? '' : results[2]!.error.message).to.equal(
      'Mêmes réponses que la personne n° 3, déjà ajoutée : doublon probable.',
    );
  });

  it('returns nothing for blank text and one error for a pasted novel', () => {
    expect(parseShareCodesInput(catalogue, ' \n, ;\n')).to.deep.equal([]);
    const results = parseShareCodesInput(catalogue, 'a'.repeat(MAX_CODES_INPUT_CHARS + 1));
    expect(summary(results)).to.deep.equal(['length']);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc
            .array(
              fc.constantFrom(
                codeA,
                codeB,
                spaced(codeC),
                'x',
                ' ',
                '\n',
                ',',
                '-',
                codeB.slice(0, 9),
              ),
              {
                maxLength: 12,
              },
            )
            .map((parts) => parts.join('')),
        ),
        (text) => {
          for (const result of parseShareCodesInput(catalogue, text)) {
            if (!result.ok) expect(result.error.message).to.be.a('string').and.not.empty;
          }
        },
      ),
      { numRuns },
    );
  });
});
