/**
 * The complaint statistics in one pass over the period's complaints: `$1` is the start of the period's first day
 * (null: since records began), `$2` the end of its last day (exclusive). A complaint counts when filed on a day of
 * the period; as closed or rejected only when that happened by the end of its last day.
 *
 * The complaints are counted once per unit and category; the townships add up those few cells (joined to their
 * units) instead of counting every complaint again. Since records began, up to an end after every filing and
 * finishing the running tallies have seen, the cells are the tallies themselves and no complaint is read; any other
 * period counts the complaints. Rows with `cell` come first, ordered by unit (no unit first) and category; the
 * township totals follow, ordered by township (none last).
 */
export const COMPLAINT_STATISTICS_SQL = `
  WITH tallied AS (
    SELECT $1::timestamptz IS NULL AND COALESCE(max(last_filed_at) < $2::timestamptz, true)
           AND COALESCE(max(last_finished_at) < $2::timestamptz, true) AS answers
      FROM complaint_tallies),
  cells AS (
    SELECT unit_code, category, received, closed, rejected
      FROM complaint_tallies
     WHERE received > 0 AND (SELECT answers FROM tallied)
    UNION ALL
    SELECT unit_code, category, count(*)::int AS received,
           count(*) FILTER (WHERE status = 'closed' AND finished_at < $2)::int AS closed,
           count(*) FILTER (WHERE status = 'rejected' AND finished_at < $2)::int AS rejected
      FROM complaints
     WHERE NOT (SELECT answers FROM tallied) AND filed_at < $2 AND ($1::timestamptz IS NULL OR filed_at >= $1)
     GROUP BY unit_code, category)
  SELECT GROUPING(c.unit_code, c.category) = 0 AS cell, c.unit_code, c.category, u.township,
         sum(c.received)::int AS received, sum(c.closed)::int AS closed, sum(c.rejected)::int AS rejected
    FROM cells c LEFT JOIN supervision_units u ON u.code = c.unit_code
   GROUP BY GROUPING SETS ((c.unit_code, c.category), (u.township))
   ORDER BY cell DESC, c.unit_code NULLS FIRST, c.category, u.township NULLS LAST`;

/** A row of {@link COMPLAINT_STATISTICS_SQL}: a unit and category when `cell`, else a township's totals. */
export interface ComplaintStatisticsRow {
  cell: boolean;
  unit_code: string | null;
  category: string | null;
  township: string | null;
  received: number;
  closed: number;
  rejected: number;
}
