import { ForbiddenException } from '@nestjs/common';
import type { AuthUser } from './auth-user.js';

/** Unit code granting the whole zone, e.g. to leadership and platform administrators. */
export const ZONE_UNIT = 'zone';

export function canActForUnit(user: AuthUser, unitCode: string): boolean {
  return user.units.includes(unitCode) || user.units.includes(ZONE_UNIT);
}

/** Row-level check for services: the caller must be allowed to act for the unit that owns the record. */
export function assertUnitAccess(user: AuthUser, unitCode: string): void {
  if (!canActForUnit(user, unitCode)) {
    throw new ForbiddenException(`Not permitted to act for unit ${unitCode}`);
  }
}
