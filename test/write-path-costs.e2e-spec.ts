import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { ServiceName } from '#contracts';
import { consumersJoined, dropTestDatabases, eventually, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const SERVICES: ServiceName[] = ['credit', 'supervision', 'land', 'party'];
const CREATES = 20;

/** Rows one registration may leave per table (inserted + updated + deleted), and nothing anywhere else. */
const ROWS_PER_CREATE: Record<string, Record<string, number>> = {
  land: { projects: 1, project_milestones: 9, audit_log: 1, outbox: 2 },
  supervision: { inbox: 1, land_projects: 1, audit_log: 1 },
};
/** Committed writing transactions per registration: the request's, the relay's share of a batch, the consumer's. */
const TRANSACTIONS_PER_CREATE: Record<string, number> = { land: 2, supervision: 1 };

interface TableChange {
  inserted: number;
  updated: number;
  deleted: number;
}

/**
 * Counts every row written to a database from here on: a row trigger on each table logs the table, the operation
 * and the writing transaction. pg_stat_user_tables and pg_stat_database are not used: since PostgreSQL 15 a backend
 * flushes its counters at most once a second and an idle one only after 10 s, pg_stat_force_next_flush() reaches
 * only the calling backend, and xact_commit counts every read as well, so the platform's pooled connections report
 * late and noisily. Comparing rows before and after would miss a row inserted and then updated (the outbox's).
 */
async function countWrites(url: string): Promise<void> {
  await queryDatabase(
    url,
    `
    CREATE UNLOGGED TABLE write_path_log (table_name text NOT NULL, operation text NOT NULL, transaction_id bigint NOT NULL);
    CREATE FUNCTION write_path_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO write_path_log VALUES (TG_TABLE_NAME, TG_OP, txid_current()); RETURN NULL; END $$;
    DO $$ DECLARE t record; BEGIN
      FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'write_path_log' LOOP
        EXECUTE format('CREATE TRIGGER write_path_count AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION write_path_count()', t.tablename);
      END LOOP;
    END $$`,
  );
}

async function writesOf(url: string): Promise<{ tables: Map<string, TableChange>; transactions: number }> {
  const rows = await queryDatabase<{ table_name: string; operation: string; count: number }>(
    url,
    `SELECT table_name, operation, count(*)::int AS count FROM write_path_log GROUP BY table_name, operation ORDER BY table_name`,
  );
  const tables = new Map<string, TableChange>();
  for (const row of rows) {
    const change = tables.get(row.table_name) ?? { inserted: 0, updated: 0, deleted: 0 };
    change[({ INSERT: 'inserted', UPDATE: 'updated', DELETE: 'deleted' } as const)[row.operation as 'INSERT' | 'UPDATE' | 'DELETE']] += row.count;
    tables.set(row.table_name, change);
  }
  const [transactions] = await queryDatabase<{ count: number }>(url, `SELECT count(DISTINCT transaction_id)::int AS count FROM write_path_log`);
  return { tables, transactions: transactions!.count };
}

/**
 * What one land-project registration through the gateway costs in every service database, over a real broker:
 * rows per table and committed transactions, averaged over a run of registrations whose events every consumer
 * has applied. The bounds are what the design needs; a write that creeps in fails here.
 */
describe('write path: rows and transactions per create', () => {
  let platform: TestPlatform;
  let landStaff: string;
  const databases = () => SERVICES.map((service) => [service, platform.databaseUrls[service]!] as const);

  const registered: string[] = [];

  async function register(name: string): Promise<void> {
    const created = await request(platform.gatewayUrl)
      .post('/api/v1/land/projects')
      .set('authorization', `Bearer ${landStaff}`)
      .send({ name, category: 'provincial-key', requestedAreaMu: '382.54', startedOn: '2027-01-04', targetDate: '2027-06-30' })
      .expect(201);
    registered.push(created.body.id as string);
  }

  /** Every event is applied by its consumer and the relay has recorded every publication: the platform is quiet. */
  async function settled(): Promise<void> {
    await eventually(
      async () => {
        const [applied] = await queryDatabase<{ count: number }>(
          platform.databaseUrls.supervision!,
          `SELECT count(*)::int AS count FROM land_projects WHERE project_id = ANY($1::uuid[])`,
          [registered],
        );
        const [pending] = await queryDatabase<{ count: number }>(
          platform.databaseUrls.land!,
          `SELECT count(*)::int AS count FROM outbox WHERE published_at IS NULL`,
        );
        return applied!.count === registered.length && pending!.count === 0 ? true : undefined;
      },
      120_000,
      `${registered.length} projects in supervision and an empty relay backlog`,
    );
  }

  beforeAll(async () => {
    // The relay keeps its fallback poll: a notification sent before its listener connects would otherwise leave the
    // warm-up event unpublished. Polls that find nothing write nothing, so they do not change the counts.
    platform = await startTestPlatform({ events: 'kafka', services: SERVICES });
    landStaff = await platform.identity.token(['land-staff']);
    for (const service of SERVICES) await consumersJoined(platform.serviceUrls[service]!);
    // One registration first, so that what is made once per database (the zone's calendar, topics, groups) is not counted.
    await register('Warm-up');
    await settled();
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it(`costs each registration a fixed number of rows and transactions in every database (${CREATES} registrations)`, async () => {
    for (const [, url] of databases()) await countWrites(url);
    for (let index = 1; index <= CREATES; index++) await register(`Costed project ${index}`);
    await settled();

    const rowsPerCreate: Record<string, Record<string, number>> = {};
    const transactionsPerCreate: Record<string, number> = {};
    const lines = ['database     table                     ins/create  upd/create  del/create', ''.padEnd(76, '-')];
    for (const [service, url] of databases()) {
      const { tables, transactions } = await writesOf(url);
      if (tables.size === 0) continue;
      transactionsPerCreate[service] = transactions / CREATES;
      rowsPerCreate[service] = {};
      for (const [table, change] of [...tables].sort(([a], [b]) => a.localeCompare(b))) {
        rowsPerCreate[service][table] = (change.inserted + change.updated + change.deleted) / CREATES;
        const per = (count: number) => (count / CREATES).toFixed(2).padStart(10);
        lines.push(`${service.padEnd(12)} ${table.padEnd(25)} ${per(change.inserted)}  ${per(change.updated)}  ${per(change.deleted)}`);
      }
      lines.push(`${service.padEnd(12)} ${'(writing transactions)'.padEnd(25)} ${(transactions / CREATES).toFixed(2).padStart(10)}`);
    }
    const totalRows = Object.values(rowsPerCreate)
      .flatMap((tables) => Object.values(tables))
      .reduce((sum, rows) => sum + rows, 0);
    const totalTransactions = Object.values(transactionsPerCreate).reduce((sum, count) => sum + count, 0);
    lines.push(''.padEnd(76, '-'), `per registration: ${totalRows.toFixed(2)} rows written, ${totalTransactions.toFixed(2)} writing transactions`);
    console.log(`write path of POST /api/v1/land/projects, per registration over ${CREATES}:\n${lines.join('\n')}`);

    // Rows are exact; the relay may take several events in one batch, so its transactions only have a ceiling.
    expect(rowsPerCreate).toEqual(ROWS_PER_CREATE);
    for (const service of Object.keys(TRANSACTIONS_PER_CREATE))
      expect([service, transactionsPerCreate[service]! <= TRANSACTIONS_PER_CREATE[service]!]).toEqual([service, true]);
    expect(Object.keys(transactionsPerCreate).sort()).toEqual(Object.keys(TRANSACTIONS_PER_CREATE).sort());
  });
});
