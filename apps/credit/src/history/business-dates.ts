import { historyProblems } from './history-problems.js';

/**
 * The earliest business date history may carry: the pilots' credit records start with the 2019 credit-village
 * programme, so anything earlier is a typing error, not history.
 */
export const EARLIEST_HISTORY_DATE = '2019-01-01';

/**
 * A back-dated record happened before the platform recorded it: strictly before today (platform clock) and not
 * before {@link EARLIEST_HISTORY_DATE}. Today's and future events are recorded as they happen, not as history.
 */
export function historyDateProblem(occurredOn: string, today: string): string | undefined {
  if (occurredOn >= today) return `occurredOn ${occurredOn} is not before today (${today}); record today's events as they happen`;
  if (occurredOn < EARLIEST_HISTORY_DATE) return `occurredOn ${occurredOn} is before ${EARLIEST_HISTORY_DATE}, the earliest date credit history may carry`;
  return undefined;
}

export function assertHistoryDate(occurredOn: string, today: string): void {
  const problem = historyDateProblem(occurredOn, today);
  if (problem !== undefined) throw historyProblems.dateOutOfRange(problem);
}
