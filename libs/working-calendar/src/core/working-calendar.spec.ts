import { describe, expect, it } from '@jest/globals';
import { CALENDAR_YEAR_2026 } from './calendar-data/2026.js';
import { CalendarYearInvalidError, CalendarYearMissingError, InvalidBusinessDateError } from './calendar-errors.js';
import type { CalendarYear } from './calendar-year.js';
import { WorkingCalendar } from './working-calendar.js';

/** Test-only stand-in for 2027 (New Year's Day only), not the official arrangement, to exercise the year boundary. */
const TEST_ONLY_2027: CalendarYear = {
  year: 2027,
  holidays: [{ date: '2027-01-01', festival: { zh: '元旦', en: "New Year's Day" } }],
  makeUpWorkdays: [{ date: '2027-01-02', festival: { zh: '元旦', en: "New Year's Day" } }],
};

const calendar = new WorkingCalendar([CALENDAR_YEAR_2026]);

function missingYearOf(action: () => unknown): number | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof CalendarYearMissingError) {
      return error.year;
    }
    throw error;
  }
  return undefined;
}

describe('WorkingCalendar.isWorkingDay (2026)', () => {
  it.each([
    ['2026-01-05', true], // Monday
    ['2026-01-10', false], // Saturday
    ['2026-01-01', false], // New Year's Day, Thursday
    ['2026-01-04', true], // make-up Sunday
    ['2026-02-14', true], // make-up Saturday before Spring Festival
    ['2026-02-16', false], // Spring Festival Eve, Monday
    ['2026-02-23', false], // last day of the Spring Festival break, Monday
    ['2026-02-24', true],
    ['2026-02-28', true], // make-up Saturday after Spring Festival
    ['2026-05-02', false],
    ['2026-05-09', true], // make-up Saturday
    ['2026-09-20', true], // make-up Sunday
    ['2026-09-25', false], // Mid-Autumn, Friday
    ['2026-10-07', false], // National Day break, Wednesday
    ['2026-10-10', true], // make-up Saturday
    ['2026-10-11', false], // ordinary Sunday
  ])('%s → %s', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it('counts 248 working days in 2026', () => {
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
  });
});

describe('WorkingCalendar.addWorkingDays', () => {
  it('skips the Spring Festival break but counts the make-up Saturdays', () => {
    expect(calendar.addWorkingDays('2026-02-12', 1)).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-02-12', 2)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-02-23', 5)).toBe('2026-02-28');
    expect(calendar.addWorkingDays('2026-02-23', 6)).toBe('2026-03-02');
  });

  it('starts counting after a date inside a break without counting the date itself', () => {
    expect(calendar.addWorkingDays('2026-02-17', 1)).toBe('2026-02-24');
  });

  it('crosses the Mid-Autumn and National Day breaks, using the make-up Sunday and Saturday', () => {
    expect(calendar.addWorkingDays('2026-09-18', 1)).toBe('2026-09-20');
    expect(calendar.addWorkingDays('2026-09-24', 1)).toBe('2026-09-28');
    expect(calendar.addWorkingDays('2026-09-18', 10)).toBe('2026-10-09');
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(calendar.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(calendar.addWorkingDays('2026-09-30', 4)).toBe('2026-10-12');
  });

  it('crosses the Labour Day break', () => {
    expect(calendar.addWorkingDays('2026-04-30', 1)).toBe('2026-05-06');
    expect(calendar.addWorkingDays('2026-04-30', 4)).toBe('2026-05-09');
  });

  it('with n = 0 returns the date when it is a working day, else the next working day', () => {
    expect(calendar.addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
    expect(calendar.addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-16', 0)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-03-01', 0)).toBe('2026-03-02');
  });

  it('agrees with workingDaysBetween', () => {
    for (const [date, n] of [
      ['2026-02-12', 3],
      ['2026-09-18', 10],
      ['2026-02-17', 1],
      ['2026-06-18', 2],
    ] as const) {
      expect(calendar.workingDaysBetween(date, calendar.addWorkingDays(date, n))).toBe(n);
    }
  });

  it('rejects a negative or fractional n and an invalid date', () => {
    expect(() => calendar.addWorkingDays('2026-03-02', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-02-29', 1)).toThrow(InvalidBusinessDateError);
  });
});

describe('WorkingCalendar.nextWorkingDay', () => {
  it('is the first working day strictly after the date', () => {
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-14');
    expect(calendar.nextWorkingDay('2026-02-14')).toBe('2026-02-24');
    expect(calendar.nextWorkingDay('2026-10-10')).toBe('2026-10-12');
    expect(calendar.nextWorkingDay('2026-03-02')).toBe('2026-03-03');
  });
});

describe('WorkingCalendar.workingDaysBetween', () => {
  it('counts the half-open span (from, to]', () => {
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2);
    expect(calendar.workingDaysBetween('2026-09-18', '2026-10-12')).toBe(12);
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-03')).toBe(1);
    expect(calendar.workingDaysBetween('2026-02-15', '2026-02-23')).toBe(0);
  });

  it('is 0 when from equals to, even on a working day', () => {
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(calendar.workingDaysBetween('2026-02-17', '2026-02-17')).toBe(0);
  });

  it('is negative when to is before from', () => {
    expect(calendar.workingDaysBetween('2026-02-24', '2026-02-13')).toBe(-2);
    expect(calendar.workingDaysBetween('2026-10-12', '2026-09-18')).toBe(-12);
  });
});

describe('WorkingCalendar.holidayName', () => {
  it('names the festival of a day off', () => {
    expect(calendar.holidayName('2026-02-17')).toEqual({ zh: '春节', en: 'Spring Festival' });
    expect(calendar.holidayName('2026-10-04')).toEqual({ zh: '国庆节', en: 'National Day' });
    expect(calendar.holidayName('2026-09-26')).toEqual({ zh: '中秋节', en: 'Mid-Autumn Festival' });
  });

  it('is undefined for make-up working days, ordinary days and ordinary weekends', () => {
    expect(calendar.holidayName('2026-02-14')).toBeUndefined();
    expect(calendar.holidayName('2026-03-02')).toBeUndefined();
    expect(calendar.holidayName('2026-03-01')).toBeUndefined();
  });
});

describe('provisional years', () => {
  it('computes a year without official data from the statutory rule, and says so', () => {
    expect(calendar.basisOfYear(2027)).toBe('provisional');
    expect(calendar.basisOfYear(2026)).toBe('official');
    // Thursday 4 February 2027; 除夕 (5 Feb) to 初三 (8 Feb) are off, with no make-up day.
    expect(calendar.deadline('2027-02-04', 1)).toEqual({ dueOn: '2027-02-09', basis: 'provisional' });
    expect(calendar.holidayName('2027-02-05')).toEqual({ zh: '春节', en: 'Spring Festival' });
  });

  it('is official only when every day counted lies in an official year', () => {
    expect(calendar.deadline('2026-12-30', 1)).toEqual({ dueOn: '2026-12-31', basis: 'official' });
    expect(calendar.deadline('2026-12-31', 1)).toEqual({ dueOn: '2027-01-04', basis: 'provisional' });
    expect(calendar.basisBetween('2027-01-04', '2026-12-30')).toBe('provisional');
    expect(calendar.basisBetween('2026-03-02', '2026-03-02')).toBe('official');
  });

  it('needs only the years of the days it classifies', () => {
    // The start date is excluded, so 2025 is not consulted; 1–3 January are off and Sunday 4 January is a make-up day.
    expect(calendar.deadline('2025-12-31', 1)).toEqual({ dueOn: '2026-01-04', basis: 'official' });
    expect(calendar.workingDaysBetween('2025-12-31', '2026-01-05')).toBe(2);
  });

  it('throws CalendarYearMissingError naming a year it can neither find nor compute', () => {
    expect(missingYearOf(() => calendar.isWorkingDay('2013-06-03'))).toBe(2013);
    expect(missingYearOf(() => calendar.addWorkingDays('2100-12-31', 1))).toBe(2101);
    expect(() => calendar.isWorkingDay('2101-01-04')).toThrow(/2101/);
  });

  it('turns an official year provisional again without it', () => {
    const without = calendar.withoutYear(2026);
    expect(without.years).toEqual([]);
    expect(without.isWorkingDay('2026-02-14')).toBe(false); // the official make-up Saturday is gone
    expect(without.deadline('2026-02-13', 1)).toEqual({ dueOn: '2026-02-20', basis: 'provisional' }); // 除夕 16 Feb to 初三 19 Feb
  });
});

describe('adding a year at run time', () => {
  const extended = calendar.withYear(TEST_ONLY_2027);

  it('returns a new calendar and leaves the original unchanged', () => {
    expect(extended.years).toEqual([2026, 2027]);
    expect(calendar.years).toEqual([2026]);
    expect(calendar.hasYear(2027)).toBe(false);
  });

  it('computes across the year boundary on official data once both years are present', () => {
    expect(extended.deadline('2026-12-31', 1)).toEqual({ dueOn: '2027-01-02', basis: 'official' });
    expect(extended.workingDaysBetween('2026-12-30', '2027-01-04')).toBe(3);
    expect(extended.nextWorkingDay('2026-12-31')).toBe('2027-01-02');
  });

  it('replaces the data of a year already present', () => {
    const corrected = extended.withYear({
      ...TEST_ONLY_2027,
      holidays: [...TEST_ONLY_2027.holidays, { date: '2027-01-04', festival: { zh: '元旦', en: "New Year's Day" } }],
    });
    expect(corrected.years).toEqual([2026, 2027]);
    expect(corrected.addWorkingDays('2027-01-02', 1)).toBe('2027-01-05');
    expect(corrected.isWorkingDay('2026-02-14')).toBe(true);
  });

  it('rejects invalid year data', () => {
    const invalid = { ...TEST_ONLY_2027, makeUpWorkdays: [{ date: '2027-01-05', festival: { zh: '元旦', en: "New Year's Day" } }] };
    expect(() => calendar.withYear(invalid)).toThrow(CalendarYearInvalidError);
  });
});

describe('construction', () => {
  it('rejects the same year supplied twice', () => {
    expect(() => new WorkingCalendar([CALENDAR_YEAR_2026, CALENDAR_YEAR_2026])).toThrow(CalendarYearInvalidError);
  });
});

describe('WorkingCalendar.workingDaysFrom and canCount', () => {
  it('gives for each date what workingDaysBetween gives, earlier and later dates alike', () => {
    const dates = ['2026-01-01', '2026-02-14', '2026-02-28', '2026-05-01', '2026-05-01', '2026-05-09', '2026-10-08', '2026-12-31', '2027-03-15'];
    const counts = calendar.workingDaysFrom('2026-05-04', dates);
    for (const date of dates) expect([date, counts.get(date)]).toEqual([date, calendar.workingDaysBetween('2026-05-04', date)]);
    expect(counts.get('2026-05-04')).toBeUndefined();
    expect(calendar.workingDaysFrom('2026-05-04', ['2026-05-04']).get('2026-05-04')).toBe(0);
  });

  it('answers null for a date whose span reaches a year that cannot be classified, and counts the others', () => {
    const counts = calendar.workingDaysFrom('2026-05-04', ['2101-01-05', '2026-05-08', '2013-06-03']);
    expect(counts.get('2101-01-05')).toBeNull();
    expect(counts.get('2013-06-03')).toBeNull();
    expect(counts.get('2026-05-08')).toBe(calendar.workingDaysBetween('2026-05-04', '2026-05-08'));
    expect(calendar.canCount('2026-05-04', '2100-12-31')).toBe(true);
    expect(calendar.canCount('2100-12-31', '2101-01-01')).toBe(false);
    expect(calendar.canCount('2013-12-31', '2014-03-01')).toBe(true);
    expect(calendar.canCount('2013-12-30', '2014-03-01')).toBe(false);
    expect(missingYearOf(() => calendar.workingDaysBetween('2013-12-30', '2014-03-01'))).toBe(2013);
  });
});
