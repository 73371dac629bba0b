import { describe, it } from 'node:test';
import { expect } from 'chai';
import { createSession, setAgendaNote } from '../../src/session/transitions.js';
import { createEmptyState } from '../../src/storage/empty-state.js';
import { parseSavedState } from '../../src/storage/saved-state.js';
import { MAX_AGENDA_NOTES, MAX_PLAN_TEXT, type SavedState } from '../../src/storage/schema.js';
import { deepFreeze } from '../storage/helpers.js';

const CREATED = '2027-03-10T17:00:00.000Z';
const base = (): SavedState =>
  deepFreeze(createEmptyState({ id: 'test', version: '1' }, { savedAt: CREATED }));
const withSession = (): SavedState =>
  deepFreeze(createSession(base(), { name: 'GPDS', version: 'court', createdAt: CREATED }));

describe('agenda notes and decisions', () => {
  it('saves notes, decision, lead person and deadline per question, merged field by field', () => {
    let state = setAgendaNote(withSession(), 'vie-1', { notes: 'Avis partagés.' });
    state = setAgendaNote(state, 'vie-1', {
      decision: 'Point en conseil pédagogique',
      lead: 'CPE',
    });
    state = setAgendaNote(state, 'vie-1', { due: '2027-04-01' });
    expect(state.session?.agenda).to.deep.equal({
      'vie-1': {
        notes: 'Avis partagés.',
        decision: 'Point en conseil pédagogique',
        lead: 'CPE',
        due: '2027-04-01',
      },
    });
    // What is saved loads back (the schema accepts it).
    expect(parseSavedState(JSON.parse(JSON.stringify(state))).session?.agenda).to.deep.equal(
      state.session?.agenda,
    );
  });

  it('removes a note the team emptied, and the agenda with its last note', () => {
    let state = setAgendaNote(withSession(), 'vie-1', { notes: 'x', due: '2027-04-01' });
    state = setAgendaNote(state, 'vie-1', { notes: ' ', due: '' });
    expect(state.session).not.to.have.property('agenda');
  });

  it('clips long texts and ignores a malformed date or question id, and works only in a session', () => {
    const state = setAgendaNote(withSession(), 'vie-1', {
      notes: 'a'.repeat(MAX_PLAN_TEXT + 10),
      decision: 'ok',
      due: '1 avril',
    });
    expect(state.session?.agenda?.['vie-1']?.notes).to.have.length(MAX_PLAN_TEXT);
    expect(state.session?.agenda?.['vie-1']).not.to.have.property('due');
    const session = withSession();
    expect(setAgendaNote(session, '__proto__', { notes: 'x' })).to.equal(session);
    const none = base();
    expect(setAgendaNote(none, 'vie-1', { notes: 'x' })).to.equal(none);
  });

  it('keeps notes when respondents change, drops them with a new session', () => {
    const state = setAgendaNote(withSession(), 'vie-1', { notes: 'x' });
    const fresh = createSession(state, { name: 'Autre', version: 'complet', createdAt: CREATED });
    expect(fresh.session).not.to.have.property('agenda');
  });

  it(`stops at ${MAX_AGENDA_NOTES} questions noted`, () => {
    let state = withSession();
    for (let i = 0; i < MAX_AGENDA_NOTES; i += 1)
      state = setAgendaNote(state, `q-${i}`, { notes: 'x' });
    expect(setAgendaNote(state, 'q-extra', { notes: 'x' })).to.equal(state);
    expect(setAgendaNote(state, 'q-0', { notes: 'y' }).session?.agenda?.['q-0']?.notes).to.equal(
      'y',
    );
  });
});
