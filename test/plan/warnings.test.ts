import { describe, it } from 'node:test';
import { expect } from 'chai';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { planItems, planWarnings, type PlanDates } from '../../src/plan/index.js';
import { createEmptyState } from '../../src/storage/index.js';
import { planEn } from '../../components/i18n/plan-en.js';
import { planFr } from '../../components/i18n/plan-fr.js';

const dates: PlanDates = { weekStart: '2019-04-15', weekEnd: '2019-04-20', deadline: '2019-03-28' };
const state = {
  ...createEmptyState(defaultCatalogue, {
    selection: { retained: ['conseil-de-progres', 'fete-des-reussites'], done: [] },
  }),
  plan: {
    entries: [
      {
        id: 'fete-des-reussites',
        kind: 'fiche' as const,
        pilot: '',
        publics: [],
        dates: ['2019-04-18'],
        ticks: [],
      },
    ],
    drafts: [],
  },
};
const items = planItems(state, defaultCatalogue);
// conseil-de-progres: 6 weeks (the tool's estimate) before 15 April → 4 March;
// fete-des-reussites: from the start of the school year (its fiche: « retro-planning à définir en
// début d'année »), 1 September 2018, to its strong moment on 18 April.
const codes = (today: string) =>
  planWarnings(items, dates, today).map((w) => (w.code === 'lead-time' ? w.itemId : w.code));

describe('plan: warnings for an injected today', () => {
  const table: [string, string[]][] = [
    ['2018-09-01', []],
    ['2018-09-02', ['fete-des-reussites']],
    ['2019-01-10', ['fete-des-reussites']],
    ['2019-03-04', ['fete-des-reussites']],
    ['2019-03-05', ['conseil-de-progres', 'fete-des-reussites']],
    ['2019-03-28', ['conseil-de-progres', 'fete-des-reussites']],
    ['2019-03-29', ['deadline-passed', 'conseil-de-progres', 'fete-des-reussites']],
    ['2019-04-16', ['deadline-passed', 'fete-des-reussites']],
    ['2019-04-20', ['deadline-passed']],
    ['2019-04-21', []],
  ];
  for (const [today, expected] of table) {
    it(`on ${today}: ${expected.join(', ') || 'none'}`, () => {
      expect(codes(today)).to.deep.equal(expected);
    });
  }

  it('says what is late, as data the interface words in French or English', () => {
    const [deadline, lead] = planWarnings(items, dates, '2019-03-29');
    expect(lead).to.deep.include({
      code: 'lead-time',
      weeks: 6,
      basis: 'estimate',
      moment: '2019-04-15',
    });
    expect(planFr.warning(deadline!)).to.equal(
      'La date limite de déclaration des actions (28 mars 2019) est passée : contactez l’académie pour déclarer une action en retard.',
    );
    expect(planFr.warning(lead!)).to.equal(
      `« ${items[0]!.title} » : 6 semaines de préparation (estimation de l’outil) avant son temps fort du 15 avril 2019 : il fallait commencer le 4 mars 2019.`,
    );
    expect(planEn.warning(lead!)).to.equal(
      `“${items[0]!.title}”: 6 weeks of preparation (the tool’s estimate) before its highlight on 15 April 2019: it should have started on 4 March 2019.`,
    );
    expect(planEn.warning({ ...lead!, weeks: 1 } as typeof lead)).to.include(': 1 week of');
    expect(planFr.warning({ ...lead!, weeks: 1 } as typeof lead)).to.include(' : 1 semaine de');
    expect(planFr.warning({ ...lead!, basis: 'team' } as typeof lead)).to.include(
      '(prévues par l’équipe)',
    );
  });

  it('says when the preparation starts with the school year because the fiche says so', () => {
    const fete = planWarnings(items, dates, '2019-01-10').find(
      (w) => w.code === 'lead-time' && w.itemId === 'fete-des-reussites',
    )!;
    expect(fete).to.deep.include({ basis: 'source', start: '2018-09-01', moment: '2019-04-18' });
    expect(planFr.warning(fete)).to.equal(
      'D’après sa fiche, « Fête des réussites » se prépare dès le début de l’année scolaire (le 1er septembre 2018, rentrée estimée par l’outil) ; son temps fort est le 18 avril 2019.',
    );
    expect(planEn.warning(fete)).to.include('According to its sheet, “Fête des réussites”');
  });
});
