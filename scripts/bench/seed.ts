import pg from 'pg';
import type { ServiceName } from '#contracts';

/**
 * Bulk data for the benchmark, written with set-based SQL straight into the services' migrated databases
 * (the API would take hours for these volumes). It bypasses the API: no audit rows or events for seeded rows. The
 * databases' triggers still run, so the statistics tallies (credit's per community and benefit, supervision's per
 * unit and category of complaint) count the seeded rows.
 * Communities, indicators, units, merchants and goods come from the demo data loaded through the API first;
 * encrypted personal fields are copied from a demo resident so that lists still decrypt them.
 */
export interface SeedVolumes {
  residents: number;
  ledgerEntries: number;
  redemptionOrders: number;
  benefitUses: number;
  complaints: number;
  enterprises: number;
  approvedBatches: number;
}

/** Nothing seeded yet: the start of the first round. */
export const NOTHING_SEEDED: SeedVolumes = {
  residents: 0,
  ledgerEntries: 0,
  redemptionOrders: 0,
  benefitUses: 0,
  complaints: 0,
  enterprises: 0,
  approvedBatches: 0,
};

/**
 * Seeding goes in rounds, so that the same run measures at a small size and again grown tenfold: each round adds
 * the rows between what earlier rounds seeded (`from`) and the volumes wanted (`to`), numbered on from there.
 */
export interface SeedRound {
  from: SeedVolumes;
  to: SeedVolumes;
}

export function volumesFor(scale: number): SeedVolumes {
  const of = (count: number) => Math.max(1, Math.round(count * scale));
  return {
    residents: of(10_000),
    ledgerEntries: of(100_000),
    // Every tenth ledger entry is a redemption with its order.
    redemptionOrders: Math.floor(of(100_000) / 10),
    benefitUses: of(10_000),
    complaints: of(10_000),
    enterprises: of(2_000),
    approvedBatches: of(500),
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Vacuums and analyses after a bulk seed, as autovacuum would soon after: the seed's dead row versions (the tallies'
 * triggers update a row once per seeded row) are cleared and autovacuum does not start in the middle of a measurement.
 */
async function settle(db: pg.Client): Promise<void> {
  await db.query('VACUUM (ANALYZE)');
}

/** One household per resident (so "households" and "residents" are the same count); entries spread over all of them. */
export async function seedCredit(url: string, { from, to }: SeedRound): Promise<void> {
  await withClient(url, async (db) => {
    await db.query('BEGIN');
    const [{ lastPosition }] = (await db.query<{ lastPosition: string }>(`SELECT coalesce(max(position), 0) AS "lastPosition" FROM ledger_entries`)).rows as [
      { lastPosition: string },
    ];
    await db.query(
      `INSERT INTO households (id, community_code, household_number, card_number, created_at)
       SELECT gen_random_uuid(), c.code, 'B-' || lpad(g::text, 7, '0'), 'XB-' || lpad(g::text, 12, '0'), now() - (g || ' minutes')::interval
         FROM generate_series($1::int + 1, $2::int) g
         JOIN LATERAL (SELECT code FROM communities ORDER BY code OFFSET (g % (SELECT count(*) FROM communities)) LIMIT 1) c ON true`,
      [from.residents, to.residents],
    );
    await db.query(
      `INSERT INTO residents (id, household_id, community_code, name_encrypted, id_number_encrypted, id_number_hash, created_at, updated_at)
       SELECT gen_random_uuid(), h.id, h.community_code, t.name_encrypted, t.id_number_encrypted, md5(h.id::text) || md5(h.card_number), h.created_at, h.created_at
         FROM households h CROSS JOIN (SELECT name_encrypted, id_number_encrypted FROM residents LIMIT 1) t
        WHERE h.household_number LIKE 'B-%' AND NOT EXISTS (SELECT 1 FROM residents x WHERE x.household_id = h.id)`,
    );
    // Awards from the catalogue, and redemptions that the seeded orders point at.
    await db.query(
      `WITH r AS (SELECT id, household_id, community_code, row_number() OVER (ORDER BY id) AS n FROM residents),
            i AS (SELECT i.id, i.code, i.category, v.version, v.points, row_number() OVER (ORDER BY i.code) AS n
                    FROM indicators i JOIN indicator_versions v ON v.indicator_id = i.id AND v.version = 1 WHERE v.points > 0),
            counts AS (SELECT (SELECT count(*) FROM r) AS residents, (SELECT count(*) FROM i) AS indicators)
       INSERT INTO ledger_entries (id, resident_id, household_id, community_code, kind, movement, amount, score_delta, balance_delta,
                                   indicator_id, indicator_version, indicator_code, category, period, occurred_on, reason, source, actor_id, score_after, balance_after, recorded_at)
       SELECT gen_random_uuid(), r.id, r.household_id, r.community_code,
              CASE WHEN g % 10 = 0 THEN 'redemption' ELSE 'award' END, CASE WHEN g % 10 = 0 THEN 'redemption' ELSE 'award' END,
              CASE WHEN g % 10 = 0 THEN 1 ELSE i.points END, CASE WHEN g % 10 = 0 THEN 0 ELSE i.points END, CASE WHEN g % 10 = 0 THEN -1 ELSE i.points END,
              CASE WHEN g % 10 = 0 THEN NULL ELSE i.id END, CASE WHEN g % 10 = 0 THEN NULL ELSE i.version END, CASE WHEN g % 10 = 0 THEN NULL ELSE i.code END, CASE WHEN g % 10 = 0 THEN NULL ELSE i.category END,
              '2026', DATE '2026-01-01' + (g % 300)::int, 'bench seed', 'staff', 'bench-seed', 0, 0, now() - (g || ' seconds')::interval
         FROM generate_series($1::int + 1, $2::int) g CROSS JOIN counts
         JOIN r ON r.n = 1 + g % counts.residents
         JOIN i ON i.n = 1 + g % counts.indicators`,
      [from.ledgerEntries, to.ledgerEntries],
    );
    await db.query(
      `WITH goods_n AS (SELECT id, name, point_price, community_code, row_number() OVER (ORDER BY code) AS n FROM goods),
            redemptions AS (SELECT e.*, row_number() OVER (ORDER BY e.position) AS n FROM ledger_entries e WHERE e.kind = 'redemption' AND e.actor_id = 'bench-seed' AND e.position > $1)
       INSERT INTO redemption_orders (id, goods_id, goods_name, community_code, resident_id, household_id, quantity, points, status, ledger_entry_id, actor_id,
                                      created_at, cancelled_at, occurred_on, recorded_late)
       SELECT gen_random_uuid(), g.id, g.name, e.community_code, e.resident_id, e.household_id, 1, g.point_price,
              CASE WHEN e.n % 10 = 0 THEN 'cancelled' ELSE 'completed' END, e.id, 'bench-seed',
              e.recorded_at, CASE WHEN e.n % 10 = 0 THEN e.recorded_at END, e.occurred_on, e.n % 20 = 1
         FROM redemptions e JOIN goods_n g ON g.n = 1 + e.n % (SELECT count(*) FROM goods_n)`,
      [lastPosition],
    );
    await db.query(
      `WITH b AS (SELECT id, merchant_id, row_number() OVER (ORDER BY code) AS n FROM benefits),
            h AS (SELECT id, community_code, row_number() OVER (ORDER BY id) AS n FROM households)
       INSERT INTO benefit_uses (id, benefit_id, merchant_id, household_id, community_code, level_at_use, actor_id, used_at, used_on, recorded_late)
       SELECT gen_random_uuid(), b.id, b.merchant_id, h.id, h.community_code, 'AA', 'bench-seed', now() - (g || ' minutes')::interval,
              ((now() - (g || ' minutes')::interval) AT TIME ZONE 'Asia/Shanghai')::date, g % 20 = 1
         FROM generate_series($1::int + 1, $2::int) g
         JOIN b ON b.n = 1 + g % (SELECT count(*) FROM b)
         JOIN h ON h.n = 1 + g % (SELECT count(*) FROM h)`,
      [from.benefitUses, to.benefitUses],
    );
    // Balances consistent with the seeded entries, so later awards and redemptions see sane totals.
    await db.query(
      `UPDATE residents r SET earned = r.earned + s.earned, redeemed = r.redeemed + s.redeemed
         FROM (SELECT resident_id, coalesce(sum(amount) FILTER (WHERE kind = 'award'), 0)::int AS earned,
                      coalesce(sum(amount) FILTER (WHERE kind = 'redemption'), 0)::int AS redeemed
                 FROM ledger_entries WHERE actor_id = 'bench-seed' AND position > $1 GROUP BY resident_id) s
        WHERE s.resident_id = r.id`,
      [lastPosition],
    );
    await db.query(
      `UPDATE households h SET score = s.score FROM (SELECT household_id, sum(score_delta)::int AS score FROM ledger_entries GROUP BY household_id) s WHERE s.household_id = h.id`,
    );
    await db.query('COMMIT');
    await settle(db);
  });
}

export async function seedSupervision(url: string, { from, to }: SeedRound, categories: readonly string[]): Promise<void> {
  await withClient(url, async (db) => {
    await db.query('BEGIN');
    await db.query(
      `WITH u AS (SELECT code, row_number() OVER (ORDER BY code) AS n FROM supervision_units),
            c AS (SELECT category, row_number() OVER () AS n FROM unnest($3::text[]) category)
       INSERT INTO complaints (id, tracking_code, category, unit_code, content, anonymous, department, status, filed_at, updated_at, finished_at)
       SELECT gen_random_uuid(), 'TS-B' || lpad(g::text, 11, '0'), c.category, u.code, '基准测试投诉内容', true, 'discipline-office', s.status,
              now() - (g || ' hours')::interval, now() - (g || ' hours')::interval,
              CASE WHEN s.status IN ('closed', 'rejected') THEN now() - (g || ' hours')::interval + interval '30 minutes' END
         FROM generate_series($1::int + 1, $2::int) g
         CROSS JOIN LATERAL (SELECT (ARRAY['received', 'accepted', 'in-progress', 'answered', 'closed', 'closed', 'closed', 'rejected'])[1 + g % 8] AS status) s
         JOIN u ON u.n = 1 + g % (SELECT count(*) FROM u)
         JOIN c ON c.n = 1 + g % cardinality($3::text[])`,
      [from.complaints, to.complaints, categories],
    );
    await db.query(
      `INSERT INTO complaint_steps (complaint_id, seq, kind, status, actor_id, actor_label, at)
       SELECT id, 1, 'status', 'received', 'bench-seed', 'bench', filed_at FROM complaints c
        WHERE NOT EXISTS (SELECT 1 FROM complaint_steps s WHERE s.complaint_id = c.id)`,
    );
    await db.query('COMMIT');
    await settle(db);
  });
}

/**
 * Enterprises with one survey each (copied from a demo survey, so its encrypted owner name decrypts), spread over
 * the demo data's sectors and parks and over 2026; every third one taken under management on its survey day.
 */
export async function seedParty(url: string, { from, to }: SeedRound): Promise<void> {
  await withClient(url, async (db) => {
    await db.query('BEGIN');
    await db.query(
      `WITH sectors AS (SELECT sector, row_number() OVER (ORDER BY sector) AS n FROM (SELECT DISTINCT sector FROM surveyed_entities) s),
            parks AS (SELECT park, row_number() OVER (ORDER BY park NULLS FIRST) AS n FROM (SELECT DISTINCT park FROM surveyed_entities) p)
       INSERT INTO surveyed_entities (id, credit_code, name, kind, sector, park, management_status, managed_on, created_at, updated_at)
       SELECT gen_random_uuid(), '91340800BN' || lpad(g::text, 8, '0'), '基准企业' || g, 'enterprise', s.sector, p.park,
              CASE WHEN g % 3 = 0 THEN 'under-management' ELSE 'not-under-management' END,
              CASE WHEN g % 3 = 0 THEN DATE '2026-01-01' + g % 300 END, now(), now()
         FROM generate_series($1::int + 1, $2::int) g
         JOIN sectors s ON s.n = 1 + g % (SELECT count(*) FROM sectors)
         JOIN parks p ON p.n = 1 + g % (SELECT count(*) FROM parks)`,
      [from.enterprises, to.enterprises],
    );
    await db.query(
      `INSERT INTO surveys (id, entity_id, surveyed_on, owner_name_encrypted, owner_political_status, operating_status, employee_count, party_organisation,
                            mass_organisations, party_member_count, surveyor, notes, recorded_at, recorded_by)
       SELECT gen_random_uuid(), e.id, DATE '2026-01-01' + substr(e.credit_code, 11)::int % 300, t.owner_name_encrypted, t.owner_political_status, t.operating_status,
              t.employee_count, t.party_organisation, t.mass_organisations, t.party_member_count, t.surveyor, NULL, now(), 'bench-seed'
         FROM surveyed_entities e CROSS JOIN (SELECT * FROM surveys LIMIT 1) t
        WHERE e.credit_code LIKE '91340800BN%' AND NOT EXISTS (SELECT 1 FROM surveys x WHERE x.entity_id = e.id)`,
    );
    await db.query('COMMIT');
    await settle(db);
  });
}

/**
 * Land projects up to `total` (counting those already there); every second one with a schedule (started, target
 * date, nine planned milestones, its first two pre-work steps completed) so the dashboard has risks to rank. Supervision's
 * read model gets the same rows, as the project-registered events would have put there.
 */
export async function seedLandProjects(landUrl: string, supervisionUrl: string, total: number): Promise<number> {
  const added = await withClient(landUrl, async (db) => {
    const [{ existing }] = (await db.query<{ existing: number }>(`SELECT count(*)::int AS existing FROM projects`)).rows as [{ existing: number }];
    const count = Math.max(0, total - existing);
    if (count === 0) return [];
    await db.query('BEGIN');
    const { rows } = await db.query<{ id: string; name: string; category: string; requested_area_mu: string; created_at: Date }>(
      `INSERT INTO projects (id, name, category, requested_area_mu, created_at, created_by, started_on, target_date)
       SELECT gen_random_uuid(), '基准项目' || ($2 + g), (ARRAY['provincial-key', 'municipal-key', 'zone-key', 'ordinary'])[1 + g % 4], ((10 + g % 400) || '.5000')::numeric,
              now() - (g || ' minutes')::interval, 'bench-seed',
              CASE WHEN g % 2 = 0 THEN DATE '2026-06-01' + (g % 120) END, CASE WHEN g % 2 = 0 THEN DATE '2026-09-01' + (g % 240) END
         FROM generate_series(1, $1) g
       RETURNING id, name, category, requested_area_mu::text, created_at`,
      [count, existing],
    );
    // Pre-work steps are stored once something is recorded for them: a scheduled project has its first two done.
    await db.query(
      `INSERT INTO pre_work_steps (project_id, step, position, status, started_on, completed_on)
       SELECT p.id, s.step, s.position, 'completed', p.started_on, p.started_on + s.position * 5
         FROM projects p CROSS JOIN (VALUES ('survey', 1), ('assessment', 2)) AS s (step, position)
        WHERE p.created_by = 'bench-seed' AND p.started_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pre_work_steps w WHERE w.project_id = p.id)`,
    );
    await db.query(
      `INSERT INTO project_milestones (project_id, milestone, position, planned_start, planned_end)
       SELECT p.id, m.milestone, m.position, p.started_on + (m.position - 1) * 10, p.started_on + m.position * 10 - 1
         FROM projects p CROSS JOIN (VALUES ('survey', 1), ('assessment', 2), ('announcement', 3), ('hearing', 4), ('registration', 5), ('agreement', 6),
                                            ('file-assembly', 7), ('submission', 8), ('approval', 9)) AS m (milestone, position)
        WHERE p.created_by = 'bench-seed' AND p.started_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM project_milestones x WHERE x.project_id = p.id)`,
    );
    await db.query('COMMIT');
    await settle(db);
    return rows;
  });
  if (added.length > 0) {
    await withClient(supervisionUrl, async (db) => {
      await db.query(
        `INSERT INTO land_projects (project_id, name, category, requested_area_mu, registered_at, last_event_id, received_at)
         SELECT id, name, category, area::numeric, created_at, 'bench-seed', now()
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS t (id, name, category, area, created_at)`,
        [
          added.map((row) => row.id),
          added.map((row) => row.name),
          added.map((row) => row.category),
          added.map((row) => row.requested_area_mu),
          added.map((row) => row.created_at),
        ],
      );
    });
  }
  return added.length;
}

/** Approved batches (recorded, as from before the platform), one parcel each on a seeded project, for the approval statistics. */
export async function seedApprovedBatches(landUrl: string, { from, to }: SeedRound): Promise<void> {
  await withClient(landUrl, async (db) => {
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO batches (id, name, origin, status, opened_on, approving_authority, document_number, decided_on, created_at, created_by, updated_at)
       SELECT gen_random_uuid(), '基准批次' || g, 'recorded', 'approved', DATE '2018-01-01' + g, '安徽省人民政府', '皖政地〔B〕' || g || '号',
              DATE '2018-03-01' + (g % 3000), now(), 'bench-seed', now()
         FROM generate_series($1::int + 1, $2::int) g`,
      [from.approvedBatches, to.approvedBatches],
    );
    await db.query(
      `WITH b AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM batches
                   WHERE created_by = 'bench-seed' AND NOT EXISTS (SELECT 1 FROM batch_parcels x WHERE x.batch_id = batches.id)),
            p AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM projects WHERE created_by = 'bench-seed')
       INSERT INTO batch_parcels (id, batch_id, project_id, parcel_code, area_mu, created_at)
       SELECT gen_random_uuid(), b.id, p.id, 'P-' || b.n, ((5 + b.n % 90) || '.2500')::numeric, now()
         FROM b JOIN p ON p.n = 1 + b.n % (SELECT count(*) FROM p)`,
    );
    await db.query('COMMIT');
    await settle(db);
  });
}

export type SeededDatabases = Record<ServiceName, string>;
