import { mkdtemp, rm, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { devAuthSettings, ensureDevKeyPair } from './dev-keys.js';

describe('ensureDevKeyPair', () => {
  let dir: string;

  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'dev-auth-')), 'keys');
  });

  afterEach(async () => {
    await rm(join(dir, '..'), { recursive: true, force: true });
  });

  it('creates the pair once, with a private key only the owner can read', async () => {
    const created = await ensureDevKeyPair(dir);
    expect(created.privateKeyPem).toContain('BEGIN PRIVATE KEY');
    expect(created.publicKeyPem).toContain('BEGIN PUBLIC KEY');
    expect((await stat(join(dir, 'jwt-private.pem'))).mode & 0o777).toBe(0o600);
    await expect(ensureDevKeyPair(dir)).resolves.toEqual(created);
  });

  it('hands every concurrent caller the same key', async () => {
    const pairs = await Promise.all(Array.from({ length: 5 }, () => ensureDevKeyPair(dir)));
    expect(new Set(pairs.map((pair) => pair.privateKeyPem)).size).toBe(1);
  });

  it('restores a deleted public key from the private one', async () => {
    const created = await ensureDevKeyPair(dir);
    await unlink(join(dir, 'jwt-public.pem'));
    await expect(ensureDevKeyPair(dir)).resolves.toEqual(created);
  });
});

describe('devAuthSettings', () => {
  it('defaults to the development issuer, audience and key directory', () => {
    expect(devAuthSettings({})).toEqual({
      issuer: 'zone-gov-dev',
      audience: 'zone-gov-platform',
      keyDir: join(process.cwd(), '.data/dev-auth'),
    });
    expect(devAuthSettings({ AUTH_ISSUER: 'idp', AUTH_AUDIENCE: 'zone', AUTH_DEV_KEY_DIR: '/keys' })).toEqual({
      issuer: 'idp',
      audience: 'zone',
      keyDir: '/keys',
    });
  });
});
