import type { ObjectLiteral } from 'typeorm';
import { canActForUnit, hasZoneScope, type AuthUser } from '#platform';
import { creditProblems } from '../shared/credit-problems.js';

/** What access decisions need to know about a community. */
export interface CommunityScope {
  code: string;
  subDistrictCode: string;
}

/**
 * Community staff act for their community; sub-district staff for all its communities; `zone` for all.
 * `role` names the staff role asked for: `credit-staff` for current records, `records-clerk` for back-dated history.
 */
export function isStaffFor(user: AuthUser | undefined, community: CommunityScope, role: 'credit-staff' | 'records-clerk' = 'credit-staff'): boolean {
  return user !== undefined && user.roles.includes(role) && (canActForUnit(user, community.code) || canActForUnit(user, community.subDistrictCode));
}

export function assertStaffFor(user: AuthUser | undefined, community: CommunityScope, role: 'credit-staff' | 'records-clerk' = 'credit-staff'): void {
  if (!isStaffFor(user, community, role)) {
    throw creditProblems.communityForbidden(community.code);
  }
}

/** The resident records of the signed-in resident, for `restrictToCaller`'s `alsoVisible` conditions. */
export const OWN_RESIDENT_IDS = '(SELECT own.id FROM residents own WHERE own.account_id = :accountId AND :isResident)';
/** The households the signed-in resident belongs to, for `restrictToCaller`'s `alsoVisible` conditions. */
export const OWN_HOUSEHOLD_IDS = '(SELECT own.household_id FROM residents own WHERE own.account_id = :accountId AND :isResident)';

/**
 * Restricts a list query to the rows the caller may see: credit staff and records clerks the rows whose community
 * (`communityCode`, a column) they act for, by its code or its sub-district's, `zone` staff every row; anyone also the rows
 * matching one of `alsoVisible`, which may use `:units` (the staff member's units, none for anyone else),
 * `:accountId` and `:isResident`.
 */
export function restrictToCaller(
  builder: { andWhere(where: string, parameters?: ObjectLiteral): unknown },
  user: AuthUser,
  communityCode: string,
  ...alsoVisible: string[]
): void {
  const staff = user.roles.includes('credit-staff') || user.roles.includes('records-clerk');
  if (staff && hasZoneScope(user)) return;
  const conditions = [
    `${communityCode} = ANY(:units)`,
    `${communityCode} IN (SELECT scope.code FROM communities scope WHERE scope.sub_district_code = ANY(:units))`,
    ...alsoVisible,
  ];
  builder.andWhere(`(${conditions.join(' OR ')})`, { units: staff ? user.units : [], accountId: user.id, isResident: user.roles.includes('resident') });
}
