import { canActForUnit, type AuthUser } from '#platform';

/** Supervisors see and review every unit; a village clerk only the units in their `units` claim. */
export function isPrivilegedFor(user: AuthUser | undefined, unitCode: string): boolean {
  if (user === undefined) return false;
  if (user.roles.includes('discipline-supervisor')) return true;
  return user.roles.includes('village-clerk') && canActForUnit(user, unitCode);
}
