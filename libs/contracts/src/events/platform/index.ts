import type { EventDefinition } from '../../event-definition.js';
import { WorkingCalendarYearSet } from './working-calendar-year-set.event.js';

export { WorkingCalendarYearSet };

/** Events of features every service runs (any service may publish them). */
export const PLATFORM_EVENTS: readonly EventDefinition[] = [WorkingCalendarYearSet];
