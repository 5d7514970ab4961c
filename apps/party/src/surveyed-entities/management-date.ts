import type { ManagementStatus } from './entity-kinds.js';

/**
 * The day an entity counts as taken under management (纳入管理): the day given (after the fact), else the
 * day it is recorded; none while not under management. Answers the problem in words, or the date.
 */
export function managementDateOf(status: ManagementStatus, managedOn: string | undefined, today: string): { managedOn: string | null } | { problem: string } {
  if (status !== 'under-management') {
    return managedOn === undefined ? { managedOn: null } : { problem: 'managedOn is only for an entity under management' };
  }
  if (managedOn !== undefined && managedOn > today) return { problem: `managedOn ${managedOn} is after today (${today})` };
  return { managedOn: managedOn ?? today };
}
