import { assertDateOrder, ProblemException } from '#platform';

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
  if (problem !== undefined) {
    throw ProblemException.of(422, 'history-date-out-of-range', 'Business date out of range', `${problem}.`, { errors: [{ field: 'occurredOn', message: problem }] });
  }
}

/** Which business days a statistic counts: `from` (null: since the beginning) up to and including `asOf`. */
export interface StatisticsWindow {
  from: string | null;
  asOf: string;
}

/**
 * A statistic is taken on one day (`asOf`: everything up to and including it) or over a period (`from`..`to`,
 * both inclusive); with neither, as of today. `asOf` together with `from` or `to` is ambiguous and refused;
 * `from` after `to` is a 422 `date-order`.
 */
export function statisticsWindow(query: { asOf?: string; from?: string; to?: string }, today: string): StatisticsWindow {
  if (query.asOf !== undefined && (query.from !== undefined || query.to !== undefined)) {
    throw ProblemException.validation([{ field: 'asOf', message: 'give either asOf or a period (from, to), not both' }]);
  }
  assertDateOrder([
    { name: 'from', date: query.from },
    { name: 'to', date: query.to },
  ]);
  return { from: query.from ?? null, asOf: query.asOf ?? query.to ?? today };
}
