import { describe, expect, it } from '@jest/globals';
import { validateCalendarYear } from './calendar-year.js';
import { canComputeProvisionalYear, provisionalCalendarYear } from './provisional-year.js';

const daysOf = (year: number, zh: string) =>
  provisionalCalendarYear(year)
    .holidays.filter((day) => day.festival.zh === zh)
    .map((day) => day.date);

describe('provisionalCalendarYear', () => {
  it('gives the eleven statutory days of 2027, lunar festivals and 清明 included, and no make-up days', () => {
    const year = provisionalCalendarYear(2027);
    expect(validateCalendarYear(year)).toEqual([]);
    expect(year.makeUpWorkdays).toEqual([]);
    expect(year.holidays.map((day) => day.date)).toEqual([
      '2027-01-01',
      '2027-02-05', // 除夕
      '2027-02-06', // 正月初一
      '2027-02-07',
      '2027-02-08',
      '2027-04-05', // 清明
      '2027-05-01',
      '2027-05-02',
      '2027-06-09', // 端午
      '2027-09-15', // 中秋
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ]);
    expect(year.source).toMatch(/^Provisional/);
  });

  it('keeps one entry when Mid-Autumn falls inside the National Day days (2031: 1 October)', () => {
    expect(daysOf(2031, '中秋节')).toEqual([]);
    expect(daysOf(2031, '国庆节')).toEqual(['2031-10-01', '2031-10-02', '2031-10-03']);
    expect(provisionalCalendarYear(2031).holidays).toHaveLength(12);
  });

  it('applies the rule in force before 2025: no Spring Festival Eve, one day for Labour Day', () => {
    expect(daysOf(2024, '春节')).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
    expect(daysOf(2024, '劳动节')).toEqual(['2024-05-01']);
  });

  it('covers 2014 to 2100 only', () => {
    expect(canComputeProvisionalYear(2014)).toBe(true);
    expect(canComputeProvisionalYear(2100)).toBe(true);
    expect(canComputeProvisionalYear(2013)).toBe(false);
    expect(canComputeProvisionalYear(2101)).toBe(false);
    expect(() => provisionalCalendarYear(2101)).toThrow(RangeError);
  });
});
