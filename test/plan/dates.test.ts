import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  addDays,
  dayNumber,
  daysBetween,
  formatDate,
  isIsoDate,
  localDate,
  weekday,
} from '../../src/plan/index.js';
import { numRuns } from '../fast-check-runs.js';

describe('plan: ISO dates', () => {
  it('accepts existing days only', () => {
    for (const date of ['2026-04-13', '2024-02-29', '2000-02-29', '1999-12-31'])
      expect(isIsoDate(date), date).to.equal(true);
    for (const date of [
      '2026-02-29',
      '2025-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-4-13',
      '13/04/2026',
      '',
      '2026-04-13T00:00',
      '0050-01-01',
      null,
      20260413,
    ])
      expect(isIsoDate(date), String(date)).to.equal(false);
    expect(dayNumber('1970-01-02')).to.equal(1);
  });

  const table: [string, number, string][] = [
    ['2019-04-15', -81, '2019-01-24'],
    ['2019-04-15', -18, '2019-03-28'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    // Daylight-saving changes in Europe (30 March and 26 October 2025) move nothing.
    ['2025-03-29', 2, '2025-03-31'],
    ['2025-10-25', 2, '2025-10-27'],
  ];
  for (const [date, days, expected] of table) {
    it(`${date} ${days >= 0 ? '+' : ''}${days} days = ${expected}`, () => {
      expect(addDays(date, days)).to.equal(expected);
      expect(daysBetween(date, expected)).to.equal(days);
    });
  }

  it('adds then subtracts back to the same day, and keeps the string order', () => {
    const day = fc.integer({ min: -20000, max: 40000 });
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (start, shift) => {
        const date = addDays('1970-01-01', start);
        expect(isIsoDate(date)).to.equal(true);
        expect(addDays(addDays(date, shift), -shift)).to.equal(date);
        const other = addDays(date, shift);
        expect(Math.sign(daysBetween(date, other))).to.equal(
          other > date ? 1 : other < date ? -1 : 0,
        );
      }),
      { numRuns },
    );
  });

  it('numbers weekdays from Monday', () => {
    expect(weekday('2019-04-15')).to.equal(0);
    expect(weekday('2022-04-16')).to.equal(5);
    expect(weekday('2026-04-19')).to.equal(6);
    expect(weekday('1969-12-29')).to.equal(0);
  });

  it('reads the local calendar day of an instant', () => {
    expect(localDate(new Date(2026, 3, 13, 0, 5))).to.equal('2026-04-13');
    expect(localDate(new Date(2026, 3, 13, 23, 55))).to.equal('2026-04-13');
  });

  it('formats the day itself, whatever the time zone', () => {
    expect(formatDate('2026-04-13')).to.equal('13 avril 2026');
    expect(formatDate('2026-04-01', 'en-GB')).to.equal('1 April 2026');
    expect(formatDate('2026-09-01')).to.equal('1er septembre 2026');
    expect(formatDate('2026-09-11')).to.equal('11 septembre 2026');
    expect(formatDate('pas une date')).to.equal('pas une date');
  });
});
