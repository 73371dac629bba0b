import { describe, it } from 'node:test';
import { expect } from 'chai';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { questionsFor, type Answers } from '../../src/diagnostic/answers.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { ShareCodeError, decodeShareCode, encodeShareCode } from '../../src/share/index.js';

/** The default catalogue's question ids before the statements were reworded (December 2026). */
const PREVIOUS_QUESTION_IDS = [
  ...['integration', 'classes', 'familles'].flatMap((a) =>
    [1, 2].map((n) => `accueillir-${a}-${n}`),
  ),
  'accueillir-cadre-de-vie-1',
  'accueillir-cadre-de-vie-2',
  'accueillir-cadre-de-vie-3',
  'accueillir-appartenance-1',
  'accueillir-appartenance-2',
  ...[
    'vie-eleve',
    'lieu-de-vie',
    'projet',
    'individualiser',
    'innovation',
    'sens',
    'evaluation',
    'alternatives-sanction',
  ].flatMap((a) => [1, 2].map((n) => `accrocher-${a}-${n}`)),
  'accrocher-posture-1',
  'accrocher-posture-2',
  'accrocher-posture-3',
  'accrocher-reseau-1',
  'accrocher-reseau-2',
  ...[
    'posture',
    'suivi',
    'freins',
    'enseignants',
    'pedagogie',
    'orientation',
    'partenaires',
    'besoins',
    'prendre-soin',
  ].flatMap((a) => [1, 2].map((n) => `accompagner-${a}-${n}`)),
  'raccrocher-sens-1',
  'raccrocher-sens-2',
  'raccrocher-accompagner-1',
  'raccrocher-accompagner-2',
  'raccrocher-parcours-1',
  'raccrocher-parcours-2',
  'raccrocher-parcours-3',
  'raccrocher-resilience-1',
  'raccrocher-resilience-2',
];

describe('share codes and establishment levels', () => {
  const lyceeOnly = defaultCatalogue.questions.filter(
    (q) => q.levels && !q.levels.includes('college'),
  );

  it('encode every catalogue question, whatever the levels: a lycée-only answer travels too', () => {
    expect(lyceeOnly.length).to.be.at.least(1);
    const answers: Answers = Object.fromEntries(
      defaultCatalogue.questions.map((q, index) => [q.id, (index % 4) as 0 | 1 | 2 | 3]),
    );
    const code = encodeShareCode(defaultCatalogue, answers);
    // The code does not depend on the establishment: a collège and a lycée read the same answers.
    expect(decodeShareCode(defaultCatalogue, code)).to.deep.equal(answers);
  });

  it('a collège reading a lycée colleague’s code keeps the answer but does not count it', () => {
    const question = lyceeOnly[0]!;
    const code = encodeShareCode(defaultCatalogue, { [question.id]: 3 });
    const answers = decodeShareCode(defaultCatalogue, code);
    expect(answers).to.deep.equal({ [question.id]: 3 });
    const college = computeProfile(defaultCatalogue, answers, { levels: ['college'] });
    expect(college.overall.answered).to.equal(0);
    expect(college.overall.total).to.equal(
      questionsFor(defaultCatalogue, 'complet', ['college']).length,
    );
    const lycee = computeProfile(defaultCatalogue, answers, { levels: ['lycee-pro'] });
    expect(lycee.overall.answered).to.equal(1);
  });

  it('refuses a code made with the previous questions, with the clear French message', () => {
    expect(PREVIOUS_QUESTION_IDS).to.have.length(59);
    const previous = {
      id: defaultCatalogue.id,
      questions: PREVIOUS_QUESTION_IDS.map((id) => ({ id })),
    } as unknown as Parameters<typeof encodeShareCode>[0];
    const old = encodeShareCode(previous, { 'accrocher-posture-1': 3 });
    let error: unknown;
    try {
      decodeShareCode(defaultCatalogue, old);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(ShareCodeError);
    expect((error as ShareCodeError).reason).to.equal('catalogue');
    expect((error as ShareCodeError).message).to.equal(
      'Ce code a été créé avec un autre questionnaire (catalogue différent).',
    );
  });
});
