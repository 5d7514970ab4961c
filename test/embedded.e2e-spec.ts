import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signDevToken, ensureDevKeyPair } from '#platform';
import { freePort } from '../scripts/lib/free-port.js';

const repo = path.resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zone-embedded-'));
// PostgreSQL runs as the postgres user when the tests run as root: it must be able to enter the directory.
chmodSync(dataDir, 0o755);

/** Runs the built `npm start` entry point as a user would, on free ports and its own data directory; resolves with the gateway's URL. */
async function startEmbedded(): Promise<{ child: ChildProcess; gateway: string; output: () => string }> {
  const postgresPort = await freePort();
  const child = spawn(process.execPath, [path.join(repo, 'dist/scripts/start-embedded.js')], {
    cwd: repo,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      EMBEDDED_PORT_BASE: '0',
      EMBEDDED_POSTGRES_PORT: String(postgresPort),
      AUTH_DEV_KEY_DIR: path.join(dataDir, 'dev-auth'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready within 90 s:\n${output}`)), 90_000);
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
    child.stdout!.on('data', () => {
      const gateway = /Readiness: +(http:\/\/127\.0\.0\.1:\d+)\/health\/ready/.exec(output)?.[1];
      if (gateway !== undefined) {
        clearTimeout(timer);
        resolve({ child, gateway, output: () => output });
      }
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('embedded mode (npm start)', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('boots with no configuration, answers readiness through the gateway, keeps its data across restarts', async () => {
    const first = await startEmbedded();
    try {
      expect(first.output()).toContain(`${first.gateway.replace('127.0.0.1', 'localhost')}/docs`);
      const ready = await fetch(`${first.gateway}/health/ready`);
      expect(ready.status).toBe(200);
    } finally {
      expect(await stop(first.child)).toBe(0);
    }

    const second = await startEmbedded();
    try {
      const keys = await ensureDevKeyPair(path.join(dataDir, 'dev-auth'));
      const token = await signDevToken(keys.privateKeyPem, {
        sub: 'e2e',
        roles: ['leadership'],
        units: ['zone'],
        issuer: 'zone-gov-dev',
        audience: 'zone-gov-platform',
        expiresIn: '5m',
      });
      const projects = await fetch(`${second.gateway}/api/v1/land/projects`, { headers: { authorization: `Bearer ${token}` } });
      expect(projects.status).toBe(200);
      const body = (await projects.json()) as { items: { name: string; requestedAreaMu: string }[] };
      // Demo data from the first start, loaded once and not again.
      expect(body.items.filter((item) => item.name === '安庆长风港二期')).toEqual([expect.objectContaining({ requestedAreaMu: '382.5400' })]);
    } finally {
      expect(await stop(second.child)).toBe(0);
    }
  });
});
