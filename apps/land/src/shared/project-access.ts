import type { EntityManager } from 'typeorm';
import { ProblemException, type AuthUser } from '#platform';
import { TaskForceMember } from '../projects/project.entity.js';

/**
 * Land-bureau staff edit every project; a task-force member only the project whose task force lists them.
 * Other roles never reach here (the route's @ApiAuth already refused them).
 */
export async function assertCanEditProject(manager: EntityManager, user: AuthUser | undefined, projectId: string): Promise<void> {
  if (user === undefined) throw ProblemException.of(401, 'unauthenticated', 'Unauthenticated', 'A bearer token is required.');
  if (user.roles.includes('land-staff')) return;
  if (user.roles.includes('task-force') && (await manager.existsBy(TaskForceMember, { projectId, userId: user.id }))) return;
  throw ProblemException.of(
    403,
    'not-project-task-force',
    "Not on this project's task force",
    `Only land-bureau staff and members of the project's task force may change project ${projectId}.`,
  );
}
