import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  SAVED_STATE_VERSION,
  SavedStateError,
  createEmptyState,
  migrations,
  parseSavedState,
  serializeState,
  type SavedState,
  type SavedStateErrorReason,
} from '../../src/storage/index.js';
import {
  MAX_SAVED_STATE_CHARS,
  parseSavedStateWith,
  readSavedState,
} from '../../src/storage/saved-state.js';
import { droppedFields } from '../../src/storage/repairs.js';
import type { Answers } from '../../src/diagnostic/answers.js';
import { makeCatalogue } from '../share/fixtures.js';
import { SAVED_STATE_FIXTURES } from './fixtures/index.js';
import { deepFreeze } from './helpers.js';
import { numRuns } from '../fast-check-runs.js';

/** The richest fixture of the current format (session, previous diagnostic, plan). */
const fullState = SAVED_STATE_FIXTURES.find((fixture) => fixture.version === SAVED_STATE_VERSION)!
  .data as SavedState;

function errorOf(run: () => unknown): SavedStateError {
  try {
    run();
  } catch (error) {
    if (error instanceof SavedStateError) return error;
    throw error;
  }
  throw new Error('expected a SavedStateError');
}

function reasonOf(raw: unknown): SavedStateErrorReason {
  return errorOf(() => parseSavedState(raw)).reason;
}

/** A JSON copy the tests reshape freely at any path (type-checking it would defeat the point). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

function withChange(change: (copy: Loose) => void): Record<string, unknown> {
  const copy = structuredClone(fullState) as Loose;
  change(copy);
  return copy;
}

describe('saved state: fixtures (kept forever)', () => {
  for (const fixture of SAVED_STATE_FIXTURES) {
    it(`loads ${fixture.name} (format ${fixture.version}) as the current format`, () => {
      const state = parseSavedState(JSON.stringify(fixture.data));
      expect(state.version).to.equal(SAVED_STATE_VERSION);
      expect(parseSavedState(fixture.data)).to.deep.equal(state);
    });
  }

  it('has a fixture for the current format', () => {
    expect(
      SAVED_STATE_FIXTURES.some((fixture) => fixture.version === SAVED_STATE_VERSION),
    ).to.equal(true);
  });
});

describe('saved state: parse and serialize', () => {
  it('round-trips through serializeState', () => {
    const state = parseSavedState(fullState);
    expect(parseSavedState(serializeState(state))).to.deep.equal(state);
    expect(JSON.parse(serializeState(state))).to.deep.equal(fullState);
  });

  it('round-trips random answers and selections', () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,2}$/);
    const answers = fc.dictionary(slug, fc.constantFrom(0, 1, 2, 3, 'unknown' as const), {
      maxKeys: 80,
    });
    fc.assert(
      fc.property(answers, fc.array(slug, { maxLength: 20 }), (a, retained) => {
        const state = createEmptyState(makeCatalogue(2), {
          answers: a as Answers,
          selection: { retained, done: [] },
        });
        expect(parseSavedState(serializeState(state))).to.deep.equal(state);
      }),
      { numRuns },
    );
  });

  it('creates a valid empty state', () => {
    const state = createEmptyState(makeCatalogue(3, { id: 'mon-catalogue' }));
    expect(parseSavedState(state)).to.deep.equal(state);
    expect(state.catalogue).to.deep.equal({ id: 'mon-catalogue', version: '2025.1' });
    expect(state.answers).to.deep.equal({});
    expect(state.context).to.deep.equal({ levels: [], questionnaireVersion: 'complet' });
    const custom = createEmptyState(makeCatalogue(3), {
      savedAt: '2025-01-01T00:00:00.000Z',
      context: { levels: ['lycee-gt'], questionnaireVersion: 'court' },
    });
    expect(custom.savedAt).to.equal('2025-01-01T00:00:00.000Z');
    expect(custom.context.questionnaireVersion).to.equal('court');
  });

  it('never mutates its input and never returns it', () => {
    const input = deepFreeze(structuredClone(fullState));
    const state = parseSavedState(input);
    expect(state).not.to.equal(input);
    expect(state.answers).not.to.equal(input.answers);
    expect(state.session!.respondents[0]).not.to.equal(input.session!.respondents[0]);
    expect(state).to.deep.equal(input);
  });
});

describe('saved state: errors', () => {
  it('refuses unreadable JSON', () => {
    const error = errorOf(() => parseSavedState('{"version": 1,'));
    expect(error.reason).to.equal('json');
    expect(error.message).to.equal('Sauvegarde illisible : ce n’est pas du JSON valide.');
  });

  it('names the field and the problem', () => {
    const error = errorOf(() =>
      parseSavedState(withChange((s) => (s['answers']['accueillir-1'] = 7))),
    );
    expect(error.reason).to.equal('invalid');
    expect(error.issues[0]).to.deep.equal({
      path: 'answers.accueillir-1',
      message: 'valeur attendue : 0, 1, 2, 3 ou « unknown »',
    });
    expect(error.message).to.equal(
      'Sauvegarde illisible : answers.accueillir-1 : valeur attendue : 0, 1, 2, 3 ou « unknown ».',
    );
  });

  const cases: [string, (s: Loose) => void, string, RegExp][] = [
    ['a missing field', (s) => delete s['progress'], 'progress', /champ manquant/],
    ['an unknown field', (s) => (s['planning'] = {}), '', /champ inconnu : « planning »/],
    [
      'a bad level',
      (s) => (s['context']['levels'] = ['maternelle']),
      'context.levels[0]',
      /valeur attendue/,
    ],
    ['a bad date', (s) => (s['savedAt'] = 'hier'), 'savedAt', /date et heure ISO/],
    ['a negative step', (s) => (s['progress']['step'] = -1), 'progress.step', /minimum 0/],
    ['a non-integer step', (s) => (s['progress']['step'] = 1.5), 'progress.step', /entier/],
    [
      'a bad answer key',
      (s) => (s['answers']['Pas Un Slug'] = 1),
      'answers.Pas Un Slug',
      /identifiant/,
    ],
    [
      'a huge label',
      (s) => (s['session']['respondents'][1]['label'] = 'x'.repeat(500)),
      'session.respondents[1].label',
      /trop long/,
    ],
    [
      'a bad source',
      (s) => (s['session']['respondents'][0]['source'] = 'fax'),
      'session.respondents[0].source',
      /valeur attendue/,
    ],
    [
      'an empty previous label',
      (s) => (s['previous']['label'] = ''),
      'previous.label',
      /texte vide/,
    ],
    [
      'a wrong type',
      (s) => (s['selection']['retained'] = 'tout'),
      'selection.retained',
      /liste attendue/,
    ],
    [
      'a plan date in another format',
      (s) => (s['plan']['weekStart'] = '13/04/2026'),
      'plan.weekStart',
      /AAAA-MM-JJ/,
    ],
    [
      'an empty draft title',
      (s) => (s['plan']['drafts'][0]['titre'] = ''),
      'plan.drafts[0].titre',
      /texte vide/,
    ],
    [
      'a negative attendance',
      (s) => (s['plan']['entries'][0]['bilan']['attendance']['eleves'] = -3),
      'plan.entries[0].bilan.attendance.eleves',
      /minimum 0/,
    ],
    [
      'an unknown public in the attendance',
      (s) => (s['plan']['entries'][0]['bilan']['attendance']['voisins'] = 3),
      'plan.entries[0].bilan.attendance',
      /champ inconnu : « voisins »/,
    ],
    [
      'a bad entry kind',
      (s) => (s['plan']['entries'][1]['kind'] = 'projet'),
      'plan.entries[1].kind',
      /valeur attendue/,
    ],
    [
      'too many strong-moment dates',
      (s) => (s['plan']['entries'][0]['dates'] = Array(6).fill('2026-04-14')),
      'plan.entries[0].dates',
      /liste trop longue/,
    ],
  ];
  for (const [name, change, path, message] of cases) {
    it(`reports ${name} at ${path || 'the root'}`, () => {
      const error = errorOf(() => parseSavedState(withChange(change)));
      expect(error.issues[0]!.path).to.equal(path);
      expect(error.issues[0]!.message).to.match(message);
      expect(error.message).to.contain(path || '(racine)');
    });
  }

  it('caps the number of answers', () => {
    const answers = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`q-${i}`, 1]));
    expect(
      errorOf(() => parseSavedState(withChange((s) => (s['answers'] = answers)))).message,
    ).to.contain('trop de réponses');
  });

  it('refuses a save from a newer widget', () => {
    const error = errorOf(() =>
      parseSavedState(withChange((s) => (s['version'] = SAVED_STATE_VERSION + 1))),
    );
    expect(error.reason).to.equal('future-version');
    expect(error.message).to.contain('Sauvegarde créée par une version plus récente du widget');
  });

  it('refuses a missing or absurd version', () => {
    expect(errorOf(() => parseSavedState(withChange((s) => delete s['version']))).message).to.equal(
      'Sauvegarde illisible : version : champ manquant.',
    );
    for (const version of ['1', 1.5, -1, null, 1e300]) {
      expect(reasonOf(withChange((s) => (s['version'] = version))), String(version)).to.be.oneOf([
        'invalid',
        'future-version',
      ]);
    }
    // Version 0 has never existed: no migration, so it is not supported.
    expect(reasonOf(withChange((s) => (s['version'] = 0)))).to.equal('migration');
  });

  it('refuses non-objects', () => {
    for (const raw of [null, undefined, 42, 'null', '[]', [], true, '"texte"']) {
      expect(errorOf(() => parseSavedState(raw)).message).to.equal(
        'Sauvegarde illisible : (racine) : objet attendu.',
      );
    }
  });

  it('refuses oversized text before parsing it', () => {
    expect(reasonOf(' '.repeat(MAX_SAVED_STATE_CHARS + 1))).to.equal('too-large');
  });

  it('survives deep nesting', () => {
    const depth = 200_000;
    expect(reasonOf(`${'['.repeat(depth)}${']'.repeat(depth)}`)).to.be.oneOf(['json', 'invalid']);
    let nested: unknown = 1;
    for (let index = 0; index < depth; index += 1) nested = { a: nested };
    expect(reasonOf(withChange((s) => (s['answers'] = nested)))).to.equal('invalid');
    expect(reasonOf(nested)).to.equal('invalid');
  });

  it('does not let __proto__ keys through or pollute prototypes', () => {
    const text = serializeState(fullState);
    const inAnswers = text.replace('"answers":{', '"answers":{"__proto__":{"polluted":1},');
    const atRoot = text.replace('{', '{"__proto__":{"polluted":1},');
    expect(inAnswers).not.to.equal(text);
    for (const raw of [inAnswers, atRoot, JSON.parse(inAnswers), JSON.parse(atRoot)]) {
      try {
        const state = parseSavedState(raw);
        expect(Object.hasOwn(state.answers, '__proto__')).to.equal(false);
        expect(Object.hasOwn(state, '__proto__')).to.equal(false);
      } catch (error) {
        expect(error).to.be.instanceOf(SavedStateError);
      }
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    }
  });

  it('throws nothing but SavedStateError on any JSON value or any value', () => {
    const check = (raw: unknown) => {
      try {
        parseSavedState(raw);
      } catch (error) {
        expect(error).to.be.instanceOf(SavedStateError);
        expect((error as Error).message).to.match(/^Sauvegarde/);
      }
    };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => check(value)),
      { numRuns },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => check(JSON.stringify(value))),
      { numRuns },
    );
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withObjectString: true,
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withBigInt: true,
          withDate: true,
        }),
        check,
      ),
      { numRuns },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns });
  });

  it('throws nothing but SavedStateError when one field of a valid state is replaced by anything', () => {
    const paths: (readonly (string | number)[])[] = [
      ['version'],
      ['savedAt'],
      ['catalogue'],
      ['catalogue', 'id'],
      ['context'],
      ['context', 'levels'],
      ['context', 'publics'],
      ['answers'],
      ['answers', 'accueillir-1'],
      ['progress', 'step'],
      ['selection', 'retained'],
      ['session'],
      ['session', 'respondents'],
      ['session', 'respondents', 0, 'answers'],
      ['previous'],
      ['previous', 'retained'],
      ['plan'],
      ['plan', 'weekStart'],
      ['plan', 'entries', 0, 'dates'],
      ['plan', 'entries', 0, 'bilan', 'attendance'],
      ['plan', 'drafts', 0, 'titre'],
      ['decision'],
      ['decision', 'compared'],
      ['decision', 'ratings'],
      ['decision', 'ratings', 'cafe-des-parents'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, value) => {
        const copy = withChange((s) => {
          let target = s;
          for (const segment of path.slice(0, -1)) target = target[segment];
          target[path.at(-1)!] = value;
        });
        try {
          parseSavedState(copy);
        } catch (error) {
          expect(error).to.be.instanceOf(SavedStateError);
        }
      }),
      { numRuns },
    );
  });
});

describe('saved state: migrations', () => {
  it('has one migration per older format: 1 → 2 adds the (optional) plan, 2 → 3 the (optional) decision, 3 → 4 the (optional) agenda notes', () => {
    expect(SAVED_STATE_VERSION).to.equal(4);
    expect(Object.keys(migrations)).to.deep.equal(['1', '2', '3']);
    const v2 = SAVED_STATE_FIXTURES.find((fixture) => fixture.version === 2)!.data as Loose;
    const input = deepFreeze(structuredClone({ ...v2, version: 1 }));
    const migrated = migrations[1]!(input);
    expect(migrated).to.deep.equal({ ...v2, version: 2 });
    expect(migrated).not.to.equal(input);
    const third = migrations[2]!(deepFreeze(structuredClone(v2)));
    expect(third).to.deep.equal({ ...v2, version: 3 });
    expect(parseSavedState(input)).to.deep.equal({ ...v2, version: 4 });
  });

  it('keeps the comparison and its ratings of a version-3 state', () => {
    const state = parseSavedState(fullState);
    expect(state.decision?.compared).to.deep.equal(fullState.decision!.compared);
    expect(state.decision?.ratings['conseil-de-progres']).to.deep.equal({
      importance: 3,
      cost: 2,
      time: 2,
      commitment: 3,
      feasibility: 2,
    });
  });

  it('refuses a fourth compared candidate, a rating outside 1–3 and an unknown criterion', () => {
    const paths: [string, (copy: Loose) => void][] = [
      ['decision.compared', (s) => s['decision'].compared.push('quatrieme')],
      [
        'decision.ratings.cafe-des-parents.feasibility',
        (s) => (s['decision'].ratings['cafe-des-parents'].feasibility = 4),
      ],
      [
        'decision.ratings.cafe-des-parents.feasibility',
        (s) => (s['decision'].ratings['cafe-des-parents'].feasibility = 0),
      ],
      [
        'decision.ratings.cafe-des-parents',
        (s) => (s['decision'].ratings['cafe-des-parents'].prix = 2),
      ],
    ];
    for (const [path, change] of paths) {
      const error = errorOf(() => parseSavedState(withChange(change)));
      expect(error.issues[0]!.path, path).to.equal(path);
    }
  });

  // A made-up version 0 (answers under another name) exercises the mechanism the real table uses.
  const fakeV0 = {
    version: 0,
    savedAt: '2024-01-01T00:00:00.000Z',
    catalogue: { id: 'cles-perseverance', version: '2024.1' },
    reponses: { 'accueillir-1': 2 },
  };
  const fakeTable = {
    ...migrations,
    0: (old: Readonly<Record<string, unknown>>) => ({
      version: 1,
      savedAt: old['savedAt'],
      catalogue: old['catalogue'],
      context: { levels: [], questionnaireVersion: 'complet' },
      answers: old['reponses'],
      progress: { view: 'welcome', step: 0 },
      selection: { retained: [], done: [] },
    }),
  };

  it('migrates older versions in order, without mutating the input', () => {
    const input = deepFreeze(structuredClone(fakeV0));
    const state = parseSavedStateWith(JSON.stringify(input), fakeTable);
    expect(state.version).to.equal(SAVED_STATE_VERSION);
    expect(state.answers).to.deep.equal({ 'accueillir-1': 2 });
    expect(parseSavedStateWith(input, fakeTable)).to.deep.equal(state);
  });

  it('validates the migrated result', () => {
    const error = errorOf(() =>
      parseSavedStateWith({ ...fakeV0, reponses: { 'accueillir-1': 9 } }, fakeTable),
    );
    expect(error.issues[0]!.path).to.equal('answers.accueillir-1');
  });

  it('reports a migration that fails, throws or is missing', () => {
    expect(
      errorOf(() => parseSavedStateWith(fakeV0, { 0: () => ({ version: 3 }) })).reason,
    ).to.equal('migration');
    expect(
      errorOf(() =>
        parseSavedStateWith(fakeV0, {
          0: () => {
            throw new TypeError('bug');
          },
        }),
      ).message,
    ).to.equal('Sauvegarde au format 0 : la mise à jour vers le format 1 a échoué.');
    expect(errorOf(() => parseSavedStateWith(fakeV0, {})).message).to.equal(
      'Sauvegarde au format 0, qui n’est plus pris en charge.',
    );
  });
});

describe('reading one’s own save: a bad field never sets the whole save aside', () => {
  const good = createEmptyState(makeCatalogue(4), {
    answers: { 'q-1': 2, 'q-2': 3 },
    context: { levels: [], questionnaireVersion: 'complet', establishmentName: 'Lycée' },
    session: {
      name: 'GPDS',
      createdAt: '2025-03-14T10:00:00.000Z',
      questionnaireVersion: 'complet',
      respondents: [
        { id: 'a', label: 'A', answers: { 'q-1': 1 }, source: 'code' },
        { id: 'b', label: 'B', answers: { 'q-1': 2 }, source: 'code' },
      ],
    },
  });

  it('an establishment name over 200 characters (set by script) is left out; the answers and the session are kept', () => {
    const text = JSON.stringify({
      ...good,
      context: { ...good.context, establishmentName: 'x'.repeat(201) },
    });
    expect(() => parseSavedState(text)).to.throw(SavedStateError);
    const state = readSavedState(text);
    expect(state.answers).to.deep.equal(good.answers);
    expect(state.session!.respondents).to.have.length(2);
    expect(state.context.establishmentName).to.equal(undefined);
    expect(droppedFields.get(state)).to.deep.equal(['context.establishmentName']);
  });

  it('a respondent of the wrong shape is left out, the others kept', () => {
    const bad = structuredClone(good) as unknown as { session: { respondents: unknown[] } };
    bad.session.respondents.splice(1, 0, { id: '', label: 7 });
    const state = readSavedState(JSON.stringify(bad));
    expect(state.session!.respondents.map((r) => r.id)).to.deep.equal(['a', 'b']);
    expect(droppedFields.get(state)).to.deep.equal(['session.respondents[1]']);
  });

  it('an unknown field is left out; a good save reports nothing', () => {
    const state = readSavedState(JSON.stringify({ ...good, extra: 1 }));
    expect(droppedFields.get(state)).to.deep.equal(['extra']);
    expect(droppedFields.get(readSavedState(JSON.stringify(good)))).to.equal(undefined);
  });

  it('a bad required field (the answers) still makes the save unreadable, with the precise message', () => {
    const text = JSON.stringify({ ...good, answers: [1, 2] });
    expect(() => readSavedState(text)).to.throw(SavedStateError, /answers/);
  });
});
