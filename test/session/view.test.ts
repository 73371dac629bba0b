import { describe, it } from 'node:test';
import { expect } from 'chai';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import type { AnswerValue, Answers } from '../../src/diagnostic/answers.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { assessReadiness, recommend } from '../../src/recommend/index.js';
import {
  addRespondents,
  aggregateRespondents,
  compareProfiles,
  createSession,
  previousFromExport,
  renameSession,
  retainedCoverage,
  SESSION_RECOMMENDATION_LIMIT,
  sessionViewModel,
  updateRespondent,
  type SessionInput,
} from '../../src/session/index.js';
import { createEmptyState } from '../../src/storage/empty-state.js';
import type { SavedState } from '../../src/storage/schema.js';

const catalogue = defaultCatalogue;
const establishment = { levels: ['college' as const], doneFicheIds: [] };
const questions = catalogue.questions;

function answers(value: AnswerValue, count = questions.length): Answers {
  return Object.fromEntries(questions.slice(0, count).map((q) => [q.id, value]));
}

function withRespondents(...sets: Answers[]): SavedState {
  const empty = createEmptyState(catalogue, { savedAt: '2027-03-10T17:00:00.000Z' });
  const started = createSession(empty, {
    name: 'GPDS',
    version: 'complet',
    createdAt: '2027-03-10T17:00:00.000Z',
  });
  return addRespondents(
    started,
    sets.map((set) => ({ answers: set, source: 'code' as const })),
  ).state;
}

const input = (state: SavedState): SessionInput => ({ catalogue, state, establishment });

describe('sessionViewModel', () => {
  it('has no aggregate and no decision before a session is started', () => {
    const model = sessionViewModel(input(createEmptyState(catalogue)));
    expect(model.summary).to.equal(null);
    expect(model.before).to.equal(null);
    expect(model.comparison).to.equal(null);
    expect(model.answered.size).to.equal(0);
    expect(model.decide()).to.equal(null);
    expect(model.questionCounts.complet).to.equal(questions.length);
    expect(model.questionCounts.court).to.be.within(1, questions.length - 1);
  });

  it('aggregates the respondents and counts what each answered on the session’s version', () => {
    const state = withRespondents(answers(3), answers(0, 10));
    const model = sessionViewModel(input(state));
    expect(model.summary).to.deep.equal(
      aggregateRespondents(catalogue, state.session!.respondents, { version: 'complet' }),
    );
    expect([...model.answered]).to.deep.equal([
      ['p1', questions.length],
      ['p2', 10],
    ]);
  });

  it('compares with last year only when there are respondents', () => {
    const previous = {
      label: 'An dernier',
      importedAt: '2026-03-10T17:00:00.000Z',
      answers: answers(1),
      retained: [catalogue.fiches[0]!.id],
    };
    const alone = sessionViewModel(input({ ...withRespondents(), previous }));
    expect(alone.before).to.deep.equal(
      computeProfile(catalogue, previous.answers, { version: 'complet' }),
    );
    expect(alone.comparison).to.equal(null);
    const model = sessionViewModel(input({ ...withRespondents(answers(2)), previous }));
    // One respondent: rounding per question changes nothing, the same basis is the profile itself.
    expect(model.after!.axes.map((a) => a.score)).to.deep.equal(
      model.summary!.profile.axes.map((a) => a.score),
    );
    expect(model.comparison).to.deep.equal(compareProfiles(model.before!, model.after!));
    // Last year's retained fiche is shown on the axes it worked on.
    const axis = catalogue.fiches[0]!.axes[0]!.axis;
    expect(model.acted.get(axis)).to.include(catalogue.fiches[0]!.title);
  });

  it('compares last year’s session with this one on the same basis: the same answers give no change', () => {
    // Last year, three people answered 1, 1, 2 to every question: kept as one answer per
    // question, rounded (4/3 → 1). This year the same three answer the same way: the exact mean
    // is 4/3 (44 %), but the comparison rounds it like last year, so no artefact « +11 pts ».
    const team = [answers(1), answers(1), answers(2)];
    const read = previousFromExport(withRespondents(...team), catalogue, {
      label: 'Session 2026',
      importedAt: '2026-06-01T10:00:00.000Z',
    });
    if (!read.ok) throw new Error('last year’s session should be readable');
    expect(read.fromSession).to.equal(3);
    const same = sessionViewModel(input({ ...withRespondents(...team), previous: read.previous }));
    expect(same.summary!.profile.overall.score).to.be.closeTo((4 / 9) * 100, 1e-9);
    expect(same.comparison!.overall).to.deep.include({ delta: 0 });
    expect(same.comparison!.axes.every((a) => a.delta === 0 || a.delta === null)).to.equal(true);
    expect(same.comparison!.improved).to.deep.equal([]);
    // One person moves from 1 to 3 everywhere: 1, 2, 3 → rounded 2, one level (+33 pts) up.
    const moved = sessionViewModel(
      input({ ...withRespondents(answers(3), answers(1), answers(2)), previous: read.previous }),
    );
    expect(moved.comparison!.overall.delta).to.be.closeTo(100 / 3, 1e-9);
  });

  it('lists the retained fiches and actions in order, skipping ids the catalogue lacks', () => {
    const fiche = catalogue.fiches[1]!;
    const action = catalogue.actions[0]!;
    const state = {
      ...withRespondents(),
      selection: { retained: [action.id, 'disparue', fiche.id], done: [] },
    };
    expect(sessionViewModel(input(state)).decisions).to.deep.equal([
      { id: action.id, title: action.title },
      { id: fiche.id, title: fiche.title },
    ]);
  });

  it('ranks the decision on the shared profile once, on the first call', () => {
    const retained = [catalogue.fiches[0]!.id];
    const base = withRespondents(answers(0), answers(1));
    const state = { ...base, selection: { retained, done: [] } };
    const model = sessionViewModel(input(state));
    const decision = model.decide()!;
    const profile = model.summary!.profile;
    expect(decision.recommendations).to.deep.equal(
      recommend(catalogue, profile, establishment, { limit: SESSION_RECOMMENDATION_LIMIT }),
    );
    expect(decision.recommendations).to.have.length.greaterThan(0);
    expect(decision.readiness).to.deep.equal(assessReadiness(profile));
    expect(decision.coverage).to.deep.equal(retainedCoverage(catalogue, profile, retained));
    expect(model.decide()).to.equal(decision);
  });

  it('reuses the aggregate while the respondents are the same, and only then', () => {
    const state = withRespondents(answers(2), answers(1));
    const first = { input: input(state), model: sessionViewModel(input(state)) };
    const renamed = renameSession(state, 'Autre nom');
    expect(sessionViewModel(input(renamed), first).summary).to.equal(first.model.summary);
    const more = addRespondents(renamed, [{ answers: answers(3), source: 'code' }]).state;
    const next = sessionViewModel(input(more), first);
    expect(next.summary).to.not.equal(first.model.summary);
    expect(next.summary!.respondentCount).to.equal(3);
    // Another version is another aggregate, even with the same respondents.
    const court = {
      ...state,
      session: { ...state.session!, questionnaireVersion: 'court' as const },
    };
    expect(sessionViewModel(input(court), first).summary!.version).to.equal('court');
  });

  it('keeps the aggregate when respondents are only renamed, not when a role or an answer changes', () => {
    const state = withRespondents(answers(2), answers(1), answers(0));
    const first = { input: input(state), model: sessionViewModel(input(state)) };
    const [a] = state.session!.respondents;
    const renamed = updateRespondent(state, a!.id, { label: 'Mme D.' });
    const again = sessionViewModel(input(renamed), first);
    expect(again.summary).to.equal(first.model.summary);
    // The answers' count is kept for the others and counted again for the one renamed.
    expect([...again.answered]).to.deep.equal([...first.model.answered]);
    const roled = updateRespondent(state, a!.id, { role: 'cpe' });
    const other = sessionViewModel(input(roled), first);
    expect(other.summary).to.not.equal(first.model.summary);
    expect(other.summary).to.deep.equal(
      aggregateRespondents(catalogue, roled.session!.respondents, {
        version: 'complet',
        levels: [],
      }),
    );
  });

  it('returns the same model for a snapshot of the same state (a section opened)', () => {
    const state = withRespondents(answers(2), answers(1));
    const first = { input: input(state), model: sessionViewModel(input(state)) };
    const decision = first.model.decide();
    const same = sessionViewModel({ ...input(state) }, first);
    expect(same).to.equal(first.model);
    expect(same.decide()).to.equal(decision);
  });
});
