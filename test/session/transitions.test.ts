import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Answers } from '../../src/diagnostic/answers.js';
import {
  addRespondents,
  clearPrevious,
  createSession,
  previousFromExport,
  removeRespondent,
  renameSession,
  respondentsFromExport,
  restoreRespondent,
  roundedMeanAnswers,
  sameAnswers,
  setPrevious,
  takeTabletAnswers,
  uniqueLabel,
  updateRespondent,
  type RespondentInput,
} from '../../src/session/index.js';
import { createEmptyState } from '../../src/storage/empty-state.js';
import { MAX_RESPONDENTS, type SavedState } from '../../src/storage/schema.js';
import { deepFreeze } from '../storage/helpers.js';

const CREATED = '2027-03-10T17:00:00.000Z';
const base = (): SavedState =>
  deepFreeze(createEmptyState({ id: 'test', version: '1' }, { savedAt: CREATED }));
const withSession = (): SavedState =>
  deepFreeze(
    createSession(base(), { name: 'GPDS — mars 2027', version: 'court', createdAt: CREATED }),
  );
const input = (answers: Answers, rest: Partial<RespondentInput> = {}): RespondentInput => ({
  answers,
  source: 'code',
  ...rest,
});
const label = (position: number, role?: string) =>
  role ? role.toUpperCase() : `Participant ${position}`;

describe('session transitions', () => {
  it('creates a session with its name and version, and switches the device questionnaire to it', () => {
    const state = withSession();
    expect(state.session).to.deep.equal({
      name: 'GPDS — mars 2027',
      createdAt: CREATED,
      questionnaireVersion: 'court',
      respondents: [],
    });
    expect(state.context.questionnaireVersion).to.equal('court');
    expect(
      createSession(base(), { name: '   ', version: 'complet', createdAt: CREATED }).session!.name,
    ).to.equal('Séance GPDS');
  });

  it('renames, ignoring blank names and trimming spaces', () => {
    const state = withSession();
    expect(renameSession(state, '  GPDS  avril ').session!.name).to.equal('GPDS avril');
    expect(renameSession(state, '  ')).to.equal(state);
    const none = base();
    expect(renameSession(none, 'x')).to.equal(none);
  });

  it('adds respondents with fresh ids, default labels by position or role, and unique labels', () => {
    const first = addRespondents(
      withSession(),
      [input({ a: 0 }), input({ a: 1 }, { role: 'cpe' })],
      {
        defaultLabel: label,
      },
    );
    expect(first.added.map((r) => [r.id, r.label, r.role ?? null])).to.deep.equal([
      ['p1', 'Participant 1', null],
      ['p2', 'CPE', 'cpe'],
    ]);
    const second = addRespondents(
      first.state,
      [input({ a: 2 }, { role: 'cpe' }), input({ a: 3 }, { label: ' Participant 1 ' })],
      {
        defaultLabel: label,
      },
    );
    expect(second.added.map((r) => [r.id, r.label])).to.deep.equal([
      ['p3', 'CPE 2'],
      ['p4', 'Participant 1 2'],
    ]);
    expect(second.state.session!.respondents).to.have.length(4);
    expect(second.refused).to.deep.equal([]);
  });

  it('refuses respondents beyond the maximum, and all of them without a session', () => {
    const many = Array.from({ length: MAX_RESPONDENTS - 1 }, (_, i) => input({ a: (i % 4) as 0 }));
    const almost = addRespondents(withSession(), many).state;
    const over = addRespondents(almost, [input({ b: 1 }), input({ b: 2 }), input({ b: 3 })]);
    expect(over.added).to.have.length(1);
    expect(over.refused.map((r) => r.answers)).to.deep.equal([{ b: 2 }, { b: 3 }]);
    expect(over.state.session!.respondents).to.have.length(MAX_RESPONDENTS);
    const empty = base();
    const none = addRespondents(empty, [input({ a: 1 })]);
    expect(none.state).to.equal(empty);
    expect(none.refused).to.have.length(1);
  });

  it('removes a respondent and puts it back at the same place (undo); ids are never reused', () => {
    const { state } = addRespondents(withSession(), [
      input({ a: 0 }),
      input({ a: 1 }),
      input({ a: 2 }),
    ]);
    const { state: removed, removed: what } = removeRespondent(state, 'p2');
    expect(removed.session!.respondents.map((r) => r.id)).to.deep.equal(['p1', 'p3']);
    expect(what!.index).to.equal(1);
    const restored = restoreRespondent(removed, what!.respondent, what!.index);
    expect(restored.session!.respondents).to.deep.equal(state.session!.respondents);
    expect(restoreRespondent(restored, what!.respondent, 1)).to.equal(restored);
    expect(removeRespondent(state, 'nobody').removed).to.equal(null);
    const again = addRespondents(removeRespondent(state, 'p3').state, [input({ a: 3 })]);
    expect(again.added[0]!.id).to.equal('p3');
    const afterHighest = addRespondents(removed, [input({ a: 3 })]);
    expect(afterHighest.added[0]!.id).to.equal('p4');
  });

  it('renames a respondent and changes or clears the role', () => {
    const { state } = addRespondents(withSession(), [
      input({ a: 0 }, { label: 'A', role: 'cpe' }),
      input({ a: 1 }, { label: 'B' }),
    ]);
    const renamed = updateRespondent(state, 'p1', { label: 'B', role: 'direction' });
    expect(renamed.session!.respondents[0]).to.include({ label: 'B 2', role: 'direction' });
    const cleared = updateRespondent(state, 'p1', { role: null });
    expect(cleared.session!.respondents[0]!.role).to.equal(undefined);
    expect(cleared.session!.respondents[0]!.label).to.equal('A');
    expect(updateRespondent(state, 'p1', { label: '  ' })).to.equal(state);
    expect(updateRespondent(state, 'zz', { label: 'Z' })).to.equal(state);
  });

  it('takes the tablet answers as a respondent and clears them, keeping context and selection', () => {
    const answered: SavedState = deepFreeze({
      ...withSession(),
      answers: { a: 2, b: 'unknown' },
      context: { ...withSession().context, levels: ['college'], role: 'cpe' },
      selection: { retained: ['f1'], done: [] },
      progress: { view: 'profile', step: 3 },
    });
    const { state, added } = takeTabletAnswers(answered, { label: 'Mme D.', role: 'professeur' });
    expect(added).to.have.length(1);
    expect(added[0]).to.deep.include({ label: 'Mme D.', role: 'professeur', source: 'device' });
    expect(added[0]!.answers).to.deep.equal({ a: 2, b: 'unknown' });
    expect(state.answers).to.deep.equal({});
    expect(state.progress).to.deep.equal({ view: 'welcome', step: 0 });
    expect(state.context).to.equal(answered.context);
    expect(state.selection).to.equal(answered.selection);
    const unanswered = withSession();
    expect(takeTabletAnswers(unanswered, {}).state).to.equal(unanswered);
    expect(takeTabletAnswers(unanswered, {}).added).to.have.length(0);
  });

  it('compares answers regardless of key order', () => {
    expect(sameAnswers({ a: 1, b: 2 }, { b: 2, a: 1 })).to.equal(true);
    expect(sameAnswers({ a: 1 }, { a: 1, b: 2 })).to.equal(false);
    expect(sameAnswers({ a: 1 }, { a: 'unknown' })).to.equal(false);
  });

  it('gives unique labels case-insensitively', () => {
    expect(uniqueLabel(['cpe', 'CPE 2'], 'CPE')).to.equal('CPE 3');
    expect(uniqueLabel([], '  ')).to.equal('Participant');
  });
});

describe('session imports', () => {
  const exported = (over: Partial<SavedState>): SavedState =>
    deepFreeze({ ...createEmptyState({ id: 'test', version: '1' }), ...over });

  it('reads own answers (with the device role) and the file’s session respondents', () => {
    const file = exported({
      answers: { a: 1 },
      context: { levels: [], questionnaireVersion: 'complet', role: 'cpe' },
      session: {
        name: 'Autre tablette',
        createdAt: CREATED,
        questionnaireVersion: 'complet',
        respondents: [
          { id: 'p1', label: 'X', role: 'parent', answers: { a: 3 }, source: 'device' },
          { id: 'p2', label: 'Vide', answers: {}, source: 'device' },
        ],
      },
    });
    const result = respondentsFromExport(file, { id: 'test' });
    expect(result).to.deep.equal({
      ok: true,
      respondents: [
        { answers: { a: 1 }, source: 'file', role: 'cpe' },
        { label: 'X', answers: { a: 3 }, source: 'file', role: 'parent' },
      ],
    });
  });

  it('refuses a file of another catalogue, or without answers', () => {
    expect(respondentsFromExport(exported({ answers: { a: 1 } }), { id: 'other' })).to.deep.equal({
      ok: false,
      reason: 'catalogue',
    });
    expect(respondentsFromExport(exported({}), { id: 'test' })).to.deep.equal({
      ok: false,
      reason: 'empty',
    });
  });

  it('rounds mean answers half up, « je ne sais pas » when nobody knew', () => {
    expect(
      roundedMeanAnswers([
        { a: 0, b: 1, c: 'unknown', d: 3 },
        { a: 1, b: 2, c: 'unknown' },
        { a: 1, b: 'unknown' },
      ]),
    ).to.deep.equal({ a: 1, b: 2, c: 'unknown', d: 3 });
    // 0, 1 → 0.5 → 1 (half up); 1, 2 → 1.5 → 2.
    expect(
      roundedMeanAnswers([
        { a: 0, b: 1 },
        { a: 1, b: 2 },
      ]),
    ).to.deep.equal({ a: 1, b: 2 });
  });

  it('keeps last year’s own answers and retained fiches, or a session’s rounded mean', () => {
    const meta = { label: 'Diagnostic du 12/03/2026', importedAt: CREATED };
    const own = previousFromExport(
      exported({ answers: { a: 2 }, selection: { retained: ['f1'], done: [] } }),
      { id: 'test' },
      meta,
    );
    expect(own).to.deep.equal({
      ok: true,
      fromSession: 0,
      previous: {
        label: 'Diagnostic du 12/03/2026',
        importedAt: CREATED,
        answers: { a: 2 },
        retained: ['f1'],
      },
    });
    const session = previousFromExport(
      exported({
        session: {
          name: 'S',
          createdAt: CREATED,
          questionnaireVersion: 'complet',
          respondents: [
            { id: 'p1', label: 'A', answers: { a: 0 }, source: 'code' },
            { id: 'p2', label: 'B', answers: { a: 3 }, source: 'code' },
          ],
        },
      }),
      { id: 'test' },
      meta,
    );
    expect(session.ok && session.previous.answers).to.deep.equal({ a: 2 });
    expect(session.ok && session.fromSession).to.equal(2);
    expect(previousFromExport(exported({}), { id: 'test' }, meta)).to.deep.equal({
      ok: false,
      reason: 'empty',
    });
    expect(previousFromExport(exported({ answers: { a: 1 } }), { id: 'x' }, meta)).to.deep.equal({
      ok: false,
      reason: 'catalogue',
    });
  });

  it('sets and clears the previous diagnostic', () => {
    const previous = { label: 'L', importedAt: CREATED, answers: { a: 1 as const }, retained: [] };
    const state = setPrevious(withSession(), previous);
    expect(state.previous).to.equal(previous);
    const cleared = clearPrevious(state);
    expect('previous' in cleared).to.equal(false);
    expect(clearPrevious(cleared)).to.equal(cleared);
  });
});
