import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { InProcessEventTransport } from '#messaging';
import { devAuthSettings, ensureDevKeyPair, EnvReader, LOG_LEVELS, readPublicPortalUrl } from '#platform';
import { ensureDevSecrets } from './lib/dev-secrets.js';
import { startEmbeddedPostgres } from './lib/embedded-postgres.js';
import { DEFAULT_PORTS, launchPlatform } from './lib/platform-launcher.js';
import { seedDemoData } from './lib/demo-data.js';

/**
 * `npm start`: the whole platform in one process with no configuration — a real PostgreSQL from the
 * embedded-postgres package (data under ./.data), an in-process event bus, demo data from the zone's figures.
 * `npm run start:kafka` (`--kafka`): the same, with events on a real local Kafka broker
 * (scripts/kafka/kafka.sh) on 127.0.0.1:19092 — the address district IT's consumers use — instead of the bus.
 */
const startedAt = Date.now();
const env = new EnvReader(process.env);
const dataDir = env.string('DATA_DIR', '.data');
const postgresPort = env.int('EMBEDDED_POSTGRES_PORT', 54329, { min: 1, max: 65535 });
const logLevel = env.oneOf('LOG_LEVEL', LOG_LEVELS, 'warn');
// The gateway listens on the base port and the services on the next four (3000, 3001–3004 by default);
// 0 lets the system choose five free ports (the ready message names the gateway's).
const portBase = env.int('EMBEDDED_PORT_BASE', DEFAULT_PORTS.gateway, { min: 0, max: 65530 });
const portAfterBase = (offset: number) => (portBase === 0 ? 0 : portBase + offset);
const withKafka = process.argv.includes('--kafka');
const kafkaPort = env.int('KAFKA_PORT', 19092, { min: 1, max: 65535 });
const kafkaControllerPort = env.int('KAFKA_CONTROLLER_PORT', kafkaPort + 1, { min: 1, max: 65535 });
// Printed QR codes lead to this gateway unless the portal is elsewhere.
const publicPortalUrl = readPublicPortalUrl(env, `http://localhost:${portBase === 0 ? DEFAULT_PORTS.gateway : portBase}`);
env.assertValid('npm start');

const progress = (message: string) => process.stdout.write(`• ${message}\n`);

progress(`starting PostgreSQL (data in ${dataDir}/postgres, port ${postgresPort})`);
const postgres = await startEmbeddedPostgres(`${dataDir}/postgres`, postgresPort);
const auth = devAuthSettings();
const keys = await ensureDevKeyPair(auth.keyDir);
const transport = new InProcessEventTransport();
const kafkaScript = path.resolve(import.meta.dirname, '../../scripts/kafka/kafka.sh');
const kafka = (command: 'start' | 'stop') => {
  const result = spawnSync('bash', [kafkaScript, command], {
    env: { ...process.env, KAFKA_PORT: String(kafkaPort), KAFKA_CONTROLLER_PORT: String(kafkaControllerPort) },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`scripts/kafka/kafka.sh ${command} failed`);
};
if (withKafka) {
  progress(`starting Kafka on 127.0.0.1:${kafkaPort} (scripts/kafka/kafka.sh; data in .cache/kafka)`);
  kafka('start');
}
progress('starting the gateway and the credit, supervision, land and party services');
const platform = await launchPlatform({
  host: '127.0.0.1',
  gatewayPort: portBase,
  servicePorts: { credit: portAfterBase(1), supervision: portAfterBase(2), land: portAfterBase(3), party: portAfterBase(4) },
  databaseUrlFor: (service) => postgres.url(`zone_${service}`),
  events: withKafka ? { kafkaBrokers: [`127.0.0.1:${kafkaPort}`] } : { transport },
  auth: { issuer: auth.issuer, audience: auth.audience, publicKeyPem: keys.publicKeyPem },
  pii: await ensureDevSecrets(dataDir),
  logLevel,
  corsOrigins: ['*'],
  publicPortalUrl,
});
progress('loading demo data');
await seedDemoData(platform.gatewayUrl, keys.privateKeyPem, auth);

const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
process.stdout.write(`
Zone Gov Platform is ready (${seconds} s).
  API docs (Swagger UI):  ${platform.gatewayUrl.replace('127.0.0.1', 'localhost')}/docs
  OpenAPI document:       ${platform.gatewayUrl}/openapi.json
  Readiness:              ${platform.gatewayUrl}/health/ready
  Development token:      node dist/scripts/mint-token.js --role land-staff
  Browser access (CORS):  any origin here; production allows only the origins in CORS_ORIGINS
  Events:                 ${withKafka ? `Kafka on 127.0.0.1:${kafkaPort} (topics in openapi/asyncapi.json)` : 'in-process bus (npm run start:kafka for a real Kafka broker)'}
Press Ctrl+C to stop.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    progress('stopping');
    void platform
      .close()
      .then(() => transport.stop())
      .then(() => postgres.stop())
      .then(() => withKafka && kafka('stop'))
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`${String(error)}\n`);
          process.exit(1);
        },
      );
  });
}
