import { expect, fixture, html } from '@open-wc/testing';
import '../../components/results/perseverance-score-table.js';
import type { PerseveranceScoreTable } from '../../components/results/perseverance-score-table.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { sampleAnswers, smallCatalogue } from '../fixtures/small-catalogue.js';
import { messagesIn } from './context-fixture.js';

const catalogue = smallCatalogue();
const profile = computeProfile(catalogue, sampleAnswers(), { version: 'complet' });

async function mount() {
  const messages = await messagesIn('fr');
  return fixture<PerseveranceScoreTable>(
    html`<perseverance-score-table
      .profile=${profile}
      .messages=${messages}
    ></perseverance-score-table>`,
  );
}

/** Each body row as [header, score] text, spaces (a narrow no-break one before %) as plain. */
function rows(element: Element): string[][] {
  return [...element.shadowRoot!.querySelectorAll('tbody tr, tfoot tr')].map((row) =>
    [...row.querySelectorAll('th, td')]
      .slice(0, 2)
      .map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );
}

describe('<perseverance-score-table>', () => {
  it('is accessible: a captioned table with column and row headers', async () => {
    const element = await mount();
    await expect(element).to.be.accessible();
    const table = element.shadowRoot!.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.include('Scores par clé et par axe');
    expect(table.querySelectorAll('th[scope="col"]')).to.have.length(4);
    // On a phone the table scrolls within itself: a keyboard can reach and scroll it.
    const region = element.shadowRoot!.querySelector('[role="region"]')!;
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(region.getAttribute('aria-label')).to.include('Scores par clé');
    expect(table.querySelectorAll('tbody th[scope="row"], tfoot th[scope="row"]')).to.have.length(
      catalogue.keys.length + catalogue.axes.length + 1,
    );
  });

  it('shows the profile’s scores, each clé followed by its axes, then the overall score', async () => {
    const element = await mount();
    // Hand-computed in small-catalogue.ts.
    expect(rows(element)).to.deep.equal([
      ['Accueillir', '56 %'],
      ['Climat scolaire', '100 %'],
      ['Relations avec les familles', '11 %'],
      ['Accrocher', '50 %'],
      ['Vie de l’élève', '67 %'],
      ['Projet d’orientation', '33 %'],
      ['Accompagner', '22 %'],
      ['Suivi individualisé', '22 %'],
      ['Raccrocher', '50 %'],
      ['Prévention du décrochage', '50 %'],
      ['Score global', `${Math.round(profile.overall.score!)} %`],
    ]);
  });

  it('shows a new profile set by its owner, firing nothing', async () => {
    const element = await mount();
    const events: Event[] = [];
    for (const type of ['perseverance-change', 'perseverance-answer-change', 'change'])
      element.addEventListener(type, (event) => events.push(event));
    element.profile = computeProfile(catalogue, {}, { version: 'complet' });
    await element.updateComplete;
    expect(rows(element)[0]).to.deep.equal(['Accueillir', 'non évalué']);
    expect(events).to.deep.equal([]);
  });
});
