import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import { Redis } from 'ioredis';
import { checkRequestToken, problemForStatus, problemType, type TokenCheck, type TokenVerifier } from '#platform';
import { sendProblem } from '../proxy/problem-reply.js';
import { rateLimitKey, rateLimitQuota, type RateLimits, type RateLimitStore } from './rate-limits.js';

export interface ApiAdmissionOptions {
  verifier: TokenVerifier;
  rateLimits: RateLimits;
  rateLimitStore?: RateLimitStore;
}

/** The API: forwarded operations and the gateway's own zone-wide views alike; docs, health and metrics are not. */
const isApiRequest = (request: FastifyRequest) => request.url.startsWith('/api/');

/**
 * What every API request passes before anything answers it, forwarded or answered by the gateway itself: the rate
 * limit (per address, per subject, per integrator) and the refusal of an invalid bearer token. Not encapsulated
 * (fastify-plugin), so it covers the routes the gateway's own controllers add as well as the proxy's.
 */
async function apiAdmission(fastify: FastifyInstance, options: ApiAdmissionOptions): Promise<void> {
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
      allowList: (request) => !isApiRequest(request),
      keyGenerator: async (request) => rateLimitKey(await userOf(request), request.ip),
      max: async (request) => rateLimitQuota(options.rateLimits, await userOf(request)),
      ...(redis ? { redis, nameSpace: options.rateLimitStore!.prefix } : {}),
      // A Redis outage must not take the API down with it: requests pass unlimited until it is back.
      skipOnError: true,
      errorResponseBuilder: (_request, context) => ({ statusCode: 429, message: `Too many requests; retry in ${Math.ceil(context.ttl / 1000)} s.` }),
    });
  }

  fastify.addHook('onRequest', async (request, reply) => {
    if (!isApiRequest(request)) return;
    const check = await checkToken(request);
    if (check === undefined || 'user' in check) return;
    void reply.header('www-authenticate', 'Bearer error="invalid_token"');
    return sendProblem(reply, { ...problemForStatus(401, check.error.message), type: problemType('invalid-token') });
  });
}

export const apiAdmissionPlugin = fastifyPlugin(apiAdmission, { name: 'api-admission' });
