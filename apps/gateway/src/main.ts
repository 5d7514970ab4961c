import { ConfigError } from '#platform';
import { createGatewayApp } from './gateway-app.js';
import { loadGatewayConfig, type GatewayConfig } from './gateway-config.js';

let config: GatewayConfig;
try {
  config = loadGatewayConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(78); // EX_CONFIG
}
const app = await createGatewayApp(config);
await app.listen({ port: config.port, host: config.host });
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => void app.close().then(() => process.exit(0)));
}
