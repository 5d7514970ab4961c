import { CalendarYearMissingError, ProblemException, currentRequestContext, shanghaiDateOf, type BusinessDate, calendarYearMissingProblem } from '#platform';

export function projectNotFound(id: string): ProblemException {
  return ProblemException.of(404, 'project-not-found', 'Project not found', `No project has id ${id}.`);
}

export function batchNotFound(id: string): ProblemException {
  return ProblemException.of(404, 'batch-not-found', 'Batch not found', `No approval batch has id ${id}.`);
}

/** Runs a computation on the working calendar (sync or async), turning a year nobody has entered into the platform's 422. */
export function onCalendar<T>(compute: () => T): T {
  try {
    const result = compute();
    return (result instanceof Promise ? result.catch((error: unknown) => Promise.reject(calendarProblem(error))) : result) as T;
  } catch (error) {
    throw calendarProblem(error);
  }
}

function calendarProblem(error: unknown): unknown {
  return error instanceof CalendarYearMissingError
    ? calendarYearMissingProblem(error)
    : error;
}

export function today(): BusinessDate {
  return shanghaiDateOf(new Date());
}

export function actorId(): string {
  return currentRequestContext()?.user?.id ?? 'system';
}
