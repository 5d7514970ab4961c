import { defineProblem } from '#platform/problems';
import type { CalendarYearIssue } from './core/index.js';

export const calendarProblems = {
  /** Year data an administrator sent that the calendar cannot use; paths in the dotted form validation errors use. */
  invalidCalendarYear: defineProblem({
    slug: 'invalid-calendar-year',
    status: 400,
    title: 'Invalid calendar year',
    when: 'The year data is not one the calendar can use (field errors say where).',
    detail: (issues: readonly CalendarYearIssue[]) => `${issues.length} problem${issues.length === 1 ? '' : 's'} in the calendar year data`,
    extensions: (issues: readonly CalendarYearIssue[]) => ({
      errors: issues.map((issue) => ({ field: issue.path.replace(/\[(\d+)\]/g, '.$1'), message: issue.message })),
    }),
  }),
  calendarYearNotFound: defineProblem({
    slug: 'calendar-year-not-found',
    status: 404,
    title: 'Calendar year not found',
    when: 'No official data and no provisional year computable (outside 2014–2100).',
    detail: (year: number) => `The working calendar has no data for ${year}.`,
    extensions: (year: number) => ({ year }),
  }),
};
