import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { PARTY_DEMO_DATA } from '../apps/party/src/demo/party.demo-data.js';
import { dropTestDatabases } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

/** The demo data loads through the gateway as `npm start` loads it, and the ledger reflects it. */
describe('party demo data through the gateway', () => {
  let platform: TestPlatform;
  let committee: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['party'] });
    committee = await platform.identity.token(['party-committee']);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('accepts every demo item in order', async () => {
    for (const collection of PARTY_DEMO_DATA) {
      const token = await platform.identity.token([collection.role]);
      const empty = await request(platform.gatewayUrl).get(`${collection.path}?limit=1`).set('authorization', `Bearer ${token}`).expect(200);
      expect(empty.body.items).toEqual([]);
      for (const item of collection.items) {
        const response = await request(platform.gatewayUrl).post(collection.path).set('authorization', `Bearer ${token}`).send(item);
        if (response.status !== 201) throw new Error(`${collection.path}: ${response.status} ${JSON.stringify(response.body)}`);
      }
    }
    const counts = await request(platform.gatewayUrl).get('/api/v1/party/ledger/counts').set('authorization', `Bearer ${committee}`).expect(200);
    expect(counts.body.total.total).toBe(51 + 17 + 81 + 10);
    expect(counts.body.total.red).toBeGreaterThan(0);
    expect(counts.body.total.yellow).toBeGreaterThan(0);
    expect(counts.body.total.green).toBeGreaterThan(0);
    const managed = await request(platform.gatewayUrl)
      .get('/api/v1/party/entities?managementStatus=under-management&limit=100')
      .set('authorization', `Bearer ${committee}`)
      .expect(200);
    expect(managed.body.items).toHaveLength(28 + 5);
    const campaigns = await request(platform.gatewayUrl).get('/api/v1/party/survey-campaigns').set('authorization', `Bearer ${committee}`).expect(200);
    expect(
      campaigns.body.items
        .map((item: { targetCount: number; surveyedCount: number; coveragePercent: string }) => [item.targetCount, item.surveyedCount, item.coveragePercent])
        .sort(),
    ).toEqual([
      [68, 68, '100.0'],
      [91, 91, '100.0'],
    ]);
    // The reported figures come out of the statistics, from the dated records.
    const statistics = await request(platform.gatewayUrl)
      .get('/api/v1/party/statistics/entities?asOf=2026-04-30')
      .set('authorization', `Bearer ${committee}`)
      .expect(200);
    const bySector = Object.fromEntries(statistics.body.bySector.map((row: { sector: string; surveyed: number }) => [row.sector, row.surveyed]));
    expect([bySector['express-logistics'], bySector['construction-installation'], bySector.other, bySector['social-services']]).toEqual([51, 17, 81, 10]);
    expect(statistics.body.byKind.map((row: { kind: string; underManagement: number }) => [row.kind, row.underManagement])).toEqual([
      ['enterprise', 28],
      ['social-organisation', 5],
    ]);
    const sweep = statistics.body.byCampaign.find((campaign: { surveyed: number }) => campaign.surveyed === 68);
    expect(sweep.byPark).toEqual([
      { park: '示例产业园一', surveyed: 26 + 9 },
      { park: '示例产业园二', surveyed: 25 + 8 },
    ]);
    const beforeManagement = await request(platform.gatewayUrl)
      .get('/api/v1/party/statistics/entities?asOf=2026-03-31')
      .set('authorization', `Bearer ${committee}`)
      .expect(200);
    expect(beforeManagement.body.underManagement).toBe(0);
    const coverage = await request(platform.gatewayUrl).get('/api/v1/party/statistics/coverage').set('authorization', `Bearer ${committee}`).expect(200);
    expect(coverage.body.byPark.map((row: { park: string | null }) => row.park)).toEqual(['新昌大厦', '示例产业园一', '示例产业园二', null]);
    expect(coverage.body.total).toMatchObject({ entities: 159, organisationCovered: 12 });
    const instructor = await platform.identity.token(['party-instructor'], ['zone'], 'instructor-02');
    const assigned = await request(platform.gatewayUrl).get('/api/v1/party/ledger/counts').set('authorization', `Bearer ${instructor}`).expect(200);
    expect(assigned.body.bySector.map((row: { sector: string; total: number }) => [row.sector, row.total])).toEqual([['construction-installation', 17]]);
  });
});
