import { describe, it } from 'node:test';
import { expect } from 'chai';
import { LEVELS } from '../../src/catalogue/constants.js';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import type { Catalogue, Level } from '../../src/catalogue/schema.js';
import {
  appliesTo,
  countAnswers,
  questionsFor,
  type Answers,
  type QuestionnaireVersion,
} from '../../src/diagnostic/answers.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { aggregateRespondents } from '../../src/session/aggregate.js';
import type { Respondent } from '../../src/session/types.js';
import { createEmptyState } from '../../src/storage/empty-state.js';
import { parseSavedState } from '../../src/storage/saved-state.js';
import { serializeState } from '../../src/storage/serialize.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';

const LYCEE: Level[] = ['lycee-gt', 'lycee-pro'];
const VERSIONS: readonly QuestionnaireVersion[] = ['complet', 'court'];

/** Every non-empty set of establishment levels, and the empty one (nothing ticked). */
const LEVEL_SETS: Level[][] = [
  [],
  ...Array.from({ length: 7 }, (_, mask) => LEVELS.filter((_, index) => ((mask + 1) >> index) & 1)),
];

/** The small catalogue with `orientation-2` (not core) made a lycée-only question. */
function withLyceeQuestion(): Catalogue {
  const catalogue = smallCatalogue();
  catalogue.questions = catalogue.questions.map((q) =>
    q.id === 'orientation-2' ? { ...q, levels: LYCEE } : q,
  );
  return catalogue;
}

describe('appliesTo: which establishments a question is asked to', () => {
  const table: [Level[] | undefined, Level[], boolean][] = [
    [undefined, ['college'], true],
    [undefined, [], true],
    [LYCEE, [], true],
    [LYCEE, ['college'], false],
    [LYCEE, ['lycee-pro'], true],
    [LYCEE, ['college', 'lycee-gt'], true],
    [['college'], ['lycee-gt', 'lycee-pro'], false],
  ];
  for (const [questionLevels, establishment, expected] of table) {
    it(`question ${JSON.stringify(questionLevels ?? 'tous')}, établissement ${JSON.stringify(establishment)} → ${expected}`, () => {
      const question = questionLevels ? { levels: questionLevels } : {};
      expect(appliesTo(question, establishment)).to.equal(expected);
    });
  }
});

describe('questionsFor with levels', () => {
  it('leaves a lycée-only question out for a collège, keeps it for a lycée or no level', () => {
    const catalogue = withLyceeQuestion();
    expect(questionsFor(catalogue, 'complet', ['college']).map((q) => q.id)).not.to.include(
      'orientation-2',
    );
    expect(questionsFor(catalogue, 'complet', ['lycee-gt']).map((q) => q.id)).to.include(
      'orientation-2',
    );
    expect(questionsFor(catalogue, 'complet', []).map((q) => q.id)).to.include('orientation-2');
    expect(questionsFor(catalogue, 'complet', ['college'])).to.have.length(
      catalogue.questions.length - 1,
    );
  });

  it('counts only the questions asked', () => {
    const catalogue = withLyceeQuestion();
    const answers: Answers = { 'orientation-2': 3, 'climat-1': 1 };
    expect(countAnswers(catalogue, answers, 'complet', ['college'])).to.deep.equal({
      answered: 1,
      total: catalogue.questions.length - 1,
    });
    expect(countAnswers(catalogue, answers, 'complet', ['lycee-pro'])).to.deep.equal({
      answered: 2,
      total: catalogue.questions.length,
    });
  });
});

describe('the default catalogue and the establishment levels', () => {
  it('marks the réorientation-passerelle questions as lycée questions', () => {
    const byId = new Map(defaultCatalogue.questions.map((q) => [q.id, q]));
    for (const id of ['raccrocher-parcours-1', 'accompagner-orientation-1']) {
      expect(byId.get(id)?.levels, id).to.have.members(LYCEE);
      expect(byId.get(id)?.core, id).to.equal(false);
    }
  });

  it('never asks a collège a question meant only for the lycée', () => {
    for (const version of VERSIONS) {
      for (const question of questionsFor(defaultCatalogue, version, ['college'])) {
        if (question.levels) expect(question.levels, question.id).to.include('college');
      }
    }
    const asked = questionsFor(defaultCatalogue, 'complet', ['college']).map((q) => q.id);
    expect(asked).not.to.include('raccrocher-parcours-1');
    expect(asked).not.to.include('accompagner-orientation-1');
  });

  it('keeps the short version balanced: one core question per axis for every set of levels', () => {
    for (const levels of LEVEL_SETS) {
      const short = questionsFor(defaultCatalogue, 'court', levels);
      expect(
        short.map((q) => q.axis),
        JSON.stringify(levels),
      ).to.deep.equal(defaultCatalogue.axes.map((axis) => axis.id));
      for (const key of defaultCatalogue.keys) {
        const axes = defaultCatalogue.axes.filter((axis) => axis.key === key.id).length;
        const asked = short.filter(
          (q) => defaultCatalogue.axes.find((a) => a.id === q.axis)?.key === key.id,
        ).length;
        expect(asked, `${key.id} ${JSON.stringify(levels)}`).to.equal(axes);
      }
    }
  });

  it('gives every axis at least two questions whatever the levels', () => {
    for (const levels of LEVEL_SETS) {
      const asked = questionsFor(defaultCatalogue, 'complet', levels);
      for (const axis of defaultCatalogue.axes) {
        expect(
          asked.filter((q) => q.axis === axis.id).length,
          `${axis.id} ${JSON.stringify(levels)}`,
        ).to.be.at.least(2);
      }
    }
  });
});

describe('scores when the levels change (the rule: kept, not counted, counted again)', () => {
  const catalogue = withLyceeQuestion();
  const answers: Answers = { 'orientation-1': 0, 'orientation-2': 3 };

  it('does not count an answer to a question that no longer applies', () => {
    const college = computeProfile(catalogue, answers, { levels: ['college'] });
    const axis = college.axes.find((a) => a.axisId === 'orientation')!;
    expect(axis.score).to.equal(0);
    expect(axis.total).to.equal(1);
    expect(axis.questionIds).to.deep.equal(['orientation-1']);
    expect(college.answers).to.deep.equal({ 'orientation-1': 0 });
  });

  it('records which questions and levels the profile counted', () => {
    const college = computeProfile(catalogue, answers, { levels: ['college'] });
    expect(college.levels).to.deep.equal(['college']);
    expect(college.questions.map((q) => q.questionId)).to.deep.equal(
      questionsFor(catalogue, 'complet', ['college']).map((q) => q.id),
    );
    expect(college.overall.total).to.equal(college.questions.length);
  });

  it('counts the kept answer again when a lycée level is ticked back', () => {
    const lycee = computeProfile(catalogue, answers, { levels: ['college', 'lycee-pro'] });
    const axis = lycee.axes.find((a) => a.axisId === 'orientation')!;
    expect(axis.score).to.equal(50);
    expect(lycee.answers).to.deep.equal(answers);
    expect(computeProfile(catalogue, answers, { levels: [] })).to.deep.equal(
      computeProfile(catalogue, answers),
    );
  });

  it('leaves the question out of a session for a collège: statistics, agenda and scores', () => {
    const team: Respondent[] = [
      { label: 'A', answers: { 'orientation-1': 1, 'orientation-2': 0 } },
      { label: 'B', answers: { 'orientation-1': 1, 'orientation-2': 3 } },
    ];
    const college = aggregateRespondents(catalogue, team, { levels: ['college'] });
    expect(college.questions.map((q) => q.questionId)).not.to.include('orientation-2');
    expect(college.divergences.map((d) => d.questionId)).not.to.include('orientation-2');
    expect(college.profile.levels).to.deep.equal(['college']);
    expect(college.axes.find((a) => a.axisId === 'orientation')?.score).to.be.closeTo(
      100 / 3,
      1e-9,
    );
    const lycee = aggregateRespondents(catalogue, team, { levels: ['lycee-gt'] });
    expect(lycee.divergences.map((d) => d.questionId)).to.include('orientation-2');
  });
});

describe('answers saved for a question the catalogue no longer has', () => {
  it('are read back, kept in the saved state, and counted nowhere', () => {
    // `accrocher-posture-1` (« Les adultes font preuve de bienveillance… ») was retired.
    const state = {
      ...createEmptyState(defaultCatalogue),
      answers: { 'accrocher-posture-1': 3, 'accrocher-posture-2': 1 } satisfies Answers,
    };
    const read = parseSavedState(JSON.parse(serializeState(state)));
    expect(read.answers).to.deep.equal(state.answers);
    const profile = computeProfile(defaultCatalogue, read.answers);
    expect(profile.answers).to.deep.equal({ 'accrocher-posture-2': 1 });
    expect(profile.overall.answered).to.equal(1);
  });
});
