import { describe, expect, it } from '@jest/globals';
import { addCalendarDays, OFFICIAL_CALENDAR_YEARS, WorkingCalendar } from '#working-calendar/core';
import { assessSchedule, MILESTONES, planBackwards, STANDARD_DURATIONS, subtractWorkingDays, workingDayOnOrBefore, workingDaysIn } from './schedule-rules.js';

const calendar = new WorkingCalendar(OFFICIAL_CALENDAR_YEARS);

describe('working days backwards', () => {
  it('steps back over the Spring Festival to the Saturday make-up working day', () => {
    // 15–23 February 2026 are the holiday; Saturday 14 February is worked.
    expect(subtractWorkingDays(calendar, '2026-02-24', 1)).toBe('2026-02-14');
    expect(subtractWorkingDays(calendar, '2026-02-24', 2)).toBe('2026-02-13');
    expect(subtractWorkingDays(calendar, '2026-02-24', 0)).toBe('2026-02-24');
  });

  it('moves a target on a holiday or weekend back to the last working day', () => {
    expect(workingDayOnOrBefore(calendar, '2026-05-05')).toBe('2026-04-30');
    expect(workingDayOnOrBefore(calendar, '2026-05-09')).toBe('2026-05-09');
    expect(workingDayOnOrBefore(calendar, '2026-05-10')).toBe('2026-05-09');
  });
});

describe('planning backwards from the target (倒排)', () => {
  const plan = planBackwards(calendar, '2026-04-27');
  const at = (milestone: string) => plan.find((entry) => entry.milestone === milestone)!;

  it('ends the approval on the target and keeps the milestones in order without overlap', () => {
    expect(plan.map((entry) => entry.milestone)).toEqual([...MILESTONES]);
    expect(at('approval').plannedEnd).toBe('2026-04-27');
    for (let i = 1; i < plan.length; i += 1) expect(plan[i]!.plannedStart > plan[i - 1]!.plannedEnd).toBe(true);
  });

  it('gives each working-day stage exactly its working days, across Qingming (4–6 April)', () => {
    for (const entry of plan) {
      const duration = STANDARD_DURATIONS[entry.milestone];
      if ('workingDays' in duration) {
        expect(calendar.isWorkingDay(entry.plannedStart)).toBe(true);
        expect(calendar.workingDaysBetween(entry.plannedStart, entry.plannedEnd) + 1).toBe(duration.workingDays);
      }
    }
    // 15 working days ending Monday 27 April start on Tuesday 7 April, the first day after Qingming.
    expect(at('approval').plannedStart).toBe('2026-04-07');
    expect(at('submission').plannedEnd).toBe('2026-04-03');
  });

  it('plans the 30-day notice to end the day before the hearing starts', () => {
    expect(addCalendarDays(at('announcement').plannedEnd, 1)).toBe(at('hearing').plannedStart);
    expect(addCalendarDays(at('announcement').plannedStart, 29)).toBe(at('announcement').plannedEnd);
  });
});

describe('schedule assessment', () => {
  const base = { startedOn: '2026-01-27', targetDate: '2026-04-27', milestones: [], completedOn: null };

  it('counts working days elapsed across the Spring Festival and its make-up Saturdays', () => {
    // (13 Feb, 24 Feb]: Saturday 14 February and Tuesday 24 February only.
    expect(assessSchedule(calendar, { ...base, startedOn: '2026-02-13', today: '2026-02-24' }).workingDaysElapsed).toBe(2);
  });

  it('is on track with time left, at risk near the target, in time on the target day, overdue the day after', () => {
    expect(assessSchedule(calendar, { ...base, today: '2026-03-02' }).status).toBe('on-track');
    const onTarget = assessSchedule(calendar, { ...base, today: '2026-04-27' });
    expect(onTarget).toMatchObject({ status: 'at-risk', workingDaysLeft: 0 });
    const after = assessSchedule(calendar, { ...base, today: '2026-04-28' });
    expect(after).toMatchObject({ status: 'overdue', workingDaysLeft: -1 });
  });

  it('is at risk the day after a milestone was due unachieved, not on its last day', () => {
    const milestones = [{ milestone: 'survey' as const, plannedEnd: '2026-02-10', achievedOn: null }];
    expect(assessSchedule(calendar, { ...base, milestones, today: '2026-02-10' }).status).toBe('on-track');
    expect(assessSchedule(calendar, { ...base, milestones, today: '2026-02-11' })).toMatchObject({ status: 'at-risk', lateMilestones: ['survey'] });
  });

  it('stops the clock at completion and tells late completion apart', () => {
    const done = assessSchedule(calendar, { ...base, completedOn: '2026-04-20', today: '2026-06-01' });
    expect(done.status).toBe('completed');
    expect(done.workingDaysElapsed).toBe(calendar.workingDaysBetween('2026-01-27', '2026-04-20'));
    expect(done).toMatchObject({ countedTo: '2026-04-20', workingDaysLeft: calendar.workingDaysBetween('2026-04-20', '2026-04-27'), lateMilestones: [] });
    // Years later the figures are the same: the clock stopped at approval.
    expect(assessSchedule(calendar, { ...base, completedOn: '2026-04-20', today: '2031-06-30' })).toEqual(done);
    expect(assessSchedule(calendar, { ...base, completedOn: '2026-04-28', today: '2026-06-01' }).status).toBe('completed-late');
  });

  it('counts working days in an open stage up to today', () => {
    expect(workingDaysIn(calendar, '2026-09-30', null, '2026-10-10')).toBe(3);
    expect(workingDaysIn(calendar, '2026-09-30', '2026-10-09', '2026-12-01')).toBe(2);
  });
});
