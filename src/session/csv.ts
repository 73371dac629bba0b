import type { Catalogue, Level } from '../catalogue/schema.js';
import { answerOf, questionsFor, type QuestionnaireVersion } from '../diagnostic/answers.js';
import type { SavedAgendaNote } from '../storage/schema.js';
import type { Respondent, ScoreSpread, SessionSummary } from './types.js';

/**
 * The session as a spreadsheet that French Excel and LibreOffice open as they are: UTF-8 with a
 * byte-order mark (otherwise Excel reads « Ã© »), `;` between cells (French Excel's list
 * separator), decimal comma, CRLF line ends. Two sections in one file, separated by an empty line:
 * one row per respondent (label, role, then one column per question, headed by its text: 0–3 or
 * « Je ne sais pas », empty when unanswered), then the team's per-key and per-axis score (the
 * mean profile's), lowest and highest respondent's own score, on 0–100; then, when the team
 * wrote any, its notes and decisions on the agenda's questions.
 */

/** Column headers and words of the file; French by default, the interface gives English. */
export interface CsvLabels {
  readonly respondent: string;
  readonly role: string;
  readonly unknown: string;
  readonly level: string;
  readonly key: string;
  readonly axis: string;
  readonly label: string;
  readonly mean: string;
  readonly min: string;
  readonly max: string;
  readonly respondents: string;
  readonly question: string;
  readonly notes: string;
  readonly decision: string;
  readonly lead: string;
  readonly due: string;
}

/** The byte-order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

/**
 * One cell: quoted when it holds the separator, a quote, a line break or outer spaces (quotes
 * doubled). Text a spreadsheet would run as a formula (= + - @ at the start) gets a leading
 * apostrophe: a role typed as « =HYPERLINK(…) » stays text.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return decimal(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number with a decimal comma, at most one decimal (« 66,7 », « 100 »). */
function decimal(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded).replace('.', ',');
}

function row(cells: readonly (string | number | null)[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR);
}

/** The session's spreadsheet (see the module's comment), BOM included. */
export function sessionCsv(
  catalogue: Catalogue,
  respondents: readonly Respondent[],
  summary: SessionSummary,
  options: {
    readonly version?: QuestionnaireVersion;
    readonly levels?: readonly Level[];
    /** The headings, in the interface's language (`report.csvLabels` of the session strings). */
    readonly labels: CsvLabels;
    /** The team's notes and decisions (question id → note): a third section when any. */
    readonly agenda?: Readonly<Record<string, SavedAgendaNote>>;
  },
): string {
  const { labels } = options;
  const questions = questionsFor(catalogue, options.version ?? summary.version, options.levels);
  const lines: string[] = [row([labels.respondent, labels.role, ...questions.map((q) => q.text)])];
  for (const r of respondents) {
    lines.push(
      row([
        r.label,
        r.role?.trim() || '',
        ...questions.map((q) => {
          const value = answerOf(r.answers, q.id);
          return value === undefined ? null : value === 'unknown' ? labels.unknown : value;
        }),
      ]),
    );
  }
  lines.push('');
  lines.push(
    row([labels.level, labels.label, labels.mean, labels.min, labels.max, labels.respondents]),
  );
  const scores = (s: ScoreSpread) => [s.score, s.min, s.max, s.scored];
  for (const key of summary.keys) {
    lines.push(row([labels.key, key.label, ...scores(key)]));
    for (const axis of summary.axes.filter((a) => a.keyId === key.keyId))
      lines.push(row([labels.axis, axis.label, ...scores(axis)]));
  }
  const agenda = options.agenda ?? {};
  const noted = catalogue.questions.filter((q) => Object.hasOwn(agenda, q.id));
  if (noted.length > 0) {
    lines.push('');
    lines.push(row([labels.question, labels.notes, labels.decision, labels.lead, labels.due]));
    for (const q of noted) {
      const note = agenda[q.id]!;
      lines.push(row([q.text, note.notes, note.decision, note.lead ?? '', note.due ?? '']));
    }
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
