import { HttpException } from '@nestjs/common';
import { problemForStatus, problemType, type FieldError, type ProblemDetails } from './problem-details.js';

/** Throw to answer with a specific problem; domain errors map onto it with a stable slug. */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemDetails) {
    super(problem, problem.status);
  }

  static of(status: number, slug: string, title: string, detail?: string, extensions: Record<string, unknown> = {}) {
    return new ProblemException({ type: problemType(slug), title, status, ...(detail ? { detail } : {}), ...extensions });
  }

  static validation(errors: FieldError[]): ProblemException {
    return new ProblemException({
      ...problemForStatus(400),
      type: problemType('validation-failed'),
      title: 'Validation failed',
      detail: `${errors.length} field${errors.length === 1 ? '' : 's'} failed validation`,
      errors,
    });
  }
}

/**
 * A deadline computation reached a year no administrator has entered yet: the request is fine, the
 * calendar is not ready for it. Thrown CalendarYearMissingErrors are answered with this automatically.
 */
export function calendarYearMissingProblem(error: { message: string; year: number }): ProblemException {
  return ProblemException.of(
    422,
    'calendar-year-missing',
    'Calendar year missing',
    `${error.message} A zone-admin enters it with PUT /api/v1/<service>/working-calendar/years/${error.year}.`,
    {
      year: error.year,
    },
  );
}
