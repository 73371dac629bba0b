import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  planIssueMessage,
  validateDraft,
  validatePlanDates,
  type DraftValues,
} from '../../src/plan/index.js';

const good = { weekStart: '2026-04-13', weekEnd: '2026-04-18', deadline: '2026-03-26' };

describe('plan: date validation', () => {
  it('accepts a week in spring with a deadline before it', () => {
    expect(validatePlanDates(good)).to.deep.equal([]);
    expect(validatePlanDates({ ...good, weekEnd: good.weekStart })).to.deep.equal([]);
    expect(validatePlanDates({ ...good, deadline: '2026-04-12' })).to.deep.equal([]);
  });

  const table: [string, Partial<typeof good>, string, string][] = [
    [
      'an end before the start',
      { weekEnd: '2026-04-10' },
      'weekEnd',
      'Fin de la semaine : le 10 avril 2026 est avant le début de la semaine (13 avril 2026).',
    ],
    [
      'a deadline after the week',
      { deadline: '2026-04-20' },
      'deadline',
      'Date limite de déclaration des actions : le 20 avril 2026 n’est pas avant la semaine de la persévérance, qui commence le 13 avril 2026.',
    ],
    [
      'a deadline on the first day of the week',
      { deadline: '2026-04-13' },
      'deadline',
      'Date limite de déclaration des actions : le 13 avril 2026 n’est pas avant la semaine de la persévérance, qui commence le 13 avril 2026.',
    ],
    [
      'a week of three weeks',
      { weekEnd: '2026-05-03' },
      'weekEnd',
      'Fin de la semaine : la semaine durerait 21 jours ; 14 au maximum.',
    ],
    ['an empty start', { weekStart: '' }, 'weekStart', 'Début de la semaine : indiquez une date.'],
    [
      'a day that does not exist',
      { deadline: '2026-02-30' },
      'deadline',
      'Date limite de déclaration des actions : cette date n’existe pas (jour, mois, année).',
    ],
  ];
  for (const [name, change, field, message] of table) {
    it(`reports ${name} at ${field}`, () => {
      const issues = validatePlanDates({ ...good, ...change });
      expect(issues).to.have.length(1);
      expect(issues[0]!.field).to.equal(field);
      expect(planIssueMessage(issues[0]!)).to.equal(message);
    });
  }

  it('reports every field that is wrong, each at its place', () => {
    const issues = validatePlanDates({
      weekStart: '2026-04-13',
      weekEnd: '2026-04-01',
      deadline: '2026-05-01',
    });
    expect(issues.map((issue) => [issue.field, issue.code])).to.deep.equal([
      ['weekEnd', 'end-before-start'],
      ['deadline', 'deadline-after-week'],
    ]);
  });
});

describe('plan: drafted fiche validation', () => {
  const draft: DraftValues = {
    titre: 'Café des parents',
    organisation: '',
    objectifs: '',
    publics: '',
    pilotage: '',
    reussite: '',
    valoriser: '',
  };

  it('needs a title and nothing else', () => {
    expect(validateDraft(draft, 2000)).to.deep.equal([]);
    for (const titre of ['', '   ', '\n']) {
      const issues = validateDraft({ ...draft, titre, objectifs: 'Gardé' }, 2000);
      expect(issues).to.deep.equal([{ field: 'titre', code: 'required' }]);
      expect(planIssueMessage(issues[0]!)).to.equal(
        'Titre de l’action : donnez un titre à la fiche pour l’enregistrer.',
      );
    }
  });

  it('names a field that is too long', () => {
    const issues = validateDraft({ ...draft, reussite: 'x'.repeat(2001) }, 2000);
    expect(planIssueMessage(issues[0]!)).to.equal(
      'Éléments clés de réussite : texte trop long (2000 caractères au maximum).',
    );
    expect(validateDraft({ ...draft, titre: 'x'.repeat(201) }, 2000)[0]).to.deep.equal({
      field: 'titre',
      code: 'too-long',
      max: 200,
    });
  });
});
