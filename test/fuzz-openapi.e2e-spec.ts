import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import pg from 'pg';
import type { ServiceName } from '#contracts';
import { ROLES, SERVICE_NAMES, type Role } from '#platform';
import { SERVICE_DEFINITIONS } from '../scripts/lib/service-catalogue.js';
import { operationsOf, requestFor, type FuzzRequest, type OpenApiDocument, type Operation } from './support/openapi-fuzz.js';
import { dropTestDatabases } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

/**
 * Every operation of the committed OpenAPI document, fuzzed: requests built from its schemas and then
 * broken, sent through the gateway or straight to the service. Whatever comes in, the answer is never a
 * 5xx, every error is problem details, and a refused request leaves every table as it was.
 * FUZZ_RUNS sets requests per operation (CI default below); FUZZ_SEED replays another sequence;
 * FUZZ_VERBOSE=1 prints every request and answer.
 */
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

const document = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../openapi/zone-gov-platform.json'), 'utf8')) as OpenApiDocument;
const operations = operationsOf(document);

/** Tables whose rows name the request that caused them, so a row can be told apart from an earlier request's. */
const REQUEST_NAMED_TABLES = new Set(['audit_log', 'outbox', 'personal_data_access']);

interface Snapshot {
  counts: Record<string, number>;
  unpublished: number;
  /** Audit rows written outside any request: the services' timed sweeps (overdue projects, findings). */
  background: number;
}

/** Row counts of every table of one service database, in one query. */
class TableCounter {
  private sql = '';

  constructor(private readonly pool: pg.Pool) {}

  async prepare(): Promise<void> {
    const tables = await this.pool.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`,
    );
    const columns = tables.rows.map(({ tablename }) => `(SELECT count(*) FROM "${tablename}")::int AS "${tablename}"`);
    this.sql = `SELECT ${columns.join(', ')}, (SELECT count(*) FROM outbox WHERE published_at IS NULL)::int AS "__unpublished",
      (SELECT count(*) FROM audit_log WHERE request_id IS NULL)::int AS "__background"`;
  }

  async snapshot(): Promise<Snapshot> {
    const { __unpublished: unpublished, __background: background, ...counts } = (await this.pool.query<Record<string, number>>(this.sql)).rows[0]!;
    return { counts, unpublished: unpublished!, background: background! };
  }

  /** Audit, outbox and personal-data access rows that name the request: none may exist for a refused one. */
  async writtenBy(requestId: string): Promise<number> {
    const { rows } = await this.pool.query<{ count: number }>(
      `SELECT (SELECT count(*) FROM audit_log WHERE request_id = $1)::int + (SELECT count(*) FROM outbox WHERE envelope->>'correlationid' = $1)::int
        + (SELECT count(*) FROM personal_data_access WHERE request_id = $1)::int AS count`,
      [requestId],
    );
    return rows[0]!.count;
  }
}

describe('fuzzing every operation of the OpenAPI document', () => {
  let platform: TestPlatform;
  const pools: pg.Pool[] = [];
  const counters = {} as Record<ServiceName, TableCounter>;
  const tokens = new Map<string, { token: string; signedAt: number }>();
  const knownRows = new Map<string, Record<string, unknown>[]>();
  const statuses = new Map<number, number>();
  let requests = 0;

  /** Tokens live ten minutes; a long run signs fresh ones as it goes. */
  async function tokenFor(roles: Role[]): Promise<string> {
    const key = roles.join(',');
    const cached = tokens.get(key);
    if (cached !== undefined && Date.now() - cached.signedAt < 5 * 60_000) return cached.token;
    const token = await platform.identity.token(roles, ['zone'], `fuzz-${tokens.size}`);
    tokens.set(key, { token, signedAt: Date.now() });
    return token;
  }

  /** Counts after the previous request: a refused request must leave them as they were. */
  let counted: Record<ServiceName, Snapshot> | undefined;

  async function snapshots(): Promise<Record<ServiceName, Snapshot> | undefined> {
    const taken = Object.fromEntries(await Promise.all(SERVICE_NAMES.map(async (service) => [service, await counters[service].snapshot()] as const))) as Record<
      ServiceName,
      Snapshot
    >;
    const lag = (await platform.bus!.consumerLag()).reduce((sum, { lag }) => sum + lag, 0);
    return lag === 0 && Object.values(taken).every(({ unpublished }) => unpublished === 0) ? taken : undefined;
  }

  /**
   * Counts once every committed event has been published and handled, so that they move only by the next
   * request. After a write, two equal quiet snapshots in a row: a handler may commit between two databases' counts.
   */
  async function quietSnapshots(afterWrite: boolean): Promise<Record<ServiceName, Snapshot>> {
    let previous: Record<ServiceName, Snapshot> | undefined;
    for (let attempt = 0; attempt < 500; attempt++) {
      const current = await snapshots();
      if (current !== undefined && (!afterWrite || JSON.stringify(current) === JSON.stringify(previous))) return current;
      previous = current;
      if (current === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('events did not settle');
  }

  /** Rows a list operation returned, as values for the path parameters of the operations below it. */
  function pathValues(operation: Operation, name: string): string[] {
    const prefix = operation.path.slice(0, operation.path.indexOf(`/{${name}}`));
    const rows = knownRows.get(prefix) ?? [...knownRows.values()].flat().filter((row) => name in row);
    return [
      ...new Set(
        rows
          .map((row) => row[name] ?? row.id ?? row.code)
          .filter((value): value is string | number => typeof value === 'string' || typeof value === 'number')
          .map(String),
      ),
    ].slice(0, 20);
  }

  async function send(operation: Operation, request: FuzzRequest, token: string | undefined): Promise<{ status: number; contentType: string; text: string }> {
    // The gateway's own operations (/api/v1/audit-log) have no service to call straight.
    const serviceUrl = platform.serviceUrls[operation.service as ServiceName];
    const base = request.direct && serviceUrl !== undefined ? serviceUrl : platform.gatewayUrl;
    const response = await fetch(`${base}${request.url}`, {
      method: request.method,
      headers: { ...request.headers, ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
      body: request.body,
    });
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
  }

  /** A few rows of every demo collection, each service's in order (later ones refer to earlier ones), services side by side. */
  async function seedSomeDemoData(): Promise<void> {
    await Promise.all(
      SERVICE_NAMES.map(async (service) => {
        for (const collection of SERVICE_DEFINITIONS[service].demoData ?? []) {
          const headers = { authorization: `Bearer ${await tokenFor([collection.role])}`, 'content-type': 'application/json' };
          for (const item of collection.items.slice(0, 4)) {
            // A row that refers to one beyond the first few is refused; the others are enough.
            await fetch(`${platform.gatewayUrl}${collection.path}`, { method: 'POST', headers, body: JSON.stringify(item) });
          }
        }
      }),
    );
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process' });
    await seedSomeDemoData();
    for (const service of SERVICE_NAMES) {
      const pool = new pg.Pool({ connectionString: platform.databaseUrls[service], max: 2 });
      pools.push(pool);
      counters[service] = new TableCounter(pool);
      await counters[service].prepare();
    }
    // Existing rows give path parameters that reach the handlers, not only their 404s.
    for (const operation of operations.filter((candidate) => candidate.method === 'GET' && candidate.pathParameters.length === 0)) {
      const token = await tokenFor(operation.roles.length > 0 ? operation.roles : [...ROLES]);
      const response = await fetch(`${platform.gatewayUrl}${operation.path}?limit=100`, { headers: { authorization: `Bearer ${token}` } });
      const page = response.ok ? ((await response.json()) as { items?: unknown }) : {};
      if (Array.isArray(page.items)) knownRows.set(operation.path, page.items as Record<string, unknown>[]);
    }
  });

  afterAll(async () => {
    const seen = [...statuses.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
    process.stdout.write(
      `[fuzz] ${operations.length} operations, ${requests} requests (${RUNS_PER_OPERATION} per operation, seed ${SEED}); statuses: ${seen.join(' ')}\n`,
    );
    await Promise.all(pools.map((pool) => pool.end()));
    await platform?.close();
    await dropTestDatabases();
  });

  it('covers every operation of the document', () => {
    expect(operations.length).toBeGreaterThan(200);
    expect(new Set(operations.map((operation) => operation.id)).size).toBe(operations.length);
  });

  it.each(operations.map((operation, index) => [`${operation.method} ${operation.path}`, operation, index] as const))('%s', async (_name, operation, index) => {
    // Public operations document no roles: the signed-in half of their requests comes from a caller holding every role.
    const callerToken = await tokenFor(operation.roles.length > 0 ? operation.roles : [...ROLES]);
    const anonymousToo = operation.access === 'public';
    await fc.assert(
      fc.asyncProperty(requestFor(document, operation, { pathValues }), fc.boolean(), async (request, anonymous) => {
        const token = anonymousToo && anonymous ? undefined : callerToken;
        const requestId = `fuzz-${index}-${requests}`;
        request.headers['x-request-id'] = requestId;
        const before = counted ?? (await quietSnapshots(true));
        const answer = await send(operation, request, token);
        const after = (counted = await quietSnapshots(answer.status < 400));
        requests++;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const what = `${request.method} ${request.url.slice(0, 200)} [${request.mutation}] ${request.direct ? 'direct' : 'gateway'} → ${answer.status} ${answer.text.slice(0, 300)}`;
        if (process.env.FUZZ_VERBOSE) process.stdout.write(`${what.slice(0, 400)}\n`);
        expect({ what, status: answer.status < 500 }).toEqual({ what, status: true });
        if (answer.status < 400) return;
        expect({ what, contentType: answer.contentType }).toEqual({ what, contentType: expect.stringMatching(/^application\/problem\+json/) });
        const changed = await Promise.all(
          SERVICE_NAMES.map(async (service) => {
            // A sweep that ran meanwhile moved the counts itself; then only rows naming the request count.
            if (after[service].background !== before[service].background) {
              const written = await counters[service].writtenBy(requestId);
              return written === 0 ? [] : [`${service}: ${written} audit/outbox rows of the request`];
            }
            const moved = Object.keys(after[service].counts).filter((table) => after[service].counts[table] !== before[service].counts[table]);
            // Work an earlier request left running (land re-checks overdue projects after a schedule change)
            // audits and publishes under that request's id, and the personal-data access log writes earlier
            // answers' rows in batches; only rows naming this one are its doing.
            if (moved.length > 0 && moved.every((table) => REQUEST_NAMED_TABLES.has(table)) && (await counters[service].writtenBy(requestId)) === 0) return [];
            return moved.map((table) => `${service}.${table}: ${before[service].counts[table]} → ${after[service].counts[table]}`);
          }),
        );
        expect({ what, changed: changed.flat() }).toEqual({ what, changed: [] });
      }),
      { numRuns: RUNS_PER_OPERATION, seed: SEED + index, endOnFailure: true },
    );
  });
});
