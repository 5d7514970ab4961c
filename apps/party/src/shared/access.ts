import type { EntityManager } from 'typeorm';
import type { AuthUser } from '#platform';
import { InstructorAssignment } from '../instructors/instructor-assignment.entity.js';
import { partyProblems } from './party-problems.js';

/** The non-public Party committee manages everything in the registry. */
export function isCommittee(user: AuthUser): boolean {
  return user.roles.includes('party-committee');
}

/**
 * The committee and district systems (`integrator`) see every entity; instructors only their assigned
 * ones. The integrator's routes are reads: no write route's @ApiAuth lists the role.
 */
export function seesWholeRegistry(user: AuthUser): boolean {
  return isCommittee(user) || user.roles.includes('integrator');
}

/** Instructors act only for the entities assigned to them; the committee (and the read-only integrator) for all. */
export async function assertEntityAccess(manager: EntityManager, user: AuthUser, entityId: string): Promise<void> {
  if (seesWholeRegistry(user)) return;
  if (user.roles.includes('party-instructor')) {
    if (await manager.existsBy(InstructorAssignment, { instructorUserId: user.id, entityId })) return;
  }
  throw partyProblems.entityNotAssigned();
}
