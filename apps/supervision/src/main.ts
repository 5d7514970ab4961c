import { messagingPlugin } from '#messaging';
import { runServiceMain } from '#platform';
import { supervisionService } from './supervision.service-definition.js';

await runServiceMain(supervisionService, (config) => [messagingPlugin(config)]);
