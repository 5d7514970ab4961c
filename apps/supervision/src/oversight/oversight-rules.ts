import { addCalendarDays, type WorkingCalendar } from '#working-calendar/core';
import {
  InvalidPeriodError,
  parsePeriod,
  periodsOfYear,
  type DisclosureFrequency,
  type PeriodSpan,
  type PeriodState,
} from '../supervision-items/disclosure-period.js';

const PERIODIC_FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'annual'] as const satisfies readonly DisclosureFrequency[];

/** The days a reporting period covers, spelled as periodic items spell theirs: 2026-04, 2026-Q2, 2026-H1 or 2026. */
export function reportingSpan(period: string): PeriodSpan {
  for (const frequency of PERIODIC_FREQUENCIES) {
    try {
      return parsePeriod(frequency, period);
    } catch (error) {
      if (!(error instanceof InvalidPeriodError)) throw error;
    }
  }
  throw new InvalidPeriodError(`period "${period}" is not a month (2026-04), quarter (2026-Q2), half-year (2026-H1) or year (2026)`);
}

/** The quarter a day falls in, e.g. 2026-05-20 → 2026-Q2: the default reporting period. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * What an item owes for a reporting period: its own periods that end within the span. For 2026-Q2 a monthly item
 * owes April, May and June, a quarterly one Q2, a half-yearly one H1, an annual one nothing.
 */
export function periodsEndingWithin(frequency: DisclosureFrequency, span: PeriodSpan): string[] {
  const periods: string[] = [];
  for (let year = Number(span.start.slice(0, 4)); year <= Number(span.end.slice(0, 4)); year += 1) {
    for (const period of periodsOfYear(frequency, year)) {
      const end = parsePeriod(frequency, period).end;
      if (end >= span.start && end <= span.end) periods.push(period);
    }
  }
  return periods;
}

/** One unit's disclosures owed for the period: owed = onTime + late + missing + pending + calendarMissing. */
export interface CompletenessTally {
  owed: number;
  onTime: number;
  late: number;
  /** Due date passed, nothing published. */
  missing: number;
  /** Not published and not yet due. */
  pending: number;
  /** Due date unknown: the working calendar lacks a year the count reaches. */
  calendarMissing: number;
}

export function emptyTally(): CompletenessTally {
  return { owed: 0, onTime: 0, late: 0, missing: 0, pending: 0, calendarMissing: 0 };
}

const TALLY_KEY: Record<PeriodState, Exclude<keyof CompletenessTally, 'owed'>> = {
  'on-time': 'onTime',
  late: 'late',
  missing: 'missing',
  open: 'pending',
  'not-started': 'pending',
  'calendar-missing': 'calendarMissing',
};

export function addToTally(tally: CompletenessTally, state: PeriodState): void {
  tally.owed += 1;
  tally[TALLY_KEY[state]] += 1;
}

export function sumTallies(tallies: readonly CompletenessTally[]): CompletenessTally {
  const total = emptyTally();
  for (const tally of tallies) for (const key of Object.keys(total) as (keyof CompletenessTally)[]) total[key] += tally[key];
  return total;
}

export const LATENESS_FILTERS = ['late', 'missing'] as const;
export type LatenessFilter = (typeof LATENESS_FILTERS)[number];

/** Whether a unit belongs in a list filtered to units that published late, or that have something missing. */
export function matchesLateness(tally: CompletenessTally, filter: LatenessFilter | undefined): boolean {
  return filter === undefined || tally[filter] > 0;
}

/** Worst first: most missing, then most late, then most still pending; ties by unit code so the order is stable. */
export function worstFirst(a: { unitCode: string; counts: CompletenessTally }, b: { unitCode: string; counts: CompletenessTally }): number {
  return (
    b.counts.missing - a.counts.missing ||
    b.counts.late - a.counts.late ||
    b.counts.pending - a.counts.pending ||
    (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0)
  );
}

/**
 * Open work is overdue by the working days in (due date, today]. It is overdue by at least `minDays` exactly when
 * its due date is before the day this returns: today for 0 (overdue at all), otherwise the `minDays`-th working
 * day counted back from today (today included).
 */
export function overdueCutoff(calendar: WorkingCalendar, today: string, minDays: number): string {
  let day = today;
  for (let counted = 0; counted < minDays; day = addCalendarDays(day, -1)) {
    if (calendar.isWorkingDay(day)) {
      counted += 1;
      if (counted === minDays) return day;
    }
  }
  return day;
}

/** Working days an item due on `dueOn` is overdue on `today` (0 when due on a day just before a weekend). */
export function workingDaysOverdue(calendar: WorkingCalendar, dueOn: string, today: string): number {
  return Math.max(0, calendar.workingDaysBetween(dueOn, today));
}
