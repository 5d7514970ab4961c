import { describe, expect, it } from '@jest/globals';
import { CALENDAR_YEAR_2026, WorkingCalendar } from '#working-calendar/core';
import { InvalidPeriodError, judgePeriod, type PeriodState } from '../supervision-items/disclosure-period.js';
import {
  addToTally,
  emptyTally,
  matchesLateness,
  overdueCutoff,
  periodsEndingWithin,
  quarterOf,
  reportingSpan,
  sumTallies,
  workingDaysOverdue,
  worstFirst,
  type CompletenessTally,
} from './oversight-rules.js';

const calendar = new WorkingCalendar([CALENDAR_YEAR_2026]);

function tallyOf(...states: PeriodState[]): CompletenessTally {
  const tally = emptyTally();
  for (const state of states) addToTally(tally, state);
  return tally;
}

describe('reporting periods', () => {
  it('reads a month, quarter, half-year or year and refuses anything else', () => {
    expect(reportingSpan('2026-Q2')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(reportingSpan('2026-02')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(reportingSpan('2026-H2')).toEqual({ start: '2026-07-01', end: '2026-12-31' });
    expect(reportingSpan('2026')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(() => reportingSpan('2026-Q5')).toThrow(InvalidPeriodError);
    expect(() => reportingSpan('2026-04-20')).toThrow(/quarter/);
  });

  it('defaults to the quarter of today', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-05-20')).toBe('2026-Q2');
    expect(quarterOf('2026-09-30')).toBe('2026-Q3');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
  });

  it('owes the item periods that end within the reporting period', () => {
    const q2 = reportingSpan('2026-Q2');
    expect(periodsEndingWithin('monthly', q2)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(periodsEndingWithin('quarterly', q2)).toEqual(['2026-Q2']);
    expect(periodsEndingWithin('semiannual', q2)).toEqual(['2026-H1']);
    expect(periodsEndingWithin('annual', q2)).toEqual([]);
    expect(periodsEndingWithin('per-event', q2)).toEqual([]);
    expect(periodsEndingWithin('quarterly', reportingSpan('2026-05'))).toEqual([]);
    expect(periodsEndingWithin('quarterly', reportingSpan('2026-06'))).toEqual(['2026-Q2']);
    expect(periodsEndingWithin('annual', reportingSpan('2026-12'))).toEqual(['2026']);
  });
});

describe("judging one unit's disclosure for a period", () => {
  it('dates it in working days and calls it on time, late, missing or not started', () => {
    // April ends on a Thursday before the Labour Day break (1–5 May); Saturday 9 May is worked.
    expect(judgePeriod(calendar, 'monthly', '2026-04', 5, '2026-05-11', '2026-06-22')).toEqual({ dueOn: '2026-05-11', dueBasis: 'official', state: 'on-time' });
    expect(judgePeriod(calendar, 'monthly', '2026-04', 5, '2026-05-12', '2026-06-22')).toEqual({ dueOn: '2026-05-11', dueBasis: 'official', state: 'late' });
    expect(judgePeriod(calendar, 'monthly', '2026-04', 5, null, '2026-05-12')).toEqual({ dueOn: '2026-05-11', dueBasis: 'official', state: 'missing' });
    expect(judgePeriod(calendar, 'monthly', '2026-04', 5, null, '2026-05-11')).toEqual({ dueOn: '2026-05-11', dueBasis: 'official', state: 'open' });
    expect(judgePeriod(calendar, 'monthly', '2026-04', 20, null, '2026-05-12').state).toBe('open');
    expect(judgePeriod(calendar, 'quarterly', '2026-Q2', 5, null, '2026-06-22')).toEqual({ dueOn: '2026-07-07', dueBasis: 'official', state: 'not-started' });
  });

  it('leaves the due date unknown when the calendar lacks the year and cannot compute it', () => {
    expect(judgePeriod(calendar, 'monthly', '2010-05', 5, null, '2026-06-22')).toEqual({ dueOn: null, dueBasis: null, state: 'calendar-missing' });
  });
});

describe('lateness tally', () => {
  it('counts every owed disclosure once: open and not-started are pending', () => {
    const tally = tallyOf('on-time', 'late', 'late', 'missing', 'open', 'not-started', 'calendar-missing');
    expect(tally).toEqual({ owed: 7, onTime: 1, late: 2, missing: 1, pending: 2, calendarMissing: 1 });
    expect(sumTallies([tally, tallyOf('missing')])).toEqual({ owed: 8, onTime: 1, late: 2, missing: 2, pending: 2, calendarMissing: 1 });
  });

  it('filters units by what they did wrong', () => {
    const lateOnly = tallyOf('late', 'on-time');
    expect(matchesLateness(lateOnly, undefined)).toBe(true);
    expect(matchesLateness(lateOnly, 'late')).toBe(true);
    expect(matchesLateness(lateOnly, 'missing')).toBe(false);
    expect(matchesLateness(tallyOf('on-time', 'open'), 'late')).toBe(false);
  });

  it('puts the most missing first, then the most late, then the unit code', () => {
    const units = [
      { unitCode: 'c-clean', counts: tallyOf('on-time', 'on-time') },
      { unitCode: 'b-late', counts: tallyOf('late', 'late') },
      { unitCode: 'a-late', counts: tallyOf('late', 'late') },
      { unitCode: 'd-missing', counts: tallyOf('missing', 'on-time') },
      { unitCode: 'e-pending', counts: tallyOf('open', 'on-time') },
    ];
    expect([...units].sort(worstFirst).map((unit) => unit.unitCode)).toEqual(['d-missing', 'a-late', 'b-late', 'e-pending', 'c-clean']);
  });
});

describe('overdue in working days', () => {
  it('counts the working days after the due date, make-up Saturdays included and holidays not', () => {
    // 2026-05-09 is a make-up working Saturday; 19–21 June are the Dragon Boat break.
    expect(workingDaysOverdue(calendar, '2026-05-08', '2026-05-11')).toBe(2);
    expect(workingDaysOverdue(calendar, '2026-06-18', '2026-06-22')).toBe(1);
    expect(workingDaysOverdue(calendar, '2026-06-19', '2026-06-21')).toBe(0);
    expect(workingDaysOverdue(calendar, '2026-06-22', '2026-06-22')).toBe(0);
  });

  it('turns a minimum of working days overdue into a due-date cut-off that agrees with the count', () => {
    const today = '2026-06-22';
    expect(overdueCutoff(calendar, today, 0)).toBe(today);
    expect(overdueCutoff(calendar, today, 1)).toBe('2026-06-22');
    expect(overdueCutoff(calendar, today, 2)).toBe('2026-06-18');
    for (const minDays of [1, 2, 3, 7]) {
      const cutoff = overdueCutoff(calendar, today, minDays);
      for (const dueOn of ['2026-06-05', '2026-06-10', '2026-06-12', '2026-06-15', '2026-06-17', '2026-06-18', '2026-06-19', '2026-06-21']) {
        expect([minDays, dueOn, dueOn < cutoff]).toEqual([minDays, dueOn, workingDaysOverdue(calendar, dueOn, today) >= minDays]);
      }
    }
  });
});
