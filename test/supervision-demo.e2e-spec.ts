import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { supervisionService } from '../apps/supervision/src/supervision.service-definition.js';
import { dropTestDatabases } from './support/test-env.js';
import { loadDemoData, startTestPlatform, type TestPlatform } from './support/test-platform.js';

const base = '/api/v1/supervision';

/** The demo data loads through the gateway as `npm start` loads it, and shows the article's figures. */
describe('supervision: demo data', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['supervision'] });
    await loadDemoData(platform, supervisionService.demoData ?? []);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('has 27 participating units, named ones real and the rest marked demo', async () => {
    const villages = await request(platform.gatewayUrl).get(`${base}/units?kind=village&limit=100`).expect(200);
    const communities = await request(platform.gatewayUrl).get(`${base}/units?kind=community&limit=100`).expect(200);
    const units = [...villages.body.items, ...communities.body.items];
    expect(units).toHaveLength(27);
    expect(
      units
        .filter((unit: { demo: boolean }) => !unit.demo)
        .map((unit: { name: string }) => unit.name)
        .sort(),
    ).toEqual(['乌岭社区', '盛塘社区', '罗冲社区'].sort());
    expect(units.filter((unit: { demo: boolean; name: string }) => unit.demo).every((unit: { name: string }) => unit.name.includes('示例数据'))).toBe(true);
  });

  it('has 37 items: 33 clearly marked placeholders of the basic catalogue and the 4 local items', async () => {
    const items = await request(platform.gatewayUrl).get(`${base}/supervision-items?limit=100`).expect(200);
    expect(items.body.items).toHaveLength(37);
    const basic = items.body.items.filter((item: { origin: string }) => item.origin === 'basic-catalogue');
    expect(basic).toHaveLength(33);
    expect(basic.every((item: { placeholder: boolean; name: string }) => item.placeholder && item.name.includes('占位'))).toBe(true);
    expect(items.body.items.filter((item: { origin: string }) => item.origin === 'local').map((item: { name: string }) => item.name)).toEqual([
      '营商环境',
      '孤儿和事实无人抚养儿童生活补贴',
      '低收入老年人居家养老服务',
      '职业培训',
    ]);
  });

  it('shows the business-environment complaint figures publicly: 8 received, 5 closed', async () => {
    const statistics = await request(platform.gatewayUrl).get(`${base}/complaints/statistics?year=2026`).expect(200);
    expect(statistics.body.byCategory.find((entry: { category: string }) => entry.category === 'business-environment')).toMatchObject({
      received: 8,
      closed: 5,
      open: 3,
    });
  });
});

describe('supervision: OpenAPI', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['supervision'] });
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('documents every operation with an id, a summary, its access and its error answers', async () => {
    const document = await request(platform.gatewayUrl).get('/openapi.json').expect(200);
    const operations = Object.entries(
      document.body.paths as Record<
        string,
        Record<string, { operationId?: string; summary?: string; security?: unknown[]; responses: Record<string, unknown> }>
      >,
    )
      .filter(([path]) => path.startsWith('/api/v1/supervision/') && !path.includes('working-calendar'))
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, ...operation })));
    expect(operations.length).toBeGreaterThan(40);
    for (const operation of operations) {
      expect({ name: operation.name, operationId: typeof operation.operationId, summary: typeof operation.summary }).toEqual({
        name: operation.name,
        operationId: 'string',
        summary: 'string',
      });
      expect({ name: operation.name, security: Array.isArray(operation.security) }).toEqual({ name: operation.name, security: true });
      expect({ name: operation.name, documentsErrors: Object.keys(operation.responses).some((status) => status.startsWith('4')) }).toEqual({
        name: operation.name,
        documentsErrors: true,
      });
    }
  });
});
