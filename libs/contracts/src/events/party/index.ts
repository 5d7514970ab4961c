import type { EventDefinition } from '../../event-definition.js';
import { RedStationOpened } from './red-station-opened.event.js';
import { VolunteerActivityRecorded } from './volunteer-activity-recorded.event.js';

export { RedStationOpened, VolunteerActivityRecorded };

/** Events the party service publishes. */
export const PARTY_EVENTS: readonly EventDefinition[] = [RedStationOpened, VolunteerActivityRecorded];
