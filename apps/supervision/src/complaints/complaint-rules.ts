import { randomBytes } from 'node:crypto';
import { assertDateOrder } from '#platform/problems';
import { TransitionTable } from '#platform/state';
import type { ReportingPeriod } from '#platform/statistics';
import type { Deadline, WorkingCalendar } from '#working-calendar/core';

/** received → accepted → in-progress → answered → closed, or rejected (with reason) before an answer. */
export const COMPLAINT_STATUSES = ['received', 'accepted', 'in-progress', 'answered', 'closed', 'rejected'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export type ComplaintAction = 'accept' | 'start' | 'answer' | 'close' | 'reject';

const LIFECYCLE = new TransitionTable<ComplaintStatus, ComplaintAction>(
  {
    accept: { from: ['received'], to: 'accepted' },
    start: { from: ['accepted'], to: 'in-progress' },
    answer: { from: ['in-progress'], to: 'answered' },
    close: { from: ['answered'], to: 'closed' },
    reject: { from: ['received', 'accepted', 'in-progress'], to: 'rejected' },
  },
  (status, action) => new ComplaintTransitionError(status, action),
);

/** Working days each open step may take before the complaint is overdue (受理、办理、答复、办结). */
export const STEP_LIMITS_IN_WORKING_DAYS: Readonly<Record<ComplaintStatus, number | null>> = {
  received: 3,
  accepted: 2,
  'in-progress': 15,
  answered: 5,
  closed: null,
  rejected: null,
};

export const COMPLAINT_CATEGORIES = ['business-environment', 'disclosure', 'village-affairs', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** Handling departments by category; codes appear in complaint handlers' `units` claim. A supervisor may re-route. */
export const DEFAULT_DEPARTMENT: Readonly<Record<ComplaintCategory, string>> = {
  'business-environment': 'business-environment-office',
  disclosure: 'discipline-office',
  'village-affairs': 'discipline-office',
  other: 'discipline-office',
};

export class ComplaintTransitionError extends Error {
  override readonly name = 'ComplaintTransitionError';
  constructor(
    readonly status: ComplaintStatus,
    readonly action: ComplaintAction,
  ) {
    super(`Cannot ${action} a complaint that is ${status}`);
  }
}

export function nextComplaintStatus(status: ComplaintStatus, action: ComplaintAction): ComplaintStatus {
  return LIFECYCLE.next(status, action);
}

/** Deadline of the step a complaint has just entered on `enteredOn`, with its calendar basis; null once it is finished. */
export function stepDeadline(calendar: WorkingCalendar, status: ComplaintStatus, enteredOn: string): Deadline | null {
  const limit = STEP_LIMITS_IN_WORKING_DAYS[status];
  return limit === null ? null : calendar.deadline(enteredOn, limit);
}

/** Overdue on `today` when the open step's deadline has passed (the deadline day itself still counts). */
export function isOverdue(dueOn: string | null, today: string): boolean {
  return dueOn !== null && today > dueOn;
}

/** Small counts could single out a complainant, so public statistics show them only at or above this. */
export const PUBLIC_COUNT_THRESHOLD = 3;

export function suppressSmall(count: number): number | null {
  return count > 0 && count < PUBLIC_COUNT_THRESHOLD ? null : count;
}

const TRACKING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A code the complainant keeps to follow the case: 12 random characters (60 bits), no 0/O/1/I to misread. */
export function newTrackingCode(): string {
  const bytes = randomBytes(12);
  return `TS-${[...bytes].map((byte) => TRACKING_ALPHABET[byte % 32]).join('')}`;
}

export const TRACKING_CODE_PATTERN = /^TS-[2-9A-HJ-NP-Z]{12}$/;

/** Tracking codes are read out and typed by hand: letter case and surrounding spaces do not matter. */
export function normaliseTrackingCode(input: string): string {
  return input.trim().toUpperCase();
}

export interface ComplaintCounts<T = number> {
  received: T;
  closed: T;
  rejected: T;
  open: T;
}

const PARTS = ['closed', 'rejected', 'open'] as const;

/**
 * Public cells of one row. Small counts are hidden (primary suppression); and since closed + rejected + open =
 * received, hiding one part while showing the others would give it away, so a hidden part hides all parts.
 */
export function suppressRow(counts: ComplaintCounts): ComplaintCounts<number | null> {
  const shown: ComplaintCounts<number | null> = {
    received: suppressSmall(counts.received),
    closed: suppressSmall(counts.closed),
    rejected: suppressSmall(counts.rejected),
    open: suppressSmall(counts.open),
  };
  if (PARTS.some((part) => shown[part] === null)) for (const part of PARTS) shown[part] = null;
  return shown;
}

/**
 * Across the rows that add up to a published total (units of one category), a single hidden cell could be
 * recovered by subtraction; hide the smallest other non-zero cell too (secondary suppression).
 */
export function suppressColumn(exact: readonly number[], shown: (number | null)[]): (number | null)[] {
  const result = [...shown];
  const hidden = result.filter((value, index) => value === null && exact[index]! > 0).length;
  if (hidden !== 1) return result;
  let pick = -1;
  for (let index = 0; index < result.length; index += 1) {
    if (result[index] !== null && exact[index]! > 0 && (pick === -1 || exact[index]! < exact[pick]!)) pick = index;
  }
  if (pick !== -1) result[pick] = null;
  return result;
}

/**
 * The filing days a statistics answer counts: the period asked for, narrowed to `year` when one is given
 * (its complaints as of the period's end or the year's, whichever is earlier).
 */
export function complaintPeriodOf(period: ReportingPeriod, year: number | undefined): ReportingPeriod {
  if (year === undefined) return period;
  const [first, last] = [`${year}-01-01`, `${year}-12-31`];
  const narrowed = { from: period.from === null || period.from < first ? first : period.from, to: period.to > last ? last : period.to };
  // A year wholly outside the period counts nothing; say so instead of answering zeros for a reversed period.
  assertDateOrder([
    { name: narrowed.from === first ? 'year' : 'from', date: narrowed.from },
    { name: narrowed.to === last ? 'year' : 'to', date: narrowed.to },
  ]);
  return narrowed;
}
