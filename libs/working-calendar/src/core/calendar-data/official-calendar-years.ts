import type { CalendarYear } from '../calendar-year.js';
import { CALENDAR_YEAR_2020 } from './2020.js';
import { CALENDAR_YEAR_2021 } from './2021.js';
import { CALENDAR_YEAR_2022 } from './2022.js';
import { CALENDAR_YEAR_2023 } from './2023.js';
import { CALENDAR_YEAR_2024 } from './2024.js';
import { CALENDAR_YEAR_2025 } from './2025.js';
import { CALENDAR_YEAR_2026 } from './2026.js';

/**
 * Years shipped with the code, each transcribed from its State Council notice.
 * A year goes here only once its notice is published (normally in November of the year before); until then the
 * calendar computes a provisional year from the statutory rule, and administrators enter the notice at run time.
 */
export const OFFICIAL_CALENDAR_YEARS: readonly CalendarYear[] = [
  CALENDAR_YEAR_2020,
  CALENDAR_YEAR_2021,
  CALENDAR_YEAR_2022,
  CALENDAR_YEAR_2023,
  CALENDAR_YEAR_2024,
  CALENDAR_YEAR_2025,
  CALENDAR_YEAR_2026,
];
