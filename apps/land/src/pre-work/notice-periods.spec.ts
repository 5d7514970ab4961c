import { describe, expect, it } from '@jest/globals';
import { CALENDAR_YEAR_2026, WorkingCalendar } from '#working-calendar/core';
import { noticeLastDay, STATUTORY_NOTICES, statutoryNoticeOf } from './notice-periods.js';
import { PRE_WORK_STEPS } from './pre-work-rules.js';

describe('statutory notice periods', () => {
  it('has one entry per pre-work step: the pre-announcement and the compensation plan announcement, nothing else', () => {
    expect(Object.keys(STATUTORY_NOTICES).sort()).toEqual([...PRE_WORK_STEPS].sort());
    expect(statutoryNoticeOf('survey')).toMatchObject({ minimum: 10, unit: 'working-days', legalBasis: expect.stringContaining('第二十六条') });
    expect(statutoryNoticeOf('announcement')).toMatchObject({
      minimum: 30,
      unit: 'calendar-days',
      legalBasis: expect.stringContaining('土地管理法 第四十七条'),
    });
    for (const step of ['assessment', 'hearing', 'registration', 'agreement'] as const) expect(statutoryNoticeOf(step)).toBeUndefined();
  });

  const calendar = new WorkingCalendar([CALENDAR_YEAR_2026]);

  it('counts calendar days with the publication day as day one', () => {
    expect(noticeLastDay(calendar, '2026-01-19', 30, 'calendar-days')).toBe('2026-02-17');
  });

  it('counts working days on the working calendar, skipping the Spring Festival holiday', () => {
    // Published Monday 9 February 2026: 9–13 and 14 (make-up Saturday) are six working days; the festival
    // runs 15–23 February, so days 7–10 are 24–27 February.
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
    expect(noticeLastDay(calendar, '2026-02-09', 10, 'working-days')).toBe('2026-02-27');
    // Published on a day off: counting starts with the next working day.
    expect(noticeLastDay(calendar, '2026-03-01', 10, 'working-days')).toBe(noticeLastDay(calendar, '2026-03-02', 10, 'working-days'));
  });
});
