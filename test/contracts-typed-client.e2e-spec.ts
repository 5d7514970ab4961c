import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '../openapi/zone-gov-platform.js';
import { dropTestDatabases } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

/** The client integrators generate from openapi/: if the contract and the service disagree, this does not compile or fails. */
describe('contracts: the generated typed client against the running platform', () => {
  let platform: TestPlatform;
  let api: Client<paths>;

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process' });
    const landStaff = await platform.identity.token(['land-staff'], ['zone']);
    const bearer: Middleware = {
      onRequest({ request }) {
        request.headers.set('authorization', `Bearer ${landStaff}`);
        return request;
      },
    };
    api = createClient<paths>({ baseUrl: platform.gatewayUrl });
    api.use(bearer);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('registers a land project with a retried create, reads it back, and pages through the list', async () => {
    const body = { name: '安庆长风港二期', category: 'provincial-key', requestedAreaMu: '382.54' } as const;
    const key = randomUUID();
    const created = await api.POST('/api/v1/land/projects', { params: { header: { 'Idempotency-Key': key } }, body });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({ name: body.name, category: 'provincial-key', requestedAreaMu: '382.5400' });
    const retried = await api.POST('/api/v1/land/projects', { params: { header: { 'Idempotency-Key': key } }, body });
    expect(retried.response.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.data?.id).toBe(created.data?.id);

    const fetched = await api.GET('/api/v1/land/projects/{id}', { params: { path: { id: created.data!.id } } });
    expect(fetched.data?.requestedAreaMu).toBe('382.5400');

    for (const name of ['二号项目', '三号项目']) {
      const more = await api.POST('/api/v1/land/projects', { body: { name, category: 'ordinary', requestedAreaMu: '1.5' } });
      expect(more.response.status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.GET('/api/v1/land/projects', { params: { query: { limit: 2, cursor } } });
      expect(page.response.status).toBe(200);
      seen.push(...page.data!.items.map((project) => project.name));
      cursor = page.data!.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(seen.sort()).toEqual(['三号项目', '二号项目', '安庆长风港二期'].sort());
  });

  it('gets the documented problem details on an error', async () => {
    const missing = await api.GET('/api/v1/land/projects/{id}', { params: { path: { id: randomUUID() } } });
    expect(missing.response.status).toBe(404);
    expect(missing.response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(missing.error).toMatchObject({ status: 404, type: expect.stringMatching(/^urn:zone-gov:problem:/) });
  });
});
