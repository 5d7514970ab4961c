import { describe, expect, it } from '@jest/globals';
import { OFFICIAL_CALENDAR_YEARS, WorkingCalendar } from '#working-calendar/core';
import { decisionDeadline, filingDeadline, isOverdue } from './appeal-rules.js';

describe('appeal rules', () => {
  const calendar = new WorkingCalendar(OFFICIAL_CALENDAR_YEARS);

  it('counts working days, skipping weekends', () => {
    // Monday 2026-06-01 + 10 working days = Monday 2026-06-15.
    expect(decisionDeadline(calendar, '2026-06-01')).toEqual({ dueOn: '2026-06-15', basis: 'official' });
    // Friday 2026-06-05 + 15 working days: the Dragon Boat holiday (Friday 06-19) pushes it to Monday 06-29.
    expect(filingDeadline(calendar, '2026-06-05')).toBe('2026-06-29');
  });

  it('skips the National Day holiday', () => {
    expect(decisionDeadline(calendar, '2026-09-30')).toEqual({ dueOn: '2026-10-20', basis: 'official' });
  });

  it('is overdue only while open and after the deadline day', () => {
    expect(isOverdue('open', '2026-06-15', '2026-06-15')).toBe(false);
    expect(isOverdue('open', '2026-06-15', '2026-06-16')).toBe(true);
    expect(isOverdue('upheld', '2026-06-15', '2026-06-16')).toBe(false);
  });
});
