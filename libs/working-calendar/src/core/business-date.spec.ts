import { describe, expect, it } from '@jest/globals';
import {
  addCalendarDays,
  businessDate,
  dayOfWeek,
  isBusinessDate,
  shanghaiDateOf,
  shanghaiDayEndExclusive,
  shanghaiDayStart,
  yearOf,
} from './business-date.js';
import { InvalidBusinessDateError } from './calendar-errors.js';

describe('shanghaiDateOf', () => {
  it('moves to the next date once it is past midnight in Shanghai (16:00 UTC)', () => {
    expect(shanghaiDateOf(new Date('2026-01-01T15:59:59.999Z'))).toBe('2026-01-01');
    expect(shanghaiDateOf(new Date('2026-01-01T16:00:00.000Z'))).toBe('2026-01-02');
    expect(shanghaiDateOf(new Date('2026-01-01T16:30:00Z'))).toBe('2026-01-02');
  });

  it('crosses the year boundary eight hours before UTC does', () => {
    expect(shanghaiDateOf(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
    expect(shanghaiDateOf(new Date('2025-12-31T15:59:59Z'))).toBe('2025-12-31');
  });

  it('rejects an invalid Date', () => {
    expect(() => shanghaiDateOf(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('Shanghai day bounds', () => {
  it('starts a business date at 00:00 +08:00', () => {
    expect(shanghaiDayStart('2026-01-02').toISOString()).toBe('2026-01-01T16:00:00.000Z');
  });

  it('ends it exclusively at the next day start', () => {
    expect(shanghaiDayEndExclusive('2026-12-31').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(shanghaiDateOf(new Date(shanghaiDayEndExclusive('2026-02-28').getTime() - 1))).toBe('2026-02-28');
  });
});

describe('business date validation', () => {
  it.each(['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-1-01', '2026-01-01T00:00', ' 2026-01-01', '0050-01-01'])('rejects %j', (value) => {
    expect(isBusinessDate(value)).toBe(false);
    expect(() => businessDate(value)).toThrow(InvalidBusinessDateError);
  });

  it('accepts real dates, including a leap day', () => {
    expect(isBusinessDate('2028-02-29')).toBe(true);
    expect(businessDate('2026-12-31')).toBe('2026-12-31');
  });

  it('agrees with a round trip through Date on every month-day of the Gregorian leap cycle and the century years', () => {
    const roundTrips = (value: string) => {
      const [year, month, day] = value.split('-').map(Number) as [number, number, number];
      return year >= 100 && new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === value;
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    let checked = 0;
    for (const year of [99, 100, 1900, 1999, 2000, 2023, 2024, 2026, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect([value, isBusinessDate(value)]).toEqual([value, roundTrips(value)]);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(11 * 14 * 33);
  });
});

describe('calendar arithmetic', () => {
  it('adds calendar days across month, leap-day and year boundaries', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addCalendarDays('2026-01-01', 0)).toBe('2026-01-01');
  });

  it('gives the day of the week with 0 for Sunday', () => {
    expect(dayOfWeek('2026-01-01')).toBe(4);
    expect(dayOfWeek('2026-01-04')).toBe(0);
    expect(dayOfWeek('2026-02-14')).toBe(6);
  });

  it('reads the year', () => {
    expect(yearOf('2027-06-30')).toBe(2027);
  });
});
