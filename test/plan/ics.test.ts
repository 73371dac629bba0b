import { describe, it } from 'node:test';
import { expect } from 'chai';
import ICAL from 'ical.js';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import {
  buildIcs,
  escapeText,
  foldLine,
  frenchMilestoneTitle,
  milestoneEvents,
  planCalendarFile,
  planItems,
  planTimeline,
  type IcsEvent,
  type PlanDates,
} from '../../src/plan/index.js';
import { createEmptyState } from '../../src/storage/index.js';

const NOW = new Date('2026-03-02T09:30:15.123Z');
const octets = (text: string) => new TextEncoder().encode(text).length;

interface Parsed {
  uid: string;
  summary: string;
  description: string | null;
  start: string;
  end: string;
  allDay: boolean;
  stamp: string;
}

/** Reads the file back with ical.js, an independent RFC 5545 parser. */
function parse(text: string): { calendar: ICAL.Component; events: Parsed[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description ?? null,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      stamp: component.getFirstPropertyValue('dtstamp')!.toString(),
    };
  });
  return { calendar, events };
}

describe('plan: .ics calendar file', () => {
  const dates: PlanDates = {
    weekStart: '2026-04-13',
    weekEnd: '2026-04-18',
    deadline: '2026-03-26',
  };
  const state = createEmptyState(defaultCatalogue, {
    selection: { retained: ['conseil-de-progres', 'journee-integration'], done: [] },
  });
  const timeline = planTimeline(
    planItems(state, defaultCatalogue),
    defaultCatalogue.calendar!,
    dates,
  );
  const text = planCalendarFile(timeline, dates, { now: NOW, name: 'Plan d’action 2026' });

  it('is read back by ical.js with the same events', () => {
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).to.be.a('string').and.not.be.empty;
    expect(events).to.have.length(timeline.length);
    events.forEach((event, index) => {
      const milestone = timeline[index]!;
      expect(event.summary).to.equal(frenchMilestoneTitle(milestone));
      expect(event.start).to.equal(milestone.start);
      expect(event.allDay).to.equal(true);
      expect(event.stamp).to.equal('2026-03-02T09:30:15Z');
      expect(event.description).to.equal(milestone.description ?? null);
    });
    const week = events.find((event) => event.summary === 'Semaine de la persévérance scolaire')!;
    // DTEND is exclusive: the week ends on Saturday 18 April, so DTEND is Sunday 19 April.
    expect([week.start, week.end]).to.deep.equal(['2026-04-13', '2026-04-19']);
    const preparation = events.find((event) =>
      event.summary.startsWith('Début de la préparation'),
    )!;
    expect([preparation.start, preparation.end]).to.deep.equal(['2026-03-02', '2026-03-03']);
    expect(new Set(events.map((event) => event.uid)).size).to.equal(events.length);
    expect(events.every((event) => event.uid.endsWith('-2026@perseverance-scolaire'))).to.equal(
      true,
    );
  });

  it('writes DATE values, CRLF endings and lines of at most 75 octets', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).to.equal(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(text.replaceAll('\r\n', '')).not.to.match(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line), line).to.be.at.most(75);
    expect(text).to.contain('DTSTART;VALUE=DATE:20260413\r\nDTEND;VALUE=DATE:20260419\r\n');
    const events = text.split('BEGIN:VEVENT').slice(1);
    for (const event of events) {
      expect(event).to.match(/\r\nUID:\S/);
      expect(event).to.match(/\r\nDTSTAMP:20260302T093015Z\r\n/);
    }
  });

  it('keeps the same UIDs from one export to the next', () => {
    const again = planCalendarFile(timeline, dates, { now: new Date('2026-03-20T00:00:00Z') });
    expect(parse(again).events.map((event) => event.uid)).to.deep.equal(
      parse(text).events.map((event) => event.uid),
    );
    expect(milestoneEvents(timeline, dates).map((event) => event.uid)).to.include(
      'calendrier-semaine-perseverance-2026@perseverance-scolaire',
    );
  });
});

describe('plan: .ics text escaping and folding', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('bip\u0007')).to.equal('bip');
  });

  it('round-trips awkward text through ical.js', () => {
    const tricky: IcsEvent = {
      uid: 'test-1@perseverance-scolaire',
      start: '2026-04-14',
      end: '2026-04-14',
      summary: 'Café, thé; et « chocolat » \\ compris',
      description: 'Ligne 1\nLigne 2 ; avec, des virgules\r\nFin',
    };
    const { events } = parse(buildIcs([tricky], { now: NOW }));
    expect(events[0]!.summary).to.equal(tricky.summary);
    expect(events[0]!.description).to.equal('Ligne 1\nLigne 2 ; avec, des virgules\nFin');
    expect([events[0]!.start, events[0]!.end]).to.deep.equal(['2026-04-14', '2026-04-15']);
  });

  it('folds at 75 octets without splitting a character', () => {
    for (const sample of [
      'é'.repeat(100),
      `x${'é'.repeat(100)}`,
      '🎓'.repeat(40),
      'a'.repeat(200),
    ]) {
      const folded = foldLine(`SUMMARY:${sample}`);
      const lines = folded.split('\r\n');
      expect(lines.length).to.be.greaterThan(1);
      lines.forEach((line, index) => {
        expect(octets(line)).to.be.at.most(75);
        if (index > 0) expect(line.startsWith(' ')).to.equal(true);
        // A split surrogate pair would not survive encoding: TextEncoder writes U+FFFD for it.
        expect(new TextDecoder().decode(new TextEncoder().encode(line))).to.equal(line);
        expect(line).not.to.match(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
      });
      expect(lines.map((line, index) => (index ? line.slice(1) : line)).join('')).to.equal(
        `SUMMARY:${sample}`,
      );
    }
    expect(foldLine('a'.repeat(75))).to.equal('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).to.equal(`${'a'.repeat(75)}\r\n a`);
    // 'é' is two octets: 37 of them after 'x' fill 75 octets exactly; the 38th moves down whole.
    expect(foldLine(`x${'é'.repeat(38)}`)).to.equal(`x${'é'.repeat(37)}\r\n é`);
  });

  it('round-trips a long French summary through ical.js', () => {
    const summary = `Temps fort : ${'Journée « portes ouvertes » des réussites, élèves et familles — '.repeat(3)}`;
    const { events } = parse(
      buildIcs([{ uid: 'u@x', start: '2026-04-15', end: '2026-04-16', summary }], { now: NOW }),
    );
    expect(events[0]!.summary).to.equal(summary);
    expect(events[0]!.end).to.equal('2026-04-17');
  });
});
