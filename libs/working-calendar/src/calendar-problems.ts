import { ProblemException } from '#platform/problems';
import type { CalendarYearIssue } from './core/index.js';

/** Year data an administrator sent that the calendar cannot use; paths in the dotted form validation errors use. */
export function invalidCalendarYear(issues: readonly CalendarYearIssue[]): ProblemException {
  return ProblemException.of(
    400,
    'invalid-calendar-year',
    'Invalid calendar year',
    `${issues.length} problem${issues.length === 1 ? '' : 's'} in the calendar year data`,
    { errors: issues.map((issue) => ({ field: issue.path.replace(/\[(\d+)\]/g, '.$1'), message: issue.message })) },
  );
}

export function calendarYearNotFound(year: number): ProblemException {
  return ProblemException.of(404, 'calendar-year-not-found', 'Calendar year not found', `The working calendar has no data for ${year}.`, { year });
}
