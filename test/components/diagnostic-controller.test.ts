import { expect } from '@open-wc/testing';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { recommend } from '../../src/recommend/index.js';
import { parseSavedState } from '../../src/storage/saved-state.js';
import { DiagnosticController } from '../../components/app/diagnostic-controller.js';
import type { ControllerOptions, Recommender } from '../../components/app/diagnostic-controller.js';
import type { DiagnosticSnapshot } from '../../components/app/context.js';

function memoryPort() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function controller(overrides: Partial<ControllerOptions> = {}) {
  const port = memoryPort();
  const snapshots: DiagnosticSnapshot[] = [];
  const instance = new DiagnosticController({
    catalogue: defaultCatalogue,
    storageKey: 'controller-test',
    storage: () => port,
    parseSavedState,
    layout: 'steps',
    presetLevels: ['college'],
    presetVersion: null,
    onChange: (snapshot) => snapshots.push(snapshot),
    ...overrides,
  });
  return { instance, snapshots };
}

describe('DiagnosticController', () => {
  it('starts on the questionnaire with layout "page", on the welcome view otherwise', () => {
    expect(controller({ layout: 'page' }).instance.current.view).to.equal('questionnaire');
    expect(controller().instance.current.view).to.equal('welcome');
  });

  it('reports a save only once one happened: not for views that save nothing', () => {
    let clock = Date.parse('2026-11-22T09:00:00Z');
    const { instance } = controller({ now: () => new Date((clock += 60_000)) });
    expect(instance.current.savedAt).to.equal(null);
    instance.goTo('resources');
    instance.notify({ id: 'n', tone: 'info', message: 'Information' });
    instance.dismissNotice('n');
    expect(instance.current.savedAt).to.equal(null);
    instance.start();
    expect(instance.current.savedAt).to.equal('2026-11-22T09:01:00.000Z');
    instance.answer(defaultCatalogue.questions[0]!.id, 2);
    expect(instance.current.savedAt).to.equal('2026-11-22T09:02:00.000Z');
    expect(instance.current.state.savedAt).to.equal(instance.current.savedAt);
    instance.goTo('resources');
    expect(instance.current.savedAt).to.equal('2026-11-22T09:02:00.000Z');
  });

  it('ranks recommendations when they are read, not on every answer', () => {
    const { instance } = controller();
    let calls = 0;
    const counting: Recommender = (...args) => {
      calls += 1;
      return recommend(...args);
    };
    instance.enableRecommendations(counting, defaultCatalogue);
    const questions = defaultCatalogue.questions.slice(0, 10);
    for (const question of questions) instance.answer(question.id, 0);
    expect(calls).to.equal(0);
    const first = instance.current.recommendations;
    expect(first.length).to.be.greaterThan(0);
    expect(instance.current.recommendations).to.equal(first);
    expect(calls).to.equal(1);
    instance.answer(questions[0]!.id, 3);
    expect(calls).to.equal(1);
    expect(instance.current.recommendations).to.not.equal(first);
    expect(calls).to.equal(2);
  });

  it('ranks against the establishment context: a new context gives new recommendations', () => {
    const { instance } = controller();
    instance.enableRecommendations(recommend, defaultCatalogue);
    for (const question of defaultCatalogue.questions) instance.answer(question.id, 0);
    const before = instance.current.recommendations;
    instance.updateContext({ levels: ['lycee-pro'] });
    const after = instance.current.recommendations;
    expect(after).to.not.equal(before);
    expect(after).to.deep.equal(
      recommend(defaultCatalogue, instance.current.profile, instance.current.establishment, {
        limit: 40,
      }),
    );
  });

  it('clears the unanswered flags when a transition empties the answers (passer la tablette)', () => {
    const { instance } = controller();
    instance.start();
    instance.answer(defaultCatalogue.questions[0]!.id, 2);
    instance.goToStep(1);
    instance.goToStep(2);
    expect(instance.current.visitedSteps).to.deep.equal([0, 1]);
    instance.update((state) => ({ ...state, answers: {} }));
    expect(instance.current.visitedSteps).to.deep.equal([]);
    expect(instance.current.step).to.equal(0);
  });
});
