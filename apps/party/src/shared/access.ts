import type { EntityManager } from 'typeorm';
import { ProblemException, type AuthUser } from '#platform';

/** The non-public Party committee manages everything in the registry. */
export function isCommittee(user: AuthUser): boolean {
  return user.roles.includes('party-committee');
}

/** Instructors act only for the entities assigned to them; the committee for all. */
export async function assertEntityAccess(manager: EntityManager, user: AuthUser, entityId: string): Promise<void> {
  if (isCommittee(user)) return;
  if (user.roles.includes('party-instructor')) {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM instructor_assignments WHERE instructor_user_id = $1 AND entity_id = $2`, [user.id, entityId]);
    if (rows.length > 0) return;
  }
  throw ProblemException.of(403, 'entity-not-assigned', 'Entity not assigned to you', 'Only the Party committee and the instructors assigned to this entity may act for it.');
}
