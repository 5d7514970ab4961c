/** The terms of one version of an indicator: how many points it carries from which business date. */
export interface IndicatorTerms {
  version: number;
  points: number;
  /** Business date (YYYY-MM-DD, Asia/Shanghai) from which the version applies. */
  effectiveFrom: string;
}

/**
 * The version in effect on a business date: the latest to take effect on or before it. A date before the first
 * version took effect (an entry recorded for an earlier day) takes the first version: the indicator's original
 * terms. Versions may come in any order; at least one is required.
 */
export function versionInEffect<T extends IndicatorTerms>(versions: readonly T[], date: string): T {
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  const first = ordered[0];
  if (first === undefined) throw new Error('an indicator has at least one version');
  return ordered.reduce((current, candidate) => (candidate.effectiveFrom <= date ? candidate : current), first);
}

export interface NewVersionRequest {
  points: number;
  effectiveFrom: string;
  /** Why the version applies from a day already past; without it, a past `effectiveFrom` is refused. */
  backdatingReason?: string;
}

export interface VersionProblem {
  slug: 'indicator-version-unchanged' | 'indicator-version-out-of-order' | 'indicator-version-backdated';
  detail: string;
}

/**
 * Why a new version cannot follow `latest`, or undefined when it can. Versions follow one another in time (each
 * takes effect after the one before), change the points, and start today or later, unless a reason says why they
 * apply from a past day. Entries already recorded keep the version they were earned under either way.
 */
export function newVersionProblem(latest: IndicatorTerms, request: NewVersionRequest, today: string): VersionProblem | undefined {
  if (request.points === latest.points) {
    return { slug: 'indicator-version-unchanged', detail: `Version ${latest.version} already carries ${latest.points} points.` };
  }
  if (request.effectiveFrom <= latest.effectiveFrom) {
    return {
      slug: 'indicator-version-out-of-order',
      detail: `effectiveFrom ${request.effectiveFrom} must be after ${latest.effectiveFrom}, when version ${latest.version} took effect.`,
    };
  }
  if (request.effectiveFrom < today && request.backdatingReason === undefined) {
    return {
      slug: 'indicator-version-backdated',
      detail: `effectiveFrom ${request.effectiveFrom} is before today (${today}); give backdatingReason to apply a version from a past day.`,
    };
  }
  return undefined;
}
