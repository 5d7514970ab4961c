import { describe, expect, it } from '@jest/globals';
import { dayOfWeek } from '../business-date.js';
import { validateCalendarYear } from '../calendar-year.js';
import { CALENDAR_YEAR_2026 } from './2026.js';
import { OFFICIAL_CALENDAR_YEARS } from './official-calendar-years.js';

describe('official calendar years', () => {
  it.each(OFFICIAL_CALENDAR_YEARS.map((data) => [data.year, data] as const))('%i passes validation', (_year, data) => {
    expect(validateCalendarYear(data)).toEqual([]);
  });

  it('ships 2026 only: the 2027 notice is not in the data yet', () => {
    expect(OFFICIAL_CALENDAR_YEARS.map((data) => data.year)).toEqual([2026]);
  });
});

describe('2026 arrangement (notice of 2025-11-04)', () => {
  const daysOff = (zh: string) => CALENDAR_YEAR_2026.holidays.filter((day) => day.festival.zh === zh).map((day) => day.date);
  const makeUp = (zh: string) => CALENDAR_YEAR_2026.makeUpWorkdays.filter((day) => day.festival.zh === zh).map((day) => day.date);

  it('has the break lengths the notice announces (3, 9, 3, 5, 3, 3, 7 days)', () => {
    expect(daysOff('元旦')).toHaveLength(3);
    expect(daysOff('春节')).toHaveLength(9);
    expect(daysOff('清明节')).toHaveLength(3);
    expect(daysOff('劳动节')).toHaveLength(5);
    expect(daysOff('端午节')).toHaveLength(3);
    expect(daysOff('中秋节')).toHaveLength(3);
    expect(daysOff('国庆节')).toHaveLength(7);
    expect(CALENDAR_YEAR_2026.holidays).toHaveLength(33);
  });

  it('runs the Spring Festival break from 15 to 23 February', () => {
    expect(daysOff('春节')[0]).toBe('2026-02-15');
    expect(daysOff('春节').at(-1)).toBe('2026-02-23');
  });

  it('runs the National Day break from 1 to 7 October, separate from Mid-Autumn (25–27 September)', () => {
    expect(daysOff('国庆节')[0]).toBe('2026-10-01');
    expect(daysOff('国庆节').at(-1)).toBe('2026-10-07');
    expect(daysOff('中秋节')).toEqual(['2026-09-25', '2026-09-26', '2026-09-27']);
  });

  it('has the six make-up working days of the notice', () => {
    expect(makeUp('元旦')).toEqual(['2026-01-04']);
    expect(makeUp('春节')).toEqual(['2026-02-14', '2026-02-28']);
    expect(makeUp('劳动节')).toEqual(['2026-05-09']);
    expect(makeUp('国庆节')).toEqual(['2026-09-20', '2026-10-10']);
    expect(CALENDAR_YEAR_2026.makeUpWorkdays.map((day) => dayOfWeek(day.date))).toEqual([0, 6, 6, 6, 0, 6]);
  });
});
