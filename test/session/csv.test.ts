import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import type { AnswerValue, Answers } from '../../src/diagnostic/answers.js';
import { aggregateRespondents } from '../../src/session/aggregate.js';
import { BOM, csvCell, sessionCsv } from '../../src/session/csv.js';
import { sessionFr } from '../../components/i18n/session-fr.js';
import type { Respondent } from '../../src/session/types.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';
import { answersArbitrary } from '../fixtures/answers-arbitrary.js';
import { parseCsv } from '../fixtures/csv-reader.mjs';
import { numRuns } from '../fast-check-runs.js';

const labels = sessionFr.report.csvLabels;

const catalogue = smallCatalogue();
const number = (cell: string) => Number(cell.replace(',', '.'));

/** Reads the respondents' section back into answers, as a spreadsheet user would see them. */
function answersBack(rows: string[][]): { label: string; role: string; answers: Answers }[] {
  const [header, ...rest] = rows;
  const end = rest.findIndex((r) => r.length === 1 && r[0] === '');
  const byText = new Map(catalogue.questions.map((q) => [q.text, q.id]));
  return rest.slice(0, end).map(([label, role, ...values]) => {
    const answers: Record<string, AnswerValue> = {};
    values.forEach((v, i) => {
      const id = byText.get(header![i + 2]!)!;
      if (v === 'Je ne sais pas') answers[id] = 'unknown';
      else if (v !== '') answers[id] = Number(v) as AnswerValue;
    });
    return { label: label!, role: role!, answers };
  });
}

describe('session CSV', () => {
  const team: Respondent[] = [
    { label: 'CPE', role: 'CPE', answers: { 'climat-1': 3, 'familles-1': 'unknown' } },
    { label: 'Prof; "principal"', role: '=HYPERLINK("x")', answers: { 'climat-1': 0 } },
    { label: 'Direction', answers: { 'climat-1': 2, 'climat-2': 1 } },
  ];
  const summary = aggregateRespondents(catalogue, team);
  const text = sessionCsv(catalogue, team, summary, { labels });

  it('is UTF-8 with a BOM, `;`-separated, CRLF, headed by the questions’ text', () => {
    expect(text.startsWith(BOM)).to.equal(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]!.slice(0, 3)).to.deep.equal([
      'Participant',
      'Rôle',
      catalogue.questions[0]!.text,
    ]);
    expect(rows[0]).to.have.length(2 + catalogue.questions.length);
    expect(
      text
        .slice(1)
        .split('\r\n')
        .every((line) => !line.includes('\n')),
    ).to.equal(true);
  });

  it('reads back to the same answers, with quotes and a formula-looking role kept as text', () => {
    const back = answersBack(parseCsv(text.slice(1)));
    expect(back.map((r) => r.answers)).to.deep.equal(team.map((r) => r.answers));
    expect(back[1]!.label).to.equal('Prof; "principal"');
    expect(back[1]!.role).to.equal(`'=HYPERLINK("x")`);
    expect(back[2]!.role).to.equal('');
  });

  it('gives the team’s per-key and per-axis mean, min and max with a decimal comma', () => {
    const rows = parseCsv(text.slice(1));
    const start = rows.findIndex((r) => r[0] === 'Niveau');
    expect(rows[start]).to.deep.equal([
      'Niveau',
      'Intitulé',
      'Score moyen (sur 100)',
      'Minimum',
      'Maximum',
      'Participants avec un score',
    ]);
    const climat = rows.find((r) => r[0] === 'Axe' && r[1] === summary.axes[0]!.label)!;
    const axis = summary.axes[0]!;
    expect(number(climat[2]!)).to.be.closeTo(axis.score!, 0.05);
    expect(number(climat[3]!)).to.be.closeTo(axis.min!, 0.05);
    expect(number(climat[4]!)).to.be.closeTo(axis.max!, 0.05);
    expect(rows.filter((r) => r[0] === 'Clé')).to.have.length(catalogue.keys.length);
    expect(rows.filter((r) => r[0] === 'Axe')).to.have.length(catalogue.axes.length);
    // 2 + 1 (climat-2) known out of 3 answers: some score is not whole, written with a comma.
    expect(text).to.match(/;\d+,\d;/);
  });

  it('reads back any team’s answers', () => {
    const respondentArb = fc.record({
      label: fc.string({ maxLength: 12 }),
      role: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
      answers: answersArbitrary(catalogue),
    });
    fc.assert(
      fc.property(fc.array(respondentArb, { maxLength: 5 }), (people) => {
        const csv = sessionCsv(catalogue, people, aggregateRespondents(catalogue, people), {
          labels,
        });
        const back = answersBack(parseCsv(csv.slice(1)));
        expect(back.map((r) => r.answers)).to.deep.equal(
          people.map((p) =>
            Object.fromEntries(
              catalogue.questions
                .filter((q) => Object.hasOwn(p.answers, q.id))
                .map((q) => [q.id, p.answers[q.id]]),
            ),
          ),
        );
      }),
      { numRuns },
    );
  });

  it('adds the team’s notes and decisions when it wrote any', () => {
    expect(text).not.to.include('Décision');
    const withNotes = sessionCsv(catalogue, team, summary, {
      labels,
      agenda: {
        'climat-1': {
          notes: 'Avis partagés; à revoir',
          decision: 'Point en mars',
          lead: 'CPE',
          due: '2027-03-01',
        },
      },
    });
    const rows = parseCsv(withNotes.slice(1));
    const start = rows.findIndex((r) => r[0] === 'Question');
    expect(rows[start]).to.deep.equal([
      'Question',
      'Ce que l’équipe en dit',
      'Décision',
      'Personne pilote',
      'Échéance',
    ]);
    expect(rows[start + 1]).to.deep.equal([
      catalogue.questions.find((q) => q.id === 'climat-1')!.text,
      'Avis partagés; à revoir',
      'Point en mars',
      'CPE',
      '2027-03-01',
    ]);
  });

  it('quotes cells only when needed', () => {
    expect(csvCell('simple')).to.equal('simple');
    expect(csvCell('a;b')).to.equal('"a;b"');
    expect(csvCell(' lead')).to.equal('" lead"');
    expect(csvCell(66.666)).to.equal('66,7');
    expect(csvCell(null)).to.equal('');
  });
});
