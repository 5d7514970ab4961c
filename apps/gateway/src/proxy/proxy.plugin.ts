import replyFrom from '@fastify/reply-from';
import type { FastifyInstance } from 'fastify';
import { exceedsJsonDepth, JSON_MEDIA_TYPE, ProblemException, platformProblems, problemForStatus, problemType } from '#platform';
import { sendProblem } from './problem-reply.js';
import { upstreamProblem, isUnreachable } from './upstream-error.js';
import { type UpstreamPool } from './upstream-pool.js';

export interface ProxyOptions {
  upstreams: UpstreamPool;
  bodyLimitBytes: number;
  maxJsonDepth: number;
  upstreamTimeoutMs: number;
}

/** Whether every %XX sequence decodes to UTF-8; the router checks the path, not the query. */
function isWellEncoded(url: string): boolean {
  try {
    decodeURIComponent(url);
    return true;
  } catch {
    return false;
  }
}

/**
 * `/api/v1/<service>/…` forwarded to the owning service: bodies passed through as bytes (the service
 * validates them), responses streamed back with status and headers, failures answered as problem details.
 */
export async function proxyPlugin(fastify: FastifyInstance, options: ProxyOptions): Promise<void> {
  await fastify.register(replyFrom, {
    undici: { connections: 64, pipelining: 1, headersTimeout: options.upstreamTimeoutMs, bodyTimeout: options.upstreamTimeoutMs, connect: { timeout: 2_000 } },
  });
  // Bodies stay raw bytes here: the gateway holds no copies of the services' DTOs.
  fastify.removeAllContentTypeParsers();
  // A JSON body nested beyond what any schema allows is refused here, before it costs a service anything.
  fastify.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: options.bodyLimitBytes }, (request, body, done) => {
    const json = JSON_MEDIA_TYPE.test((request.headers['content-type'] ?? '').split(';')[0]!.trim());
    if (json && exceedsJsonDepth(body as Buffer, options.maxJsonDepth)) {
      done(platformProblems.bodyTooDeep(options.maxJsonDepth), undefined);
      return;
    }
    done(null, body);
  });

  fastify.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    if (error instanceof ProblemException) return sendProblem(reply, error.problem);
    const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) reply.log.error(error);
    return sendProblem(reply, problemForStatus(status, status === 500 ? 'Unexpected gateway error.' : error.message));
  });

  fastify.all('/api/v1/:service/*', (request, reply) => {
    const service = (request.params as { service: string }).service;
    if (!options.upstreams.has(service)) {
      return sendProblem(reply, { ...problemForStatus(404, `No service is called "${service}".`), type: problemType('unknown-service') });
    }
    if (!isWellEncoded(request.url)) {
      return sendProblem(reply, problemForStatus(400, 'The request target is not valid percent-encoded UTF-8.'));
    }
    const body = request.body instanceof Buffer ? { body: request.body, contentType: request.headers['content-type'] ?? 'application/octet-stream' } : {};
    const tried: string[] = [];
    const forward = (target: typeof reply, upstream: string): unknown =>
      target.from(`${upstream}${request.url}`, {
        // The bytes go on exactly as received, content type included.
        ...body,
        rewriteRequestHeaders: (_request, headers) => ({ ...headers, 'x-forwarded-for': request.ip, 'x-forwarded-proto': request.protocol }),
        // Connection headers are hop-by-hop: the service's keep-alive must not override the client's `Connection: close`.
        rewriteHeaders: ({ connection: _connection, 'keep-alive': _keepAlive, ...headers }) => headers,
        onError: (failed, { error }) => {
          // A refused connection means the request never reached that instance: another one may take it, whatever the method.
          if (isUnreachable(error as never)) {
            options.upstreams.markDown(service, upstream, 'not reachable');
            const next = options.upstreams.pick(service, tried);
            if (next !== undefined) {
              tried.push(next);
              return void forward(failed as unknown as typeof reply, next);
            }
          }
          sendProblem(failed, upstreamProblem(service, error as never));
        },
      });
    const first = options.upstreams.pick(service)!;
    tried.push(first);
    return forward(reply, first);
  });
}
