import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ServiceName } from '#contracts';
import { messagingPlugin, type EventTransport, type MessagingOptions } from '#messaging';
import {
  createServiceApp,
  DEFAULT_INPUT_LIMITS,
  DEFAULT_PUBLIC_PORTAL_URL,
  DEFAULT_SERVICE_PORTS,
  type InputLimits,
  JsonLogger,
  SERVICE_NAMES,
  type AuthConfig,
  type LogLevel,
  type MetricsAccessConfig,
  type ResponseObserver,
  type ServiceConfig,
} from '#platform';
import { createGatewayApp } from '../../apps/gateway/src/gateway-app.js';
import { SERVICE_DEFINITIONS } from './service-catalogue.js';

export interface LaunchOptions {
  host: string;
  /** Use 0 everywhere for free ports (tests). */
  gatewayPort: number;
  servicePorts: Record<ServiceName, number>;
  databaseUrlFor: (service: ServiceName) => string;
  /** A shared in-process bus, or Kafka brokers. */
  events: { transport: EventTransport } | { kafkaBrokers: string[] };
  auth: AuthConfig;
  pii: { encryptionKey: Buffer; hashKey: Buffer };
  logLevel: LogLevel;
  services?: ServiceName[];
  messaging?: Partial<MessagingOptions>;
  corsOrigins?: string[];
  rateLimitPerMinute?: number;
  /** Overrides of the platform's input limits for every app (tests shorten the body timeout). */
  inputLimits?: Partial<InputLimits>;
  /** Sees every response of the gateway and the services (the tests' contract check). */
  observeResponses?: ResponseObserver;
  /** Who may scrape every app's `/metrics` (default: loopback and the private networks). */
  metrics?: MetricsAccessConfig;
  /** What printed QR codes lead to (default DEFAULT_PUBLIC_PORTAL_URL). */
  publicPortalUrl?: string;
}

export interface RunningPlatform {
  gatewayUrl: string;
  serviceUrls: Partial<Record<ServiceName, string>>;
  gateway: NestFastifyApplication;
  services: Partial<Record<ServiceName, NestFastifyApplication>>;
  close(): Promise<void>;
}

export const DEFAULT_PORTS = { gateway: 3000, services: DEFAULT_SERVICE_PORTS };

function addressOf(app: NestFastifyApplication): string {
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('app is not listening on TCP');
  return `http://127.0.0.1:${address.port}`;
}

/** Starts the chosen services and the gateway in this process; services first so the gateway knows their ports. */
export async function launchPlatform(options: LaunchOptions): Promise<RunningPlatform> {
  const names = options.services ?? [...SERVICE_NAMES];
  // One logger for every app in the process: Nest's static logger is process-wide anyway.
  const logger = new JsonLogger('platform', options.logLevel);
  Logger.overrideLogger(logger);
  const services: Partial<Record<ServiceName, NestFastifyApplication>> = {};
  const serviceUrls: Partial<Record<ServiceName, string>> = {};
  const started = await Promise.all(
    names.map(async (name) => {
      const config: ServiceConfig = {
        service: name,
        host: options.host,
        port: options.servicePorts[name],
        databaseUrl: options.databaseUrlFor(name),
        events: {
          transport: 'transport' in options.events ? 'in-process' : 'kafka',
          kafkaBrokers: 'kafkaBrokers' in options.events ? options.events.kafkaBrokers : [],
          topicPartitions: 3,
          maxDeliveryAttempts: 5,
        },
        auth: options.auth,
        pii: options.pii,
        logLevel: options.logLevel,
        metrics: options.metrics,
        publicPortalUrl: options.publicPortalUrl ?? DEFAULT_PUBLIC_PORTAL_URL,
      };
      const shared = 'transport' in options.events ? options.events.transport : undefined;
      const app = await createServiceApp(SERVICE_DEFINITIONS[name], config, {
        plugins: [messagingPlugin(config, shared, options.messaging)],
        logger,
        inputLimits: options.inputLimits,
        observeResponses: options.observeResponses,
      });
      await app.listen({ port: config.port, host: options.host });
      return [name, app] as const;
    }),
  );
  for (const [name, app] of started) {
    services[name] = app;
    serviceUrls[name] = addressOf(app);
  }
  const upstreams = Object.fromEntries(SERVICE_NAMES.map((name) => [name, [serviceUrls[name] ?? `http://127.0.0.1:${options.servicePorts[name]}`]])) as Record<
    ServiceName,
    string[]
  >;
  const gateway = await createGatewayApp(
    {
      host: options.host,
      port: options.gatewayPort,
      upstreams,
      corsOrigins: options.corsOrigins ?? [],
      bodyLimitBytes: DEFAULT_INPUT_LIMITS.authenticatedBodyBytes,
      anonymousBodyLimitBytes: DEFAULT_INPUT_LIMITS.anonymousBodyBytes,
      bodyTimeoutMs: options.inputLimits?.bodyTimeoutMs ?? DEFAULT_INPUT_LIMITS.bodyTimeoutMs,
      upstreamTimeoutMs: 10_000,
      rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
      trustProxy: false,
      auth: options.auth,
      logLevel: options.logLevel,
      metrics: options.metrics,
    },
    logger,
    { observeResponses: options.observeResponses },
  );
  await gateway.listen({ port: options.gatewayPort, host: options.host });
  return {
    gatewayUrl: addressOf(gateway),
    serviceUrls,
    gateway,
    services,
    async close() {
      await gateway.close();
      await Promise.all(Object.values(services).map((app) => app.close()));
    },
  };
}
