import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { OUTBOX_LISTENER_NAME } from '#messaging';
import { consumersJoined, dropTestDatabases, eventually, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

/** Upper bound of one service's connections: TypeORM pool (10) + relay pool (2) + the LISTEN connection (1). */
const MAX_SERVICE_CONNECTIONS = 13;

/**
 * The database going away under running services: backends terminated while idle, mid-transaction,
 * and transactions rolled back by serialization failures and deadlocks. Real PostgreSQL, real Kafka.
 */
describe('database faults', () => {
  let platform: TestPlatform;
  let landStaff: string;

  const landDb = () => platform.databaseUrls.land!;
  const supervisionDb = () => platform.databaseUrls.supervision!;
  const databaseName = (url: string) => new URL(url).pathname.slice(1);

  async function connections(url: string): Promise<{ listeners: number; total: number }> {
    const [row] = await queryDatabase<{ listeners: number; total: number }>(
      url,
      `SELECT count(*) FILTER (WHERE application_name = $2)::int AS listeners, count(*)::int AS total
         FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [databaseName(url), OUTBOX_LISTENER_NAME],
    );
    return row!;
  }

  /** What a PostgreSQL restart or failover does to the services' connections. */
  async function terminateBackends(url: string): Promise<number> {
    const rows = await queryDatabase(url, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [
      databaseName(url),
    ]);
    return rows.length;
  }

  const createProject = (name: string) =>
    request(platform.gatewayUrl)
      .post('/api/v1/land/projects')
      .set('authorization', `Bearer ${landStaff}`)
      .send({ name, category: 'ordinary', requestedAreaMu: '12.5' });

  const arrivedInSupervision = (projectId: string) =>
    eventually(
      async () => (await queryDatabase(supervisionDb(), `SELECT 1 FROM land_projects WHERE project_id = $1`, [projectId]))[0],
      60_000,
      `project ${projectId} in supervision`,
    );

  /**
   * Makes the next `budget` inserts into land's projects fail with `fault`: a sequence counts attempts
   * because it is not rolled back with the failed transaction.
   */
  async function injectProjectInsertFaults(fault: 'serialization_failure' | 'deadlock_detected' | 'terminate', budget: number): Promise<void> {
    const failure =
      fault === 'terminate' ? `PERFORM pg_terminate_backend(pg_backend_pid());` : `RAISE EXCEPTION 'injected %', '${fault}' USING ERRCODE = '${fault}';`;
    await queryDatabase(
      landDb(),
      `DROP TRIGGER IF EXISTS injected_fault ON projects;
       DROP SEQUENCE IF EXISTS injected_fault_attempts;
       CREATE SEQUENCE injected_fault_attempts;
       CREATE OR REPLACE FUNCTION injected_fault() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF nextval('injected_fault_attempts') <= ${budget} THEN ${failure} END IF;
         RETURN NEW;
       END $$;
       CREATE TRIGGER injected_fault BEFORE INSERT ON projects FOR EACH ROW EXECUTE FUNCTION injected_fault();`,
    );
  }

  const injectedAttempts = async () =>
    Number(
      (await queryDatabase<{ last_value: string; is_called: boolean }>(landDb(), `SELECT last_value, is_called FROM injected_fault_attempts`)).map((row) =>
        row.is_called ? row.last_value : '0',
      )[0],
    );

  const projectsNamed = async (name: string) => (await queryDatabase(landDb(), `SELECT 1 FROM projects WHERE name = $1`, [name])).length;
  const outboxRowsFor = async (projectId: string) => (await queryDatabase(landDb(), `SELECT 1 FROM outbox WHERE record_key = $1`, [projectId])).length;

  beforeAll(async () => {
    platform = await startTestPlatform({
      events: 'kafka',
      services: ['land', 'supervision'],
      // No polling to fall back on: events that flow after a loss prove that the listener is back.
      messaging: { relay: { pollIntervalMs: 3_600_000 } },
    });
    landStaff = await platform.identity.token(['land-staff']);
    await consumersJoined(platform.serviceUrls.supervision!);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('keeps one LISTEN connection per service through repeated connection loss, and events keep flowing', async () => {
    expect((await connections(landDb())).listeners).toBe(1);
    for (let round = 1; round <= 5; round++) {
      expect(await terminateBackends(landDb())).toBeGreaterThan(0);
      await terminateBackends(supervisionDb());
      await eventually(async () => ((await connections(landDb())).listeners > 0 ? true : undefined), 30_000, 'land outbox listener to reconnect');
      const created = await createProject(`Round ${round} after connection loss`).expect(201);
      await arrivedInSupervision(created.body.id);
      for (const url of [landDb(), supervisionDb()]) {
        const count = await connections(url);
        expect(count.listeners).toBe(1);
        expect(count.total).toBeLessThanOrEqual(MAX_SERVICE_CONNECTIONS);
      }
    }
  });

  it('retries a write that PostgreSQL rolled back for a serialization failure, and answers from the one commit', async () => {
    await injectProjectInsertFaults('serialization_failure', 1);
    const created = await createProject('Committed on the second attempt').expect(201);
    expect(created.body.name).toBe('Committed on the second attempt');
    expect(await injectedAttempts()).toBe(2);
    expect(await projectsNamed('Committed on the second attempt')).toBe(1);
    expect(await outboxRowsFor(created.body.id)).toBe(1);
    await arrivedInSupervision(created.body.id);
  });

  it('retries a write whose connection died mid-transaction on a fresh connection', async () => {
    await injectProjectInsertFaults('terminate', 1);
    const created = await createProject('Committed after the connection died').expect(201);
    expect(await injectedAttempts()).toBe(2);
    expect(await projectsNamed('Committed after the connection died')).toBe(1);
    expect(await outboxRowsFor(created.body.id)).toBe(1);
  });

  it('answers 503 problem details with Retry-After, never 500, when a deadlock or lost connection persists, having changed nothing', async () => {
    for (const [fault, type] of [
      ['deadlock_detected', 'urn:zone-gov:problem:transaction-conflict'],
      ['terminate', 'urn:zone-gov:problem:database-unavailable'],
    ] as const) {
      await injectProjectInsertFaults(fault, 1_000);
      const name = `Never committed (${fault})`;
      const answer = await createProject(name).expect(503);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.headers['retry-after']).toBe('2');
      expect(answer.body).toMatchObject({ type, status: 503 });
      expect(await injectedAttempts()).toBe(3);
      expect(await projectsNamed(name)).toBe(0);
    }
    await queryDatabase(landDb(), `DROP TRIGGER injected_fault ON projects`);
    await createProject('Back to normal').expect(201);
  });
});
