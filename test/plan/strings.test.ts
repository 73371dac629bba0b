import { describe, it } from 'node:test';
import { expect } from 'chai';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { planEn } from '../../components/i18n/plan-en.js';
import { planFr } from '../../components/i18n/plan-fr.js';

const [guide2021, guide2022] = defaultCatalogue.guides;

describe('plan strings: estimates, timing and sources said as such', () => {
  it('labels the tool’s estimate, the team’s number and the source’s date apart', () => {
    const a = planFr.action;
    const inWeek = { moment: 'semaine' } as const;
    const fromYear = { moment: 'semaine', preparation: 'debut-annee' } as const;
    expect(a.leadTimeHint('estimate', 4, inWeek)).to.equal(
      'Estimation de l’outil : 4 semaines (aucune source ne donne de durée). Changez-la selon votre équipe.',
    );
    expect(a.leadTimeHint('team', 4, inWeek)).to.equal(
      'Nombre choisi par l’équipe ; videz le champ pour revenir à l’estimation de l’outil (4 semaines).',
    );
    expect(a.leadTimeHint('source', 32, fromYear)).to.contain(
      'D’après la fiche, la préparation commence en début d’année scolaire',
    );
    expect(a.leadTimeHint('source', 32, { moment: 'annee' })).to.contain('l’action commence');
    expect(a.leadTimeValue(1, 'estimate')).to.equal('1 semaine (estimation de l’outil)');
    expect(a.leadTimeValue(6, 'team')).to.equal('6 semaines (choix de l’équipe)');
    expect(planEn.action.leadTimeHint('estimate', 1, inWeek)).to.equal(
      'The tool’s estimate: 1 week (no source gives a duration). Change it to suit your team.',
    );
    expect(planEn.action.leadTimeValue(2, 'estimate')).to.equal('2 weeks (the tool’s estimate)');
  });

  it('says when an action happens, in both languages', () => {
    for (const t of [planFr, planEn])
      for (const moment of ['semaine', 'rentree', 'annee'] as const) {
        expect(t.action.timing[moment], moment).to.be.a('string').and.not.equal('');
        expect(t.action.momentsHint(moment), moment).to.be.a('string');
      }
    expect(planFr.action.timing.rentree).to.contain('hors de la Semaine');
    expect(planFr.action.timingDefault).to.contain('choix par défaut de l’outil');
    expect(planEn.action.timingDefault).to.contain('the tool’s default');
    expect(planFr.action.momentsHint('rentree')).to.contain('le 1er septembre suivant');
    expect(planEn.action.timing.rentree).to.contain('outside the Week');
  });

  it('names each fiche méthode by its own source, and the checklist by its guide', () => {
    expect(planFr.guides.source(guide2021!.source)).to.equal(
      'Source : Fiche méthode n° 1, Mode d’emploi de la 7e semaine de la persévérance scolaire, académie de Créteil (2021)',
    );
    expect(planFr.guides.source(guide2022!.source)).to.match(
      /^Source : Fiche méthode, Communiquer, valoriser une action — .*, académie de Créteil \(2022\)$/,
    );
    expect(planFr.guides.source({ document: 'Sans date' })).to.equal('Source : Sans date');
    expect(planEn.guides.source(guide2021!.source)).to.match(/^Source: Method sheet no\. 1, /);
    expect(planFr.action.checklist('Communiquer, valoriser une action', 2022, 1, 15)).to.equal(
      'Liste de la fiche méthode « Communiquer, valoriser une action » (2022) : 1 sur 15',
    );
    expect(planFr.guides.note('Fiche méthode n°4, citée mais non fournie.')).to.equal(
      'Note de l’outil : Fiche méthode n°4, citée mais non fournie.',
    );
  });
});
