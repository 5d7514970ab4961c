import type { ServiceName } from '#contracts';
import { InProcessEventTransport, type MessagingOptions } from '#messaging';
import type { DemoCollection, InputLimits, MetricsAccessConfig } from '#platform';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../../scripts/lib/platform-launcher.js';
import { forgetEarlierEvents } from './kafka-control.js';
import { checkResponse } from './response-contract.js';
import { createTestIdentity } from './test-identity.js';
import { freshDatabaseUrl, TEST_KAFKA_BROKERS } from './test-env.js';

export interface TestPlatform extends RunningPlatform {
  databaseUrls: Partial<Record<ServiceName, string>>;
  identity: Awaited<ReturnType<typeof createTestIdentity>>;
  /** The shared bus when events are in-process: its lag tells when every event has been handled. */
  bus?: InProcessEventTransport;
}

const FREE_PORTS = { credit: 0, supervision: 0, land: 0, party: 0 };

/**
 * The real apps on free ports, each on a fresh database, with events over Kafka or the in-process bus;
 * every response they send is checked against the committed OpenAPI document (see dropTestDatabases).
 */
export async function startTestPlatform(options: {
  events: 'kafka' | 'in-process';
  services?: ServiceName[];
  messaging?: Partial<MessagingOptions>;
  inputLimits?: Partial<InputLimits>;
  corsOrigins?: string[];
  metrics?: MetricsAccessConfig;
  publicPortalUrl?: string;
}): Promise<TestPlatform> {
  const identity = await createTestIdentity();
  const bus = options.events === 'in-process' ? new InProcessEventTransport() : undefined;
  if (bus === undefined) await forgetEarlierEvents();
  const databaseUrls: Partial<Record<ServiceName, string>> = {};
  const platform = await launchPlatform({
    host: '127.0.0.1',
    gatewayPort: 0,
    servicePorts: FREE_PORTS,
    databaseUrlFor: (service) => (databaseUrls[service] = freshDatabaseUrl(service)),
    events: bus === undefined ? { kafkaBrokers: TEST_KAFKA_BROKERS } : { transport: bus },
    auth: identity.auth,
    pii: identity.pii,
    logLevel: 'error',
    services: options.services,
    messaging: options.messaging,
    inputLimits: options.inputLimits,
    corsOrigins: options.corsOrigins,
    metrics: options.metrics,
    publicPortalUrl: options.publicPortalUrl,
    observeResponses: checkResponse,
  });
  return { ...platform, databaseUrls, identity, bus };
}

/** Posts a service's demo collections through the gateway, as the demo loader does; fails on the first refusal. */
export async function loadDemoData(platform: TestPlatform, collections: readonly DemoCollection[]): Promise<void> {
  for (const collection of collections) {
    const token = await platform.identity.token([collection.role], ['zone'], 'demo-loader');
    for (const item of collection.items) {
      const created = await request(platform.gatewayUrl).post(collection.path).set('authorization', `Bearer ${token}`).send(item);
      if (created.status !== 201) throw new Error(`POST ${collection.path} answered ${created.status}: ${JSON.stringify(created.body)}`);
    }
  }
}
