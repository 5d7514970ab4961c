import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createTestIdentity } from './support/test-identity.js';
import { dropTestDatabases, eventually, freshDatabaseUrl, queryDatabase, TEST_KAFKA_BROKERS } from './support/test-env.js';

const repo = path.resolve(import.meta.dirname, '..');

/** The land service as its container runs it: `node dist/apps/land/src/main.js` with its environment. */
function runLand(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [path.join(repo, 'dist/apps/land/src/main.js')], {
    cwd: repo,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output: () => output, exited };
}

describe('a service process', () => {
  afterAll(() => dropTestDatabases());

  it('refuses to start on bad configuration, naming every bad variable', async () => {
    const land = runLand({ DATABASE_URL: 'mysql://nope', PORT: 'eighty', PII_ENCRYPTION_KEY: 'c2hvcnQ=' });
    expect(await land.exited).toBe(78);
    for (const variable of ['DATABASE_URL', 'PORT', 'PII_ENCRYPTION_KEY', 'PII_HASH_KEY', 'AUTH_JWKS_URL']) expect(land.output()).toContain(variable);
  });

  it('logs JSON with the request id, and on SIGTERM finishes its work and exits cleanly with the event published', async () => {
    const identity = await createTestIdentity();
    const databaseUrl = freshDatabaseUrl('process');
    const land = runLand({
      DATABASE_URL: databaseUrl,
      PORT: '0',
      KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(','),
      AUTH_ISSUER: identity.auth.issuer,
      AUTH_AUDIENCE: identity.auth.audience,
      AUTH_DEV_PUBLIC_KEY: identity.auth.publicKeyPem!,
      PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      PII_HASH_KEY: randomBytes(32).toString('base64'),
    });
    try {
      // PORT=0: the service logs the port the system gave it.
      const url = await eventually(async () => /land listening on (http:\/\/[\d.]+:\d+)/.exec(land.output())?.[1], 60_000, 'land to listen');
      await eventually(async () => ((await fetch(`${url}/health/ready`).catch(() => undefined))?.ok ? true : undefined), 60_000, 'land to be ready');
      const token = await identity.token(['land-staff']);
      const created = await fetch(`${url}/api/v1/land/projects`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-request-id': 'process-e2e-request-0001' },
        body: JSON.stringify({ name: 'Shutdown probe', category: 'ordinary', requestedAreaMu: '7.1' }),
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      land.child.kill('SIGTERM');
      expect(await land.exited).toBe(0);

      const outbox = await queryDatabase<{ published_at: Date | null }>(databaseUrl, `SELECT published_at FROM outbox WHERE record_key = $1`, [id]);
      expect(outbox).toHaveLength(1);
      expect(outbox[0]!.published_at).not.toBeNull();
      const lines = land
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      expect(land.output()).toContain('"requestId":"process-e2e-request-0001"');
    } finally {
      land.child.kill('SIGKILL');
    }
  });
});
