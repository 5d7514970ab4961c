import { createHmac, timingSafeEqual } from 'node:crypto';
import { clock } from '#platform/clock';

const PREFIX = 'XYK1';
/** Label of the key derivation: the card key is HMAC(PII hash key, label), used for nothing else. */
export const CARD_KEY_LABEL = 'zone-gov/credit/service-level-card-qr/v1';
/** How long a shown QR code stays valid: long enough to show at a till, short enough that a photo goes stale. */
export const CARD_QR_TTL_SECONDS = 600;

export function deriveCardKey(hashKey: Buffer): Buffer {
  return createHmac('sha256', hashKey).update(CARD_KEY_LABEL).digest();
}

/** The QR payload: card number and expiry only, signed. No name, ID, phone or level. */
export function signCardToken(key: Buffer, cardNumber: string, expiresAt: Date): string {
  const body = Buffer.from(JSON.stringify({ c: cardNumber, e: Math.floor(expiresAt.getTime() / 1000) })).toString('base64url');
  return `${PREFIX}.${body}.${createHmac('sha256', key).update(`${PREFIX}.${body}`).digest('base64url')}`;
}

export type CardTokenCheck = { ok: true; cardNumber: string; expiresAt: Date } | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' };

export function verifyCardToken(key: Buffer, token: string, now: Date = clock.now()): CardTokenCheck {
  const [prefix, body, signature] = token.split('.');
  if (prefix !== PREFIX || body === undefined || signature === undefined || token.split('.').length !== 3) return { ok: false, reason: 'malformed' };
  const expected = createHmac('sha256', key).update(`${PREFIX}.${body}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad-signature' };
  let parsed: { c?: unknown; e?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { c?: unknown; e?: unknown };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof parsed.c !== 'string' || typeof parsed.e !== 'number') return { ok: false, reason: 'malformed' };
  const expiresAt = new Date(parsed.e * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, cardNumber: parsed.c, expiresAt };
}
