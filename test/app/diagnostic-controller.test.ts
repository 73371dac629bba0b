import { expect } from '@open-wc/testing';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { recommend } from '../../src/recommend/index.js';
import { parseSavedState } from '../../src/storage/saved-state.js';
import { DiagnosticController } from '../../components/app/diagnostic-controller.js';
import type { ControllerOptions, Recommender } from '../../components/app/diagnostic-controller.js';
import type { DiagnosticSnapshot } from '../../components/app/context.js';
import { createPlanActions } from '../../components/plan/plan-actions.js';
import { createSessionActions } from '../../components/session/session-actions.js';

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
  const causes: string[] = [];
  const instance = new DiagnosticController({
    catalogue: defaultCatalogue,
    storageKey: 'controller-test',
    storage: () => port,
    parseSavedState,
    layout: 'steps',
    presetLevels: ['college'],
    presetVersion: null,
    onChange: (snapshot, cause) => {
      snapshots.push(snapshot);
      causes.push(cause.type);
    },
    ...overrides,
  });
  /** What the store saved, read back as the next visit would. */
  const saved = () => parseSavedState(port.getItem('controller-test') ?? 'null');
  return { instance, snapshots, causes, saved };
}

const all = (value: 0 | 1 | 2 | 3) =>
  Object.fromEntries(defaultCatalogue.questions.map((question) => [question.id, value]));

describe('DiagnosticController', () => {
  it('bounds an establishment name set by script as the reader does, its bidi override closed: the save reads back whole', () => {
    const { instance, saved } = controller();
    instance.answer(defaultCatalogue.questions[0]!.id, 2);
    instance.updateContext({ establishmentName: `\u202E${'é'.repeat(300)}` });
    const name = saved().context.establishmentName!;
    expect(name.length).to.be.at.most(200);
    // No room to close it within 200 characters: the override goes.
    expect(name.includes('\u202E')).to.equal(false);
    expect(Object.keys(saved().answers)).to.have.length(1);
    instance.updateContext({ establishmentName: 'Collège \u202Eévitez' });
    expect(saved().context.establishmentName).to.equal('Collège \u202Eévitez\u202C');
  });

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
    instance.enable('session', createSessionActions);
    instance.session.start({ name: 'GPDS', version: 'complet' });
    const { added } = instance.session.takeTablet({ label: 'CPE' });
    expect(added.map((respondent) => respondent.label)).to.deep.equal(['CPE']);
    expect(instance.current.state.answers).to.deep.equal({});
    expect(instance.current.visitedSteps).to.deep.equal([]);
    expect(instance.current.step).to.equal(0);
  });

  describe('feature actions', () => {
    it('has no session or plan actions before their chunk registers them', () => {
      const { instance } = controller();
      expect(() => instance.session).to.throw(/chunk/);
      expect(() => instance.plan).to.throw(/chunk/);
    });

    it('session.addRespondents saves, publishes and reports who joined and who did not fit', () => {
      const { instance, snapshots, causes, saved } = controller({
        now: () => new Date('2027-03-10T17:00:00Z'),
      });
      instance.enable('session', createSessionActions);
      instance.session.start({ name: 'GPDS — mars 2027', version: 'court' });
      expect(saved().session?.createdAt).to.equal('2027-03-10T17:00:00.000Z');
      const before = snapshots.length;
      const report = instance.session.addRespondents(
        [
          { answers: all(2), source: 'code', role: 'cpe' },
          { answers: all(1), source: 'code' },
        ],
        { defaultLabel: (position) => `Membre ${position}` },
      );
      expect(report.added.map((r) => [r.id, r.label, r.role])).to.deep.equal([
        ['p1', 'Membre 1', 'cpe'],
        ['p2', 'Membre 2', undefined],
      ]);
      expect(report.refused).to.deep.equal([]);
      expect(report).to.not.have.property('state');
      // Published once, with the cause of a domain update, and saved as published.
      expect(snapshots.length).to.equal(before + 1);
      expect(causes.at(-1)).to.equal('update');
      const published = snapshots.at(-1)!.state.session!.respondents;
      expect(published.map((r) => r.label)).to.deep.equal(['Membre 1', 'Membre 2']);
      expect(saved().session!.respondents).to.deep.equal(published);
    });

    it('session.removeRespondent reports what it removed, for restoreRespondent to undo', () => {
      const { instance, saved } = controller();
      instance.enable('session', createSessionActions);
      instance.session.start({ name: 'GPDS', version: 'complet' });
      instance.session.addRespondents([
        { label: 'A', answers: all(0), source: 'code' },
        { label: 'B', answers: all(3), source: 'code' },
      ]);
      const removed = instance.session.removeRespondent('p1');
      expect(removed?.index).to.equal(0);
      expect(removed?.respondent.label).to.equal('A');
      expect(saved().session!.respondents.map((r) => r.label)).to.deep.equal(['B']);
      expect(instance.session.removeRespondent('p1')).to.equal(null);
      instance.session.restoreRespondent(removed!.respondent, removed!.index);
      expect(saved().session!.respondents.map((r) => r.label)).to.deep.equal(['A', 'B']);
    });

    it('a transition that changes nothing neither saves nor publishes', () => {
      const { instance, snapshots } = controller();
      instance.enable('session', createSessionActions);
      const before = snapshots.length;
      // No session: nothing to rename, nobody to add.
      instance.session.rename('Autre nom');
      const report = instance.session.addRespondents([{ answers: all(1), source: 'code' }]);
      expect(report.added).to.deep.equal([]);
      expect(report.refused).to.have.length(1);
      expect(snapshots.length).to.equal(before);
      expect(instance.current.savedAt).to.equal(null);
    });

    it('plan.putEntry and plan.setDate save and publish the plan', () => {
      const { instance, snapshots, saved } = controller();
      instance.enable('plan', createPlanActions);
      const id = defaultCatalogue.fiches[0]!.id;
      instance.plan.putEntry({
        id,
        kind: 'fiche',
        pilot: '  Mme Martin',
        publics: ['eleves'],
        dates: ['2027-04-14', 'pas une date'],
        ticks: [],
      });
      instance.plan.setDate('weekStart', '2027-04-12');
      const plan = snapshots.at(-1)!.state.plan!;
      expect(plan.weekStart).to.equal('2027-04-12');
      expect(plan.entries).to.have.length(1);
      // Normalised by the transition: only real dates are kept.
      expect(plan.entries[0]!.dates).to.deep.equal(['2027-04-14']);
      expect(saved().plan).to.deep.equal(plan);
      instance.plan.setDate('weekStart', undefined);
      expect(saved().plan?.weekStart).to.equal(undefined);
    });

    it('keeps the session view in the snapshot, not in the save; ticks belong to one session', () => {
      let clock = Date.parse('2027-03-10T17:00:00Z');
      const { instance, causes, saved } = controller({ now: () => new Date((clock += 1000)) });
      instance.enable('session', createSessionActions);
      instance.session.start({ name: 'GPDS', version: 'complet' });
      instance.session.showSection('discuss');
      instance.session.setProjector(true);
      instance.session.tickStep(2, true);
      instance.session.tickStep(0, true);
      expect(causes.at(-1)).to.equal('session-ui');
      const ui = instance.current.sessionUi;
      expect(ui.section).to.equal('discuss');
      expect(ui.projector).to.equal(true);
      expect(ui.ticks).to.deep.equal([0, 2]);
      expect(ui.ticksFor).to.equal(instance.current.state.session!.createdAt);
      // Leaving the view and coming back keeps it (the tablet goes through the questionnaire).
      instance.goTo('questionnaire');
      instance.goTo('session');
      expect(instance.current.sessionUi).to.deep.equal(ui);
      expect(JSON.stringify(saved())).to.not.include('projector');
      instance.session.tickStep(2, false);
      expect(instance.current.sessionUi.ticks).to.deep.equal([0]);
      // A new session starts with an unticked script.
      instance.session.start({ name: 'GPDS 2', version: 'complet' });
      instance.session.tickStep(1, true);
      expect(instance.current.sessionUi.ticks).to.deep.equal([1]);
    });
  });
});
