import type { CalendarYear } from '../calendar-year.js';
import { CALENDAR_YEAR_2026 } from './2026.js';

/**
 * Years shipped with the code, each transcribed from its State Council notice.
 * A year goes here only once its notice is published (normally in November of the year before);
 * until then administrators can add it at run time through WorkingCalendar.withYear.
 */
export const OFFICIAL_CALENDAR_YEARS: readonly CalendarYear[] = [CALENDAR_YEAR_2026];
