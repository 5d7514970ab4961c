import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createGatewayApp } from '../apps/gateway/src/gateway-app.js';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const PROBLEM_JSON = /application\/problem\+json/;
const repo = path.resolve(import.meta.dirname, '..');

describe('gateway', () => {
  let platform: TestPlatform;
  let landStaff: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process' });
    landStaff = await platform.identity.token(['land-staff']);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('proxies a write and a read to the owning service, preserving status, headers and exact decimals', async () => {
    const created = await request(platform.gatewayUrl)
      .post('/api/v1/land/projects')
      .set('authorization', `Bearer ${landStaff}`)
      .send({ name: '安庆长风港二期', category: 'provincial-key', requestedAreaMu: '382.54' })
      .expect(201);
    expect(created.headers['content-type']).toMatch(/application\/json/);
    expect(created.body).toMatchObject({ name: '安庆长风港二期', requestedAreaMu: '382.5400' });

    const fetched = await request(platform.gatewayUrl).get(`/api/v1/land/projects/${created.body.id}`).set('authorization', `Bearer ${landStaff}`).expect(200);
    expect(fetched.body.requestedAreaMu).toBe('382.5400');
  });

  it('makes a create safe to retry with an Idempotency-Key, and refuses the key for another body', async () => {
    const send = (body: object, key: string) =>
      request(platform.gatewayUrl).post('/api/v1/land/projects').set('authorization', `Bearer ${landStaff}`).set('idempotency-key', key).send(body);
    const body = { name: 'Retried create', category: 'ordinary', requestedAreaMu: '4.5' };
    const first = await send(body, 'retry-key-0001-abcdef').expect(201);
    const again = await send(body, 'retry-key-0001-abcdef').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await queryDatabase(platform.databaseUrls.land!, `SELECT 1 FROM projects WHERE name = 'Retried create'`)).toHaveLength(1);
    const reused = await send({ ...body, name: 'Something else' }, 'retry-key-0001-abcdef').expect(422);
    expect(reused.body.type).toBe('urn:zone-gov:problem:idempotency-key-reused');
    await send(body, 'bad key').expect(400);
  });

  it('assigns a request id, propagates a given one to the service, and records it in the audit row', async () => {
    const assigned = await request(platform.gatewayUrl).get('/health/live').expect(200);
    expect(assigned.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    const requestId = 'req-e2e-0001-propagation';
    const created = await request(platform.gatewayUrl)
      .post('/api/v1/land/projects')
      .set('authorization', `Bearer ${landStaff}`)
      .set('x-request-id', requestId)
      .send({ name: 'Request id probe', category: 'ordinary', requestedAreaMu: '1.5' })
      .expect(201);
    expect(created.headers['x-request-id']).toBe(requestId);
    const audit = await queryDatabase<{ request_id: string; actor_id: string; actor_roles: string[] }>(
      platform.databaseUrls.land!,
      `SELECT request_id, actor_id, actor_roles FROM audit_log WHERE target_id = $1`,
      [created.body.id],
    );
    expect(audit).toEqual([{ request_id: requestId, actor_id: 'test-land-staff', actor_roles: ['land-staff'] }]);
  });

  it('answers unknown services and unknown routes with problem details', async () => {
    const unknownService = await request(platform.gatewayUrl).get('/api/v1/nowhere/things').expect(404);
    expect(unknownService.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(unknownService.body).toMatchObject({ type: 'urn:zone-gov:problem:unknown-service', status: 404 });

    const unknownRoute = await request(platform.gatewayUrl).get('/api/v1/land/nothing-here').expect(404);
    expect(unknownRoute.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(unknownRoute.body).toMatchObject({ status: 404, title: 'Not found' });
  });

  it('rejects invalid bodies and unknown fields with field errors, writing nothing', async () => {
    const response = await request(platform.gatewayUrl)
      .post('/api/v1/land/projects')
      .set('authorization', `Bearer ${landStaff}`)
      .send({ name: 'Float area', category: 'ordinary', requestedAreaMu: 12.5, sneaky: true })
      .expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body.type).toBe('urn:zone-gov:problem:validation-failed');
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['requestedAreaMu', 'sneaky']));
    const rows = await queryDatabase(platform.databaseUrls.land!, `SELECT 1 FROM projects WHERE name = 'Float area'`);
    expect(rows).toHaveLength(0);
  });

  it('rejects missing, invalid and under-privileged tokens, and accepts the right role', async () => {
    await request(platform.gatewayUrl).get('/api/v1/land/projects').expect(401);
    const invalid = await request(platform.gatewayUrl).get('/api/v1/land/projects').set('authorization', 'Bearer not-a-jwt').expect(401);
    expect(invalid.body.type).toBe('urn:zone-gov:problem:invalid-token');
    const resident = await platform.identity.token(['resident']);
    await request(platform.gatewayUrl).get('/api/v1/land/projects').set('authorization', `Bearer ${resident}`).expect(403);
    // Two projects of the test's own, so that a page of one has a next page whatever else the land service holds.
    for (const name of ['Listed by leadership 1', 'Listed by leadership 2']) {
      await request(platform.gatewayUrl)
        .post('/api/v1/land/projects')
        .set('authorization', `Bearer ${landStaff}`)
        .send({ name, category: 'ordinary', requestedAreaMu: '1' })
        .expect(201);
    }
    const leadership = await platform.identity.token(['leadership']);
    const listed = await request(platform.gatewayUrl).get('/api/v1/land/projects?limit=1').set('authorization', `Bearer ${leadership}`).expect(200);
    expect(listed.body.items).toHaveLength(1);
    expect(typeof listed.body.nextCursor).toBe('string');
  });

  it('limits body size before the service sees the request', async () => {
    const response = await request(platform.gatewayUrl)
      .post('/api/v1/land/projects')
      .set('authorization', `Bearer ${landStaff}`)
      .set('content-type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) }))
      .expect(413);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
  });

  it('refuses a body that is not JSON with 415, not with a 400 for every field', async () => {
    const response = await request(platform.gatewayUrl)
      .post('/api/v1/land/projects')
      .set('authorization', `Bearer ${landStaff}`)
      .set('content-type', 'text/plain')
      .send('{"name":"x","category":"ordinary","requestedAreaMu":"1"}')
      .expect(415);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body.type).toBe('urn:zone-gov:problem:unsupported-media-type');
  });

  it('sets security headers and answers CORS preflights only for configured origins', async () => {
    const response = await request(platform.gatewayUrl).get('/health/live');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    const preflight = await request(platform.gatewayUrl)
      .options('/api/v1/land/projects')
      .set('origin', 'https://evil.example')
      .set('access-control-request-method', 'GET');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves one OpenAPI document listing every service, and Swagger UI', async () => {
    const document = await request(platform.gatewayUrl).get('/openapi.json').expect(200);
    const paths = Object.keys(document.body.paths);
    for (const service of ['credit', 'supervision', 'land', 'party']) {
      expect(paths.some((path) => path.startsWith(`/api/v1/${service}/`))).toBe(true);
    }
    expect(document.body.tags.map((tag: { name: string }) => tag.name)).toEqual(expect.arrayContaining(['credit', 'supervision', 'land', 'party']));
    const ui = await request(platform.gatewayUrl).get('/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger-ui');
  });

  it('serves exactly the documents committed in openapi/ (after an API change: npm run openapi)', async () => {
    const committed = (name: string) => JSON.parse(readFileSync(path.join(repo, 'openapi', `${name}.json`), 'utf8')) as unknown;
    expect((await request(platform.gatewayUrl).get('/openapi.json')).body).toEqual(committed('zone-gov-platform'));
    for (const service of ['credit', 'supervision', 'land', 'party'] as const) {
      expect((await request(platform.serviceUrls[service]!).get('/openapi.json')).body).toEqual(committed(service));
    }
  });

  it('is ready and reports every service as up', async () => {
    const ready = await request(platform.gatewayUrl).get('/health/ready').expect(200);
    expect(ready.body.status).toBe('ok');
    expect(Object.keys(ready.body.services).sort()).toEqual(['credit', 'land', 'party', 'supervision']);
    expect(Object.values(ready.body.services).every((service) => (service as { status: string }).status === 'up')).toBe(true);
  });
});

describe('gateway with services down or slow', () => {
  let slow: http.Server;
  let gatewayUrl: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const timers: NodeJS.Timeout[] = [];
    slow = http.createServer((_request, response) => void timers.push(setTimeout(() => response.end('late'), 5_000)));
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    const { createTestIdentity } = await import('./support/test-identity.js');
    const identity = await createTestIdentity();
    const gateway = await createGatewayApp({
      host: '127.0.0.1',
      port: 0,
      // Port 9 (discard) has no listener here: a service that is down.
      upstreams: { credit: ['http://127.0.0.1:9'], supervision: [slowUrl], land: ['http://127.0.0.1:9'], party: ['http://127.0.0.1:9'] },
      corsOrigins: [],
      bodyLimitBytes: 1024,
      anonymousBodyLimitBytes: 1024,
      bodyTimeoutMs: 30_000,
      upstreamTimeoutMs: 500,
      rateLimitPerMinute: 0,
      trustProxy: false,
      auth: identity.auth,
      logLevel: 'error',
    });
    await gateway.listen({ port: 0, host: '127.0.0.1' });
    gatewayUrl = `http://127.0.0.1:${(gateway.getHttpServer().address() as AddressInfo).port}`;
    close = async () => {
      await gateway.close();
      timers.forEach(clearTimeout);
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    };
  });

  afterAll(async () => close?.());

  it('answers 503 quickly when a service is down', async () => {
    const started = Date.now();
    const response = await request(gatewayUrl).get('/api/v1/credit/indicators').expect(503);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toMatchObject({ type: 'urn:zone-gov:problem:service-unavailable', service: 'credit' });
  });

  it('answers 504 when a service is too slow, instead of hanging', async () => {
    const response = await request(gatewayUrl).get('/api/v1/supervision/supervision-items').expect(504);
    expect(response.body).toMatchObject({ type: 'urn:zone-gov:problem:gateway-timeout', service: 'supervision' });
  });

  it('stays ready to route, reports the service that is down, and still serves a (partial) OpenAPI document', async () => {
    const ready = await request(gatewayUrl).get('/health/ready').expect(200);
    expect(ready.body.status).toBe('degraded');
    expect(ready.body.services.credit.status).toBe('down');
    const document = await request(gatewayUrl).get('/openapi.json').expect(200);
    expect(document.body.info.description).toContain('unavailable');
  });
});
