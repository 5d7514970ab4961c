import { platformProblems } from '../problem/platform-problems.js';
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

/** Whether the caller acts for the whole zone: their units include `zone`. */
export function hasZoneScope(user: AuthUser): boolean {
  return user.units.includes(ZONE_UNIT);
}

/**
 * Settings that bind the whole zone (rating thresholds, catalogues, ledger rules) are changed only by
 * callers acting for the zone: a sub-district or community acts on its own scope only. Routes declare it
 * with `@ApiAuth({ units: ZONE_UNIT }, ...)`, which the guard enforces; services call it where only some
 * requests touch a zone-wide setting.
 */
export function assertZoneScope(user: AuthUser): void {
  if (!hasZoneScope(user)) throw platformProblems.zoneScopeRequired();
}

/**
 * Ownership before state: loads a record and authorises the caller for it in one step, before any
 * check of its state, so that an outsider learns nothing from a 409 or 422 about a record that is not
 * theirs. `load` answers null when there is no such record (404 through `notFound`); `authorise` throws
 * the refusal (403, or 404 where existence itself is private).
 */
export async function loadAuthorised<T>(
  load: () => Promise<T | null | undefined>,
  notFound: () => Error,
  authorise: (record: T) => void | Promise<void>,
): Promise<T> {
  const record = await load();
  if (record === null || record === undefined) throw notFound();
  await authorise(record);
  return record;
}
