import type { ServiceName } from '#contracts';
import {
  DEFAULT_INPUT_LIMITS,
  DEFAULT_SERVICE_PORTS,
  EnvReader,
  LOG_LEVELS,
  readAuthConfig,
  readMetricsAccessConfig,
  SERVICE_NAMES,
  type AuthConfig,
  type LogLevel,
  type MetricsAccessConfig,
} from '#platform';
import { type RateLimitStore } from './security/rate-limits.js';

export interface GatewayConfig {
  host: string;
  port: number;
  /** Each service's instances; requests are spread over those that answer. */
  upstreams: Record<ServiceName, string[]>;
  /** Origins allowed to call the API from a browser; empty means none, `*` means any. */
  corsOrigins: string[];
  /** Largest body from a caller with a valid token. */
  bodyLimitBytes: number;
  /** Largest body from a caller without a token. */
  anonymousBodyLimitBytes: number;
  /** Longest time a client may take to send its body. */
  bodyTimeoutMs: number;
  /** Longest wait for a service's response headers before answering 504. */
  upstreamTimeoutMs: number;
  /** Requests per client address per minute for callers without a valid token; 0 disables every limit. */
  rateLimitPerMinute: number;
  /** Per token subject; both default from `rateLimitPerMinute` (same, and ten times for integrators). */
  rateLimitPerSubjectPerMinute?: number;
  rateLimitIntegratorPerMinute?: number;
  /** Counters shared by every gateway instance; each counts alone without it. */
  rateLimitStore?: RateLimitStore;
  /**
   * Whose X-Forwarded-For to believe for the client address (rate limit, logs): false (nobody) or
   * comma-separated proxy addresses/CIDRs. Believing any sender would let clients dodge the limit.
   */
  trustProxy: false | string;
  auth: AuthConfig;
  logLevel: LogLevel;
  /**
   * Who may scrape the gateway's `/metrics`; unset, loopback and the private networks. Behind a reverse
   * proxy on a private network, set TRUST_PROXY too, or the proxy's address would admit everyone it forwards.
   */
  metrics?: MetricsAccessConfig;
}

export function loadGatewayConfig(env: Record<string, string | undefined>): GatewayConfig {
  const reader = new EnvReader(env);
  const upstreams = Object.fromEntries(
    SERVICE_NAMES.map((service) => {
      // One URL, or several comma-separated for several instances of the service.
      const urls = reader.urls(`${service.toUpperCase()}_SERVICE_URL`, ['http:', 'https:'], [`http://127.0.0.1:${DEFAULT_SERVICE_PORTS[service]}`]);
      return [service, urls.map((url) => url.replace(/\/+$/, ''))];
    }),
  ) as Record<ServiceName, string[]>;
  const config: GatewayConfig = {
    host: reader.string('HOST', '127.0.0.1'),
    port: reader.int('PORT', 3000, { min: 0, max: 65535 }),
    upstreams,
    corsOrigins: reader.list('CORS_ORIGINS', []),
    bodyLimitBytes: reader.int('BODY_LIMIT_BYTES', DEFAULT_INPUT_LIMITS.authenticatedBodyBytes, { min: 1024, max: 64 * 1024 * 1024 }),
    anonymousBodyLimitBytes: reader.int('ANONYMOUS_BODY_LIMIT_BYTES', DEFAULT_INPUT_LIMITS.anonymousBodyBytes, { min: 1024, max: 64 * 1024 * 1024 }),
    bodyTimeoutMs: reader.int('BODY_TIMEOUT_MS', DEFAULT_INPUT_LIMITS.bodyTimeoutMs, { min: 100, max: 300_000 }),
    upstreamTimeoutMs: reader.int('UPSTREAM_TIMEOUT_MS', 10_000, { min: 100, max: 300_000 }),
    rateLimitPerMinute: reader.int('RATE_LIMIT_PER_MINUTE', 600, { min: 0, max: 1_000_000 }),
    // Unset, they follow RATE_LIMIT_PER_MINUTE (see GatewayConfig).
    rateLimitPerSubjectPerMinute: optionalInt(reader, 'RATE_LIMIT_PER_SUBJECT_PER_MINUTE'),
    rateLimitIntegratorPerMinute: optionalInt(reader, 'RATE_LIMIT_INTEGRATOR_PER_MINUTE'),
    rateLimitStore: rateLimitStoreOf(reader),
    trustProxy: parseTrustProxy(reader.optional('TRUST_PROXY')),
    auth: readAuthConfig(reader),
    logLevel: reader.oneOf('LOG_LEVEL', LOG_LEVELS, 'log'),
    metrics: readMetricsAccessConfig(reader),
  };
  reader.assertValid('the gateway');
  return config;
}

function optionalInt(reader: EnvReader, name: string): number | undefined {
  return reader.optional(name) === undefined ? undefined : reader.int(name, 1, { min: 1, max: 1_000_000 });
}

function rateLimitStoreOf(reader: EnvReader): RateLimitStore | undefined {
  const redisUrl = reader.optional('RATE_LIMIT_REDIS_URL');
  if (redisUrl === undefined || redisUrl === '') return undefined;
  return { redisUrl: reader.url('RATE_LIMIT_REDIS_URL', ['redis:', 'rediss:']), prefix: reader.string('RATE_LIMIT_REDIS_PREFIX', 'zone-gateway-rate-limit:') };
}

function parseTrustProxy(value: string | undefined): false | string {
  return value === undefined || value === 'false' ? false : value;
}
