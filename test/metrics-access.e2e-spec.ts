import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { MetricsAccessConfig } from '#platform';
import { createGatewayApp } from '../apps/gateway/src/gateway-app.js';
import { createTestIdentity } from './support/test-identity.js';
import { dropTestDatabases } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const METRICS_TOKEN = 'metrics-token-for-the-scraper-0123456789abcdef';
const PROBLEM_JSON = /application\/problem\+json/;

/** `/metrics` over real HTTP: the token from anywhere, or no token from an allowed network, and nobody else. */
describe('metrics are not public', () => {
  const gateways: { close(): Promise<void> }[] = [];
  let identity: Awaited<ReturnType<typeof createTestIdentity>>;

  /** A gateway alone (its /metrics needs no service) on a free port of the loopback interface. */
  const gateway = async (metrics: MetricsAccessConfig | undefined, trustProxy: false | string = false) => {
    const app = await createGatewayApp({
      host: '127.0.0.1',
      port: 0,
      upstreams: { credit: ['http://127.0.0.1:9'], supervision: ['http://127.0.0.1:9'], land: ['http://127.0.0.1:9'], party: ['http://127.0.0.1:9'] },
      corsOrigins: [],
      bodyLimitBytes: 1024,
      anonymousBodyLimitBytes: 1024,
      bodyTimeoutMs: 30_000,
      upstreamTimeoutMs: 500,
      rateLimitPerMinute: 600,
      trustProxy,
      auth: identity.auth,
      logLevel: 'error',
      ...(metrics === undefined ? {} : { metrics }),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    gateways.push(app);
    return `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  };

  beforeAll(async () => {
    identity = await createTestIdentity();
  });

  afterAll(async () => {
    await Promise.all(gateways.map((app) => app.close()));
  });

  it('serves loopback and private networks by default, without a token', async () => {
    const url = await gateway(undefined);
    const scraped = await request(url).get('/metrics').expect(200);
    expect(scraped.text).toContain('http_request_duration_seconds');
  });

  it('admits the token holder from outside the allowed networks, compared with the configured token', async () => {
    const url = await gateway({ token: METRICS_TOKEN, allowCidrs: ['10.0.0.0/8'] });
    const refused = await request(url).get('/metrics').expect(401);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(refused.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(refused.body.type).toBe('urn:zone-gov:problem:metrics-forbidden');
    await request(url).get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}x`).expect(401);
    // A user's token is no metrics token, however valid.
    await request(url)
      .get('/metrics')
      .set('authorization', `Bearer ${await identity.token(['zone-admin'])}`)
      .expect(401);
    const scraped = await request(url).get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    expect(scraped.text).toContain('app="gateway"');
  });

  it('refuses everyone outside the allowed networks when no token is configured', async () => {
    const url = await gateway({ allowCidrs: ['10.0.0.0/8'] });
    const refused = await request(url).get('/metrics').expect(403);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
    await request(url).get('/metrics?format=text').expect(403);
  });

  it('believes X-Forwarded-For only from a configured proxy', async () => {
    const untrusting = await gateway({ allowCidrs: ['10.0.0.0/8'] });
    await request(untrusting).get('/metrics').set('x-forwarded-for', '10.1.2.3').expect(403);
    const behindProxy = await gateway({ allowCidrs: ['10.0.0.0/8'] }, '127.0.0.1');
    await request(behindProxy).get('/metrics').set('x-forwarded-for', '10.1.2.3').expect(200);
    await request(behindProxy).get('/metrics').set('x-forwarded-for', '203.0.113.9').expect(403);
  });

  describe('on each service', () => {
    let platform: TestPlatform;

    beforeAll(async () => {
      platform = await startTestPlatform({ events: 'in-process', services: ['land'], metrics: { token: METRICS_TOKEN, allowCidrs: [] } });
    });

    afterAll(async () => {
      await platform?.close();
      await dropTestDatabases();
    });

    it('asks for the same token, and the API itself still takes user tokens', async () => {
      const land = platform.serviceUrls.land!;
      await request(land).get('/metrics').expect(401);
      await request(land)
        .get('/metrics')
        .set('authorization', `Bearer ${await platform.identity.token(['land-staff'])}`)
        .expect(401);
      expect((await request(land).get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`).expect(200)).text).toContain('app="land"');
      await request(platform.gatewayUrl).get('/metrics').expect(401);
      await request(platform.gatewayUrl)
        .get('/api/v1/land/projects')
        .set('authorization', `Bearer ${await platform.identity.token(['land-staff'])}`)
        .expect(200);
      await request(platform.gatewayUrl).get('/api/v1/land/projects').set('authorization', `Bearer ${METRICS_TOKEN}`).expect(401);
    });
  });
});
