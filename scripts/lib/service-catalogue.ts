import type { ServiceName } from '#contracts';
import type { ServiceDefinition } from '#platform';
import { creditService } from '../../apps/credit/src/credit.service-definition.js';
import { landService } from '../../apps/land/src/land.service-definition.js';
import { partyService } from '../../apps/party/src/party.service-definition.js';
import { supervisionService } from '../../apps/supervision/src/supervision.service-definition.js';

/** The four domain services, for launchers that run them in one process. */
export const SERVICE_DEFINITIONS: Record<ServiceName, ServiceDefinition> = {
  credit: creditService,
  supervision: supervisionService,
  land: landService,
  party: partyService,
};
