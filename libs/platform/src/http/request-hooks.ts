import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { Span } from '@opentelemetry/api';
import type { FastifyInstance } from 'fastify';
import { runWithRequestContext } from '../context/request-context.js';
import { SERVER_TIMING_HEADER, serverTimingOf, type DatabaseWork } from '../database/query-count.js';
import type { Metrics } from '../metrics/metrics.js';
import { endSpan, SpanKind, startChildSpan, TRACEPARENT_HEADER, traceparentOf } from '../tracing/tracing.js';

export const REQUEST_ID_HEADER = 'x-request-id';

const QUIET_ROUTES = new Set(['/health/live', '/health/ready', '/metrics']);

/** An incoming id is kept only if it looks like one, so logs cannot be polluted through the header. */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && REQUEST_ID_PATTERN.test(value) ? value : randomUUID();
}

/**
 * Request id on every request and response, a server span continuing the caller's W3C trace, the
 * request context for logs, audit and events, and latency metrics. With `countDatabaseWork` (services,
 * not the gateway) each answer also says in `Server-Timing` how many statements it cost the database.
 */
export function installRequestHooks(fastify: FastifyInstance, metrics: Metrics, options: { countDatabaseWork?: boolean } = {}): void {
  const spans = new WeakMap<object, Span>();
  const databaseWork = new WeakMap<object, DatabaseWork>();
  fastify.addHook('onRequest', (request, reply, done) => {
    const requestId = requestIdOf(request.headers[REQUEST_ID_HEADER]);
    request.headers[REQUEST_ID_HEADER] = requestId;
    void reply.header(REQUEST_ID_HEADER, requestId);
    const route = request.routeOptions.url ?? 'unmatched';
    if (QUIET_ROUTES.has(route)) return runWithRequestContext({ requestId }, done);
    const span = startChildSpan(metrics.app, `${request.method} ${route}`, SpanKind.SERVER, request.headers, {
      'http.request.method': request.method,
      'http.route': route,
      'url.path': request.url.split('?')[0],
      'zone.request_id': requestId,
    });
    spans.set(request, span);
    // What this app calls next (a proxied service, an event) continues this span, not the caller's.
    const traceparent = traceparentOf(span);
    if (traceparent === undefined) delete request.headers[TRACEPARENT_HEADER];
    else request.headers[TRACEPARENT_HEADER] = traceparent;
    let database: DatabaseWork | undefined;
    if (options.countDatabaseWork) {
      database = { queries: 0, durationMs: 0 };
      databaseWork.set(request, database);
    }
    runWithRequestContext({ requestId, traceparent, database }, done);
  });
  if (options.countDatabaseWork) {
    fastify.addHook('onSend', (request, reply, payload, done) => {
      const work = databaseWork.get(request);
      if (work !== undefined) void reply.header(SERVER_TIMING_HEADER, serverTimingOf(work));
      done(null, payload);
    });
  }
  const logger = new Logger('Http');
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const span = spans.get(request);
    if (span !== undefined) {
      span.setAttribute('http.response.status_code', reply.statusCode);
      endSpan(span, reply.statusCode >= 500 ? new Error(`answered ${reply.statusCode}`) : undefined);
    }
    metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    // Probes and scrapes arrive every few seconds; an access line for each would bury the real traffic.
    if (!QUIET_ROUTES.has(route)) {
      logger.log({ msg: 'request completed', method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) });
    }
    done();
  });
}
