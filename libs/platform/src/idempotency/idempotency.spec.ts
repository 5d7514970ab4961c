import { describe, expect, it } from '@jest/globals';
import { decideOnReuse, IDEMPOTENCY_KEY_PATTERN, requestFingerprint } from './idempotency.js';

describe('idempotency decisions', () => {
  const hash = requestFingerprint('POST', '/api/v1/land/projects', { name: 'a' });

  it('replays a finished request with the same fingerprint', () => {
    expect(decideOnReuse({ route: '/api/v1/land/projects', requestHash: hash, statusCode: 201, response: { id: 1 } }, '/api/v1/land/projects', hash)).toEqual({
      kind: 'replay',
      statusCode: 201,
      response: { id: 1 },
    });
  });

  it('refuses a key reused for another body or route, and reports one still running', () => {
    const other = requestFingerprint('POST', '/api/v1/land/projects', { name: 'b' });
    expect(decideOnReuse({ route: '/api/v1/land/projects', requestHash: hash, statusCode: 201, response: {} }, '/api/v1/land/projects', other)).toEqual({
      kind: 'mismatch',
    });
    expect(decideOnReuse({ route: '/api/v1/land/projects', requestHash: hash, statusCode: 201, response: {} }, '/api/v1/party/red-stations', hash)).toEqual({
      kind: 'mismatch',
    });
    expect(decideOnReuse({ route: '/api/v1/land/projects', requestHash: hash, statusCode: null, response: null }, '/api/v1/land/projects', hash)).toEqual({
      kind: 'in-progress',
    });
  });

  it('accepts sensible keys only', () => {
    expect(IDEMPOTENCY_KEY_PATTERN.test('3f2b7c1e-9a4d-4f5e-8b6a-1c2d3e4f5a6b')).toBe(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test('short')).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('has spaces in it')).toBe(false);
  });
});
