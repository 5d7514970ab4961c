import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '../openapi/zone-gov-platform.js';
import { dropTestDatabases } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

/** The client integrators generate from openapi/: if the contract and the service disagree, this does not compile or fails. */
describe('contracts: the generated typed client against the running platform', () => {
  let platform: TestPlatform;
  let api: Client<paths, 'application/json'>;
  let anonymous: Client<paths, 'application/json'>;
  const as = async (role: Parameters<TestPlatform['identity']['token']>[0][number]) => ({
    authorization: `Bearer ${await platform.identity.token([role], ['zone'])}`,
  });

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process' });
    const landStaff = await platform.identity.token(['land-staff'], ['zone']);
    const bearer: Middleware = {
      onRequest({ request }) {
        if (!request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${landStaff}`);
        return request;
      },
    };
    api = createClient<paths, 'application/json'>({ baseUrl: platform.gatewayUrl });
    anonymous = createClient<paths, 'application/json'>({ baseUrl: platform.gatewayUrl });
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

  it('credit: registers a community and lists ledger entries as typed pages', async () => {
    const headers = await as('credit-staff');
    const community = await api.POST('/api/v1/credit/communities', {
      headers,
      body: { code: 'shengtang', name: '盛塘社区', subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' },
    });
    expect(community.response.status).toBe(201);
    const entries = await api.GET('/api/v1/credit/ledger-entries', { headers, params: { query: { communityCode: 'shengtang' } } });
    expect(entries.data?.items).toEqual([]);
  });

  it('supervision: files an anonymous complaint and follows it by its tracking code in any letter case', async () => {
    const filed = await anonymous.POST('/api/v1/supervision/complaints', {
      body: { category: 'village-affairs', content: '村务公开栏三个月未更新。', anonymous: true },
    });
    expect(filed.response.status).toBe(201);
    const code = filed.data!.trackingCode;
    const tracked = await anonymous.GET('/api/v1/supervision/complaints/tracking/{trackingCode}', { params: { path: { trackingCode: code.toLowerCase() } } });
    expect(tracked.data?.trackingCode).toBe(code);
  });

  it('party: registers an entity by credit code and finds it by that code', async () => {
    const headers = await as('party-committee');
    const registered = await api.POST('/api/v1/party/entities', {
      headers,
      body: {
        creditCode: '91340800MA0000001P',
        name: '示例快递企业01',
        kind: 'enterprise',
        sector: 'express-logistics',
        park: '示例产业园一',
        managementStatus: 'under-management',
      },
    });
    expect(registered.response.status).toBe(201);
    const found = await api.GET('/api/v1/party/entities', { headers: await as('integrator'), params: { query: { creditCode: '91340800MA0000001P' } } });
    expect(found.data?.items.map((entity) => entity.id)).toEqual([registered.data!.id]);
  });
});
