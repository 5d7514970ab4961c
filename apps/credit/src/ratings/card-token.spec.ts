import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { deriveCardKey, signCardToken, verifyCardToken } from './card-token.js';

describe('card QR token', () => {
  const hashKey = randomBytes(32);
  const key = deriveCardKey(hashKey);
  const now = new Date('2026-04-18T09:00:00Z');
  const later = new Date('2026-04-18T09:10:00Z');

  it('derives a dedicated key, different from the hash key itself', () => {
    expect(key.equals(hashKey)).toBe(false);
    expect(deriveCardKey(hashKey).equals(key)).toBe(true);
  });

  it('round-trips the card number and carries nothing else', () => {
    const token = signCardToken(key, 'XY-4827-1934-5561', later);
    expect(verifyCardToken(key, token, now)).toEqual({ ok: true, cardNumber: 'XY-4827-1934-5561', expiresAt: later });
    const body = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as object;
    expect(Object.keys(body).sort()).toEqual(['c', 'e']);
  });

  it('refuses expired, tampered, foreign-key and malformed tokens', () => {
    const token = signCardToken(key, 'XY-4827-1934-5561', later);
    expect(verifyCardToken(key, token, later)).toEqual({ ok: false, reason: 'expired' });
    const [prefix, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ c: 'XY-0000-0000-0001', e: later.getTime() / 1000 })).toString('base64url');
    expect(verifyCardToken(key, `${prefix}.${forged}.${signature}`, now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyCardToken(deriveCardKey(randomBytes(32)), token, now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyCardToken(key, 'XY-4827-1934-5561', now)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyCardToken(key, `${token}.extra`, now)).toEqual({ ok: false, reason: 'malformed' });
  });
});
