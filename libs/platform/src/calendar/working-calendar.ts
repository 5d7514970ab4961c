import { addCalendarDays, businessDate, dayOfWeek, yearOf, type BusinessDate } from './business-date.js';
import { CalendarYearInvalidError, CalendarYearMissingError } from './calendar-errors.js';
import { parseCalendarYear, type CalendarYear, type FestivalName } from './calendar-year.js';

interface YearIndex {
  readonly data: CalendarYear;
  readonly holidays: ReadonlyMap<string, FestivalName>;
  readonly makeUpWorkdays: ReadonlySet<string>;
}

/**
 * Working days in mainland China: Monday to Friday, minus announced holidays, plus make-up working days.
 *
 * Immutable: to add or correct a year at run time, build a new calendar with {@link WorkingCalendar.withYear}
 * and swap it in, so that computations already under way never see a half-updated calendar.
 *
 * A method throws {@link CalendarYearMissingError} only when it has to classify a day whose year has no data;
 * e.g. `addWorkingDays('2025-12-31', 1)` needs 2026 data only.
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
      index.set(data.year, {
        data,
        holidays: new Map(data.holidays.map((holiday) => [holiday.date, holiday.festival])),
        makeUpWorkdays: new Set(data.makeUpWorkdays.map((day) => day.date)),
      });
    }
    this.index = index;
  }

  /** Years with data, ascending. */
  get years(): number[] {
    return [...this.index.keys()].sort((a, b) => a - b);
  }

  hasYear(year: number): boolean {
    return this.index.has(year);
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

  private yearIndexFor(date: BusinessDate): YearIndex {
    const year = yearOf(date);
    const entry = this.index.get(year);
    if (!entry) {
      throw new CalendarYearMissingError(year, date);
    }
    return entry;
  }
}
