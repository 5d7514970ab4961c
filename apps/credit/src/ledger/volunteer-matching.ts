import type { ProblemKind } from '#platform';
import { ledgerProblems } from './ledger-problems.js';
import type { ParticipationOutcome } from './volunteer-participation.entity.js';

/** The catalogue item each party activity category earns (党建引领志愿服务 → 志愿活动 etc.). */
export const EVENT_INDICATOR_CODES: Readonly<Record<string, string>> = {
  'volunteer-activities': 'VOL-01',
  'public-security': 'SEC-01',
  'public-welfare': 'WEL-01',
};

/** Rule refusals of the ledger that are outcomes to show staff, not failures to retry. */
export const SKIPPED_OUTCOMES: readonly { problem: ProblemKind; outcome: ParticipationOutcome }[] = [
  { problem: ledgerProblems.indicatorLimitReached, outcome: 'limit-reached' },
  { problem: ledgerProblems.indicatorRetired, outcome: 'indicator-unavailable' },
];

/**
 * The one ledger key of a participant's award: the same whether the award came with the event, when the
 * resident was registered later, or by staff applying it; so a participation is awarded at most once.
 */
export function volunteerAwardKey(activityId: string, residentId: string): string {
  return `volunteer-activity:${activityId}:${residentId}`;
}

/**
 * Whether a newly registered resident is the participant: only on the ID-number look-up hash, never on the
 * masked name (杨** fits many people); participations recorded without a hash wait for staff.
 */
export function matchesRegisteredResident(participation: { outcome: ParticipationOutcome; residentIdHash: string | null }, residentIdHash: string): boolean {
  return participation.outcome === 'unmatched' && participation.residentIdHash !== null && participation.residentIdHash === residentIdHash;
}

/** Why staff cannot apply a participation, or `undefined` when they can: only unmatched ones are open. */
export function applicationConflict(participation: { outcome: ParticipationOutcome; residentId: string | null }): string | undefined {
  if (participation.outcome === 'unmatched') return undefined;
  return `This participation was already applied (outcome ${participation.outcome}${participation.residentId === null ? '' : `, resident ${participation.residentId}`}).`;
}
