import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { questionsFor, type Answers } from '../../src/diagnostic/answers.js';
import type { PerseveranceRadar } from '../../components/results/perseverance-radar.js';
import {
  answerAllVisible,
  click,
  currentView,
  deepActiveElement,
  deepQuery,
  deepQueryAll,
  mountWidget,
  settle,
  until,
  within,
  JOURNEY_TIMEOUT,
} from './helpers.js';

const KEY_COUNT = defaultCatalogue.keys.length;

describe('<perseverance-diagnostic> journey', function () {
  this.timeout(JOURNEY_TIMEOUT);
  it('shows the welcome view with the privacy line; the whole widget passes axe', async () => {
    const widget = await mountWidget();
    expect(currentView(widget)?.localName).to.equal('perseverance-welcome');
    const text = currentView(widget)!.shadowRoot!.textContent ?? '';
    expect(text).to.include('Rien n’est envoyé');
    expect(text).to.include(`${defaultCatalogue.questions.length} questions`);
    expect(text).to.include('Choisissez au moins un type d’établissement');
    // The one axe check of the whole widget (nav, footer, notices): the others are per view.
    await expect(widget).to.be.accessible();
  });

  it('completes a full diagnostic by clicking, then shows a profile that matches the answers', async () => {
    const widget = await mountWidget({ levels: 'college' });
    const completes: Event[] = [];
    const changes: Event[] = [];
    widget.addEventListener('perseverance-complete', (event) => completes.push(event));
    widget.addEventListener('perseverance-change', (event) => changes.push(event));
    await click(widget, 'Commencer');
    for (let step = 0; step < KEY_COUNT; step += 1) {
      const heading = within(widget, 'perseverance-questionnaire', 'h2')[0]!;
      expect(heading.textContent).to.include(`Étape ${step + 1} sur ${KEY_COUNT}`);
      await until(
        () => deepActiveElement() === heading,
        `focus on the heading of step ${step + 1}`,
      );
      // ACCUEILLIR weak (level 0), the rest strong (level 3).
      await answerAllVisible(widget, () => (step === 0 ? 0 : 3));
      await click(widget, step === KEY_COUNT - 1 ? 'Voir le profil' : 'Clé suivante');
    }
    // A collège is not asked the lycée-only questions.
    expect(changes).to.have.length(questionsFor(defaultCatalogue, 'complet', ['college']).length);
    await until(
      () => currentView(widget)?.localName === 'perseverance-profile',
      'the profile view',
    );
    // « complete » carries recommendations: it fires once their chunk has loaded, not on the click.
    await until(() => completes.length > 0, 'the complete event');
    await settle(widget);
    expect(completes).to.have.length(1);
    const expected = computeProfile(defaultCatalogue, widget.answers, {
      version: 'complet',
      levels: ['college'],
    });
    expect(widget.profile?.keys.map((key) => key.score)).to.deep.equal(
      expected.keys.map((key) => key.score),
    );
    expect(expected.keys[0]!.score).to.equal(0);
    const weaknesses = deepQuery(widget, 'perseverance-profile').shadowRoot!.textContent!;
    expect(weaknesses).to.include(expected.weaknesses[0]!.label);
  });

  it('draws the four clés on a radar, each named with its score, and a table that agrees', async () => {
    const widget = await mountWidget();
    await click(widget, 'Commencer');
    await answerAllVisible(widget, (index) => index % 4);
    await click(widget, 'Profil');
    await until(() => deepQueryAll(widget, 'perseverance-radar').length === 1, 'the radar');
    const radar = deepQuery<PerseveranceRadar>(widget, 'perseverance-radar');
    await until(() => radar.chartInstance !== null, 'chart.js to draw');
    const profile = widget.profile!;
    const drawn = radar.chartInstance!.data.datasets[0]!.data as number[];
    expect(drawn.map((value) => (Number.isNaN(value) ? null : value))).to.deep.equal(
      profile.keys.map((key) => key.score),
    );
    // No numbered spoke to look up: each clé's name carries its value.
    const text = (l: unknown) => [l].flat().join(' ').replace(/\s+/g, ' ');
    expect(radar.chartInstance!.data.labels!.map(text)).to.deep.equal(
      profile.keys.map((key) =>
        text(`${key.label} ${key.score === null ? 'non évalué' : `${Math.round(key.score)} %`}`),
      ),
    );
    const canvas = radar.shadowRoot!.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.include('Score global');
    expect(canvas.width).to.be.greaterThan(0);
    await click(widget, 'Afficher le tableau');
    const rows = within<HTMLTableRowElement>(
      widget,
      'perseverance-score-table',
      'tbody tr:not(.key-row)',
    );
    expect(rows).to.have.length(profile.axes.length);
    profile.axes.forEach((axis, index) => {
      const cells = rows[index]!.querySelectorAll('th, td');
      expect(cells[0]!.textContent!.trim()).to.equal(axis.label);
      const shown = axis.score === null ? 'non évalué' : `${Math.round(axis.score)} %`;
      // Percentages carry a narrow no-break space: compared as plain spaces.
      expect(cells[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(shown);
    });
    const table = within(widget, 'perseverance-score-table', 'table')[0]!;
    expect(table.querySelector('caption')).to.exist;
    expect(table.querySelectorAll('th[scope="col"]').length).to.be.greaterThan(2);
    await expect(currentView(widget)).to.be.accessible();
  });

  it('updates the profile and recommendations when an answer changes', async () => {
    const widget = await mountWidget({ levels: 'college' });
    await click(widget, 'Commencer');
    await answerAllVisible(widget, () => 3);
    const before = widget.profile!.keys[0]!.score;
    const firstQuestion = deepQuery(widget, 'perseverance-question');
    firstQuestion.querySelectorAll<HTMLInputElement>('input')[0]!.click();
    await settle(widget);
    const after = widget.profile!.keys[0]!.score;
    expect(after).to.be.lessThan(before!);
    await click(widget, 'Recommandations');
    await until(
      () => deepQueryAll(widget, 'perseverance-recommendation-card').length > 0,
      'recommendation cards',
    );
    const titles = deepQueryAll(widget, 'perseverance-recommendation-card').map(
      (card) => card.shadowRoot!.querySelector('h3')!.textContent,
    );
    expect(titles.length).to.be.greaterThan(0);
  });

  it('restores answers and step after a reload', async () => {
    const key = `perseverance-reload-${Date.now()}`;
    const first = await mountWidget({}, key);
    await click(first, 'Commencer');
    await answerAllVisible(first, () => 2);
    await click(first, 'Clé suivante');
    const saved = first.answers;
    first.remove();
    const second = await mountWidget({}, key);
    expect(second.answers).to.deep.equal(saved);
    const welcome = currentView(second)!.shadowRoot!.textContent!;
    expect(welcome).to.include('Un diagnostic est en cours');
    await click(second, 'Reprendre');
    expect(within(second, 'perseverance-questionnaire', 'h2')[0]!.textContent).to.include(
      `Étape 2 sur ${KEY_COUNT}`,
    );
  });

  it('completes the short version with the keyboard only', async () => {
    const widget = await mountWidget({ version: 'court' });
    const start = deepQueryAll<HTMLButtonElement>(widget, 'button').find((b) =>
      b.textContent?.includes('Commencer'),
    )!;
    start.focus();
    await sendKeys({ press: 'Enter' });
    await settle(widget);
    let guard = 0;
    while (currentView(widget)?.localName === 'perseverance-questionnaire' && guard < 600) {
      guard += 1;
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement() as HTMLElement | null;
      if (active instanceof HTMLInputElement && active.type === 'radio' && !active.checked) {
        await sendKeys({ press: 'Space' });
      } else if (
        active instanceof HTMLButtonElement &&
        /Clé suivante|Voir le profil/.test(active.textContent ?? '')
      ) {
        await sendKeys({ press: 'Enter' });
        await settle(widget);
      }
    }
    await until(
      () => currentView(widget)?.localName === 'perseverance-profile',
      'the profile after keyboard use',
    );
    const core = defaultCatalogue.questions.filter((question) => question.core).length;
    expect(Object.keys(widget.answers)).to.have.length(core);
    expect(widget.profile!.status).to.equal('complete');
  });

  it('highlights unanswered questions after leaving a step, without blocking', async () => {
    const widget = await mountWidget();
    await click(widget, 'Commencer');
    await click(widget, 'Clé suivante');
    expect(within(widget, 'perseverance-questionnaire', 'h2')[0]!.textContent).to.include(
      'Étape 2',
    );
    await click(widget, 'Clé précédente');
    const flagged = deepQueryAll(widget, 'perseverance-question[flagged]');
    expect(flagged.length).to.be.greaterThan(0);
    expect(deepQuery(widget, 'perseverance-questionnaire').shadowRoot!.textContent).to.include(
      'sans réponse',
    );
  });

  it('renders every fiche field in the fiche view and keeps a fiche for this year', async () => {
    const widget = await mountWidget({ levels: 'college' });
    const selections: CustomEvent[] = [];
    widget.addEventListener('perseverance-selection-change', (event) =>
      selections.push(event as CustomEvent),
    );
    await click(widget, 'Commencer');
    await answerAllVisible(widget, () => 0);
    await click(widget, 'Recommandations');
    await until(() => deepQueryAll(widget, 'perseverance-recommendation-card').length > 0, 'cards');
    const card = deepQueryAll(widget, 'perseverance-recommendation-card').find((c) =>
      c.shadowRoot!.querySelector('button')?.textContent?.includes('Voir la fiche'),
    )!;
    card.shadowRoot!.querySelector<HTMLInputElement>('input#retain')!.click();
    await settle(widget);
    expect(selections).to.have.length(1);
    card.shadowRoot!.querySelector('button')!.click();
    await settle(widget);
    await until(() => currentView(widget)?.localName === 'perseverance-fiche', 'the fiche view');
    await settle(widget);
    const fiche = defaultCatalogue.fiches.find(
      (f) => f.title === within(widget, 'perseverance-fiche', 'h2')[0]!.textContent,
    )!;
    expect(fiche).to.exist;
    const text = deepQuery(widget, 'perseverance-fiche').shadowRoot!.textContent!;
    for (const item of [
      ...fiche.objectifs,
      ...fiche.organisation,
      ...fiche.pilotage,
      ...fiche.reussite,
    ]) {
      expect(text).to.include(item);
    }
    expect(
      within<HTMLInputElement>(widget, 'perseverance-fiche', 'input#retain')[0]!.checked,
    ).to.equal(true);
    await until(
      () => deepActiveElement() === within(widget, 'perseverance-fiche', 'h2')[0],
      'focus on the fiche title',
    );
    await expect(currentView(widget)).to.be.accessible();
  });

  it('shows each axis’s modalités once the built-in catalogue’s content has come', async () => {
    const widget = await mountWidget();
    await click(widget, 'Commencer');
    // The modalités wait with the fiches (out of the first view), prefetched after « Commencer ».
    const summaries = () =>
      within(widget, 'perseverance-questionnaire', 'details summary').filter(
        (summary) => summary.textContent!.trim() === 'Modalités de mise en œuvre',
      );
    await until(() => summaries().length > 0, 'the modalités');
    const questionnaire = currentView(widget)!;
    const firstAxis = questionnaire.shadowRoot!.querySelector('section.axis')!;
    const practices = [...firstAxis.querySelectorAll('details li')].map((li) => li.textContent);
    expect(practices).to.deep.equal(defaultCatalogue.axes[0]!.practices);
    await expect(questionnaire).to.be.accessible();
  });

  it('lists resources with safe new-tab links', async () => {
    const widget = await mountWidget();
    await click(widget, 'Commencer');
    // Two keys answered: resources need a quarter of the questions with a known answer.
    await answerAllVisible(widget, () => 0);
    await click(widget, 'Clé suivante');
    await answerAllVisible(widget, () => 0);
    await click(widget, 'Ressources');
    await until(() => currentView(widget)?.localName === 'perseverance-resources', 'resources');
    await settle(widget);
    // Web links open in a new tab; the catalogue's contact is a mailto: link (checked below).
    const all = within<HTMLAnchorElement>(widget, 'perseverance-resources', 'a');
    const links = all.filter((link) => link.protocol !== 'mailto:');
    expect(
      all.filter((link) => link.protocol === 'mailto:').map((link) => link.href),
    ).to.deep.equal(['mailto:ce.saio-decrochage@ac-creteil.fr']);
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.protocol).to.match(/^https?:$/);
    }
    await expect(currentView(widget)).to.be.accessible();
  });

  it('never fires change events on programmatic changes or on load', async () => {
    const widget = await mountWidget();
    const seen: string[] = [];
    for (const name of [
      'perseverance-change',
      'perseverance-complete',
      'perseverance-selection-change',
    ]) {
      widget.addEventListener(name, () => seen.push(name));
    }
    const answers: Answers = Object.fromEntries(defaultCatalogue.questions.map((q) => [q.id, 2]));
    const exported = JSON.parse(widget.exportDiagnostic());
    exported.state.answers = answers;
    await widget.importDiagnostic(exported);
    await settle(widget);
    widget.reset();
    await settle(widget);
    expect(seen).to.deep.equal([]);
  });
});
