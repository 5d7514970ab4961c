import type { ServiceName } from '#contracts';
import { readMetricsAccessConfig, type MetricsAccessConfig } from '../metrics/metrics-access.js';
import { EnvReader } from './env-reader.js';

export const SERVICE_NAMES: readonly ServiceName[] = ['credit', 'supervision', 'land', 'party'];

export const DEFAULT_SERVICE_PORTS: Record<ServiceName, number> = { credit: 3001, supervision: 3002, land: 3003, party: 3004 };

export interface AuthConfig {
  issuer: string;
  audience: string;
  /** Production: the identity provider's key set. */
  jwksUrl?: string;
  /** Development: the local public key (PEM) matching the key the mint script signs with. */
  publicKeyPem?: string;
}

export interface EventsConfig {
  transport: 'kafka' | 'in-process';
  kafkaBrokers: string[];
  /** Partitions for topics this service creates at start-up. */
  topicPartitions: number;
  /** Attempts at a failing event before it goes to the dead-letter topic. */
  maxDeliveryAttempts: number;
}

export interface ServiceConfig {
  service: ServiceName;
  host: string;
  port: number;
  databaseUrl: string;
  events: EventsConfig;
  auth: AuthConfig;
  pii: { encryptionKey: Buffer; hashKey: Buffer };
  logLevel: LogLevel;
  /** Who may scrape `/metrics`; unset, loopback and the private networks (DEFAULT_METRICS_ACCESS). */
  metrics?: MetricsAccessConfig;
  /** Where residents reach the platform from outside (what printed QR codes lead to), without a trailing slash. */
  publicPortalUrl: string;
}

/** Development: the gateway of `npm start`. */
export const DEFAULT_PUBLIC_PORTAL_URL = 'http://localhost:3000';

/** PUBLIC_PORTAL_URL: an absolute http(s) URL; a trailing slash is dropped so paths can be appended. */
export function readPublicPortalUrl(reader: EnvReader, fallback = DEFAULT_PUBLIC_PORTAL_URL): string {
  return reader.url('PUBLIC_PORTAL_URL', ['https:', 'http:'], fallback).replace(/\/+$/, '');
}

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function readAuthConfig(reader: EnvReader): AuthConfig {
  const jwksUrl = reader.optional('AUTH_JWKS_URL');
  const publicKeyPem = reader.optional('AUTH_DEV_PUBLIC_KEY')?.replace(/\\n/g, '\n');
  if (jwksUrl === undefined && publicKeyPem === undefined) {
    reader.reject('AUTH_JWKS_URL (production) or AUTH_DEV_PUBLIC_KEY (development) is required');
  }
  if (jwksUrl !== undefined && publicKeyPem !== undefined) {
    reader.reject('set only one of AUTH_JWKS_URL and AUTH_DEV_PUBLIC_KEY');
  }
  if (jwksUrl !== undefined) reader.url('AUTH_JWKS_URL', ['https:', 'http:']);
  return {
    issuer: reader.string('AUTH_ISSUER', 'zone-gov-dev'),
    audience: reader.string('AUTH_AUDIENCE', 'zone-gov-platform'),
    jwksUrl,
    publicKeyPem,
  };
}

/** Configuration of one domain service from its environment; throws a ConfigError naming every bad variable. */
export function loadServiceConfig(service: ServiceName, env: Record<string, string | undefined>): ServiceConfig {
  const reader = new EnvReader(env);
  const config: ServiceConfig = {
    service,
    host: reader.string('HOST', '127.0.0.1'),
    port: reader.int('PORT', DEFAULT_SERVICE_PORTS[service], { min: 0, max: 65535 }),
    databaseUrl: reader.url('DATABASE_URL', ['postgres:', 'postgresql:']),
    events: {
      transport: reader.oneOf('EVENT_TRANSPORT', ['kafka', 'in-process'] as const, 'kafka'),
      kafkaBrokers: reader.list('KAFKA_BROKERS', ['127.0.0.1:9092']),
      topicPartitions: reader.int('KAFKA_TOPIC_PARTITIONS', 3, { min: 1, max: 64 }),
      maxDeliveryAttempts: reader.int('EVENT_MAX_DELIVERY_ATTEMPTS', 5, { min: 1, max: 20 }),
    },
    auth: readAuthConfig(reader),
    pii: { encryptionKey: reader.key('PII_ENCRYPTION_KEY', 32), hashKey: reader.key('PII_HASH_KEY', 32) },
    logLevel: reader.oneOf('LOG_LEVEL', LOG_LEVELS, 'log'),
    metrics: readMetricsAccessConfig(reader),
    publicPortalUrl: readPublicPortalUrl(reader),
  };
  if (config.events.transport === 'in-process') {
    reader.reject('EVENT_TRANSPORT=in-process only works when all services share one process (npm start); use kafka');
  }
  reader.assertValid(`the ${service} service`);
  return config;
}
