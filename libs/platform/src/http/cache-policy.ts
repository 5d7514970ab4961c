import type { FastifyInstance } from 'fastify';

/**
 * `Cache-Control: no-store` on every answer to a request that sends credentials: such answers may carry
 * personal data (or differ by caller), so no browser or proxy may keep them. Anonymous reads of public
 * data keep their caching; personal data is shown in full only to callers with credentials.
 */
export function installCachePolicy(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.headers.authorization !== undefined) void reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
