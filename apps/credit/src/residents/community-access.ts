import { canActForUnit, ProblemException, type AuthUser } from '#platform';

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
  return (
    user !== undefined &&
    user.roles.includes(role) &&
    (canActForUnit(user, community.code) || canActForUnit(user, community.subDistrictCode))
  );
}

export function assertStaffFor(user: AuthUser | undefined, community: CommunityScope, role: 'credit-staff' | 'records-clerk' = 'credit-staff'): void {
  if (!isStaffFor(user, community, role)) {
    throw ProblemException.of(403, 'community-forbidden', 'Not your community', `You may not act for community ${community.code}.`);
  }
}
