import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import type { AnswerValue, Answers } from '../../src/diagnostic/answers.js';
import { CROCKFORD_ALPHABET, digitsToText } from '../../src/share/base32.js';
import { checksumSymbols, crc10 } from '../../src/share/checksum.js';
import { catalogueFingerprint, catalogueKey } from '../../src/share/fingerprint.js';
import {
  ROLE_LABELS,
  SHARE_CODE_ROLES,
  ShareCodeError,
  decodeShareCode,
  decodeShareCodeDetails,
  encodeShareCode,
  isWellFormedShareCode,
  normalizeShareCode,
  shareCodeLength,
  type RoleId,
  type ShareCodeErrorReason,
} from '../../src/share/index.js';
import { makeCatalogue } from './fixtures.js';
import { numRuns } from '../fast-check-runs.js';

const catalogue60 = makeCatalogue(60);
const ANSWER_STATES: readonly (AnswerValue | undefined)[] = [undefined, 0, 1, 2, 3, 'unknown'];

function answersFrom(
  ids: readonly string[],
  values: readonly (AnswerValue | undefined)[],
): Answers {
  const answers: Record<string, AnswerValue> = {};
  ids.forEach((id, index) => {
    const value = values[index];
    if (value !== undefined) answers[id] = value;
  });
  return answers;
}

const ids60 = catalogue60.questions.map((question) => question.id);
const answers60 = fc
  .array(fc.constantFrom(...ANSWER_STATES), { minLength: 60, maxLength: 60 })
  .map((values) => answersFrom(ids60, values));
const role = fc.option(fc.constantFrom(...SHARE_CODE_ROLES), { nil: undefined });

function reasonOf(run: () => unknown): ShareCodeErrorReason | 'no error' {
  try {
    run();
    return 'no error';
  } catch (error) {
    if (error instanceof ShareCodeError) return error.reason;
    throw error;
  }
}

function errorOf(run: () => unknown): ShareCodeError {
  try {
    run();
  } catch (error) {
    if (error instanceof ShareCodeError) return error;
    throw error;
  }
  throw new Error('expected a ShareCodeError');
}

/** Builds a well-checksummed code from raw symbols, to reach checks past the checksum. */
function forge(symbols: readonly number[], catalogue = catalogue60): string {
  const check = crc10(symbols) ^ catalogueKey(catalogue);
  return digitsToText([...symbols, check >> 5, check & 31]);
}

/** A code as version 1 made them (the CRC alone, not keyed by the catalogue). */
function forgeV1(symbols: readonly number[]): string {
  return digitsToText([...symbols, ...checksumSymbols(symbols)]);
}

const sampleCodes: string[] = fc
  .sample(fc.tuple(answers60, role), { numRuns: 12, seed: 42 })
  .map(([answers, r]) => encodeShareCode(catalogue60, answers, r ? { role: r } : {}));

describe('share codes: layout', () => {
  it('fits 60 questions in 37 characters, 40 with the three group dashes', () => {
    const code = encodeShareCode(catalogue60, { 'q-1': 3 });
    expect(code).to.match(
      /^[0-9A-HJKMNP-TV-Z]{10}-[0-9A-HJKMNP-TV-Z]{9}-[0-9A-HJKMNP-TV-Z]{9}-[0-9A-HJKMNP-TV-Z]{9}$/,
    );
    expect(code.length).to.equal(40);
    expect(shareCodeLength(catalogue60)).to.deep.equal({ characters: 37, formatted: 40 });
  });

  it('is at most 40 characters for any answers and role (60 questions)', () => {
    fc.assert(
      fc.property(answers60, role, (answers, r) => {
        const code = encodeShareCode(catalogue60, answers, r ? { role: r } : {});
        expect(code.length).to.be.at.most(40);
        expect(code).to.match(/^[0-9A-Z-]+$/);
      }),
      { numRuns },
    );
  });

  it('starts with the version and contains no ambiguous letter', () => {
    const code = encodeShareCode(catalogue60, {});
    expect(code[0]).to.equal('2');
    expect(code).not.to.match(/[ILOU]/);
  });

  it('grows with the number of questions', () => {
    expect(shareCodeLength(makeCatalogue(2)).characters).to.equal(7);
    expect(shareCodeLength(makeCatalogue(30)).characters).to.equal(5 + 17);
    expect(encodeShareCode(makeCatalogue(2), {})).to.have.length(7);
  });
});

describe('share codes: round trip', () => {
  it('decodes what it encodes (60 questions, any answers and role)', () => {
    fc.assert(
      fc.property(answers60, role, (answers, r) => {
        const code = encodeShareCode(catalogue60, answers, r ? { role: r } : {});
        const decoded = decodeShareCodeDetails(catalogue60, code);
        expect(decoded.answers).to.deep.equal(answers);
        expect(decoded.role).to.equal(r);
        expect(decoded.version).to.equal(2);
        expect(decoded.code).to.equal(code);
        expect(decodeShareCode(catalogue60, code)).to.deep.equal(answers);
      }),
      { numRuns },
    );
  });

  it('round-trips for catalogues of 2 to 150 questions', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 150 })
          .chain((count) =>
            fc.tuple(
              fc.constant(count),
              fc.array(fc.constantFrom(...ANSWER_STATES), { minLength: count, maxLength: count }),
            ),
          ),
        ([count, values]) => {
          const catalogue = makeCatalogue(count);
          const answers = answersFrom(
            catalogue.questions.map((question) => question.id),
            values,
          );
          expect(decodeShareCode(catalogue, encodeShareCode(catalogue, answers))).to.deep.equal(
            answers,
          );
        },
      ),
      { numRuns },
    );
  });

  it('keeps every role', () => {
    for (const id of SHARE_CODE_ROLES) {
      const code = encodeShareCode(catalogue60, { 'q-2': 'unknown' }, { role: id });
      expect(decodeShareCodeDetails(catalogue60, code).role).to.equal(id);
      expect(ROLE_LABELS[id]).to.be.a('string').and.not.empty;
    }
    const noRole = decodeShareCodeDetails(catalogue60, encodeShareCode(catalogue60, {}));
    expect(noRole).not.to.have.property('role');
  });

  it('ignores answers to unknown questions, invalid values and an unknown role', () => {
    const answers = {
      'q-1': 2,
      'hors-catalogue': 3,
      'q-3': 7,
      constructor: 1,
    } as unknown as Answers;
    const code = encodeShareCode(catalogue60, answers, { role: 'astronaute' as RoleId });
    expect(decodeShareCodeDetails(catalogue60, code)).to.deep.equal({
      version: 2,
      code,
      answers: { 'q-1': 2 },
    });
  });

  it('reads codes typed loosely: case, spaces, line breaks, dashes, look-alike letters', () => {
    const answers: Answers = { 'q-1': 0, 'q-10': 1, 'q-60': 'unknown' };
    const code = encodeShareCode(catalogue60, answers, { role: 'cpe' });
    const plain = code.replaceAll('-', '');
    const variants = [
      code.toLowerCase(),
      plain,
      code.replaceAll('-', ' '),
      code.replaceAll('-', '\n'),
      ` ${plain.slice(0, 4)} – ${plain.slice(4)}\r\n`,
      code.replaceAll('0', 'O').replaceAll('1', 'I'),
      code.replaceAll('1', 'l'),
    ];
    for (const variant of variants) {
      expect(decodeShareCode(catalogue60, variant), variant).to.deep.equal(answers);
    }
    expect(normalizeShareCode(code.toLowerCase())).to.equal(plain);
  });
});

describe('share codes: error detection', () => {
  it('detects every single-character substitution (exhaustive on sample codes)', () => {
    let checked = 0;
    for (const code of sampleCodes) {
      const plain = code.replaceAll('-', '');
      for (let position = 0; position < plain.length; position += 1) {
        for (const char of CROCKFORD_ALPHABET) {
          if (char === plain[position]) continue;
          const typo = plain.slice(0, position) + char + plain.slice(position + 1);
          expect(
            reasonOf(() => decodeShareCode(catalogue60, typo)),
            typo,
          ).to.equal('checksum');
          checked += 1;
        }
      }
    }
    expect(checked).to.equal(sampleCodes.length * 37 * 31);
  });

  it('detects every adjacent transposition', () => {
    for (const code of sampleCodes) {
      const plain = code.replaceAll('-', '');
      for (let position = 0; position < plain.length - 1; position += 1) {
        if (plain[position] === plain[position + 1]) continue;
        const swapped =
          plain.slice(0, position) +
          plain[position + 1] +
          plain[position] +
          plain.slice(position + 2);
        expect(
          reasonOf(() => decodeShareCode(catalogue60, swapped)),
          swapped,
        ).to.equal('checksum');
      }
    }
  });

  it('says a typo is a typo', () => {
    const plain = sampleCodes[0]!.replaceAll('-', '');
    const typo = `${plain.slice(0, 20)}${plain[20] === 'A' ? 'B' : 'A'}${plain.slice(21)}`;
    expect(errorOf(() => decodeShareCode(catalogue60, typo)).message).to.equal(
      'Ce code contient une faute de frappe (somme de contrôle incorrecte).',
    );
  });

  it('rejects a code made for another catalogue', () => {
    const others = [
      makeCatalogue(60, { id: 'autre-catalogue' }),
      makeCatalogue(60, { questionPrefix: 'question' }),
      makeCatalogue(45),
      makeCatalogue(80),
    ];
    for (const other of others) {
      expect(catalogueFingerprint(other)).not.to.equal(catalogueFingerprint(catalogue60));
      const code = encodeShareCode(other, { 'q-1': 1 });
      const error = errorOf(() => decodeShareCode(catalogue60, code));
      expect(error.reason).to.equal('catalogue');
      expect(error.message).to.equal(
        'Ce code a été créé avec un autre questionnaire (catalogue différent).',
      );
    }
  });

  it('binds the code to the order of the questions', () => {
    const reordered = { ...catalogue60, questions: [...catalogue60.questions].reverse() };
    expect(catalogueFingerprint(reordered)).not.to.equal(catalogueFingerprint(catalogue60));
    expect(
      catalogueFingerprint({ ...catalogue60, version: 'autre' } as typeof catalogue60),
    ).to.equal(catalogueFingerprint(catalogue60));
  });

  it('reports every truncation as incomplete', () => {
    for (const code of sampleCodes.slice(0, 4)) {
      const plain = code.replaceAll('-', '');
      for (let length = 1; length < plain.length; length += 1) {
        const error = errorOf(() => decodeShareCode(catalogue60, plain.slice(0, length)));
        expect(error.reason, plain.slice(0, length)).to.equal('length');
        expect(error.message).to.match(/^Ce code est incomplet : il manque \d+ caractères?\.$/);
      }
      expect(errorOf(() => decodeShareCode(catalogue60, code.slice(0, -1))).message).to.equal(
        'Ce code est incomplet : il manque 1 caractère.',
      );
    }
  });

  it('reports extra characters as too long', () => {
    const error = errorOf(() => decodeShareCode(catalogue60, `${sampleCodes[1]}7K`));
    expect(error.reason).to.equal('length');
    expect(error.message).to.equal('Ce code est trop long : 2 caractères en trop.');
    // A well-checksummed code of the right catalogue but the wrong length is still « length ».
    const fingerprint = catalogueFingerprint(catalogue60);
    const forged = forge([2, fingerprint >> 5, fingerprint & 31, ...new Array<number>(33).fill(0)]);
    expect(reasonOf(() => decodeShareCode(catalogue60, forged))).to.equal('length');
  });

  it('rejects an unknown version', () => {
    const fingerprint = catalogueFingerprint(catalogue60);
    const future = forge([3, fingerprint >> 5, fingerprint & 31, ...new Array<number>(32).fill(0)]);
    const future2 = errorOf(() => decodeShareCode(catalogue60, future));
    expect(future2.reason).to.equal('version');
    expect(future2.message).to.contain('version plus récente');
    const zero = forge([0, fingerprint >> 5, fingerprint & 31, ...new Array<number>(32).fill(0)]);
    expect(reasonOf(() => decodeShareCode(catalogue60, zero))).to.equal('version');
    expect(isWellFormedShareCode(future, catalogue60)).to.equal(false);
    expect(isWellFormedShareCode(sampleCodes[0]!, catalogue60)).to.equal(true);
  });

  it('rejects a payload no answers could produce', () => {
    const fingerprint = catalogueFingerprint(catalogue60);
    const impossible = forge([
      2,
      fingerprint >> 5,
      fingerprint & 31,
      ...new Array<number>(32).fill(31),
    ]);
    expect(reasonOf(() => decodeShareCode(catalogue60, impossible))).to.equal('format');
  });

  it('names an invalid character and its position as typed', () => {
    const code = sampleCodes[2]!;
    const withU = `${code.slice(0, 6)}U${code.slice(7)}`;
    const error = errorOf(() => decodeShareCode(catalogue60, withU));
    expect(error.reason).to.equal('format');
    expect(error.message).to.equal('Caractère non valide « U » en position 7.');
    expect(errorOf(() => decodeShareCode(catalogue60, 'AB\u0007')).message).to.equal(
      'Caractère non valide « U+0007 » en position 3.',
    );
    expect(errorOf(() => decodeShareCode(catalogue60, '😀12')).message).to.equal(
      'Caractère non valide « 😀 » en position 1.',
    );
  });

  it('rejects empty, blank and oversized input as « length »', () => {
    expect(reasonOf(() => decodeShareCode(catalogue60, ''))).to.equal('length');
    expect(reasonOf(() => decodeShareCode(catalogue60, ' - \n '))).to.equal('length');
    expect(reasonOf(() => decodeShareCode(catalogue60, '1'.repeat(201)))).to.equal('length');
    expect(reasonOf(() => decodeShareCode(catalogue60, 'Z'.repeat(5_000_000)))).to.equal('length');
  });

  it('throws nothing but ShareCodeError, whatever the string', () => {
    const alphabetString = fc.string({
      unit: fc.constantFrom(...`${CROCKFORD_ALPHABET}-ilo `),
      maxLength: 60,
    });
    const anyString = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      alphabetString,
      fc.string({ minLength: 190, maxLength: 400 }),
    );
    fc.assert(
      fc.property(anyString, (input) => {
        try {
          decodeShareCodeDetails(catalogue60, input);
        } catch (error) {
          expect(error).to.be.instanceOf(ShareCodeError);
          expect((error as ShareCodeError).message).to.be.a('string').and.not.empty;
        }
      }),
      { numRuns },
    );
  });

  it('throws a ShareCodeError for non-string input from untyped callers', () => {
    expect(reasonOf(() => decodeShareCode(catalogue60, 42 as unknown as string))).to.equal(
      'format',
    );
  });
});

describe('share codes: bound to their catalogue (version 2)', () => {
  it('refuses a version 1 code with the older-version message', () => {
    const fingerprint = catalogueFingerprint(catalogue60);
    const old = forgeV1([1, fingerprint >> 5, fingerprint & 31, ...new Array<number>(32).fill(0)]);
    const error = errorOf(() => decodeShareCode(catalogue60, old));
    expect(error.reason).to.equal('version');
    expect(error.message).to.equal('Ce code n’est pas un code de partage connu (version « 1 »).');
  });

  it('refuses every code of 2,000 other catalogues of the same size, even when their visible fingerprint collides', () => {
    let sameFingerprint = 0;
    for (let index = 0; index < 2000; index += 1) {
      const other = makeCatalogue(60, { id: `academie-${index}` });
      if (catalogueFingerprint(other) === catalogueFingerprint(catalogue60)) sameFingerprint += 1;
      const code = encodeShareCode(other, { 'q-1': 1, 'q-2': 3 });
      expect(
        reasonOf(() => decodeShareCode(catalogue60, code)),
        other.id,
      ).to.be.oneOf(['catalogue', 'checksum']);
    }
    // With 10 visible bits alone, about 2 of them would have been accepted (2,000 / 1,024).
    expect(sameFingerprint).to.be.above(0);
  });

  it('still reads a code aloud in 40 characters for 60 questions', () => {
    expect(shareCodeLength(catalogue60)).to.deep.equal({ characters: 37, formatted: 40 });
  });
});
