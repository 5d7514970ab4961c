import replyFrom from '@fastify/reply-from';
import type { FastifyInstance } from 'fastify';
import type { ServiceName } from '#contracts';
import { exceedsJsonDepth, InvalidTokenError, jsonTooDeep, PROBLEM_CONTENT_TYPE, ProblemException, problemForStatus, problemType, REQUEST_ID_HEADER, type ProblemDetails, type TokenVerifier } from '#platform';
import type { RateLimiter } from '../security/rate-limiter.js';
import { upstreamProblem } from './upstream-error.js';

export interface ProxyOptions {
  upstreams: Record<ServiceName, string>;
  bodyLimitBytes: number;
  maxJsonDepth: number;
  upstreamTimeoutMs: number;
  verifier: TokenVerifier;
  rateLimiter: RateLimiter;
}

/** The slice of a reply this needs; reply-from's error callback hands over a differently typed reply. */
interface ProblemReply {
  request: { url: string; headers: Record<string, string | string[] | undefined> };
  status(code: number): { header(name: string, value: string): { send(body: unknown): unknown } };
}

function sendProblem(reply: ProblemReply, problem: ProblemDetails) {
  const requestId = reply.request.headers[REQUEST_ID_HEADER];
  return reply
    .status(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send({ ...problem, instance: reply.request.url, requestId });
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
    const json = /^application\/([a-z0-9.+-]+\+)?json\b/i.test(request.headers['content-type'] ?? '');
    if (json && exceedsJsonDepth((body as Buffer).toString('utf8'), options.maxJsonDepth)) {
      done(jsonTooDeep(options.maxJsonDepth), undefined);
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

  fastify.addHook('onRequest', async (request, reply) => {
    const wait = options.rateLimiter.take(request.ip);
    if (wait > 0) {
      void reply.header('retry-after', String(wait));
      return sendProblem(reply, { ...problemForStatus(429, `Too many requests from this address; retry in ${wait} s.`) });
    }
    const authorization = request.headers.authorization;
    if (authorization === undefined) return;
    const token = /^Bearer +(\S+) *$/i.exec(authorization)?.[1];
    try {
      if (token === undefined) throw new InvalidTokenError('malformed');
      await options.verifier.verify(token);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      void reply.header('www-authenticate', 'Bearer error="invalid_token"');
      return sendProblem(reply, { ...problemForStatus(401, error.message), type: problemType('invalid-token') });
    }
  });

  fastify.all('/api/v1/:service/*', (request, reply) => {
    const service = (request.params as { service: string }).service as ServiceName;
    const upstream = Object.hasOwn(options.upstreams, service) ? options.upstreams[service] : undefined;
    if (upstream === undefined) {
      return sendProblem(reply, { ...problemForStatus(404, `No service is called "${service}".`), type: problemType('unknown-service') });
    }
    if (!isWellEncoded(request.url)) {
      return sendProblem(reply, problemForStatus(400, 'The request target is not valid percent-encoded UTF-8.'));
    }
    const body = request.body instanceof Buffer ? { body: request.body, contentType: request.headers['content-type'] ?? 'application/octet-stream' } : {};
    return reply.from(`${upstream}${request.url}`, {
      // The bytes go on exactly as received, content type included.
      ...body,
      rewriteRequestHeaders: (_request, headers) => ({ ...headers, 'x-forwarded-for': request.ip, 'x-forwarded-proto': request.protocol }),
      // Connection headers are hop-by-hop: the service's keep-alive must not override the client's `Connection: close`.
      rewriteHeaders: ({ connection: _connection, 'keep-alive': _keepAlive, ...headers }) => headers,
      onError: (failed, { error }) => {
        sendProblem(failed, upstreamProblem(service, error as never));
      },
    });
  });
}
