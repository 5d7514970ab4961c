import type { EventDefinition } from '../../event-definition.js';
import { LedgerColourChanged } from './ledger-colour-changed.event.js';
import { MemberTransferred } from './member-transferred.event.js';
import { OrganisationEstablished } from './organisation-established.event.js';
import { RedStationOpened } from './red-station-opened.event.js';
import { VolunteerActivityRecorded } from './volunteer-activity-recorded.event.js';

export { LedgerColourChanged, MemberTransferred, OrganisationEstablished, RedStationOpened, VolunteerActivityRecorded };

/** Events the party service publishes. */
export const PARTY_EVENTS: readonly EventDefinition[] = [
  RedStationOpened,
  VolunteerActivityRecorded,
  LedgerColourChanged,
  OrganisationEstablished,
  MemberTransferred,
];
