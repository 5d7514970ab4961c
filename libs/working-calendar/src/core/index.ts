export {
  addCalendarDays,
  businessDate,
  dayOfWeek,
  isBusinessDate,
  shanghaiDateOf,
  shanghaiDayEndExclusive,
  shanghaiDayStart,
  yearOf,
  type BusinessDate,
} from './business-date.js';
export { CalendarYearInvalidError, CalendarYearMissingError, InvalidBusinessDateError, type CalendarYearIssue } from './calendar-errors.js';
export { parseCalendarYear, validateCalendarYear, type CalendarHoliday, type CalendarYear, type FestivalName, type MakeUpWorkday } from './calendar-year.js';
export { CALENDAR_YEAR_2026 } from './calendar-data/2026.js';
export { FESTIVALS } from './calendar-data/festivals.js';
export { OFFICIAL_CALENDAR_YEARS } from './calendar-data/official-calendar-years.js';
export { canComputeProvisionalYear, provisionalCalendarYear, PROVISIONAL_YEARS } from './provisional-year.js';
export { CALENDAR_BASES, WorkingCalendar, type CalendarBasis, type Deadline } from './working-calendar.js';
