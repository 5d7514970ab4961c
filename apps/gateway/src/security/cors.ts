import type { FastifyCorsOptions } from '@fastify/cors';

/** Every method an operation of the API uses; a browser preflight for any other is refused. */
const CORS_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Request headers a browser client may send beyond the CORS-safelisted ones. */
const CORS_ALLOWED_HEADERS = ['authorization', 'content-type', 'idempotency-key', 'x-request-id'];

/**
 * Response headers a browser client may read beyond the CORS-safelisted ones: the request id to quote,
 * the replay marker of idempotent creates, and when to retry after 429/503 (with the rate-limit
 * headers, in both their draft-standard and common `x-` spellings), and when a service card's QR
 * image must be fetched again.
 */
const CORS_EXPOSED_HEADERS = [
  'x-request-id',
  'idempotent-replayed',
  'retry-after',
  'ratelimit',
  'ratelimit-policy',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'location',
  'card-qr-expires-at',
];

/** `CORS_ORIGINS`: exact origins (scheme://host[:port]), or `*` for any. */
export function corsOptions(origins: readonly string[]): FastifyCorsOptions {
  return {
    origin: origins.includes('*') ? true : [...origins],
    methods: CORS_METHODS,
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    maxAge: 600,
  };
}

/**
 * What the gateway says at start about browser access, because development (`npm start`: any origin)
 * and a production default (no origin) differ: a frontend that works locally is refused once deployed
 * until its origin is listed.
 */
export function corsNotice(origins: readonly string[]): { level: 'warn' | 'log'; message: string } {
  if (origins.includes('*')) {
    return {
      level: 'warn',
      message: "CORS allows every origin (CORS_ORIGINS=*), as in development; in production list the frontends' origins in CORS_ORIGINS instead",
    };
  }
  if (origins.length === 0) {
    return {
      level: 'warn',
      message: 'CORS allows no origin (CORS_ORIGINS is empty): browser frontends on other origins cannot call the API; list them in CORS_ORIGINS',
    };
  }
  return { level: 'log', message: `CORS allows the origins ${origins.join(', ')}` };
}
