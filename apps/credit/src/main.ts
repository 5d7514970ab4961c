import { messagingPlugin } from '#messaging';
import { runServiceMain } from '#platform';
import { creditService } from './credit.service-definition.js';

await runServiceMain(creditService, (config) => [messagingPlugin(config)]);
