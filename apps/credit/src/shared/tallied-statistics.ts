/**
 * The credit statistics that running tallies answer (see StatisticsTallies1764970000000): each pairs a query of
 * the tallies, whose rows say whether the tallies cover the window asked for (`tallied`), with the count from the
 * records that answers any other window. The service and the bench's bare baseline run the same statements.
 */

/** A statistic read from the tallies when they cover its window, else counted from the records. */
export interface TalliedStatistic {
  tallied: string;
  counted: string;
}

/** The tallies' rows when every one of them covers the window, else the rows counted from the records. */
export async function talliedOrCounted<Row>(
  query: (sql: string, params: unknown[]) => Promise<(Row & { tallied?: boolean })[]>,
  statistic: TalliedStatistic,
  params: unknown[],
): Promise<Row[]> {
  const tallied = await query(statistic.tallied, params);
  return tallied.every((row) => row.tallied === true) ? tallied : query(statistic.counted, params);
}

/** A community's redemption figures as the statistics queries return them. */
export interface RedemptionStatisticsRow {
  sub_district_code: string;
  sub_district_name: string;
  code: string;
  name: string;
  residents: number;
  completed: number;
  cancelled: number;
  late: number;
  items: number;
  points: number;
}

/** $1 from (null: since records began), $2 to, $3 community code, $4 sub-district code, $5 the end of the last day (exclusive). */
export const REDEMPTION_STATISTICS: TalliedStatistic = {
  tallied: `SELECT c.sub_district_code, c.sub_district_name, c.code, c.name,
              COALESCE(t.redeeming_residents, 0) AS residents, COALESCE(t.completed_orders, 0) AS completed,
              COALESCE(t.cancelled_orders, 0) AS cancelled, COALESCE(t.recorded_late_orders, 0) AS late,
              COALESCE(t.items, 0) AS items, COALESCE(t.points, 0) AS points,
              $1::date IS NULL AND (t.last_occurred_on IS NULL OR t.last_occurred_on <= $2::date)
                AND (t.last_cancelled_at IS NULL OR t.last_cancelled_at < $5) AS tallied
       FROM communities c LEFT JOIN community_redemption_tallies t ON t.community_code = c.code
       WHERE ($3::text IS NULL OR c.code = $3) AND ($4::text IS NULL OR c.sub_district_code = $4)
       ORDER BY c.sub_district_code, c.code
       LIMIT 100`,
  counted: `WITH counted AS (
             SELECT o.id, o.resident_id, o.community_code, o.recorded_late, o.quantity, o.points,
                    o.cancelled_at IS NOT NULL AND o.cancelled_at < $5 AS cancelled_by_then
             FROM redemption_orders o
             WHERE (o.occurred_on <= $2::date AND ($1::date IS NULL OR o.occurred_on >= $1::date))
           )
           SELECT c.sub_district_code, c.sub_district_name, c.code, c.name,
                  count(DISTINCT o.resident_id) FILTER (WHERE NOT o.cancelled_by_then)::int AS residents,
                  count(o.id) FILTER (WHERE NOT o.cancelled_by_then)::int AS completed,
                  count(o.id) FILTER (WHERE o.cancelled_by_then)::int AS cancelled,
                  count(o.id) FILTER (WHERE NOT o.cancelled_by_then AND o.recorded_late)::int AS late,
                  COALESCE(SUM(o.quantity) FILTER (WHERE NOT o.cancelled_by_then), 0)::int AS items,
                  COALESCE(SUM(o.points) FILTER (WHERE NOT o.cancelled_by_then), 0)::int AS points
           FROM communities c LEFT JOIN counted o ON o.community_code = c.code
           WHERE ($3::text IS NULL OR c.code = $3) AND ($4::text IS NULL OR c.sub_district_code = $4)
           GROUP BY c.sub_district_code, c.sub_district_name, c.code, c.name
           ORDER BY c.sub_district_code, c.code
           LIMIT 100`,
};

/** A benefit's use figures as the statistics queries return them. */
export interface BenefitStatisticsRow {
  merchant_code: string;
  merchant_name: string;
  id: string;
  code: string;
  title: string;
  uses: number;
  households: number;
  late: number;
}

/** $1 from (null: since records began), $2 to, $3 merchant id, $4 benefit code. */
export const BENEFIT_STATISTICS: TalliedStatistic = {
  tallied: `SELECT m.code AS merchant_code, m.name AS merchant_name, b.id, b.code, b.title,
              COALESCE(t.uses, 0) AS uses, COALESCE(t.households, 0) AS households, COALESCE(t.recorded_late_uses, 0) AS late,
              $1::date IS NULL AND (t.last_used_on IS NULL OR t.last_used_on <= $2::date) AS tallied
       FROM benefits b JOIN merchants m ON m.id = b.merchant_id
       LEFT JOIN benefit_use_tallies t ON t.benefit_id = b.id
       WHERE ($3::uuid IS NULL OR b.merchant_id = $3) AND ($4::text IS NULL OR b.code = $4)
       ORDER BY m.code, b.code
       LIMIT 100`,
  counted: `SELECT m.code AS merchant_code, m.name AS merchant_name, b.id, b.code, b.title,
                  count(u.id)::int AS uses, count(DISTINCT u.household_id)::int AS households,
                  count(u.id) FILTER (WHERE u.recorded_late)::int AS late
           FROM benefits b JOIN merchants m ON m.id = b.merchant_id
           LEFT JOIN benefit_uses u ON u.benefit_id = b.id AND (u.used_on <= $2::date AND ($1::date IS NULL OR u.used_on >= $1::date))
           WHERE ($3::uuid IS NULL OR b.merchant_id = $3) AND ($4::text IS NULL OR b.code = $4)
           GROUP BY m.code, m.name, b.id, b.code, b.title
           ORDER BY m.code, b.code
           LIMIT 100`,
};

/** A community's households per level as the statistics queries return them. */
export interface RatingLevelStatisticsRow {
  sub_district_code: string;
  sub_district_name: string;
  code: string;
  name: string;
  households: number;
  unrated: number;
  a: number;
  aa: number;
  aaa: number;
}

/** $1 the end of the day asked for (exclusive), $2 community code, $3 sub-district code. */
export const RATING_LEVEL_STATISTICS: TalliedStatistic = {
  tallied: `SELECT c.sub_district_code, c.sub_district_name, c.code, c.name,
              COALESCE(t.unrated + t.level_a + t.level_aa + t.level_aaa, 0) AS households, COALESCE(t.unrated, 0) AS unrated,
              COALESCE(t.level_a, 0) AS a, COALESCE(t.level_aa, 0) AS aa, COALESCE(t.level_aaa, 0) AS aaa,
              t.last_changed_at IS NULL OR t.last_changed_at < $1 AS tallied
       FROM communities c LEFT JOIN community_rating_tallies t ON t.community_code = c.code
       WHERE ($2::text IS NULL OR c.code = $2) AND ($3::text IS NULL OR c.sub_district_code = $3)
       ORDER BY c.sub_district_code, c.code
       LIMIT 100`,
  counted: `WITH level_then AS (
             SELECT DISTINCT ON (household_id) household_id, to_level
             FROM household_rating_changes WHERE changed_at < $1
             ORDER BY household_id, position DESC
           )
           SELECT c.sub_district_code, c.sub_district_name, c.code, c.name,
                  count(h.id)::int AS households,
                  count(h.id) FILTER (WHERE l.to_level IS NULL)::int AS unrated,
                  count(h.id) FILTER (WHERE l.to_level = 'A')::int AS a,
                  count(h.id) FILTER (WHERE l.to_level = 'AA')::int AS aa,
                  count(h.id) FILTER (WHERE l.to_level = 'AAA')::int AS aaa
           FROM communities c
           LEFT JOIN households h ON h.community_code = c.code AND h.created_at < $1
           LEFT JOIN level_then l ON l.household_id = h.id
           WHERE ($2::text IS NULL OR c.code = $2) AND ($3::text IS NULL OR c.sub_district_code = $3)
           GROUP BY c.sub_district_code, c.sub_district_name, c.code, c.name
           ORDER BY c.sub_district_code, c.code
           LIMIT 100`,
};
