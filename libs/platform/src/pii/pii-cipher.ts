import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT_VERSION = 'v1';

export class PiiDecryptionError extends Error {
  override readonly name = 'PiiDecryptionError';
}

/**
 * Encrypts personal fields at rest with AES-256-GCM and derives a keyed hash for equality look-ups,
 * so a leaked table exposes neither the values nor (without the hash key) a way to test guesses.
 * Stored form: `v1.<iv>.<tag>.<ciphertext>` in base64url.
 */
export class PiiCipher {
  constructor(
    private readonly encryptionKey: Buffer,
    private readonly hashKey: Buffer,
  ) {
    if (encryptionKey.length !== 32) throw new Error('PII encryption key must be 32 bytes');
    if (hashKey.length !== 32) throw new Error('PII hash key must be 32 bytes');
    if (timingSafeEqual(encryptionKey, hashKey)) throw new Error('PII encryption and hash keys must differ');
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [FORMAT_VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  decrypt(stored: string): string {
    const [version, iv, tag, ciphertext] = stored.split('.');
    if (version !== FORMAT_VERSION || iv === undefined || tag === undefined || ciphertext === undefined) {
      throw new PiiDecryptionError('not an encrypted personal field');
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new PiiDecryptionError('personal field failed authentication (wrong key or tampered value)');
    }
  }

  /** Deterministic keyed hash of a normalised value, for a unique or look-up column. */
  lookupHash(value: string): string {
    return createHmac('sha256', this.hashKey).update(normaliseForLookup(value)).digest('hex');
  }
}

/** ID numbers end in an `x` or `X` check character interchangeably; spaces are never significant. */
export function normaliseForLookup(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}
