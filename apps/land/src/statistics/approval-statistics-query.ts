/**
 * The approval statistics, shared by the service and the benchmark's bare baseline so both run the same SQL.
 * `$1` is the period's first day (null: since records began), `$2` its last day; a batch counts when approved on a
 * day of the period (`decided_on`). Areas are summed in numeric, so the figures come out exact.
 */
const APPROVED_IN_PERIOD = `b.status = 'approved' AND b.decided_on <= $2::date AND ($1::date IS NULL OR b.decided_on >= $1::date)`;

/**
 * Batches and areas per year of approval and in all (the row with `total`, first), in one pass over the period's
 * approved batches; a batch without parcels counts with no area.
 */
export const APPROVALS_BY_YEAR_SQL = `
  SELECT GROUPING(extract(year FROM b.decided_on)) = 1 AS total, extract(year FROM b.decided_on)::int AS year,
         count(DISTINCT b.id)::int AS batches, COALESCE(SUM(p.area_mu), 0)::numeric(16, 4)::text AS area
    FROM batches b LEFT JOIN batch_parcels p ON p.batch_id = b.id
   WHERE ${APPROVED_IN_PERIOD}
   GROUP BY GROUPING SETS ((), (extract(year FROM b.decided_on)))
   ORDER BY 1 DESC, 2`;

const MAX_PROJECTS = 100;

/**
 * The projects with approved parcels, largest area first (then by name), at most MAX_PROJECTS of them, each row with
 * the number of such projects (`n`). Parcels are summed per project and batch, then per project (counting a
 * batch per project without a sort per project, as count(DISTINCT) would); only the projects whose area reaches the
 * last listed one's are named and sorted, so names are read for the page, not for every project.
 */
export const APPROVALS_BY_PROJECT_SQL = `
  WITH per_project AS MATERIALIZED (
    SELECT project_id, count(*)::int AS batches, SUM(area) AS area
      FROM (SELECT p.project_id, SUM(p.area_mu) AS area
              FROM batches b JOIN batch_parcels p ON p.batch_id = b.id
             WHERE ${APPROVED_IN_PERIOD}
             GROUP BY p.project_id, p.batch_id) per_batch
     GROUP BY project_id)
  SELECT t.project_id, (SELECT pr.name FROM projects pr WHERE pr.id = t.project_id) AS project_name, t.batches,
         t.area::numeric(16, 4)::text AS area, (SELECT count(*) FROM per_project)::int AS n
    FROM per_project t
   WHERE t.area >= ALL (SELECT area FROM per_project ORDER BY area DESC OFFSET ${MAX_PROJECTS - 1} LIMIT 1)
   ORDER BY t.area DESC, project_name LIMIT ${MAX_PROJECTS}`;

export interface ApprovalYearRow {
  total: boolean;
  year: number | null;
  batches: number;
  area: string;
}

export interface ApprovalProjectRow {
  project_id: string;
  project_name: string;
  batches: number;
  area: string;
  n: number;
}
