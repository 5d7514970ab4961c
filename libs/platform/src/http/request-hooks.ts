import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { runWithRequestContext } from '../context/request-context.js';
import type { Metrics } from '../metrics/metrics.js';

export const REQUEST_ID_HEADER = 'x-request-id';

const QUIET_ROUTES = new Set(['/health/live', '/health/ready', '/metrics']);

/** An incoming id is kept only if it looks like one, so logs cannot be polluted through the header. */
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && REQUEST_ID_PATTERN.test(value) ? value : randomUUID();
}

/** Request id on every request and response, the request context for logs and audit, and latency metrics. */
export function installRequestHooks(fastify: FastifyInstance, metrics: Metrics): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const requestId = requestIdOf(request.headers[REQUEST_ID_HEADER]);
    request.headers[REQUEST_ID_HEADER] = requestId;
    void reply.header(REQUEST_ID_HEADER, requestId);
    runWithRequestContext({ requestId }, done);
  });
  const logger = new Logger('Http');
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    // Probes and scrapes arrive every few seconds; an access line for each would bury the real traffic.
    if (!QUIET_ROUTES.has(route)) {
      logger.log({ msg: 'request completed', method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) });
    }
    done();
  });
}
