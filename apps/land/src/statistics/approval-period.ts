import type { ReportingPeriod } from '#platform/statistics';

/** `sinceYear` (kept for older clients) narrows the period to start on its first day at the latest. */
export function approvalPeriodOf(period: ReportingPeriod, sinceYear: number | undefined): ReportingPeriod {
  if (sinceYear === undefined) return period;
  const yearStart = `${sinceYear}-01-01`;
  return { from: period.from === null || period.from < yearStart ? yearStart : period.from, to: period.to };
}
