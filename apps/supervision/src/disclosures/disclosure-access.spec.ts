import { describe, expect, it } from '@jest/globals';
import type { AuthUser } from '#platform';
import { isPrivilegedFor } from './disclosure-access.js';

const user = (roles: AuthUser['roles'], units: string[]): AuthUser => ({ id: 'u', roles, units, kind: 'user' });

describe('who sees unpublished records and personal data', () => {
  it('lets a clerk see their own unit only, a supervisor every unit, and nobody else', () => {
    expect(isPrivilegedFor(user(['village-clerk'], ['shengtang']), 'shengtang')).toBe(true);
    expect(isPrivilegedFor(user(['village-clerk'], ['shengtang']), 'wuling')).toBe(false);
    expect(isPrivilegedFor(user(['village-clerk'], ['zone']), 'wuling')).toBe(true);
    expect(isPrivilegedFor(user(['discipline-supervisor'], []), 'wuling')).toBe(true);
    expect(isPrivilegedFor(user(['complaint-handler'], ['zone']), 'wuling')).toBe(false);
    expect(isPrivilegedFor(undefined, 'wuling')).toBe(false);
  });
});
