import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { ServiceName } from '#contracts';
import { generateDevKeyPair, SERVICE_NAMES, signDevToken, type Role } from '#platform';
import { freePort } from '../lib/free-port.js';
import { onCleanup, spawnNode, waitForReady, type NodeProcess } from './processes.js';

export type AppName = 'gateway' | ServiceName;

export interface BenchPlatform {
  gatewayUrl: string;
  serviceUrls: Record<ServiceName, string>;
  databaseUrls: Record<ServiceName, string>;
  processes: Record<AppName, NodeProcess>;
  token(roles: Role[]): Promise<string>;
  privateKeyPem: string;
  auth: { issuer: string; audience: string };
}

/** Creates a throwaway database on the admin connection's server; dropped on cleanup. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  onCleanup(`database ${name}`, async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The platform as production runs it: one `node dist/apps/<name>/src/main.js` per app, each with its own
 * database, events on Kafka, the gateway in front; configuration only through the environment.
 */
export async function startPlatform(options: {
  adminUrl: string;
  kafkaBrokers: string;
  logDir: string;
  logLevel: string;
  profileDir?: string;
}): Promise<BenchPlatform> {
  const keys = await generateDevKeyPair();
  const auth = { issuer: 'zone-gov-bench', audience: 'zone-gov-platform' };
  const common = {
    AUTH_ISSUER: auth.issuer,
    AUTH_AUDIENCE: auth.audience,
    AUTH_DEV_PUBLIC_KEY: keys.publicKeyPem,
    LOG_LEVEL: options.logLevel,
    NODE_ENV: 'production',
  };
  const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const databaseUrls = {} as Record<ServiceName, string>;
  for (const name of SERVICE_NAMES) databaseUrls[name] = await createDatabase(options.adminUrl, `bench_${name}_${run}`);
  const pii = { PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'), PII_HASH_KEY: randomBytes(32).toString('base64') };
  const processes = {} as Record<AppName, NodeProcess>;
  const serviceUrls = {} as Record<ServiceName, string>;
  const profile = (name: string) =>
    options.profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`, `--cpu-prof-name=${name}.cpuprofile`];
  for (const name of SERVICE_NAMES) {
    const port = await freePort();
    serviceUrls[name] = `http://127.0.0.1:${port}`;
    processes[name] = spawnNode(
      name,
      `dist/apps/${name}/src/main.js`,
      {
        ...common,
        ...pii,
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: databaseUrls[name],
        KAFKA_BROKERS: options.kafkaBrokers,
      },
      options.logDir,
      profile(name),
    );
  }
  const gatewayPort = await freePort();
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  processes.gateway = spawnNode(
    'gateway',
    'dist/apps/gateway/src/main.js',
    {
      ...common,
      HOST: '127.0.0.1',
      PORT: String(gatewayPort),
      // The load comes from one address: a per-address limit would measure the limiter, not the platform.
      RATE_LIMIT_PER_MINUTE: '0',
      ...Object.fromEntries(SERVICE_NAMES.map((name) => [`${name.toUpperCase()}_SERVICE_URL`, serviceUrls[name]])),
    },
    options.logDir,
    profile('gateway'),
  );
  // Ready means migrated and, for the services, consumers joined to their groups.
  const eventsUp = (body: unknown) => (body as { dependencies?: { events?: { status?: string } } } | undefined)?.dependencies?.events?.status === 'up';
  await Promise.all(SERVICE_NAMES.map((name) => waitForReady(`${serviceUrls[name]}/health/ready`, processes[name], 240_000, eventsUp)));
  await waitForReady(`${gatewayUrl}/health/ready`, processes.gateway);
  return {
    gatewayUrl,
    serviceUrls,
    databaseUrls,
    processes,
    privateKeyPem: keys.privateKeyPem,
    auth,
    token: (roles) =>
      signDevToken(keys.privateKeyPem, {
        sub: `bench-${roles[0]}`,
        name: 'Benchmark',
        roles,
        units: ['zone'],
        issuer: auth.issuer,
        audience: auth.audience,
        expiresIn: '4h',
      }),
  };
}
