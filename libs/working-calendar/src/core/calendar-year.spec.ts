import { describe, expect, it } from '@jest/globals';
import { CalendarYearInvalidError } from './calendar-errors.js';
import { parseCalendarYear, validateCalendarYear, type CalendarYear } from './calendar-year.js';

const newYear = { zh: '元旦', en: "New Year's Day" };
const springFestival = { zh: '春节', en: 'Spring Festival' };

/** A small valid year (a subset of the real 2026 arrangement) that each case breaks in one way. */
function sampleYear(): CalendarYear {
  return {
    year: 2026,
    holidays: [
      { date: '2026-01-01', festival: newYear },
      { date: '2026-02-16', festival: springFestival },
    ],
    makeUpWorkdays: [{ date: '2026-02-14', festival: springFestival }],
  };
}

function pathsOf(input: unknown): string[] {
  return validateCalendarYear(input).map((issue) => issue.path);
}

describe('validateCalendarYear', () => {
  it('accepts a well-formed year', () => {
    expect(validateCalendarYear(sampleYear())).toEqual([]);
    expect(validateCalendarYear({ ...sampleYear(), source: '国务院办公厅关于2026年部分节假日安排的通知' })).toEqual([]);
  });

  it('rejects input that is not an object', () => {
    expect(validateCalendarYear(null)).toEqual([{ path: '', message: 'Calendar year data must be an object' }]);
    expect(pathsOf([])).toEqual(['']);
  });

  it('requires a four-digit integer year', () => {
    expect(pathsOf({ ...sampleYear(), year: 2026.5 })).toEqual(['year']);
    expect(pathsOf({ ...sampleYear(), year: '2026' })).toEqual(['year']);
  });

  it('rejects dates outside the year', () => {
    const input = { ...sampleYear(), holidays: [...sampleYear().holidays, { date: '2027-01-01', festival: newYear }] };
    expect(validateCalendarYear(input)).toEqual([{ path: 'holidays[2].date', message: '2027-01-01 is not in 2026' }]);
  });

  it('rejects impossible and malformed dates', () => {
    const input = {
      ...sampleYear(),
      holidays: [
        { date: '2026-02-30', festival: springFestival },
        { date: '2026/10/01', festival: newYear },
        { date: 20260101, festival: newYear },
      ],
    };
    expect(pathsOf(input)).toEqual(['holidays[0].date', 'holidays[1].date', 'holidays[2].date']);
    expect(validateCalendarYear(input)[0]?.message).toBe('"2026-02-30" is not a valid date (expected YYYY-MM-DD)');
  });

  it('rejects a holiday listed twice', () => {
    const input = { ...sampleYear(), holidays: [...sampleYear().holidays, { date: '2026-01-01', festival: newYear }] };
    expect(validateCalendarYear(input)).toEqual([{ path: 'holidays[2].date', message: '2026-01-01 is listed more than once (also holidays[0])' }]);
  });

  it('rejects a make-up day listed twice', () => {
    const input = { ...sampleYear(), makeUpWorkdays: [...sampleYear().makeUpWorkdays, { date: '2026-02-14', festival: springFestival }] };
    expect(pathsOf(input)).toEqual(['makeUpWorkdays[1].date']);
  });

  it('rejects a day that is both a holiday and a make-up working day', () => {
    const input = { ...sampleYear(), makeUpWorkdays: [{ date: '2026-02-15', festival: springFestival }] };
    const withHoliday = { ...input, holidays: [...input.holidays, { date: '2026-02-15', festival: springFestival }] };
    expect(validateCalendarYear(withHoliday)).toEqual([{ path: 'makeUpWorkdays[0].date', message: '2026-02-15 is also listed as a holiday (holidays[2])' }]);
  });

  it('rejects a make-up working day on a weekday', () => {
    const input = { ...sampleYear(), makeUpWorkdays: [{ date: '2026-02-13', festival: springFestival }] };
    expect(validateCalendarYear(input)).toEqual([
      {
        path: 'makeUpWorkdays[0].date',
        message: '2026-02-13 is a weekday; make-up working days must fall on a Saturday or Sunday',
      },
    ]);
  });

  it('requires both festival names', () => {
    const input = {
      ...sampleYear(),
      holidays: [{ date: '2026-01-01', festival: { zh: '元旦', en: ' ' } }, { date: '2026-01-02', festival: { en: "New Year's Day" } }, { date: '2026-01-03' }],
    };
    expect(pathsOf(input)).toEqual(['holidays[0].festival.en', 'holidays[1].festival.zh', 'holidays[2].festival']);
  });

  it('reports unknown fields, so a misspelt list is not silently dropped', () => {
    const { makeUpWorkdays, ...rest } = sampleYear();
    const input = { ...rest, makeupWorkdays: makeUpWorkdays };
    expect(pathsOf(input)).toEqual(['makeupWorkdays', 'makeUpWorkdays']);
    expect(validateCalendarYear(input)[0]?.message).toBe('Unknown field "makeupWorkdays"');
  });

  it('requires at least one holiday', () => {
    expect(validateCalendarYear({ ...sampleYear(), holidays: [] })).toEqual([{ path: 'holidays', message: 'At least one holiday is required' }]);
  });

  it('reports every problem at once', () => {
    const input = {
      year: 2026,
      holidays: [{ date: '2025-12-31', festival: newYear }],
      makeUpWorkdays: [{ date: '2026-03-03', festival: springFestival }],
      note: 'x',
    };
    expect(pathsOf(input)).toEqual(['note', 'holidays[0].date', 'makeUpWorkdays[0].date']);
  });
});

describe('parseCalendarYear', () => {
  it('throws a typed error carrying the field-level issues', () => {
    const input = { ...sampleYear(), makeUpWorkdays: [{ date: '2026-02-13', festival: springFestival }] };
    let caught: unknown;
    try {
      parseCalendarYear(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CalendarYearInvalidError);
    expect((caught as CalendarYearInvalidError).issues.map((issue) => issue.path)).toEqual(['makeUpWorkdays[0].date']);
  });

  it('returns a copy that later edits to the input cannot change', () => {
    const input = sampleYear();
    const parsed = parseCalendarYear(input);
    input.holidays[0]!.date = '2026-12-25';
    expect(parsed.holidays[0]?.date).toBe('2026-01-01');
    expect(Object.isFrozen(parsed.holidays)).toBe(true);
  });
});
