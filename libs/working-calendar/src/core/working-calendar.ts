import { addCalendarDays, businessDate, dayOfWeek, yearOf, type BusinessDate } from './business-date.js';
import { CalendarYearInvalidError, CalendarYearMissingError } from './calendar-errors.js';
import { parseCalendarYear, type CalendarYear, type FestivalName } from './calendar-year.js';
import { canComputeProvisionalYear, provisionalCalendarYear } from './provisional-year.js';

/**
 * What a computed date stands on: `official` when every day it classified lies in a year entered from the State
 * Council's notice, `provisional` when some day lies in a year computed from the statutory rule. A provisional
 * deadline is recomputed when the official year is entered.
 */
export const CALENDAR_BASES = ['official', 'provisional'] as const;
export type CalendarBasis = (typeof CALENDAR_BASES)[number];

/** A deadline and the calendar basis it was computed on. */
export interface Deadline {
  dueOn: BusinessDate;
  basis: CalendarBasis;
}

interface YearIndex {
  readonly data: CalendarYear;
  readonly holidays: ReadonlyMap<string, FestivalName>;
  readonly makeUpWorkdays: ReadonlySet<string>;
}

/**
 * Working days in mainland China: Monday to Friday, minus announced holidays, plus make-up working days.
 *
 * Years given to the constructor are official. Any other year from 2014 to 2100 is provisional: its statutory days
 * off are computed (see provisionalCalendarYear), so a deadline never waits for the State Council's notice; results
 * say which basis they stand on.
 *
 * Immutable: to add or correct a year at run time, build a new calendar with {@link WorkingCalendar.withYear}
 * and swap it in, so that computations already under way never see a half-updated calendar.
 *
 * A method throws {@link CalendarYearMissingError} only when it has to classify a day of a year that is neither
 * official nor computable.
 */
export class WorkingCalendar {
  private readonly index: ReadonlyMap<number, YearIndex>;

  /** Every year is validated; throws {@link CalendarYearInvalidError} on bad data or a year given twice. */
  constructor(years: Iterable<CalendarYear>) {
    const index = new Map<number, YearIndex>();
    for (const input of years) {
      const data = parseCalendarYear(input);
      if (index.has(data.year)) {
        throw new CalendarYearInvalidError([{ path: 'year', message: `Year ${data.year} is supplied more than once` }]);
      }
      index.set(data.year, indexOf(data));
    }
    this.index = index;
  }

  private readonly provisional = new Map<number, YearIndex>();

  /** Official years, ascending. */
  get years(): number[] {
    return [...this.index.keys()].sort((a, b) => a - b);
  }

  /** Whether `year` is official (entered from its notice). */
  hasYear(year: number): boolean {
    return this.index.has(year);
  }

  basisOfYear(year: number): CalendarBasis {
    return this.index.has(year) ? 'official' : 'provisional';
  }

  /** This calendar without the official data of `year`, which turns provisional again. */
  withoutYear(year: number): WorkingCalendar {
    return new WorkingCalendar([...this.index.values()].map((entry) => entry.data).filter((data) => data.year !== year));
  }

  /** A new calendar with `year` added, or replacing the data this calendar has for that year. */
  withYear(year: CalendarYear): WorkingCalendar {
    const others = [...this.index.values()].map((entry) => entry.data).filter((data) => data.year !== year.year);
    return new WorkingCalendar([...others, year]);
  }

  isWorkingDay(date: string): boolean {
    const day = businessDate(date);
    const year = this.yearIndexFor(day);
    if (year.makeUpWorkdays.has(day)) {
      return true;
    }
    if (year.holidays.has(day)) {
      return false;
    }
    const weekday = dayOfWeek(day);
    return weekday !== 0 && weekday !== 6;
  }

  /** The festival a day off belongs to, or `undefined` for any other day (make-up working days included). */
  holidayName(date: string): FestivalName | undefined {
    const day = businessDate(date);
    return this.yearIndexFor(day).holidays.get(day);
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): BusinessDate {
    return this.addWorkingDays(date, 1);
  }

  /**
   * The deadline `n` working days after `date`.
   *
   * - `n >= 1`: the n-th working day strictly after `date`; `date` itself never counts, whatever kind of day it is
   *   (a request received on D with a 5-working-day limit is due on `addWorkingDays(D, 5)`).
   * - `n = 0`: `date` if it is a working day, otherwise the next working day ("due the same working day").
   *
   * For `n >= 1`, `workingDaysBetween(date, addWorkingDays(date, n)) === n`.
   */
  addWorkingDays(date: string, n: number): BusinessDate {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new RangeError(`addWorkingDays needs a non-negative integer, got ${n}`);
    }
    let current = businessDate(date);
    if (n === 0) {
      return this.isWorkingDay(current) ? current : this.nextWorkingDay(current);
    }
    let remaining = n;
    while (remaining > 0) {
      current = addCalendarDays(current, 1);
      if (this.isWorkingDay(current)) {
        remaining -= 1;
      }
    }
    return current;
  }

  /** {@link addWorkingDays} together with the basis of the days it counted. */
  deadline(date: string, n: number): Deadline {
    const dueOn = this.addWorkingDays(date, n);
    return { dueOn, basis: this.basisBetween(n === 0 ? addCalendarDays(date, -1) : date, dueOn) };
  }

  /** The basis of the days in (`from`, `to`] (either order): provisional when any of them lies in a provisional year. */
  basisBetween(from: string, to: string): CalendarBasis {
    const [low, high] = from <= to ? [businessDate(from), businessDate(to)] : [businessDate(to), businessDate(from)];
    if (low === high) return 'official';
    for (let year = yearOf(addCalendarDays(low, 1)); year <= yearOf(high); year += 1) {
      if (!this.index.has(year)) return 'provisional';
    }
    return 'official';
  }

  /**
   * Working days in the half-open span (`from`, `to`]: `from` excluded, `to` included; 0 when they are equal.
   * When `to` is before `from` the result is the negated count for (`to`, `from`], so swapping the arguments
   * flips the sign.
   */
  workingDaysBetween(from: string, to: string): number {
    const start = businessDate(from);
    const end = businessDate(to);
    if (start === end) {
      return 0;
    }
    const [low, high, sign] = start < end ? [start, end, 1] : [end, start, -1];
    let count = 0;
    for (let day = addCalendarDays(low, 1); day <= high; day = addCalendarDays(day, 1)) {
      if (this.isWorkingDay(day)) {
        count += 1;
      }
    }
    return sign * count;
  }

  /** Whether the days in (`from`, `to`] (either order) can all be classified: when true, counting them cannot throw {@link CalendarYearMissingError}. */
  canCount(from: string, to: string): boolean {
    const [low, high] = from <= to ? [businessDate(from), businessDate(to)] : [businessDate(to), businessDate(from)];
    if (low === high) return true;
    for (let year = yearOf(addCalendarDays(low, 1)); year <= yearOf(high); year += 1) {
      if (!this.index.has(year) && !canComputeProvisionalYear(year)) return false;
    }
    return true;
  }

  /**
   * {@link workingDaysBetween}(`from`, date) for many dates in one walk over the days they span, so that its cost
   * grows with the span, not with the number of dates; null for a date whose span cannot be counted (see {@link canCount}).
   */
  workingDaysFrom(from: string, dates: Iterable<string>): Map<string, number | null> {
    const start = businessDate(from);
    const counts = new Map<string, number | null>();
    const countable: BusinessDate[] = [];
    for (const date of new Set(dates)) {
      if (this.canCount(start, date)) countable.push(businessDate(date));
      else counts.set(date, null);
    }
    // Later dates: working days in (start, date], walking forwards.
    let day = start;
    let count = 0;
    for (const date of countable.filter((date) => date >= start).sort()) {
      while (day < date) {
        day = addCalendarDays(day, 1);
        if (this.isWorkingDay(day)) count += 1;
      }
      counts.set(date, count);
    }
    // Earlier dates: minus the working days in (date, start], walking backwards.
    day = start;
    count = 0;
    for (const date of countable
      .filter((date) => date < start)
      .sort()
      .reverse()) {
      while (day > date) {
        if (this.isWorkingDay(day)) count += 1;
        day = addCalendarDays(day, -1);
      }
      counts.set(date, -count);
    }
    return counts;
  }

  private yearIndexFor(date: BusinessDate): YearIndex {
    return this.yearIndex(yearOf(date), date);
  }

  private yearIndex(year: number, neededFor: string): YearIndex {
    const official = this.index.get(year);
    if (official) return official;
    let computed = this.provisional.get(year);
    if (!computed) {
      if (!canComputeProvisionalYear(year)) throw new CalendarYearMissingError(year, neededFor);
      computed = indexOf(provisionalCalendarYear(year));
      this.provisional.set(year, computed);
    }
    return computed;
  }
}

function indexOf(data: CalendarYear): YearIndex {
  return {
    data,
    holidays: new Map(data.holidays.map((holiday) => [holiday.date, holiday.festival])),
    makeUpWorkdays: new Set(data.makeUpWorkdays.map((day) => day.date)),
  };
}
