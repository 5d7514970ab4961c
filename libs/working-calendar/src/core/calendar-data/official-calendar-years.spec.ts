import { describe, expect, it } from '@jest/globals';
import { dayOfWeek } from '../business-date.js';
import { validateCalendarYear } from '../calendar-year.js';
import { CALENDAR_YEAR_2026 } from './2026.js';
import { OFFICIAL_CALENDAR_YEARS } from './official-calendar-years.js';
import { provisionalCalendarYear } from '../provisional-year.js';
import { WorkingCalendar } from '../working-calendar.js';

describe('official calendar years', () => {
  it.each(OFFICIAL_CALENDAR_YEARS.map((data) => [data.year, data] as const))('%i passes validation', (_year, data) => {
    expect(validateCalendarYear(data)).toEqual([]);
  });

  it('ships 2020 to 2026: the 2027 notice is entered at run time', () => {
    expect(OFFICIAL_CALENDAR_YEARS.map((data) => data.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });
});

describe('earlier official years', () => {
  const calendar = new WorkingCalendar(OFFICIAL_CALENDAR_YEARS);
  const makeUp = (year: number) => OFFICIAL_CALENDAR_YEARS.find((data) => data.year === year)!.makeUpWorkdays.map((day) => day.date);

  it('has every make-up working day of the notices, all on weekends', () => {
    expect(makeUp(2020)).toEqual(['2020-01-19', '2020-04-26', '2020-05-09', '2020-06-28', '2020-09-27', '2020-10-10']);
    expect(makeUp(2021)).toEqual(['2021-02-07', '2021-02-20', '2021-04-25', '2021-05-08', '2021-09-18', '2021-09-26', '2021-10-09']);
    expect(makeUp(2022)).toEqual(['2022-01-29', '2022-01-30', '2022-04-02', '2022-04-24', '2022-05-07', '2022-10-08', '2022-10-09']);
    expect(makeUp(2023)).toEqual(['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08']);
    expect(makeUp(2024)).toEqual(['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12']);
    expect(makeUp(2025)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
  });

  it('works the make-up Saturday before the 2022 Spring Festival', () => {
    expect(calendar.deadline('2022-01-28', 1)).toEqual({ dueOn: '2022-01-29', basis: 'official' });
    expect(calendar.addWorkingDays('2022-01-30', 1)).toBe('2022-02-07');
  });

  it('keeps the 2020 Spring Festival extension: 1 February 2020 was no longer worked', () => {
    expect(calendar.isWorkingDay('2020-02-01')).toBe(false);
    expect(calendar.addWorkingDays('2020-01-23', 1)).toBe('2020-02-03');
  });

  it('works Spring Festival Eve 2024, which the notice only recommended as a rest day', () => {
    expect(calendar.isWorkingDay('2024-02-09')).toBe(true);
  });

  it('agrees with the computed statutory days where the notice keeps them (2025, the first year of the new rule)', () => {
    const official2025 = new Set(OFFICIAL_CALENDAR_YEARS.find((data) => data.year === 2025)!.holidays.map((day) => day.date));
    for (const day of provisionalCalendarYear(2025).holidays) expect(official2025.has(day.date)).toBe(true);
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
