import { describe, expect, it } from '@jest/globals';
import { authUserFromClaims } from './claims.js';
import { InvalidTokenError } from './invalid-token.error.js';

describe('authUserFromClaims', () => {
  it('drops unknown roles and duplicates but keeps the known ones', () => {
    const user = authUserFromClaims({ sub: 'u-1', roles: ['land-staff', 'future-role', 'land-staff'], units: ['zone', 'zone'] });
    expect(user).toEqual({ id: 'u-1', roles: ['land-staff'], units: ['zone'], kind: 'user' });
  });

  it('refuses a token left without any known role', () => {
    expect(() => authUserFromClaims({ sub: 'u-1', roles: ['future-role'], units: [] })).toThrow(InvalidTokenError);
    expect(() => authUserFromClaims({ sub: 'u-1', roles: [], units: [] })).toThrow(InvalidTokenError);
  });

  it('refuses claims of the wrong shape', () => {
    for (const payload of [
      { sub: 'u-1', roles: 'resident', units: [] },
      { sub: 'u-1', roles: ['resident'], units: [''] },
      { sub: 'u-1', roles: ['resident'], units: [], name: 42 },
    ]) {
      expect(() => authUserFromClaims(payload)).toThrow(expect.objectContaining({ reason: 'invalid-claims' }));
    }
    expect(() => authUserFromClaims({ sub: '', roles: ['resident'], units: [] })).toThrow(expect.objectContaining({ reason: 'missing-claims' }));
  });

  it('marks integrators as system clients', () => {
    expect(authUserFromClaims({ sub: 'district-oa', roles: ['integrator'], units: ['zone'] }).kind).toBe('system');
  });
});
