import { addCalendarDays, CalendarYearMissingError, isBusinessDate, type CalendarBasis, type Deadline, type WorkingCalendar } from '#working-calendar/core';

/** How often an item must be disclosed (公示频次); `per-event` items are disclosed whenever the power is exercised. */
export const DISCLOSURE_FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'annual', 'per-event'] as const;
export type DisclosureFrequency = (typeof DISCLOSURE_FREQUENCIES)[number];

export class InvalidPeriodError extends Error {
  override readonly name = 'InvalidPeriodError';
}

export interface PeriodSpan {
  /** First day, Asia/Shanghai business date. */
  start: string;
  /** Last day (inclusive). */
  end: string;
}

const PATTERNS: Record<DisclosureFrequency, { pattern: RegExp; example: string }> = {
  monthly: { pattern: /^(\d{4})-(0[1-9]|1[0-2])$/, example: '2026-04' },
  quarterly: { pattern: /^(\d{4})-Q([1-4])$/, example: '2026-Q2' },
  semiannual: { pattern: /^(\d{4})-H([12])$/, example: '2026-H1' },
  annual: { pattern: /^(\d{4})$/, example: '2026' },
  'per-event': { pattern: /^\d{4}-\d{2}-\d{2}$/, example: '2026-04-20' },
};

function monthSpan(year: number, firstMonth: number, months: number): PeriodSpan {
  const start = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const nextStart = firstMonth + months > 12 ? `${year + 1}-01-01` : `${year}-${String(firstMonth + months).padStart(2, '0')}-01`;
  return { start, end: addCalendarDays(nextStart, -1) };
}

/** The days a period covers; the period's spelling must match the item's frequency. */
export function parsePeriod(frequency: DisclosureFrequency, period: string): PeriodSpan {
  const { pattern, example } = PATTERNS[frequency];
  const match = pattern.exec(period);
  if (match === null || (frequency === 'per-event' && !isBusinessDate(period))) {
    throw new InvalidPeriodError(`period "${period}" does not fit a ${frequency} item; write it like "${example}"`);
  }
  const year = Number(match[1] ?? period.slice(0, 4));
  switch (frequency) {
    case 'monthly':
      return monthSpan(year, Number(match[2]), 1);
    case 'quarterly':
      return monthSpan(year, (Number(match[2]) - 1) * 3 + 1, 3);
    case 'semiannual':
      return monthSpan(year, (Number(match[2]) - 1) * 6 + 1, 6);
    case 'annual':
      return monthSpan(year, 1, 12);
    case 'per-event':
      return { start: period, end: period };
  }
}

/** The periods of a year a periodic item must be disclosed for; none for per-event items. */
export function periodsOfYear(frequency: DisclosureFrequency, year: number): string[] {
  switch (frequency) {
    case 'monthly':
      return Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);
    case 'quarterly':
      return [1, 2, 3, 4].map((quarter) => `${year}-Q${quarter}`);
    case 'semiannual':
      return [`${year}-H1`, `${year}-H2`];
    case 'annual':
      return [String(year)];
    case 'per-event':
      return [];
  }
}

/** A periodic disclosure is due `dueWorkingDays` working days after its period ends. */
export function periodDueDate(calendar: WorkingCalendar, frequency: DisclosureFrequency, period: string, dueWorkingDays: number): Deadline {
  return calendar.deadline(parsePeriod(frequency, period).end, dueWorkingDays);
}

export type CompletenessState = 'on-time' | 'late' | 'missing' | 'open' | 'not-started';

/**
 * Where one unit stands for one item and period on `asOf`: published by the due date (on-time) or after it (late);
 * unpublished past the due date (missing), before it (open), or before the period has even ended (not-started).
 */
export function completenessState(input: { periodEnd: string; dueOn: string; publishedOn: string | null; asOf: string }): CompletenessState {
  if (input.publishedOn !== null) return input.publishedOn <= input.dueOn ? 'on-time' : 'late';
  if (input.asOf > input.dueOn) return 'missing';
  return input.asOf > input.periodEnd ? 'open' : 'not-started';
}

export type PeriodState = CompletenessState | 'calendar-missing';

export interface PeriodJudgement {
  dueOn: string | null;
  dueBasis: CalendarBasis | null;
  state: PeriodState;
}

/**
 * One unit's disclosure of an item for a period on `asOf`: its due date (`dueWorkingDays` extensions included) and
 * state. A due date in a year nobody has entered yet is unknown (`calendar-missing`), not guessed from weekends.
 */
export function judgePeriod(
  calendar: WorkingCalendar,
  frequency: DisclosureFrequency,
  period: string,
  dueWorkingDays: number,
  publishedOn: string | null,
  asOf: string,
): PeriodJudgement {
  const periodEnd = parsePeriod(frequency, period).end;
  try {
    const { dueOn, basis } = periodDueDate(calendar, frequency, period, dueWorkingDays);
    return { dueOn, dueBasis: basis, state: completenessState({ periodEnd, dueOn, publishedOn, asOf }) };
  } catch (error) {
    if (!(error instanceof CalendarYearMissingError)) throw error;
    return { dueOn: null, dueBasis: null, state: 'calendar-missing' };
  }
}
