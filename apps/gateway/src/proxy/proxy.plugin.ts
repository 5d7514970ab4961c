import rateLimit from '@fastify/rate-limit';
import replyFrom from '@fastify/reply-from';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import type { ServiceName } from '#contracts';
import { checkRequestToken, exceedsJsonDepth, JSON_MEDIA_TYPE, jsonTooDeep, PROBLEM_CONTENT_TYPE, ProblemException, problemForStatus, problemType, REQUEST_ID_HEADER, type ProblemDetails, type TokenCheck, type TokenVerifier } from '#platform';
import { upstreamProblem, isUnreachable } from './upstream-error.js';
import { rateLimitKey, rateLimitQuota, type RateLimits, type RateLimitStore } from '../security/rate-limits.js';
import { type UpstreamPool } from './upstream-pool.js';

export interface ProxyOptions {
  upstreams: UpstreamPool;
  bodyLimitBytes: number;
  maxJsonDepth: number;
  upstreamTimeoutMs: number;
  verifier: TokenVerifier;
  rateLimits: RateLimits;
  rateLimitStore?: RateLimitStore;
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
    const json = JSON_MEDIA_TYPE.test((request.headers['content-type'] ?? '').split(';')[0]!.trim());
    if (json && exceedsJsonDepth(body as Buffer, options.maxJsonDepth)) {
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

  // The token is checked once per request: first by the rate limit (to charge its subject), then to answer 401.
  const checkToken = (request: FastifyRequest): Promise<TokenCheck> => checkRequestToken(options.verifier, request, request.headers.authorization);
  const userOf = async (request: FastifyRequest) => {
    const check = await checkToken(request);
    return check !== undefined && 'user' in check ? check.user : undefined;
  };

  if (options.rateLimits.perAddress > 0) {
    const redis = options.rateLimitStore && new Redis(options.rateLimitStore.redisUrl, { connectTimeout: 500, maxRetriesPerRequest: 1, lazyConnect: true });
    if (redis) fastify.addHook('onClose', async () => void redis.disconnect());
    await fastify.register(rateLimit, {
      timeWindow: 60_000,
      keyGenerator: async (request) => rateLimitKey(await userOf(request), request.ip),
      max: async (request) => rateLimitQuota(options.rateLimits, await userOf(request)),
      ...(redis ? { redis, nameSpace: options.rateLimitStore!.prefix } : {}),
      // A Redis outage must not take the API down with it: requests pass unlimited until it is back.
      skipOnError: true,
      errorResponseBuilder: (_request, context) => ({ statusCode: 429, message: `Too many requests; retry in ${Math.ceil(context.ttl / 1000)} s.` }),
    });
  }

  fastify.addHook('onRequest', async (request, reply) => {
    const check = await checkToken(request);
    if (check === undefined || 'user' in check) return;
    void reply.header('www-authenticate', 'Bearer error="invalid_token"');
    return sendProblem(reply, { ...problemForStatus(401, check.error.message), type: problemType('invalid-token') });
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
