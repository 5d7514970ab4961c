import type { EventDefinition } from '../../event-definition.js';
import { RedStationOpened } from './red-station-opened.event.js';

export { RedStationOpened };

/** Events the party service publishes. */
export const PARTY_EVENTS: readonly EventDefinition[] = [RedStationOpened];
