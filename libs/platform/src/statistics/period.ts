// Framework-free: rule files and the benchmark's bare baseline use these without loading Nest.

/**
 * The day or period a statistics answer covers: `asOf` (everything recorded up to and including that
 * day) or `from`/`to` (what happened within those days, inclusive; the figures' state as of `to`).
 */
export interface ReportingPeriod {
  /** First day counted; `null` for "since records began" (an `asOf` answer). */
  from: string | null;
  /** Last day counted, inclusive; the day the figures are as of. */
  to: string;
}

/**
 * SQL condition: `column` (a date) lies within the period passed as the statement's first two parameters, `$1` =
 * `from` (null: since records began) and `$2` = `to`, both inclusive.
 */
export function inPeriodSql(column: string): string {
  return `(${column} <= $2::date AND ($1::date IS NULL OR ${column} >= $1::date))`;
}
