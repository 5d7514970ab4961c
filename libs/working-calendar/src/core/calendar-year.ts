import { dayOfWeek, isBusinessDate } from './business-date.js';
import { CalendarYearInvalidError, type CalendarYearIssue } from './calendar-errors.js';

export interface FestivalName {
  /** As written in the State Council notice, e.g. `春节`. */
  zh: string;
  /** e.g. `Spring Festival`. */
  en: string;
}

/** A day off (放假) announced for a festival; it may fall on a weekend that would be off anyway. */
export interface CalendarHoliday {
  /** `YYYY-MM-DD` */
  date: string;
  festival: FestivalName;
}

/** A Saturday or Sunday that is a working day (调休上班), and the festival break it pays for. */
export interface MakeUpWorkday {
  /** `YYYY-MM-DD` */
  date: string;
  festival: FestivalName;
}

/**
 * One year's holiday arrangement. Weekdays are working days and weekends are not, except for the dates listed here.
 * This is also the shape administrators submit to add a year at run time.
 */
export interface CalendarYear {
  year: number;
  /** Where the arrangement comes from, e.g. the notice's title and date. */
  source?: string;
  holidays: readonly CalendarHoliday[];
  makeUpWorkdays: readonly MakeUpWorkday[];
}

const YEAR_KEYS = new Set(['year', 'source', 'holidays', 'makeUpWorkdays']);
const DAY_KEYS = new Set(['date', 'festival']);
const FESTIVAL_KEYS = new Set(['zh', 'en']);

/**
 * Checks administrator-supplied year data and returns every problem found (empty when valid).
 * Unknown fields are reported rather than ignored: a misspelt `makeUpWorkdays` would otherwise drop
 * every make-up day without anyone noticing.
 */
export function validateCalendarYear(input: unknown): CalendarYearIssue[] {
  const issues: CalendarYearIssue[] = [];
  if (!isRecord(input)) {
    return [{ path: '', message: 'Calendar year data must be an object' }];
  }
  reportUnknownKeys(input, YEAR_KEYS, '', issues);

  const year = input['year'];
  const yearIsValid = typeof year === 'number' && Number.isInteger(year) && year >= 1000 && year <= 9999;
  if (!yearIsValid) {
    issues.push({ path: 'year', message: 'Year must be a four-digit integer' });
  }
  if (input['source'] !== undefined && !isNonBlankString(input['source'])) {
    issues.push({ path: 'source', message: 'Source, when given, must be a non-empty string' });
  }

  const expectedYear = yearIsValid ? year : undefined;
  const holidayDates = validateDays(input['holidays'], 'holidays', expectedYear, issues);
  const makeUpDates = validateDays(input['makeUpWorkdays'], 'makeUpWorkdays', expectedYear, issues);

  if (Array.isArray(input['holidays']) && input['holidays'].length === 0) {
    // Every Chinese year has statutory holidays; an empty list is a data-entry mistake, not a real arrangement.
    issues.push({ path: 'holidays', message: 'At least one holiday is required' });
  }
  for (const [date, index] of makeUpDates) {
    const day = dayOfWeek(date);
    if (day !== 0 && day !== 6) {
      issues.push({
        path: `makeUpWorkdays[${index}].date`,
        message: `${date} is a weekday; make-up working days must fall on a Saturday or Sunday`,
      });
    }
    const holidayIndex = holidayDates.get(date);
    if (holidayIndex !== undefined) {
      issues.push({ path: `makeUpWorkdays[${index}].date`, message: `${date} is also listed as a holiday (holidays[${holidayIndex}])` });
    }
  }
  return issues;
}

/** Validates `input` and returns a frozen copy, detached from the caller's object; throws {@link CalendarYearInvalidError}. */
export function parseCalendarYear(input: unknown): CalendarYear {
  const issues = validateCalendarYear(input);
  if (issues.length > 0) {
    throw new CalendarYearInvalidError(issues);
  }
  const valid = input as CalendarYear;
  const copyDay = (day: CalendarHoliday | MakeUpWorkday) =>
    Object.freeze({ date: day.date, festival: Object.freeze({ zh: day.festival.zh, en: day.festival.en }) });
  return Object.freeze({
    year: valid.year,
    ...(valid.source === undefined ? {} : { source: valid.source }),
    holidays: Object.freeze(valid.holidays.map(copyDay)),
    makeUpWorkdays: Object.freeze(valid.makeUpWorkdays.map(copyDay)),
  });
}

/** Validates a list of dated entries; returns each well-formed, in-year date with the index of its first occurrence. */
function validateDays(list: unknown, field: string, year: number | undefined, issues: CalendarYearIssue[]): Map<string, number> {
  const firstIndexByDate = new Map<string, number>();
  if (!Array.isArray(list)) {
    issues.push({ path: field, message: `${field} must be an array` });
    return firstIndexByDate;
  }
  list.forEach((entry: unknown, index) => {
    const path = `${field}[${index}]`;
    if (!isRecord(entry)) {
      issues.push({ path, message: 'Entry must be an object with date and festival' });
      return;
    }
    reportUnknownKeys(entry, DAY_KEYS, path, issues);
    validateFestival(entry['festival'], `${path}.festival`, issues);

    const date = entry['date'];
    if (!isBusinessDate(date)) {
      issues.push({ path: `${path}.date`, message: `${JSON.stringify(date)} is not a valid date (expected YYYY-MM-DD)` });
      return;
    }
    if (year !== undefined && Number(date.slice(0, 4)) !== year) {
      issues.push({ path: `${path}.date`, message: `${date} is not in ${year}` });
      return;
    }
    const earlier = firstIndexByDate.get(date);
    if (earlier !== undefined) {
      issues.push({ path: `${path}.date`, message: `${date} is listed more than once (also ${field}[${earlier}])` });
      return;
    }
    firstIndexByDate.set(date, index);
  });
  return firstIndexByDate;
}

function validateFestival(festival: unknown, path: string, issues: CalendarYearIssue[]): void {
  if (!isRecord(festival)) {
    issues.push({ path, message: 'Festival must be an object with zh and en names' });
    return;
  }
  reportUnknownKeys(festival, FESTIVAL_KEYS, path, issues);
  if (!isNonBlankString(festival['zh'])) {
    issues.push({ path: `${path}.zh`, message: 'Chinese festival name is required' });
  }
  if (!isNonBlankString(festival['en'])) {
    issues.push({ path: `${path}.en`, message: 'English festival name is required' });
  }
}

function reportUnknownKeys(record: Record<string, unknown>, allowed: ReadonlySet<string>, path: string, issues: CalendarYearIssue[]): void {
  for (const key of Object.keys(record)) {
    if (!allowed.has(key)) {
      issues.push({ path: path ? `${path}.${key}` : key, message: `Unknown field "${key}"` });
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonBlankString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
