import { messagingPlugin } from '#messaging';
import { runServiceMain } from '#platform';
import { landService } from './land.service-definition.js';

await runServiceMain(landService, (config) => [messagingPlugin(config)]);
