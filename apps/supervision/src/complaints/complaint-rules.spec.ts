import { describe, expect, it } from '@jest/globals';
import { CALENDAR_YEAR_2026, WorkingCalendar } from '#working-calendar/core';
import type { ProblemException } from '#platform/problems';
import {
  complaintPeriodOf,
  ComplaintTransitionError,
  isOverdue,
  newTrackingCode,
  nextComplaintStatus,
  stepDeadline,
  suppressColumn,
  suppressRow,
  suppressSmall,
  TRACKING_CODE_PATTERN,
  normaliseTrackingCode,
} from './complaint-rules.js';

const calendar = new WorkingCalendar([CALENDAR_YEAR_2026]);

describe('complaint lifecycle', () => {
  it('runs received → accepted → in progress → answered → closed', () => {
    let status = nextComplaintStatus('received', 'accept');
    status = nextComplaintStatus(status, 'start');
    status = nextComplaintStatus(status, 'answer');
    expect(nextComplaintStatus(status, 'close')).toBe('closed');
  });

  it('rejects only before an answer, and never skips a step', () => {
    expect(nextComplaintStatus('in-progress', 'reject')).toBe('rejected');
    expect(() => nextComplaintStatus('answered', 'reject')).toThrow(ComplaintTransitionError);
    expect(() => nextComplaintStatus('received', 'answer')).toThrow(/Cannot answer a complaint that is received/);
    expect(() => nextComplaintStatus('closed', 'close')).toThrow(ComplaintTransitionError);
  });
});

describe('complaint deadlines', () => {
  it('counts each step in working days across holidays', () => {
    // Filed on the eve of the National Day break: 3 working days end on 10 October, a make-up working Saturday.
    expect(stepDeadline(calendar, 'received', '2026-09-30')).toEqual({ dueOn: '2026-10-10', basis: 'official' });
    // Into the provisional 2027: 31 December, then (1 January off) 4 and 5 January.
    expect(stepDeadline(calendar, 'received', '2026-12-30')).toEqual({ dueOn: '2027-01-05', basis: 'provisional' });
    expect(stepDeadline(calendar, 'closed', '2026-09-30')).toBeNull();
  });

  it('is overdue only after the deadline day', () => {
    expect(isOverdue('2026-10-10', '2026-10-10')).toBe(false);
    expect(isOverdue('2026-10-10', '2026-10-11')).toBe(true);
    expect(isOverdue(null, '2027-01-01')).toBe(false);
  });
});

describe('public statistics', () => {
  it('suppresses counts of 1 and 2, keeps 0 and 3 and above', () => {
    expect([0, 1, 2, 3, 8].map(suppressSmall)).toEqual([0, null, null, 3, 8]);
  });
});

describe('tracking codes', () => {
  it('are well-formed and differ', () => {
    const codes = new Set(Array.from({ length: 100 }, newTrackingCode));
    expect(codes.size).toBe(100);
    for (const code of codes) expect(code).toMatch(TRACKING_CODE_PATTERN);
  });
});

describe('suppression against differencing', () => {
  it('hides every part of a row once one part is hidden, since the parts add up to the total', () => {
    expect(suppressRow({ received: 4, closed: 1, rejected: 0, open: 3 })).toEqual({ received: 4, closed: null, rejected: null, open: null });
    expect(suppressRow({ received: 8, closed: 5, rejected: 0, open: 3 })).toEqual({ received: 8, closed: 5, rejected: 0, open: 3 });
    expect(suppressRow({ received: 2, closed: 0, rejected: 0, open: 2 })).toEqual({ received: null, closed: null, rejected: null, open: null });
  });

  it('hides a second cell in a column when only one would be hidden', () => {
    expect(suppressColumn([6, 2, 0], [6, null, 0])).toEqual([null, null, 0]);
    expect(suppressColumn([6, 9, 2], [6, 9, null])).toEqual([null, 9, null]);
    expect(suppressColumn([1, 2, 5], [null, null, 5])).toEqual([null, null, 5]);
    expect(suppressColumn([5, 7], [5, 7])).toEqual([5, 7]);
  });
});

describe('tracking codes', () => {
  it('reads a tracking code typed in any letter case', () => {
    expect(normaliseTrackingCode(' ts-7k3m9q2xpa4r ')).toBe('TS-7K3M9Q2XPA4R');
    expect(normaliseTrackingCode('ts-7k3m9q2xpa4r')).toMatch(TRACKING_CODE_PATTERN);
  });
});

describe('complaintPeriodOf', () => {
  it('keeps the period without a year, and narrows it to the year with one', () => {
    expect(complaintPeriodOf({ from: null, to: '2026-04-30' }, undefined)).toEqual({ from: null, to: '2026-04-30' });
    expect(complaintPeriodOf({ from: null, to: '2026-04-30' }, 2025)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(complaintPeriodOf({ from: '2026-03-01', to: '2026-04-30' }, 2026)).toEqual({ from: '2026-03-01', to: '2026-04-30' });
    const detailOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as ProblemException).problem.detail;
      }
      return undefined;
    };
    expect(detailOf(() => complaintPeriodOf({ from: null, to: '2026-11-30' }, 2027))).toBe('to 2026-11-30 is before year 2027-01-01.');
    expect(detailOf(() => complaintPeriodOf({ from: '2026-03-01', to: '2026-04-30' }, 2025))).toBe('year 2025-12-31 is before from 2026-03-01.');
  });
});
