import type { EventDefinition } from '../event-definition.js';
import { LandProjectRegistered } from './land-project-registered.event.js';
import { RedStationOpened } from './red-station-opened.event.js';
import { WorkingCalendarYearSet } from './working-calendar-year-set.event.js';

export { LandProjectRegistered, RedStationOpened, WorkingCalendarYearSet };

/** Every event type the platform publishes; topics and the AsyncAPI document derive from it. */
export const EVENT_CATALOGUE: readonly EventDefinition[] = [LandProjectRegistered, RedStationOpened, WorkingCalendarYearSet];
