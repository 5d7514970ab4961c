import { describe, expect, it } from '@jest/globals';
import { CALENDAR_YEAR_2026, WorkingCalendar } from '#working-calendar/core';
import { completenessState, InvalidPeriodError, parsePeriod, periodDueDate, periodsOfYear } from './disclosure-period.js';

const calendar = new WorkingCalendar([CALENDAR_YEAR_2026]);

describe('disclosure periods', () => {
  it('spans months, quarters, halves and years, including February and year ends', () => {
    expect(parsePeriod('monthly', '2026-02')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(parsePeriod('quarterly', '2026-Q3')).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(parsePeriod('semiannual', '2026-H2')).toEqual({ start: '2026-07-01', end: '2026-12-31' });
    expect(parsePeriod('annual', '2026')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(parsePeriod('per-event', '2026-04-20')).toEqual({ start: '2026-04-20', end: '2026-04-20' });
  });

  it('refuses a period spelled for another frequency or an impossible date', () => {
    expect(() => parsePeriod('monthly', '2026-Q1')).toThrow(InvalidPeriodError);
    expect(() => parsePeriod('quarterly', '2026-Q5')).toThrow(/2026-Q2/);
    expect(() => parsePeriod('per-event', '2026-02-30')).toThrow(InvalidPeriodError);
    expect(() => parsePeriod('monthly', '2026-13')).toThrow(InvalidPeriodError);
  });

  it('lists the periods a year owes', () => {
    expect(periodsOfYear('quarterly', 2026)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodsOfYear('monthly', 2026)).toHaveLength(12);
    expect(periodsOfYear('per-event', 2026)).toEqual([]);
  });

  it('counts the due date in working days on the official calendar (Q3 2026 runs into the National Day break)', () => {
    // 2026-09-30 ends Q3; 1–7 October are holidays, and 10-10 is a make-up working day, so the 5th working day after is 10-13.
    expect(periodDueDate(calendar, 'quarterly', '2026-Q3', 5)).toEqual({ dueOn: '2026-10-13', basis: 'official' });
    expect(periodDueDate(calendar, 'monthly', '2026-04', 3).dueOn).toBe('2026-05-08');
    expect(periodDueDate(calendar, 'monthly', '2026-12', 3)).toEqual({ dueOn: '2027-01-06', basis: 'provisional' });
  });

  it('classifies publication against the due date', () => {
    const base = { periodEnd: '2026-04-30', dueOn: '2026-05-08' };
    expect(completenessState({ ...base, publishedOn: '2026-05-08', asOf: '2026-06-01' })).toBe('on-time');
    expect(completenessState({ ...base, publishedOn: '2026-05-09', asOf: '2026-06-01' })).toBe('late');
    expect(completenessState({ ...base, publishedOn: null, asOf: '2026-05-09' })).toBe('missing');
    expect(completenessState({ ...base, publishedOn: null, asOf: '2026-05-08' })).toBe('open');
    expect(completenessState({ ...base, publishedOn: null, asOf: '2026-04-30' })).toBe('not-started');
  });
});
