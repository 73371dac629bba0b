/**
 * Calendar days as ISO `YYYY-MM-DD` strings. Arithmetic goes through whole days since 1970-01-01
 * in UTC, so no time zone or daylight-saving change ever moves a date. Valid dates compare
 * correctly as strings.
 */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)$/;

/** Days since 1970-01-01 of an existing calendar day, or null (« 2026-02-30 », « hier »). */
export function dayNumber(date: string): number | null {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  // Date.UTC maps years 0–99 to 1900–1999 and rolls 30 February over to March: both refused.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1) return null;
  return time / DAY_MS;
}

export function isIsoDate(date: unknown): date is IsoDate {
  return typeof date === 'string' && dayNumber(date) !== null;
}

export function fromDayNumber(days: number): IsoDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** `date` moved by `days` (negative: earlier). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(days + (dayNumber(date) ?? NaN));
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return (dayNumber(to) ?? NaN) - (dayNumber(from) ?? NaN);
}

/** 0 for Monday … 6 for Sunday. */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday.
  return ((((dayNumber(date) ?? NaN) + 3) % 7) + 7) % 7;
}

/**
 * The calendar day `instant` falls on for the person using the page (local time), e.g. « today »
 * for a `new Date()` the caller passes in: the domain never reads the clock itself.
 */
export function localDate(instant: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(instant.getFullYear()).padStart(4, '0')}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/**
 * « 13 avril 2026 », « 1er septembre 2026 » (or « 13 April 2026 » for `en-GB`): the day itself,
 * whatever the time zone. French writes the first of the month as an ordinal.
 */
export function formatDate(date: IsoDate, locale = 'fr-FR'): string {
  const days = dayNumber(date);
  if (days === null) return date;
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    days * DAY_MS,
  );
  return locale.startsWith('fr') ? text.replace(/^1 /, '1er ') : text;
}
