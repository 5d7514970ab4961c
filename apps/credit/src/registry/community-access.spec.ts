import { describe, expect, it } from '@jest/globals';
import type { AuthUser } from '#platform';
import { isStaffFor, OWN_RESIDENT_IDS, restrictToCaller } from './community-access.js';

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

describe('restrictToCaller', () => {
  const restrictionFor = (caller: AuthUser, ...alsoVisible: string[]) => {
    const wheres: { where: string; parameters?: object }[] = [];
    restrictToCaller({ andWhere: (where, parameters) => wheres.push({ where, parameters }) }, caller, 'c.code', ...alsoVisible);
    return wheres;
  };

  it('leaves zone staff unrestricted', () => {
    expect(restrictionFor(user(['credit-staff'], ['zone']))).toEqual([]);
  });

  it("restricts staff to their communities and sub-districts' communities, and a resident to their own rows", () => {
    const [staff] = restrictionFor(user(['credit-staff'], ['lingbei']), `a.resident_id IN ${OWN_RESIDENT_IDS}`);
    expect(staff!.where).toBe(
      `(c.code = ANY(:units) OR c.code IN (SELECT scope.code FROM communities scope WHERE scope.sub_district_code = ANY(:units)) OR a.resident_id IN ${OWN_RESIDENT_IDS})`,
    );
    expect(staff!.parameters).toEqual({ units: ['lingbei'], accountId: 'u', isResident: false });
    expect(restrictionFor(user(['resident'], ['zone']))[0]!.parameters).toEqual({ units: [], accountId: 'u', isResident: true });
  });
});
