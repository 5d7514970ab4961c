import type { Deadline, WorkingCalendar } from '#working-calendar/core';

/** A deduction may be appealed within this many working days after the day it was recorded. */
export const APPEAL_FILING_WORKING_DAYS = 15;
/** Staff decide an appeal within this many working days after it was filed. */
export const APPEAL_DECISION_WORKING_DAYS = 10;

export const APPEAL_STATUSES = ['open', 'upheld', 'rejected'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

/** Last day on which a deduction recorded on `recordedOn` may still be appealed. */
export function filingDeadline(calendar: WorkingCalendar, recordedOn: string): string {
  return calendar.addWorkingDays(recordedOn, APPEAL_FILING_WORKING_DAYS);
}

/** Day by which staff must decide an appeal filed on `filedOn`. */
export function decisionDeadline(calendar: WorkingCalendar, filedOn: string): Deadline {
  return calendar.deadline(filedOn, APPEAL_DECISION_WORKING_DAYS);
}

/** An open appeal whose due day has passed. Business dates compare as strings. */
export function isOverdue(status: AppealStatus, dueOn: string, today: string): boolean {
  return status === 'open' && today > dueOn;
}
