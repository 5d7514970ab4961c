import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';

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
const outbox = (client: pg.PoolClient, topic: string, type: string, key: string, data: unknown) =>
  client.query(`INSERT INTO outbox (event_id, topic, record_key, type, envelope) VALUES ($1, $2, $3, $4, $5)`, [randomUUID(), topic, key, type, JSON.stringify({ type, data })]);

app.get('/health', async () => ({ status: 'up' }));

app.get('/api/v1/credit/indicators', async (request) => {
  const limit = Number((request.query as { limit?: string }).limit ?? 20);
  const { rows } = await pools.credit.query(
    `SELECT id, code, category, name, points, limit_per_period, active, created_at, retired_at FROM indicators ORDER BY code ASC LIMIT $1`,
    [limit + 1],
  );
  return { items: rows.slice(0, limit), nextCursor: rows.length > limit ? rows[limit - 1].code : null };
});

app.get('/api/v1/credit/ledger-entries', async (request) => {
  const limit = Number((request.query as { limit?: string }).limit ?? 20);
  const { rows } = await pools.credit.query(
    `SELECT e.* FROM ledger_entries e INNER JOIN communities c ON c.code = e.community_code ORDER BY e.position DESC LIMIT $1`,
    [limit + 1],
  );
  return { items: rows.slice(0, limit), nextCursor: rows.length > limit ? String(rows[limit - 1].position) : null };
});

app.get('/api/v1/credit/redemption-statistics', async () => ({
  communities: (
    await pools.credit.query(
      `SELECT c.code, c.name, c.reported_redeeming_residents AS reported,
              count(DISTINCT o.resident_id) FILTER (WHERE o.status = 'completed')::int AS residents,
              count(o.id) FILTER (WHERE o.status = 'completed')::int AS completed,
              count(o.id) FILTER (WHERE o.status = 'cancelled')::int AS cancelled,
              COALESCE(SUM(o.quantity) FILTER (WHERE o.status = 'completed'), 0)::int AS items,
              COALESCE(SUM(o.points) FILTER (WHERE o.status = 'completed'), 0)::int AS points
       FROM communities c LEFT JOIN redemption_orders o ON o.community_code = c.code
       WHERE $1::text IS NULL OR c.code = $1
       GROUP BY c.code, c.name, c.reported_redeeming_residents ORDER BY c.code LIMIT 100`,
      [null],
    )
  ).rows,
}));

app.get('/api/v1/credit/benefit-statistics', async () => ({
  benefits: (
    await pools.credit.query(
      `SELECT b.id, b.title, m.name AS merchant, b.reported_uses AS reported, count(u.id)::int AS uses, count(DISTINCT u.household_id)::int AS households
       FROM benefits b JOIN merchants m ON m.id = b.merchant_id LEFT JOIN benefit_uses u ON u.benefit_id = b.id
       WHERE $1::uuid IS NULL OR b.merchant_id = $1
       GROUP BY b.id, b.code, b.title, m.name, b.reported_uses ORDER BY b.code LIMIT 100`,
      [null],
    )
  ).rows,
}));

app.get('/api/v1/supervision/complaints/statistics', async () => ({
  items: (
    await pools.supervision.query(
      `SELECT unit_code, category, count(*) AS received, count(*) FILTER (WHERE status = 'closed') AS closed, count(*) FILTER (WHERE status = 'rejected') AS rejected
         FROM complaints GROUP BY unit_code, category ORDER BY unit_code NULLS FIRST, category`,
    )
  ).rows,
}));

app.get('/api/v1/land/statistics/approvals', async () => {
  const approved = `SELECT b.id, b.decided_on FROM batches b WHERE b.status = 'approved' AND ($1::int IS NULL OR b.decided_on >= make_date($1::int, 1, 1))`;
  const [totals, years, projects] = [
    await pools.land.query(`SELECT count(DISTINCT a.id)::int AS batches, COALESCE(SUM(p.area_mu), 0)::numeric(16, 4)::text AS total FROM (${approved}) a LEFT JOIN batch_parcels p ON p.batch_id = a.id`, [null]),
    await pools.land.query(
      `SELECT extract(year FROM a.decided_on)::int AS year, count(DISTINCT a.id)::int AS batches, COALESCE(SUM(p.area_mu), 0)::numeric(16, 4)::text AS area
         FROM (${approved}) a LEFT JOIN batch_parcels p ON p.batch_id = a.id GROUP BY 1 ORDER BY 1`,
      [null],
    ),
    await pools.land.query(
      `SELECT p.project_id, pr.name AS project_name, count(DISTINCT a.id)::int AS batches, SUM(p.area_mu)::numeric(16, 4)::text AS area, count(*) OVER ()::int AS n
         FROM (${approved}) a JOIN batch_parcels p ON p.batch_id = a.id JOIN projects pr ON pr.id = p.project_id
        GROUP BY p.project_id, pr.name ORDER BY SUM(p.area_mu) DESC, pr.name LIMIT 100`,
      [null],
    ),
  ];
  return { totals: totals.rows[0], byYear: years.rows, byProject: projects.rows };
});

const STEPS = ['survey', 'assessment', 'announcement', 'hearing', 'registration', 'agreement'];
app.post('/api/v1/land/projects', async (request, reply) => {
  const input = request.body as { name: string; category: string; requestedAreaMu: string };
  const project = await transaction(pools.land, async (client) => {
    const id = randomUUID();
    await client.query(`INSERT INTO projects (id, name, category, requested_area_mu, created_at, created_by) VALUES ($1, $2, $3, $4, now(), 'bench-bare')`, [id, input.name, input.category, input.requestedAreaMu]);
    await client.query(`INSERT INTO pre_work_steps (project_id, step, position, status) SELECT $1, step, position, 'pending' FROM unnest($2::text[]) WITH ORDINALITY AS s (step, position)`, [id, STEPS]);
    const { rows } = await client.query(`SELECT id, name, category, requested_area_mu::text AS area, created_at FROM projects WHERE id = $1`, [id]);
    const stored = rows[0];
    await audit(client, 'project.register', 'project', id, { name: stored.name, requestedAreaMu: stored.area });
    await outbox(client, 'zone.land.project-registered.v1', 'zone.land.project-registered.v1', id, { projectId: id, name: stored.name, category: stored.category, requestedAreaMu: stored.area, registeredAt: stored.created_at });
    return stored;
  });
  return reply.code(201).send(project);
});

app.post('/api/v1/credit/ledger-entries', async (request, reply) => {
  const input = request.body as { residentId: string; indicatorCode: string; reason: string };
  const entry = await transaction(pools.credit, async (client) => {
    const indicator = (await client.query(`SELECT id, code, category, points FROM indicators WHERE code = $1`, [input.indicatorCode])).rows[0];
    const resident = (await client.query(`SELECT id, household_id, community_code, earned, deducted, redeemed FROM residents WHERE id = $1 FOR UPDATE`, [input.residentId])).rows[0];
    const id = randomUUID();
    const balance = resident.earned + indicator.points - resident.deducted - resident.redeemed;
    await client.query(
      `INSERT INTO ledger_entries (id, resident_id, household_id, community_code, kind, movement, amount, score_delta, balance_delta, indicator_id, indicator_code, category,
                                   period, occurred_on, reason, source, actor_id, score_after, balance_after, recorded_at)
       VALUES ($1, $2, $3, $4, 'award', 'award', $5, $5, $5, $6, $7, $8, '2026', current_date, $9, 'staff', 'bench-bare', $10, $10, now())`,
      [id, resident.id, resident.household_id, resident.community_code, indicator.points, indicator.id, indicator.code, indicator.category, input.reason, balance],
    );
    await client.query(`UPDATE residents SET earned = earned + $2, updated_at = now() WHERE id = $1`, [resident.id, indicator.points]);
    await client.query(`UPDATE households SET score = score + $2 WHERE id = $1`, [resident.household_id, indicator.points]);
    await audit(client, 'ledger.award', 'ledger-entry', id, { residentId: resident.id, indicatorCode: indicator.code });
    await outbox(client, 'zone.credit.ledger-entry-recorded.v1', 'zone.credit.ledger-entry-recorded.v1', resident.id, { entryId: id });
    return { id, balanceAfter: balance };
  });
  return reply.code(201).send(entry);
});

app.post('/api/v1/supervision/complaints', async (request, reply) => {
  const input = request.body as { category: string; content: string };
  const complaint = await transaction(pools.supervision, async (client) => {
    const id = randomUUID();
    const trackingCode = `TS-${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`;
    await client.query(
      `INSERT INTO complaints (id, tracking_code, category, content, anonymous, department, status, step_due_on, filed_at, updated_at)
       VALUES ($1, $2, $3, $4, true, 'discipline-office', 'received', current_date + 5, now(), now())`,
      [id, trackingCode, input.category, input.content],
    );
    await client.query(`INSERT INTO complaint_steps (complaint_id, seq, kind, status, actor_id, actor_label, at, due_on) VALUES ($1, 1, 'status', 'received', 'anonymous', 'public', now(), current_date + 5)`, [id]);
    await audit(client, 'complaint.file', 'complaint', id, { category: input.category });
    await outbox(client, 'zone.supervision.complaint-filed.v1', 'zone.supervision.complaint-filed.v1', id, { complaintId: id });
    return { id, trackingCode };
  });
  return reply.code(201).send(complaint);
});

await app.listen({ port: Number(env.PORT ?? 0), host: '127.0.0.1' });
const close = () => void app.close().then(() => Promise.all(Object.values(pools).map((pool) => pool.end()))).then(() => process.exit(0));
process.once('SIGTERM', close);
process.once('SIGINT', close);
