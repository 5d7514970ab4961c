import { InvalidBusinessDateError } from './calendar-errors.js';

declare const businessDateBrand: unique symbol;

/**
 * A calendar date in Asia/Shanghai as `YYYY-MM-DD`. Functions accept plain strings and validate them;
 * the brand marks values that have already been validated. Lexicographic order is chronological order.
 */
export type BusinessDate = string & { readonly [businessDateBrand]: true };

/** China has observed UTC+8 all year round since 1991, so a fixed offset is exact for business dates. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Checked by arithmetic, without building a Date: calendars validate every day they walk over. */
export function isBusinessDate(value: unknown): value is BusinessDate {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) {
    return false;
  }
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  // Years before 100 are refused, as JavaScript's Date.UTC reads them as 1900–1999.
  if (year < 100 || month < 1 || month > 12 || day < 1) {
    return false;
  }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** Validates `value` and returns it as a {@link BusinessDate}; throws {@link InvalidBusinessDateError} otherwise. */
export function businessDate(value: string): BusinessDate {
  if (!isBusinessDate(value)) {
    throw new InvalidBusinessDateError(value);
  }
  return value;
}

/** The Asia/Shanghai calendar date on which `instant` falls. */
export function shanghaiDateOf(instant: Date): BusinessDate {
  const time = instant.getTime();
  if (Number.isNaN(time)) {
    throw new RangeError('shanghaiDateOf needs a valid Date');
  }
  return businessDate(new Date(time + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10));
}

/** The first instant of `date` in Asia/Shanghai (00:00 +08:00). */
export function shanghaiDayStart(date: string): Date {
  return new Date(utcMidnight(businessDate(date)) - SHANGHAI_OFFSET_MS);
}

/**
 * The first instant after `date` in Asia/Shanghai (00:00 +08:00 of the next day).
 * Exclusive so that "due by the end of D" is `instant < shanghaiDayEndExclusive(D)` without millisecond fudging.
 */
export function shanghaiDayEndExclusive(date: string): Date {
  return new Date(utcMidnight(businessDate(date)) + DAY_MS - SHANGHAI_OFFSET_MS);
}

/** `date` moved by `days` calendar days (negative moves back). */
export function addCalendarDays(date: string, days: number): BusinessDate {
  if (!Number.isSafeInteger(days)) {
    throw new RangeError(`addCalendarDays needs an integer number of days, got ${days}`);
  }
  return businessDate(new Date(utcMidnight(businessDate(date)) + days * DAY_MS).toISOString().slice(0, 10));
}

/** Day of the week of `date`: 0 = Sunday … 6 = Saturday (as `Date#getUTCDay`). */
export function dayOfWeek(date: string): number {
  return new Date(utcMidnight(businessDate(date))).getUTCDay();
}

export function yearOf(date: string): number {
  return Number(businessDate(date).slice(0, 4));
}

function utcMidnight(date: BusinessDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}
