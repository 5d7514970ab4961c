import { closeOnSignals, configOrExit, startTracing } from '#platform';
import { createGatewayApp } from './gateway-app.js';
import { loadGatewayConfig } from './gateway-config.js';

const config = configOrExit(() => loadGatewayConfig(process.env));
const flushTraces = startTracing('gateway');
const app = await createGatewayApp(config);
await app.listen({ port: config.port, host: config.host });
closeOnSignals(app, flushTraces);
