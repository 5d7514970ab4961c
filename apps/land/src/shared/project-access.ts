import type { EntityManager } from 'typeorm';
import type { AuthUser } from '#platform';
import { TaskForceMember } from '../projects/project.entity.js';
import { landProblems } from './land-problems.js';

/**
 * Land-bureau staff edit every project; a task-force member only the project whose task force lists them.
 * Other roles never reach here (the route's @ApiAuth already refused them).
 */
export async function assertCanEditProject(manager: EntityManager, user: AuthUser | undefined, projectId: string): Promise<void> {
  if (user === undefined) throw landProblems.unauthenticated();
  if (user.roles.includes('land-staff')) return;
  if (user.roles.includes('task-force') && (await manager.existsBy(TaskForceMember, { projectId, userId: user.id }))) return;
  throw landProblems.notProjectTaskForce(projectId);
}
