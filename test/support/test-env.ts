import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { contractViolations } from './event-contract.js';
import { takeResponseViolations } from './response-contract.js';

/** Set by `npm test` (scripts/run-tests.ts): an admin URL on a real PostgreSQL and a real Kafka broker. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_KAFKA_BROKERS = (process.env.TEST_KAFKA_BROKERS ?? '127.0.0.1:39092').split(',');

const created: string[] = [];

/** A URL for a database name no other test uses; it is created by the service on first start. */
export function freshDatabaseUrl(label: string): string {
  const name = `t_${label}_${randomBytes(4).toString('hex')}`;
  created.push(name);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Checks every event the test's services published against the AsyncAPI contract, then drops the
 * test's databases. Throws (failing the test file) when an event breaks the contract, or when a
 * response the apps sent breaks the OpenAPI document (test/support/response-contract.ts).
 */
export async function dropTestDatabases(): Promise<void> {
  const names = created.splice(0);
  const violations: string[] = [];
  for (const name of names) {
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    // Every test database is a service's, and every service has the messaging tables: an outbox that cannot be
    // read (no database, no table) is reported, never taken as "nothing published".
    const published = await queryDatabase<{ type: string; envelope: unknown }>(url.toString(), `SELECT type, envelope FROM outbox`).catch((error: unknown) => {
      violations.push(`${name}: outbox not readable, its events were not checked (${error instanceof Error ? error.message : String(error)})`);
      return [];
    });
    violations.push(...contractViolations(published));
  }
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  if (violations.length > 0) throw new Error(`published events not shown to match openapi/asyncapi.json:\n${violations.join('\n')}`);
  const responses = [...new Set(takeResponseViolations())];
  if (responses.length > 0) throw new Error(`responses break openapi/zone-gov-platform.json:\n${responses.join('\n')}`);
}

export async function queryDatabase<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Polls until `check` returns a value (not undefined) or the time is up. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until a service's consumers have joined their groups: readiness reports the broker under `dependencies.events`. */
export async function consumersJoined(serviceUrl: string, timeoutMs = 60_000): Promise<void> {
  await eventually(
    async () => {
      const response = await fetch(`${serviceUrl}/health/ready`).catch(() => undefined);
      if (!response?.ok) return undefined;
      const body = (await response.json()) as { dependencies?: { events?: { status?: string } } };
      return body.dependencies?.events?.status === 'up' ? true : undefined;
    },
    timeoutMs,
    `consumers of ${serviceUrl} to join`,
  );
}
