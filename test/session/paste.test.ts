import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { AnswerValue, Answers } from '../../src/diagnostic/answers.js';
import { parseShareCodesInput } from '../../src/exchange/share-codes-input.js';
import { encodeShareCode } from '../../src/share/share-code.js';
import { addRespondents, createSession } from '../../src/session/transitions.js';
import { MAX_KEPT_CHARS, pasteOutcome, pasteWindow } from '../../src/session/paste.js';
import { createEmptyState } from '../../src/storage/empty-state.js';
import { MAX_RESPONDENTS } from '../../src/storage/limits.js';
import { makeCatalogue } from '../share/fixtures.js';

const catalogue = makeCatalogue(60);

/** Respondent `n`'s answers: distinct for every n below 4⁶⁰. */
function answersOf(n: number): Answers {
  const answers: Record<string, AnswerValue> = {};
  catalogue.questions.forEach((question, i) => {
    answers[question.id] = (Math.floor(n / 4 ** i) % 4) as AnswerValue;
  });
  return answers;
}
const codeOf = (n: number) => encodeShareCode(catalogue, answersOf(n));

function sessionWith(count: number) {
  const started = createSession(createEmptyState(catalogue), {
    name: 'GPDS',
    version: 'complet',
    createdAt: '2027-03-10T17:00:00.000Z',
  });
  return addRespondents(
    started,
    Array.from({ length: count }, (_, n) => ({ answers: answersOf(n), source: 'code' as const })),
  ).state;
}

/** What the codes field does on « Ajouter les codes », without the interface. */
function click(state: ReturnType<typeof sessionWith>, text: string) {
  const { read, rest } = pasteWindow(text);
  const results = parseShareCodesInput(catalogue, read, state.session!.respondents);
  const valid = results.flatMap((r) =>
    r.ok ? [{ answers: r.answers, source: 'code' as const }] : [],
  );
  const { added } = addRespondents(state, valid);
  return pasteOutcome(results, added, rest);
}

describe('pasting codes into a session', () => {
  it('tells apart, with one count each, codes added, invalid, duplicates and over the session’s room', () => {
    // 195 people already there: room for 5. The paste: 8 new codes, one twice, a typo, and
    // the code of someone already in the session.
    const state = sessionWith(MAX_RESPONDENTS - 5);
    const fresh = Array.from({ length: 8 }, (_, i) => codeOf(1000 + i));
    const typo = `${fresh[0]!.slice(0, -1)}${fresh[0]!.endsWith('A') ? 'B' : 'A'}`;
    const text = [...fresh, fresh[3], typo, codeOf(7)].join('\n');
    const outcome = click(state, text);
    expect(outcome.counts).to.deep.equal({ added: 5, full: 3, duplicate: 2, invalid: 1 });
    expect(outcome.lines.map((line) => line.kind)).to.deep.equal([
      ...Array(5).fill('added'),
      'full',
      'full',
      'full',
      'duplicate',
      'invalid',
      'duplicate',
    ]);
    // Everything not added stays in the field, each on its line, in the order pasted.
    expect(outcome.kept.split('\n')).to.deep.equal([...fresh.slice(5), fresh[3], typo, codeOf(7)]);
    expect(outcome.unread).to.equal(0);
    expect(outcome.dropped).to.equal(0);
  });

  it('into a full session: every valid code « not added », counted once, none « refused »', () => {
    const state = sessionWith(MAX_RESPONDENTS);
    const codes = Array.from({ length: 1000 }, (_, i) => codeOf(5000 + i));
    const outcome = click(state, codes.join('\n'));
    expect(outcome.counts).to.deep.equal({ added: 0, full: 1000, duplicate: 0, invalid: 0 });
    expect(outcome.kept.split('\n')).to.deep.equal(codes);
  });

  it('reads a paste over 50,000 characters in parts, cut between lines, and keeps the rest whole', () => {
    const codes = Array.from({ length: 2000 }, (_, i) => codeOf(20000 + i));
    const text = codes.join('\n');
    expect(text.length).to.be.greaterThan(50_000);
    const state = sessionWith(0);
    const first = click(state, text);
    // The first part's codes: as many whole lines as fit in 50,000 characters.
    const read = first.counts.added + first.counts.full;
    expect(read).to.equal(Math.floor(50_001 / (codes[0]!.length + 1)));
    expect(first.counts).to.deep.include({ added: MAX_RESPONDENTS, invalid: 0, duplicate: 0 });
    expect(first.unread).to.be.greaterThan(0);
    // Nothing lost: the codes not added, then every line not read, exactly as pasted.
    expect(first.kept.split('\n')).to.deep.equal(codes.slice(MAX_RESPONDENTS));
    expect(first.dropped).to.equal(0);
  });

  it('cuts a window at a space when the text has no line break, and inside a word only if it must', () => {
    expect(pasteWindow('aaa bbb ccc', 6)).to.deep.equal({ read: 'aaa', rest: 'bbb ccc' });
    expect(pasteWindow('aaa\nbbb ccc', 9)).to.deep.equal({ read: 'aaa', rest: 'bbb ccc' });
    expect(pasteWindow('abcdefgh', 5)).to.deep.equal({ read: 'abcde', rest: 'fgh' });
    // Never between the two halves of a character outside the BMP.
    expect(pasteWindow('abcd😀ef', 5)).to.deep.equal({ read: 'abcd', rest: '😀ef' });
    expect(pasteWindow('short', 50)).to.deep.equal({ read: 'short', rest: '' });
  });

  it('bounds what the field keeps and says how much was dropped', () => {
    const results = parseShareCodesInput(catalogue, 'PAS-UN-CODE-VALIDE', []);
    const rest = 'x'.repeat(MAX_KEPT_CHARS + 10);
    const outcome = pasteOutcome(results, [], rest);
    expect(outcome.kept).to.have.length(MAX_KEPT_CHARS);
    expect(outcome.kept.startsWith('PAS-UN-CODE-VALIDE\nxxx')).to.equal(true);
    expect(outcome.dropped).to.equal('PAS-UN-CODE-VALIDE\n'.length + rest.length - MAX_KEPT_CHARS);
  });
});
