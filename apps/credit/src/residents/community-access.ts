import { canActForUnit, ProblemException, type AuthUser } from '#platform';

/** What access decisions need to know about a community. */
export interface CommunityScope {
  code: string;
  subDistrictCode: string;
}

/** Community staff act for their community; sub-district staff for all its communities; `zone` for all. */
export function isStaffFor(user: AuthUser | undefined, community: CommunityScope): boolean {
  return (
    user !== undefined &&
    user.roles.includes('credit-staff') &&
    (canActForUnit(user, community.code) || canActForUnit(user, community.subDistrictCode))
  );
}

export function assertStaffFor(user: AuthUser | undefined, community: CommunityScope): void {
  if (!isStaffFor(user, community)) {
    throw ProblemException.of(403, 'community-forbidden', 'Not your community', `You may not act for community ${community.code}.`);
  }
}
