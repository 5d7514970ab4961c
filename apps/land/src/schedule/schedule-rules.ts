import { addCalendarDays, businessDate, type BusinessDate, type WorkingCalendar } from '#working-calendar/core';
import { STATUTORY_NOTICES } from '../pre-work/notice-periods.js';
import { PRE_WORK_STEPS } from '../pre-work/pre-work-rules.js';

/** Milestones of a project's approval, in order: the six pre-work steps, then 组卷, 报批 and 批复. */
export const MILESTONES = [...PRE_WORK_STEPS, 'file-assembly', 'submission', 'approval'] as const;
export type Milestone = (typeof MILESTONES)[number];

/** A stage's planned length: working days, or calendar days where the law counts them (the notice period). */
export type StageDuration = { workingDays: number } | { calendarDays: number };

// The plan counts the announcement in calendar days, as the law does for it.
const ANNOUNCEMENT_NOTICE = STATUTORY_NOTICES.announcement!;
if (ANNOUNCEMENT_NOTICE.unit !== 'calendar-days') throw new Error('the announcement notice is planned in calendar days');

/**
 * Planning norms (sized for the zone's under-three-months target) used when a schedule is laid out backwards from its target; a project may override them.
 * The announcement takes the statutory minimum notice of the compensation and resettlement plan (STATUTORY_NOTICES).
 */
export const STANDARD_DURATIONS: Readonly<Record<Milestone, StageDuration>> = {
  survey: { workingDays: 5 },
  assessment: { workingDays: 5 },
  announcement: { calendarDays: ANNOUNCEMENT_NOTICE.minimum },
  hearing: { workingDays: 3 },
  registration: { workingDays: 3 },
  agreement: { workingDays: 5 },
  'file-assembly': { workingDays: 5 },
  submission: { workingDays: 3 },
  approval: { workingDays: 15 },
};

export interface PlannedMilestone {
  milestone: Milestone;
  plannedStart: BusinessDate;
  plannedEnd: BusinessDate;
}

/** The latest working day on or before `date`. */
export function workingDayOnOrBefore(calendar: WorkingCalendar, date: string): BusinessDate {
  let day = businessDate(date);
  while (!calendar.isWorkingDay(day)) day = addCalendarDays(day, -1);
  return day;
}

/** `n` working days before `date` (`date` itself not counted); the mirror of WorkingCalendar.addWorkingDays. */
export function subtractWorkingDays(calendar: WorkingCalendar, date: string, n: number): BusinessDate {
  let day = businessDate(date);
  let remaining = n;
  while (remaining > 0) {
    day = addCalendarDays(day, -1);
    if (calendar.isWorkingDay(day)) remaining -= 1;
  }
  return day;
}

/**
 * Lays the milestones out backwards from `target` (倒排): approval ends on the last working day on or before
 * the target, and every earlier stage ends just before the next one starts. A working-day stage occupies
 * `workingDays` working days ending on a working day; a calendar-day stage (the notice) ends the calendar day
 * before the next stage starts, so the hearing is planned for the first day after the notice.
 */
export function planBackwards(
  calendar: WorkingCalendar,
  target: string,
  durations: Readonly<Record<Milestone, StageDuration>> = STANDARD_DURATIONS,
): PlannedMilestone[] {
  const plan: PlannedMilestone[] = [];
  let nextStart: BusinessDate | undefined;
  for (const milestone of [...MILESTONES].reverse()) {
    const duration = durations[milestone];
    let plannedEnd: BusinessDate;
    let plannedStart: BusinessDate;
    if ('calendarDays' in duration) {
      plannedEnd = nextStart === undefined ? businessDate(target) : addCalendarDays(nextStart, -1);
      plannedStart = addCalendarDays(plannedEnd, -(duration.calendarDays - 1));
    } else {
      plannedEnd = nextStart === undefined ? workingDayOnOrBefore(calendar, target) : subtractWorkingDays(calendar, nextStart, 1);
      plannedStart = subtractWorkingDays(calendar, plannedEnd, duration.workingDays - 1);
    }
    plan.unshift({ milestone, plannedStart, plannedEnd });
    nextStart = plannedStart;
  }
  return plan;
}

export const SCHEDULE_STATUSES = ['on-track', 'at-risk', 'overdue', 'completed', 'completed-late'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

export interface ScheduleInput {
  today: string;
  startedOn: string;
  targetDate: string;
  /** Milestones with the day each was achieved, or null. */
  milestones: readonly { milestone: Milestone; plannedEnd: string | null; achievedOn: string | null }[];
  /** Day the whole schedule was achieved (approval recorded), or null. */
  completedOn: string | null;
  /** Working days left at or under which an unfinished schedule is at risk. */
  atRiskWorkingDays?: number;
}

export interface ScheduleAssessment {
  status: ScheduleStatus;
  /** Working days from the start to today (or to completion), on the shared calendar. */
  workingDaysElapsed: number;
  /** Working days from today (or from completion) to the target; negative once it has passed. */
  workingDaysLeft: number;
  /** The day the figures are counted to: today, or the completion day once completed. */
  countedTo: BusinessDate;
  /** Planned milestones whose planned end has passed without being achieved. */
  lateMilestones: Milestone[];
}

export const DEFAULT_AT_RISK_WORKING_DAYS = 10;

/**
 * Where a schedule stands today. The target day itself still counts as in time; the day after it, an
 * unfinished schedule is overdue. A milestone is late the day after its planned end. A completed schedule's clock
 * stops at its completion: its figures never change again, and never need a later calendar year.
 */
export function assessSchedule(calendar: WorkingCalendar, input: ScheduleInput): ScheduleAssessment {
  const today = businessDate(input.today);
  const countedTo = input.completedOn !== null && input.completedOn < today ? businessDate(input.completedOn) : today;
  const workingDaysElapsed = Math.max(0, calendar.workingDaysBetween(input.startedOn, countedTo));
  const workingDaysLeft = calendar.workingDaysBetween(countedTo, input.targetDate);
  const lateMilestones =
    input.completedOn !== null
      ? []
      : input.milestones.filter((m) => m.achievedOn === null && m.plannedEnd !== null && m.plannedEnd < today).map((m) => m.milestone);
  let status: ScheduleStatus;
  if (input.completedOn !== null) status = input.completedOn > input.targetDate ? 'completed-late' : 'completed';
  else if (today > input.targetDate) status = 'overdue';
  else if (lateMilestones.length > 0 || workingDaysLeft <= (input.atRiskWorkingDays ?? DEFAULT_AT_RISK_WORKING_DAYS)) status = 'at-risk';
  else status = 'on-track';
  return { status, workingDaysElapsed, workingDaysLeft, lateMilestones, countedTo };
}

/** Working days spent in each span (entered day excluded, left day included); open spans run to today. */
export function workingDaysIn(calendar: WorkingCalendar, enteredOn: string, leftOn: string | null, today: string): number {
  return Math.max(0, calendar.workingDaysBetween(enteredOn, leftOn ?? today));
}
