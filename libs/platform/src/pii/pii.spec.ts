import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { maskIdNumber, maskName, maskPhone } from './masking.js';
import { PiiCipher, PiiDecryptionError } from './pii-cipher.js';

describe('masking', () => {
  it('keeps 6 + 4 characters of an ID number and 3 + 4 of a phone number', () => {
    expect(maskIdNumber('34081119590101123X')).toBe('340811********123X');
    expect(maskPhone('13955612345')).toBe('139****2345');
    expect(maskName('杨国华')).toBe('杨**');
  });

  it('never returns short values in clear', () => {
    expect(maskIdNumber('12345')).toBe('*****');
    expect(maskPhone('12345')).toBe('*****');
  });
});

describe('PiiCipher', () => {
  const cipher = new PiiCipher(randomBytes(32), randomBytes(32));

  it('round-trips and uses a fresh IV each time', () => {
    const first = cipher.encrypt('34081119590101123X');
    const second = cipher.encrypt('34081119590101123X');
    expect(first).not.toBe(second);
    expect(first).not.toContain('340811');
    expect(cipher.decrypt(first)).toBe('34081119590101123X');
  });

  it('detects tampering and a wrong key', () => {
    const stored = cipher.encrypt('13955612345');
    const parts = stored.split('.');
    const flipped = Buffer.from(parts[3]!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => cipher.decrypt([parts[0], parts[1], parts[2], flipped.toString('base64url')].join('.'))).toThrow(PiiDecryptionError);
    expect(() => new PiiCipher(randomBytes(32), randomBytes(32)).decrypt(stored)).toThrow(PiiDecryptionError);
  });

  it('hashes equal values equally regardless of case and spacing, and differently under another key', () => {
    expect(cipher.lookupHash('34081119590101123x')).toBe(cipher.lookupHash(' 34081119590101123X'));
    expect(cipher.lookupHash('34081119590101123X')).not.toBe(new PiiCipher(randomBytes(32), randomBytes(32)).lookupHash('34081119590101123X'));
  });

  it('refuses weak key set-ups', () => {
    const key = randomBytes(32);
    expect(() => new PiiCipher(key, key)).toThrow(/differ/);
    expect(() => new PiiCipher(randomBytes(16), randomBytes(32))).toThrow(/32 bytes/);
  });
});
