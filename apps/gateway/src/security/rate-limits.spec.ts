import { describe, expect, it } from '@jest/globals';
import type { AuthUser } from '#platform';
import { rateLimitKey, rateLimitQuota, type RateLimits } from './rate-limits.js';

const limits: RateLimits = { perAddress: 60, perSubject: 120, integrator: 1200 };
const user = (id: string, roles: string[]) => ({ id, roles, units: [], kind: 'user' }) as unknown as AuthUser;

describe('gateway rate limits', () => {
  it('charges a valid token to its subject, wherever it calls from, and anything else to the address', () => {
    expect(rateLimitKey(user('district-it', ['integrator']), '10.0.0.5')).toBe('subject:district-it');
    expect(rateLimitKey(user('district-it', ['integrator']), '10.0.0.6')).toBe('subject:district-it');
    expect(rateLimitKey(undefined, '10.0.0.5')).toBe('address:10.0.0.5');
  });

  it('gives integrators the higher machine-client quota', () => {
    expect(rateLimitQuota(limits, user('district-it', ['integrator']))).toBe(1200);
    expect(rateLimitQuota(limits, user('clerk', ['village-clerk']))).toBe(120);
    expect(rateLimitQuota(limits, undefined)).toBe(60);
  });
});
