import { describe, expect, it } from '@jest/globals';
import type { AuthUser } from '#platform';
import { isStaffFor } from './community-access.js';

const user = (roles: AuthUser['roles'], units: string[]): AuthUser => ({ id: 'u', roles, units, kind: 'user' });
const shengtang = { code: 'shengtang', subDistrictCode: 'lingbei' };

describe('community access', () => {
  it('admits community staff, sub-district staff and zone staff', () => {
    expect(isStaffFor(user(['credit-staff'], ['shengtang']), shengtang)).toBe(true);
    expect(isStaffFor(user(['credit-staff'], ['lingbei']), shengtang)).toBe(true);
    expect(isStaffFor(user(['credit-staff'], ['zone']), shengtang)).toBe(true);
  });

  it('refuses other communities, other roles and anonymous callers', () => {
    expect(isStaffFor(user(['credit-staff'], ['wuling']), shengtang)).toBe(false);
    expect(isStaffFor(user(['merchant'], ['zone']), shengtang)).toBe(false);
    expect(isStaffFor(user(['resident'], ['shengtang']), shengtang)).toBe(false);
    expect(isStaffFor(undefined, shengtang)).toBe(false);
  });
});
