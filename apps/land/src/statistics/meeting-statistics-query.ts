import { inPeriodSql } from '#platform/statistics';

/*
 * The dispatch-meeting statistics, shared by the service and the benchmark's bare baseline so both run the same SQL.
 * `$1` is the period's first day (null: since records began), `$2` its last day; a meeting counts when held on a day
 * of the period.
 */
const HELD_IN_PERIOD = `SELECT id, held_on, issues FROM dispatch_meetings WHERE ${inPeriodSql('held_on')}`;

export interface MeetingCategoryRow {
  category: string;
  meetings: number;
  issues: number;
}

/** Per issue category raised: the meetings that raised it and the issues raised; categories never raised have no row. */
export const MEETINGS_BY_CATEGORY_SQL = `
  SELECT issue ->> 'category' AS category, count(DISTINCT m.id)::int AS meetings, count(*)::int AS issues
    FROM (${HELD_IN_PERIOD}) m CROSS JOIN LATERAL jsonb_array_elements(m.issues) AS issue
   GROUP BY 1`;

export interface MeetingMonthRow {
  month: string;
  meetings: number;
}

/** Meetings held per month (`YYYY-MM`), months without a meeting left out. */
export const MEETINGS_BY_MONTH_SQL = `
  SELECT to_char(held_on, 'YYYY-MM') AS month, count(*)::int AS meetings FROM (${HELD_IN_PERIOD}) m GROUP BY 1 ORDER BY 1`;
