/**
 * The unit rule of each land operation, as the contract states it (`x-unit-rule`): land-bureau staff act for the
 * whole zone, a task-force member only on the projects whose task force lists them (shared/project-access.ts).
 */
const taskForce = (what: string) => `a task-force member: only ${what} whose task force lists the token's subject; units do not matter`;

export const LAND_UNIT_RULES = {
  projectWork: `land staff: any project; ${taskForce('projects')}`,
  actionItem: `land staff: any item; ${taskForce('items of projects')}`,
} as const;
