import { createPrivateKey, createPublicKey, generateKeyPair, randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { SignJWT } from 'jose';

/** Local signing key for development and tests; production tokens come from the identity provider. */
export interface DevKeyPair {
  /** PKCS#8 PEM. */
  privateKeyPem: string;
  /** SPKI PEM, what TokenVerifier's `publicKeyPem` expects. */
  publicKeyPem: string;
}

export interface DevAuthSettings {
  issuer: string;
  audience: string;
  /** Absolute directory holding jwt-private.pem and jwt-public.pem. */
  keyDir: string;
}

export interface DevTokenInput {
  sub: string;
  name?: string;
  /** Not restricted to known roles so tests can exercise how unknown ones are handled. */
  roles: readonly string[];
  units: readonly string[];
  issuer: string;
  audience: string;
  /** Lifetime: seconds, or a duration such as `15m`, `8h`, `7d` (negative ones mint expired tokens). */
  expiresIn: number | string;
}

const DEV_ALGORITHM = 'ES256';
export const PRIVATE_KEY_FILE = 'jwt-private.pem';
const PUBLIC_KEY_FILE = 'jwt-public.pem';

const generateKeyPairAsync = promisify(generateKeyPair);

/** Issuer, audience and key directory shared by the mint script and services running with dev keys. */
export function devAuthSettings(env: NodeJS.ProcessEnv = process.env): DevAuthSettings {
  return {
    issuer: env.AUTH_ISSUER || 'zone-gov-dev',
    audience: env.AUTH_AUDIENCE || 'zone-gov-platform',
    keyDir: resolve(env.AUTH_DEV_KEY_DIR || '.data/dev-auth'),
  };
}

export async function generateDevKeyPair(): Promise<DevKeyPair> {
  const { privateKey, publicKey } = await generateKeyPairAsync('ec', {
    namedCurve: 'P-256',
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { privateKeyPem: privateKey, publicKeyPem: publicKey };
}

/** Loads the key pair in `dir`, creating it on first use. Safe when several services start at once. */
export async function ensureDevKeyPair(dir: string): Promise<DevKeyPair> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const privatePath = join(dir, PRIVATE_KEY_FILE);
  const privateKeyPem = (await readIfPresent(privatePath)) ?? (await createOnce(privatePath, (await generateDevKeyPair()).privateKeyPem));
  // Derived rather than read, so a stale or missing public file can never disagree with the private key.
  const publicKeyPem = createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();
  const publicPath = join(dir, PUBLIC_KEY_FILE);
  if ((await readIfPresent(publicPath)) !== publicKeyPem) {
    const temp = tempPathFor(publicPath);
    await writeFile(temp, publicKeyPem, { mode: 0o644 });
    await rename(temp, publicPath);
  }
  return { privateKeyPem, publicKeyPem };
}

export async function signDevToken(privateKeyPem: string, input: DevTokenInput): Promise<string> {
  const { sub, name, roles, units, issuer, audience, expiresIn } = input;
  return (
    new SignJWT({ ...(name ? { name } : {}), roles: [...roles], units: [...units] })
      .setProtectedHeader({ alg: DEV_ALGORITHM, typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      // A bare number would be read as an absolute timestamp.
      .setExpirationTime(typeof expiresIn === 'number' ? `${expiresIn}s` : expiresIn)
      .sign(createPrivateKey(privateKeyPem))
  );
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isErrnoCode(error, 'ENOENT')) {
      return undefined;
    }
    throw error;
  }
}

/** Publishes a complete file only if none exists yet (link never replaces); the loser reads the winner's key. */
async function createOnce(path: string, content: string): Promise<string> {
  const temp = tempPathFor(path);
  await writeFile(temp, content, { mode: 0o600, flag: 'wx' });
  try {
    await link(temp, path);
    return content;
  } catch (error) {
    if (isErrnoCode(error, 'EEXIST')) {
      return readFile(path, 'utf8');
    }
    throw error;
  } finally {
    await unlink(temp);
  }
}

function tempPathFor(path: string): string {
  return `${path}.${randomUUID()}.tmp`;
}

// Duck-typed: errors from Node's fs are not always instances of the caller's Error (e.g. under Jest's VM).
function isErrnoCode(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === code;
}
