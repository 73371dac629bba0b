import { addDays, type IsoDate } from './dates.js';

/** One all-day event of the calendar file; `end` is the last day, inclusive. */
export interface IcsEvent {
  /** Unique within the calendar and stable from one export to the next (calendar apps update). */
  readonly uid: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly summary: string;
  readonly description?: string;
}

export interface IcsOptions {
  /** The export's instant, for DTSTAMP (passed in: the domain never reads the clock). */
  readonly now: Date;
  readonly name?: string;
}

const PRODID = "-//Perseverance scolaire//Plan d'action//FR";
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped; other controls dropped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/[\\;,]/g, (char) => `\\${char}`)
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets (UTF-8) are folded with CRLF and one space. A fold
 * never splits a character: the count walks whole code points.
 */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const char of line) {
    const size = octets(char.codePointAt(0)!);
    if (used + size > MAX_OCTETS) {
      out += `${CRLF} `;
      used = 1;
    }
    out += char;
    used += size;
  }
  return out;
}

const icsDate = (date: IsoDate) => date.replaceAll('-', '');

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/**
 * An iCalendar file (RFC 5545) of all-day events: CRLF line endings, folded lines, escaped text,
 * a UID and a DTSTAMP on every event, dates as DATE values with an exclusive DTEND.
 */
export function buildIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
  ];
  const dtstamp = stamp(options.now);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(event.end, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => `${foldLine(line)}${CRLF}`).join('');
}
