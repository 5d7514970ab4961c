import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Kafka, logLevel } from 'kafkajs';
import type { ServiceName } from '#contracts';
import { DEFAULT_INPUT_LIMITS, SERVICE_NAMES } from '#platform';
import { createGatewayApp } from '../apps/gateway/src/gateway-app.js';
import { launchPlatform, type RunningPlatform } from '../scripts/lib/platform-launcher.js';
import { forgetEarlierEvents } from './support/kafka-control.js';
import { createTestIdentity } from './support/test-identity.js';
import { consumersJoined, dropTestDatabases, eventually, freshDatabaseUrl, queryDatabase, TEST_DATABASE_URL, TEST_KAFKA_BROKERS } from './support/test-env.js';

const repo = path.resolve(import.meta.dirname, '..');
const PROJECTS = 40;
const KILL_AFTER = 12;

interface ServiceProcess {
  child: ChildProcess;
  url: Promise<string>;
  output: () => string;
}

/** A replica as its container runs it (`node dist/apps/<name>/src/main.js`), on a port the system picks. */
function spawnService(name: ServiceName, env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, [path.join(repo, `dist/apps/${name}/src/main.js`)], {
    cwd: repo,
    env: { PATH: process.env.PATH, ...env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = / listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} replica exited with ${code} before listening:\n${output.slice(-2000)}`)));
  });
  url.catch(() => undefined);
  return { child, url, output: () => output };
}

/**
 * Two replicas of every service against one database per service and one broker: replica A as
 * separate processes, replica B in this process, one gateway spreading requests over both. Replica A
 * is killed with SIGKILL in the middle of a load; nothing may be lost or applied twice.
 */
describe('two replicas of every service', () => {
  const databaseUrls = {} as Record<ServiceName, string>;
  const replicaA = {} as Record<ServiceName, ServiceProcess>;
  const urlsA = {} as Record<ServiceName, string>;
  let replicaB: RunningPlatform;
  let gateway: NestFastifyApplication;
  let gatewayUrl: string;
  let identity: Awaited<ReturnType<typeof createTestIdentity>>;
  let landStaff: string;
  let replicaADown = false;

  function spawnReplicaA(): void {
    for (const name of SERVICE_NAMES) {
      replicaA[name] = spawnService(name, {
        DATABASE_URL: databaseUrls[name],
        KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(','),
        AUTH_ISSUER: identity.auth.issuer,
        AUTH_AUDIENCE: identity.auth.audience,
        AUTH_DEV_PUBLIC_KEY: identity.auth.publicKeyPem!,
        PII_ENCRYPTION_KEY: identity.pii.encryptionKey.toString('base64'),
        PII_HASH_KEY: identity.pii.hashKey.toString('base64'),
      });
    }
  }

  /** A gateway spreading every service's requests over replica A (once it listens) and replica B. */
  async function startGateway(): Promise<void> {
    for (const name of SERVICE_NAMES) urlsA[name] = await replicaA[name].url;
    gateway = await createGatewayApp({
      host: '127.0.0.1',
      port: 0,
      upstreams: Object.fromEntries(SERVICE_NAMES.map((name) => [name, [urlsA[name], replicaB.serviceUrls[name]!]])) as Record<ServiceName, string[]>,
      corsOrigins: [],
      bodyLimitBytes: DEFAULT_INPUT_LIMITS.authenticatedBodyBytes,
      anonymousBodyLimitBytes: DEFAULT_INPUT_LIMITS.anonymousBodyBytes,
      bodyTimeoutMs: DEFAULT_INPUT_LIMITS.bodyTimeoutMs,
      upstreamTimeoutMs: 10_000,
      rateLimitPerMinute: 0,
      trustProxy: false,
      auth: identity.auth,
      logLevel: 'error',
    });
    await gateway.listen({ port: 0, host: '127.0.0.1' });
    gatewayUrl = await gateway.getUrl();
  }

  /** Waits until the two supervision replicas, and no member left behind by a killed one, share supervision.land-projects. */
  async function bothReplicasInGroup(): Promise<void> {
    const kafka = new Kafka({ clientId: 'replicas-test', brokers: TEST_KAFKA_BROKERS, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    try {
      await eventually(
        async () => {
          const { groups } = await admin.describeGroups(['supervision.land-projects']);
          return groups[0]?.state === 'Stable' && groups[0].members.length === 2 ? true : undefined;
        },
        60_000,
        'both supervision replicas in supervision.land-projects',
      );
    } finally {
      await admin.disconnect();
    }
  }

  function killReplicaA(): void {
    replicaADown = true;
    for (const replica of Object.values(replicaA)) replica.child.kill('SIGKILL');
  }

  /**
   * Replica A again, in new processes on ports the system picks, behind a new gateway, its consumers in their
   * groups: the platform as every test finds it.
   */
  async function restartReplicaA(): Promise<void> {
    replicaADown = false;
    spawnReplicaA();
    await gateway.close();
    await startGateway();
    await consumersJoined(urlsA.supervision, 120_000);
    await bothReplicasInGroup();
  }

  beforeAll(async () => {
    await forgetEarlierEvents();
    identity = await createTestIdentity();
    landStaff = await identity.token(['land-staff']);
    // Created up front, so that both replicas start on empty databases and race for the migrations.
    for (const name of SERVICE_NAMES) {
      databaseUrls[name] = freshDatabaseUrl(`replica_${name}`);
      await queryDatabase(TEST_DATABASE_URL, `CREATE DATABASE "${new URL(databaseUrls[name]).pathname.slice(1)}"`);
    }
    spawnReplicaA();
    replicaB = await launchPlatform({
      host: '127.0.0.1',
      gatewayPort: 0,
      servicePorts: { credit: 0, supervision: 0, land: 0, party: 0 },
      databaseUrlFor: (name) => databaseUrls[name],
      events: { kafkaBrokers: TEST_KAFKA_BROKERS },
      auth: identity.auth,
      pii: identity.pii,
      logLevel: 'error',
    });
    await startGateway();
    for (const url of [urlsA.supervision, replicaB.serviceUrls.supervision!]) await consumersJoined(url, 120_000);
    // Eight apps start here, each migrating and joining its groups: more than one test's time on a busy machine.
  }, 240_000);

  // A test that kills replica A leaves the next one both replicas, whether it passed or not.
  afterEach(async () => {
    if (replicaADown) await restartReplicaA();
  }, 240_000);

  afterAll(async () => {
    for (const replica of Object.values(replicaA)) replica.child.kill('SIGKILL');
    await gateway?.close();
    await replicaB?.close();
    await dropTestDatabases();
  });

  it('ran each migration once, though both replicas started together', async () => {
    for (const name of SERVICE_NAMES) {
      const [row] = await queryDatabase<{ applied: number; distinct: number }>(
        databaseUrls[name],
        `SELECT count(*)::int AS applied, count(DISTINCT name)::int AS distinct FROM schema_migrations`,
      );
      expect(row!.applied).toBeGreaterThan(0);
      expect(row!.applied).toBe(row!.distinct);
    }
  });

  it('shares each consumer group between the replicas, and the gateway reports both instances', async () => {
    await bothReplicasInGroup();
    const ready = await fetch(`${gatewayUrl}/health/ready`);
    const body = (await ready.json()) as { status: string; services: Record<string, { status: string; instances: { url: string; status: string }[] }> };
    expect(body.status).toBe('ok');
    for (const name of SERVICE_NAMES) expect(body.services[name]!.instances.map((instance) => instance.status)).toEqual(['up', 'up']);
  });

  it('loses nothing and applies nothing twice when one replica is killed in the middle of a load', async () => {
    const names = Array.from({ length: PROJECTS }, (_, index) => `Replica load ${index + 1}`);
    const ids = new Map<string, string>();
    let done = 0;
    let killed = false;

    /**
     * A client as the integrator guide asks: one Idempotency-Key per create, the same on every retry of a
     * 5xx or of a 409 "in progress" (a claim left by the killed replica is taken over after 30 s).
     */
    async function create(name: string): Promise<void> {
      const key = randomUUID();
      for (const deadline = Date.now() + 90_000; Date.now() < deadline;) {
        const response = await fetch(`${gatewayUrl}/api/v1/land/projects`, {
          method: 'POST',
          headers: { authorization: `Bearer ${landStaff}`, 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify({ name, category: 'ordinary', requestedAreaMu: '10.5' }),
        }).catch(() => undefined);
        if (response?.status === 201 || response?.status === 200) {
          ids.set(name, ((await response.json()) as { id: string }).id);
          return;
        }
        const retryable =
          response === undefined ||
          response.status >= 500 ||
          (response.status === 409 && ((await response.clone().json()) as { type: string }).type.endsWith(':idempotency-key-in-progress'));
        if (!retryable) throw new Error(`${name}: ${response.status} ${await response.text()}`);
        await response?.arrayBuffer();
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`${name} was never accepted`);
    }

    const queue = [...names];
    const worker = async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        await create(name);
        if (++done === KILL_AFTER && !killed) {
          killed = true;
          // Both instances took a share of the load before replica A dies.
          for (const url of [urlsA.land, replicaB.serviceUrls.land!]) expect(await createdCount(url)).toBeGreaterThan(0);
          killReplicaA();
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(killed).toBe(true);
    expect(ids.size).toBe(PROJECTS);

    const projectIds = [...ids.values()];
    const rows = await queryDatabase<{ name: string; copies: number }>(
      databaseUrls.land,
      `SELECT name, count(*)::int AS copies FROM projects WHERE name LIKE 'Replica load %' GROUP BY name`,
    );
    expect(rows).toHaveLength(PROJECTS);
    expect(rows.every((row) => row.copies === 1)).toBe(true);

    await eventually(
      async () => {
        const [row] = await queryDatabase<{ published: number; total: number }>(
          databaseUrls.land,
          `SELECT count(published_at)::int AS published, count(*)::int AS total FROM outbox WHERE record_key = ANY($1)`,
          [projectIds],
        );
        return row!.total === PROJECTS && row!.published === PROJECTS ? true : undefined;
      },
      60_000,
      'every event published by the surviving relay',
    );
    const eventIds = (await queryDatabase<{ event_id: string }>(databaseUrls.land, `SELECT event_id FROM outbox WHERE record_key = ANY($1)`, [projectIds])).map(
      (row) => row.event_id,
    );

    await eventually(
      async () => {
        const arrived = await queryDatabase(databaseUrls.supervision, `SELECT 1 FROM land_projects WHERE project_id = ANY($1)`, [projectIds]);
        return arrived.length === PROJECTS ? true : undefined;
      },
      90_000,
      'every project in supervision',
    );
    const applied = await queryDatabase<{ event_id: string }>(
      databaseUrls.supervision,
      `SELECT event_id FROM inbox WHERE consumer = 'supervision.land-projects' AND event_id = ANY($1)`,
      [eventIds],
    );
    expect(applied.map((row) => row.event_id).sort()).toEqual([...eventIds].sort());
    const audited = await queryDatabase<{ count: number }>(
      databaseUrls.land,
      `SELECT count(*)::int FROM audit_log WHERE action = 'project.register' AND target_id = ANY($1)`,
      [projectIds],
    );
    expect(audited[0]!.count).toBe(PROJECTS);
  });
});

/** POSTs to land's project route that this instance answered with 201, from its Prometheus metrics. */
async function createdCount(serviceUrl: string): Promise<number> {
  const metrics = await (await fetch(`${serviceUrl}/metrics`)).text();
  const line = metrics
    .split('\n')
    .find(
      (candidate) =>
        candidate.startsWith('http_request_duration_seconds_count{') &&
        candidate.includes('method="POST"') &&
        candidate.includes('route="/api/v1/land/projects"') &&
        candidate.includes('status="201"'),
    );
  return line === undefined ? 0 : Number(line.split(' ').pop());
}
