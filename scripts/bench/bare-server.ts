import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import { ComplaintFiled, CreditPointsAwarded, LandProjectRegistered, type EventData, type EventDefinition, type EventEnvelope } from '#contracts';
import { shanghaiDateOf, shanghaiDayEndExclusive } from '#working-calendar/core';
import { APPROVALS_BY_PROJECT_SQL, APPROVALS_BY_YEAR_SQL } from '../../apps/land/src/statistics/approval-statistics-query.js';
import { MEETINGS_BY_CATEGORY_SQL, MEETINGS_BY_MONTH_SQL } from '../../apps/land/src/statistics/meeting-statistics-query.js';
import { CAMPAIGN_COUNTS_SQL, COVERAGE_SQL, ENTITY_COUNTS_SQL, MANAGED_BY_DAY_SQL } from '../../apps/party/src/statistics/entity-statistics-query.js';
import { BENEFIT_STATISTICS, RATING_LEVEL_STATISTICS, REDEMPTION_STATISTICS, talliedOrCounted } from '../../apps/credit/src/shared/tallied-statistics.js';
import { COMPLAINT_STATISTICS_SQL, type ComplaintStatisticsRow } from '../../apps/supervision/src/complaints/complaint-statistics-query.js';

/**
 * The baseline: plain Fastify and pg, no Nest, no validation, no auth, no audit context. Reads run the SQL the
 * services run; creates write the same rows in one transaction (the row, its children, an audit row and an
 * outbox row) without idempotency records. Whatever the platform costs beyond this is its framework's price.
 */
const env = process.env;
const pools = {
  credit: new pg.Pool({ connectionString: env.CREDIT_DATABASE_URL, max: 10 }),
  land: new pg.Pool({ connectionString: env.LAND_DATABASE_URL, max: 10 }),
  supervision: new pg.Pool({ connectionString: env.SUPERVISION_DATABASE_URL, max: 10 }),
  party: new pg.Pool({ connectionString: env.PARTY_DATABASE_URL, max: 10 }),
};
const app = Fastify({ logger: false });

async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const audit = (client: pg.PoolClient, action: string, type: string, id: string, details: unknown) =>
  client.query(
    `INSERT INTO audit_log (actor_id, actor_name, actor_kind, actor_roles, actor_units, request_id, action, target_type, target_id, details)
     VALUES ('bench-bare', 'Benchmark', 'user', '{}', '{zone}', $1, $2, $3, $4, $5)`,
    [randomUUID(), action, type, id, JSON.stringify(details)],
  );

/** The relay's channel (libs/messaging OUTBOX_CHANNEL). */
const OUTBOX_CHANNEL = 'zone_outbox';

/**
 * A valid event in the outbox, with the notification that wakes the relay: the platform's relays publish it after
 * commit and its consumers apply it, as they do the service's own events. The envelope is the one the messaging
 * layer's buildEnvelope makes (validated data, CloudEvents attributes); that function is not imported because it
 * reads the platform's request context, and loading the platform would put Nest into the baseline.
 */
async function publish<D extends EventDefinition>(client: pg.PoolClient, definition: D, subject: string, data: EventData<D>): Promise<void> {
  const problems = definition.validate(data);
  if (problems.length > 0) throw new Error(`${definition.type} data is invalid: ${problems.join('; ')}`);
  const id = randomUUID();
  const envelope: EventEnvelope<EventData<D>> = {
    specversion: '1.0',
    id,
    source: `/zone/${definition.producer}`,
    type: definition.type,
    time: new Date().toISOString(),
    subject,
    datacontenttype: 'application/json',
    correlationid: id,
    data,
  };
  await client.query(`INSERT INTO outbox (event_id, topic, record_key, type, envelope) VALUES ($1, $2, $3, $4, $5)`, [
    id,
    definition.topic,
    subject,
    definition.type,
    JSON.stringify(envelope),
  ]);
  await client.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
}

app.get('/health', async () => ({ status: 'up' }));

/** Statistics answer as of today (Asia/Shanghai) when no period is asked for, as the services do. */
const today = () => shanghaiDateOf(new Date());

app.get('/api/v1/credit/indicators', async (request) => {
  const limit = Number((request.query as { limit?: string }).limit ?? 20);
  const { rows } = await pools.credit.query(
    `SELECT id, code, category, name, limit_per_period, active, created_at, retired_at FROM indicators ORDER BY code ASC LIMIT $1`,
    [limit + 1],
  );
  const items = rows.slice(0, limit);
  // The version in effect today, all versions of the page's indicators read in one query.
  const versions = (
    await pools.credit.query(
      `SELECT indicator_id, version, points, effective_from::text AS effective_from FROM indicator_versions WHERE indicator_id = ANY($1::uuid[]) ORDER BY version ASC`,
      [items.map((row) => row.id)],
    )
  ).rows;
  const day = today();
  return {
    items: items.map((row) => ({ ...row, current: versions.filter((version) => version.indicator_id === row.id && version.effective_from <= day).at(-1) })),
    nextCursor: rows.length > limit ? rows[limit - 1].code : null,
  };
});

app.get('/api/v1/credit/ledger-entries', async (request) => {
  const limit = Number((request.query as { limit?: string }).limit ?? 20);
  const { rows } = await pools.credit.query(
    `SELECT e.* FROM ledger_entries e INNER JOIN communities c ON c.code = e.community_code ORDER BY e.position DESC LIMIT $1`,
    [limit + 1],
  );
  return { items: rows.slice(0, limit), nextCursor: rows.length > limit ? String(rows[limit - 1].position) : null };
});

/** Rows of a statement on the credit database. */
const creditRows = async (sql: string, params: unknown[]) => (await pools.credit.query(sql, params)).rows;

app.get('/api/v1/credit/redemption-statistics', async () => {
  const period = { from: null, to: today() };
  const rows = await talliedOrCounted(creditRows, REDEMPTION_STATISTICS, [period.from, period.to, null, null, shanghaiDayEndExclusive(period.to)]);
  return { period, communities: rows };
});

app.get('/api/v1/credit/benefit-statistics', async () => {
  const period = { from: null, to: today() };
  const rows = await talliedOrCounted(creditRows, BENEFIT_STATISTICS, [period.from, period.to, null, null]);
  return { period, benefits: rows };
});

app.get('/api/v1/credit/rating-level-statistics', async () => {
  const asOf = today();
  const rows = await talliedOrCounted(creditRows, RATING_LEVEL_STATISTICS, [shanghaiDayEndExclusive(asOf), null, null]);
  return { asOf, communities: rows };
});

app.get('/api/v1/supervision/complaints/statistics', async () => {
  const period = { from: null, to: today() };
  const { rows } = await pools.supervision.query<ComplaintStatisticsRow>(COMPLAINT_STATISTICS_SQL, [null, shanghaiDayEndExclusive(period.to)]);
  return { period, items: rows.filter((row) => row.cell), bySubDistrict: rows.filter((row) => !row.cell) };
});

app.get('/api/v1/land/statistics/approvals', async () => {
  const period = { from: null, to: today() };
  const params = [period.from, period.to];
  const years = await pools.land.query(APPROVALS_BY_YEAR_SQL, params);
  const projects = await pools.land.query(APPROVALS_BY_PROJECT_SQL, params);
  return { period, byYear: years.rows, byProject: projects.rows };
});

app.get('/api/v1/land/statistics/meetings', async () => {
  const period = { from: null, to: today() };
  const params = [period.from, period.to];
  const categories = await pools.land.query(MEETINGS_BY_CATEGORY_SQL, params);
  const months = await pools.land.query(MEETINGS_BY_MONTH_SQL, params);
  return { period, byIssueCategory: categories.rows, byMonth: months.rows };
});

app.get('/api/v1/party/statistics/entities', async () => {
  const period = { from: null, to: today() };
  const params = [period.from, period.to];
  const counts = await pools.party.query(ENTITY_COUNTS_SQL, params);
  const [campaigns, byDay] = await Promise.all([pools.party.query(CAMPAIGN_COUNTS_SQL, params), pools.party.query(MANAGED_BY_DAY_SQL, params)]);
  return { period, counts: counts.rows, byCampaign: campaigns.rows, underManagementByDay: byDay.rows };
});

app.get('/api/v1/party/statistics/coverage', async () => {
  const period = { from: null, to: today() };
  const { rows } = await pools.party.query(COVERAGE_SQL, [period.from, period.to]);
  return { period, rows };
});

app.post('/api/v1/land/projects', async (request, reply) => {
  const input = request.body as { name: string; category: string; requestedAreaMu: string };
  const project = await transaction(pools.land, async (client) => {
    const id = randomUUID();
    await client.query(`INSERT INTO projects (id, name, category, requested_area_mu, created_at, created_by) VALUES ($1, $2, $3, $4, now(), 'bench-bare')`, [
      id,
      input.name,
      input.category,
      input.requestedAreaMu,
    ]);
    // No pre-work step rows: like the service, a step is stored when something is first recorded for it.
    const { rows } = await client.query(`SELECT id, name, category, requested_area_mu::text AS area, created_at FROM projects WHERE id = $1`, [id]);
    const stored = rows[0];
    await audit(client, 'project.register', 'project', id, { name: stored.name, requestedAreaMu: stored.area });
    await publish(client, LandProjectRegistered, id, {
      projectId: id,
      name: stored.name,
      category: stored.category,
      requestedAreaMu: stored.area,
      registeredAt: stored.created_at.toISOString(),
    });
    return stored;
  });
  return reply.code(201).send(project);
});

app.post('/api/v1/credit/ledger-entries', async (request, reply) => {
  const input = request.body as { residentId: string; indicatorCode: string; reason: string };
  const entry = await transaction(pools.credit, async (client) => {
    const indicator = (await client.query(`SELECT id, code, category FROM indicators WHERE code = $1`, [input.indicatorCode])).rows[0];
    // What the entry earns today: the indicator's version in effect (the service reads all versions and picks it).
    const versions = (
      await client.query(
        `SELECT version, points, effective_from::text AS effective_from FROM indicator_versions WHERE indicator_id = $1 ORDER BY version ASC`,
        [indicator.id],
      )
    ).rows;
    const { version, points } = versions.filter((row) => row.effective_from <= today()).at(-1);
    const resident = (
      await client.query(`SELECT id, household_id, community_code, earned, deducted, redeemed FROM residents WHERE id = $1 FOR UPDATE`, [input.residentId])
    ).rows[0];
    const id = randomUUID();
    const balance = resident.earned + points - resident.deducted - resident.redeemed;
    const occurredOn = today();
    const { rows } = await client.query(
      `INSERT INTO ledger_entries (id, resident_id, household_id, community_code, kind, movement, amount, score_delta, balance_delta, indicator_id, indicator_version, indicator_code,
                                   category, period, occurred_on, reason, source, actor_id, score_after, balance_after, recorded_at)
       VALUES ($1, $2, $3, $4, 'award', 'award', $5, $5, $5, $6, $7, $8, $9, '2026', $10, $11, 'staff', 'bench-bare', $12, $12, now())
       RETURNING recorded_at`,
      [
        id,
        resident.id,
        resident.household_id,
        resident.community_code,
        points,
        indicator.id,
        version,
        indicator.code,
        indicator.category,
        occurredOn,
        input.reason,
        balance,
      ],
    );
    await client.query(`UPDATE residents SET earned = earned + $2, updated_at = now() WHERE id = $1`, [resident.id, points]);
    await client.query(`UPDATE households SET score = score + $2 WHERE id = $1`, [resident.household_id, points]);
    await audit(client, 'ledger.award', 'ledger-entry', id, { residentId: resident.id, indicatorCode: indicator.code, indicatorVersion: version });
    await publish(client, CreditPointsAwarded, resident.id, {
      entryId: id,
      residentId: resident.id,
      householdId: resident.household_id,
      communityCode: resident.community_code,
      indicatorCode: indicator.code,
      category: indicator.category,
      points,
      reason: input.reason,
      source: 'staff',
      scoreAfter: balance,
      balanceAfter: balance,
      occurredOn,
      recordedAt: rows[0].recorded_at.toISOString(),
      kind: 'award',
    });
    return { id, balanceAfter: balance };
  });
  return reply.code(201).send(entry);
});

app.post('/api/v1/supervision/complaints', async (request, reply) => {
  const input = request.body as { category: string; content: string };
  const complaint = await transaction(pools.supervision, async (client) => {
    const id = randomUUID();
    const trackingCode = `TS-${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`;
    const filedOn = today();
    const { rows } = await client.query(
      `INSERT INTO complaints (id, tracking_code, category, content, anonymous, channel, department, status, step_due_on, step_due_basis, step_due_counted_from, filed_at, updated_at)
       VALUES ($1, $2, $3, $4, true, 'platform', 'discipline-office', 'received', $5::date + 5, 'official', $5, now(), now())
       RETURNING step_due_on::text AS step_due_on, filed_at`,
      [id, trackingCode, input.category, input.content, filedOn],
    );
    await client.query(
      `INSERT INTO complaint_steps (complaint_id, seq, kind, status, actor_id, actor_label, at, due_on) VALUES ($1, 1, 'status', 'received', 'anonymous', 'public', now(), $2)`,
      [id, rows[0].step_due_on],
    );
    await audit(client, 'complaint.file', 'complaint', id, { category: input.category, department: 'discipline-office', anonymous: true });
    await publish(client, ComplaintFiled, id, {
      complaintId: id,
      category: input.category as 'village-affairs',
      unitCode: null,
      department: 'discipline-office',
      anonymous: true,
      filedAt: rows[0].filed_at.toISOString(),
      acceptDueOn: rows[0].step_due_on,
      acceptDueBasis: 'official',
    });
    return { id, trackingCode };
  });
  return reply.code(201).send(complaint);
});

await app.listen({ port: Number(env.PORT ?? 0), host: '127.0.0.1' });
const close = () =>
  void app
    .close()
    .then(() => Promise.all(Object.values(pools).map((pool) => pool.end())))
    .then(() => process.exit(0));
process.once('SIGTERM', close);
process.once('SIGINT', close);
