import { messagingPlugin } from '#messaging';
import { runServiceMain } from '#platform';
import { partyService } from './party.service-definition.js';

await runServiceMain(partyService, (config) => [messagingPlugin(config)]);
