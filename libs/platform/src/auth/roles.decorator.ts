import { accessPolicy } from './access-policy.js';
import type { Role } from './roles.js';

/** The caller needs at least one of these roles (403 otherwise). */
export function Roles(...roles: [Role, ...Role[]]): ClassDecorator & MethodDecorator {
  return accessPolicy({ kind: 'roles', roles });
}
