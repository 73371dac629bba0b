import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  DIAGNOSTIC_FILE_FORMAT,
  ImportError,
  MAX_IMPORT_BYTES,
  checkImportSize,
  exportDiagnostic,
  parseDiagnosticFile,
  parseDiagnosticObject,
  type ImportErrorReason,
} from '../../src/exchange/index.js';
import { SAVED_STATE_VERSION, createEmptyState, type SavedState } from '../../src/storage/index.js';
import { makeCatalogue } from '../share/fixtures.js';
import { SAVED_STATE_FIXTURES } from '../storage/fixtures/index.js';
import { numRuns } from '../fast-check-runs.js';

const fullState = SAVED_STATE_FIXTURES.find((fixture) => fixture.version === SAVED_STATE_VERSION)!
  .data as SavedState;
const EXPORTED_AT = '2025-03-14T17:00:00.000Z';

function errorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

function reasonOf(run: () => unknown): ImportErrorReason {
  return errorOf(run).reason;
}

function envelope(state: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: DIAGNOSTIC_FILE_FORMAT,
    formatVersion: 1,
    exportedAt: EXPORTED_AT,
    state,
    ...extra,
  });
}

describe('diagnostic file: export', () => {
  it('wraps the state in a pretty, dated envelope', () => {
    const text = exportDiagnostic(fullState, { exportedAt: EXPORTED_AT });
    const parsed = JSON.parse(text);
    expect(parsed).to.deep.equal({
      format: 'perseverance-diagnostic',
      formatVersion: 1,
      exportedAt: EXPORTED_AT,
      state: fullState,
    });
    expect(text).to.contain('\n  "formatVersion": 1,');
  });

  it('dates the export now by default', () => {
    const before = Date.now();
    const { exportedAt } = JSON.parse(exportDiagnostic(fullState));
    expect(Date.parse(exportedAt)).to.be.within(before, Date.now());
  });

  it('round-trips through parseDiagnosticFile', () => {
    for (const state of [fullState, createEmptyState(makeCatalogue(3))]) {
      expect(parseDiagnosticFile(exportDiagnostic(state))).to.deep.equal(state);
    }
    expect(parseDiagnosticObject(JSON.parse(exportDiagnostic(fullState)))).to.deep.equal(fullState);
  });

  it('accepts a byte-order mark and every kept state fixture', () => {
    expect(parseDiagnosticFile(`\uFEFF${exportDiagnostic(fullState)}`)).to.deep.equal(fullState);
    for (const fixture of SAVED_STATE_FIXTURES) {
      expect(parseDiagnosticFile(envelope(fixture.data)).version).to.equal(SAVED_STATE_VERSION);
    }
  });
});

describe('diagnostic file: import errors', () => {
  it('refuses text that is not JSON', () => {
    for (const text of ['', 'bonjour', '{"format":', '<html></html>']) {
      const error = errorOf(() => parseDiagnosticFile(text));
      expect(error.reason).to.equal('json');
      expect(error.message).to.equal(
        'Ce fichier n’est pas un export du diagnostic (JSON illisible).',
      );
    }
  });

  it('refuses JSON that is not an export', () => {
    for (const text of [
      '{}',
      '[]',
      'null',
      '42',
      JSON.stringify(fullState),
      envelope(fullState, { format: 'autre' }),
    ]) {
      const error = errorOf(() => parseDiagnosticFile(text));
      expect(error.reason, text.slice(0, 30)).to.equal('format');
      expect(error.message).to.equal('Ce fichier JSON n’est pas un export de Persévérance.');
    }
  });

  it('refuses a newer file or state format', () => {
    expect(reasonOf(() => parseDiagnosticFile(envelope(fullState, { formatVersion: 2 })))).to.equal(
      'version',
    );
    const error = errorOf(() => parseDiagnosticFile(envelope({ ...fullState, version: 99 })));
    expect(error.reason).to.equal('version');
    expect(error.message).to.contain('version plus récente du widget');
  });

  it('names the bad field of the state with its path', () => {
    const broken = { ...fullState, answers: { ...fullState.answers, 'accueillir-1': 'beaucoup' } };
    const error = errorOf(() => parseDiagnosticFile(envelope(broken)));
    expect(error.reason).to.equal('content');
    expect(error.issues[0]!.path).to.equal('state.answers.accueillir-1');
    expect(error.message).to.equal(
      'Le contenu de ce fichier n’est pas valide : state.answers.accueillir-1 : valeur attendue : 0, 1, 2, 3 ou « unknown ».',
    );
  });

  it('names envelope problems', () => {
    expect(
      errorOf(() => parseDiagnosticFile(envelope(fullState, { exportedAt: 'hier' }))).issues[0]!
        .path,
    ).to.equal('exportedAt');
    expect(
      errorOf(() => parseDiagnosticFile(envelope(fullState, { commentaire: 'x' }))).message,
    ).to.contain('champ inconnu : « commentaire »');
    const noState = JSON.stringify({
      format: DIAGNOSTIC_FILE_FORMAT,
      formatVersion: 1,
      exportedAt: EXPORTED_AT,
    });
    expect(errorOf(() => parseDiagnosticFile(noState)).message).to.equal(
      'Le contenu de ce fichier n’est pas valide : state : champ manquant.',
    );
    expect(errorOf(() => parseDiagnosticFile(envelope('texte'))).message).to.equal(
      'Le contenu de ce fichier n’est pas valide : state : objet attendu.',
    );
  });

  it('refuses oversized text before parsing it', () => {
    const error = errorOf(() => parseDiagnosticFile(' '.repeat(MAX_IMPORT_BYTES + 1)));
    expect(error.reason).to.equal('size');
  });

  it('throws nothing but ImportError, whatever the text or object', () => {
    const check = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).to.be.instanceOf(ImportError);
      }
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => check(() => parseDiagnosticFile(text))),
      { numRuns },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) =>
        check(() => parseDiagnosticFile(JSON.stringify(value))),
      ),
      { numRuns },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (state) => check(() => parseDiagnosticFile(envelope(state)))),
      { numRuns },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => check(() => parseDiagnosticObject(value))),
      { numRuns },
    );
  });
});

describe('diagnostic file: size check', () => {
  it('accepts files up to the limit', () => {
    expect(MAX_IMPORT_BYTES).to.equal(2_000_000);
    expect(() => checkImportSize(0)).not.to.throw();
    expect(() => checkImportSize(MAX_IMPORT_BYTES)).not.to.throw();
  });

  it('refuses bigger files with their size in Mo', () => {
    expect(errorOf(() => checkImportSize(52_400_000)).message).to.equal(
      'Fichier trop volumineux (52,4 Mo ; maximum 2 Mo).',
    );
    expect(errorOf(() => checkImportSize(MAX_IMPORT_BYTES + 1)).message).to.equal(
      'Fichier trop volumineux (2,1 Mo ; maximum 2 Mo).',
    );
    expect(errorOf(() => checkImportSize(3_000_000)).message).to.equal(
      'Fichier trop volumineux (3 Mo ; maximum 2 Mo).',
    );
  });

  it('refuses an unknown size', () => {
    for (const bytes of [Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      expect(reasonOf(() => checkImportSize(bytes))).to.equal('size');
    }
  });
});
