import { queryDatabase } from './test-env.js';

/** A running tally and the same figures counted afresh from the records it tallies. */
type TallyChecks = Record<string, { recounted: string; tallied: string }>;

/**
 * The running tallies behind the credit statistics. The rating tallies read the households' stored levels, so
 * households whose stored level or its time is not that of their latest rating change are listed too.
 */
export const CREDIT_TALLIES: TallyChecks = {
  redemptions: {
    recounted: `SELECT community_code, count(DISTINCT resident_id) FILTER (WHERE cancelled_at IS NULL)::int, count(*) FILTER (WHERE cancelled_at IS NULL)::int,
                       count(*) FILTER (WHERE cancelled_at IS NOT NULL)::int, count(*) FILTER (WHERE cancelled_at IS NULL AND recorded_late)::int,
                       COALESCE(sum(quantity) FILTER (WHERE cancelled_at IS NULL), 0)::int, COALESCE(sum(points) FILTER (WHERE cancelled_at IS NULL), 0)::int,
                       max(occurred_on), max(cancelled_at)
                  FROM redemption_orders GROUP BY community_code`,
    tallied: `SELECT * FROM community_redemption_tallies`,
  },
  redeemingResidents: {
    recounted: `SELECT community_code, resident_id, count(*)::int FROM redemption_orders WHERE cancelled_at IS NULL GROUP BY community_code, resident_id`,
    tallied: `SELECT * FROM redemption_residents`,
  },
  benefitUses: {
    recounted: `SELECT benefit_id, count(*)::int, count(DISTINCT household_id)::int, count(*) FILTER (WHERE recorded_late)::int, max(used_on)
                  FROM benefit_uses GROUP BY benefit_id`,
    tallied: `SELECT * FROM benefit_use_tallies`,
  },
  benefitHouseholds: {
    recounted: `SELECT benefit_id, household_id, count(*)::int FROM benefit_uses GROUP BY benefit_id, household_id`,
    tallied: `SELECT * FROM benefit_use_households`,
  },
  ratingLevels: {
    recounted: `SELECT community_code, count(*) FILTER (WHERE level IS NULL)::int, count(*) FILTER (WHERE level = 'A')::int,
                       count(*) FILTER (WHERE level = 'AA')::int, count(*) FILTER (WHERE level = 'AAA')::int, max(GREATEST(created_at, level_changed_at))
                  FROM households GROUP BY community_code`,
    tallied: `SELECT * FROM community_rating_tallies`,
  },
  storedLevels: {
    recounted: `SELECT h.id, l.to_level, l.changed_at FROM households h
                  LEFT JOIN LATERAL (SELECT to_level, changed_at FROM household_rating_changes c WHERE c.household_id = h.id ORDER BY position DESC LIMIT 1) l ON true`,
    tallied: `SELECT id, level, level_changed_at FROM households`,
  },
};

/**
 * The running tallies behind the complaint statistics: the counts per unit and category, and the cells whose latest
 * filing or finishing seen is earlier than one of their complaints' (those times only ever grow, so they may be
 * later than any complaint left in the cell, never earlier).
 */
export const COMPLAINT_TALLIES: TallyChecks = {
  complaints: {
    recounted: `SELECT unit_code, category, count(*)::int, count(*) FILTER (WHERE status = 'closed' AND finished_at IS NOT NULL)::int,
                       count(*) FILTER (WHERE status = 'rejected' AND finished_at IS NOT NULL)::int
                  FROM complaints GROUP BY unit_code, category`,
    tallied: `SELECT unit_code, category, received, closed, rejected FROM complaint_tallies WHERE (received, closed, rejected) <> (0, 0, 0)`,
  },
  latestTimes: {
    recounted: `SELECT DISTINCT unit_code, category FROM complaints`,
    tallied: `SELECT unit_code, category FROM complaint_tallies t
               WHERE received > 0 AND NOT EXISTS (
                 SELECT 1 FROM complaints c WHERE c.unit_code IS NOT DISTINCT FROM t.unit_code AND c.category = t.category
                    AND (c.filed_at > t.last_filed_at OR c.finished_at > COALESCE(t.last_finished_at, '-infinity')))`,
  },
};

/** The rows on either side of each check that the other lacks: none when the tallies are right. */
export async function tallyDisagreements(databaseUrl: string, checks: TallyChecks): Promise<Record<string, unknown[]>> {
  const disagreements: Record<string, unknown[]> = {};
  for (const [name, { recounted, tallied }] of Object.entries(checks)) {
    const rows = await queryDatabase(databaseUrl, `(${recounted} EXCEPT ${tallied}) UNION ALL (${tallied} EXCEPT ${recounted})`);
    if (rows.length > 0) disagreements[name] = rows;
  }
  return disagreements;
}
