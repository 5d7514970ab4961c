import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import { DEFAULT_INPUT_LIMITS } from '#platform';
import { createGatewayApp } from '../apps/gateway/src/gateway-app.js';
import { createTestIdentity } from './support/test-identity.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const NOTHING_LISTENS = 'http://127.0.0.1:9';

/**
 * Two gateway instances sharing their counters through a real Redis: anonymous callers are limited
 * per address, token holders per subject, integrators with a higher quota. Services are left out:
 * a request the limit lets through gets the gateway's 503 for an unreachable service.
 */
describe('gateway rate limits shared across instances', () => {
  const prefix = `zone-test-rate-limit-${randomUUID()}:`;
  const gateways: NestFastifyApplication[] = [];
  const urls: string[] = [];
  let identity: Awaited<ReturnType<typeof createTestIdentity>>;

  beforeAll(async () => {
    const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect().catch((error: Error) => {
      throw new Error(`this test needs Redis at ${REDIS_URL} (TEST_REDIS_URL): ${error.message}`);
    });
    redis.disconnect();
    identity = await createTestIdentity();
    for (let instance = 0; instance < 2; instance++) {
      const gateway = await createGatewayApp({
        host: '127.0.0.1',
        port: 0,
        upstreams: { credit: [NOTHING_LISTENS], supervision: [NOTHING_LISTENS], land: [NOTHING_LISTENS], party: [NOTHING_LISTENS] },
        corsOrigins: [],
        bodyLimitBytes: DEFAULT_INPUT_LIMITS.authenticatedBodyBytes,
        anonymousBodyLimitBytes: DEFAULT_INPUT_LIMITS.anonymousBodyBytes,
        bodyTimeoutMs: DEFAULT_INPUT_LIMITS.bodyTimeoutMs,
        upstreamTimeoutMs: 2_000,
        rateLimitPerMinute: 3,
        rateLimitPerSubjectPerMinute: 4,
        rateLimitIntegratorPerMinute: 8,
        rateLimitStore: { redisUrl: REDIS_URL, prefix },
        trustProxy: false,
        auth: identity.auth,
        logLevel: 'error',
      });
      await gateway.listen({ port: 0, host: '127.0.0.1' });
      gateways.push(gateway);
      urls.push(await gateway.getUrl());
    }
  });

  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.close()));
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  /** Statuses of `count` requests, alternating between the two gateway instances. */
  async function statuses(count: number, token?: string, path = '/api/v1/credit/indicators'): Promise<number[]> {
    const seen: number[] = [];
    for (let index = 0; index < count; index++) {
      const response = await fetch(`${urls[index % 2]}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      seen.push(response.status);
      if (response.status === 429) {
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await response.json()).toMatchObject({ type: 'urn:zone-gov:problem:too-many-requests', status: 429 });
      } else {
        await response.arrayBuffer();
      }
    }
    return seen;
  }

  it('limits anonymous callers per address, counting both instances together', async () => {
    expect(await statuses(4)).toEqual([503, 503, 503, 429]);
  });

  it('limits a token holder per subject, apart from the exhausted address quota', async () => {
    const clerk = await identity.token(['village-clerk'], ['luochong'], `clerk-${randomUUID()}`);
    expect(await statuses(5, clerk)).toEqual([503, 503, 503, 503, 429]);
  });

  it('gives an integrator (a district IT batch client) the higher quota', async () => {
    const integrator = await identity.token(['integrator'], ['zone'], `district-it-${randomUUID()}`);
    expect(await statuses(9, integrator)).toEqual([503, 503, 503, 503, 503, 503, 503, 503, 429]);
  });

  it("counts the gateway's own zone-wide views against the same quota, and leaves health checks alone", async () => {
    const supervisor = await identity.token(['discipline-supervisor'], ['zone'], `supervisor-${randomUUID()}`);
    const seen = await statuses(5, supervisor, '/api/v1/audit-log');
    expect(seen.slice(0, 4)).not.toContain(429);
    expect(seen[4]).toBe(429);
    expect((await fetch(`${urls[0]}/health/live`)).status).toBe(200);
  });
});
