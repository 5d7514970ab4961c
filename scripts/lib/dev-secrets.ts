import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface DevSecrets {
  encryptionKey: Buffer;
  hashKey: Buffer;
}

/** Personal-data keys for local runs, generated once so that data written yesterday still decrypts today. */
export async function ensureDevSecrets(dir: string): Promise<DevSecrets> {
  const file = path.join(dir, 'pii-keys.json');
  if (!existsSync(file)) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const keys = { encryptionKey: randomBytes(32).toString('base64'), hashKey: randomBytes(32).toString('base64') };
    await writeFile(file, JSON.stringify(keys, null, 2), { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
  const stored = JSON.parse(await readFile(file, 'utf8')) as { encryptionKey: string; hashKey: string };
  return { encryptionKey: Buffer.from(stored.encryptionKey, 'base64'), hashKey: Buffer.from(stored.hashKey, 'base64') };
}
