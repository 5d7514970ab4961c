import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { CREDIT_DEMO_DATA, DEMO_YANG_ID_NUMBER } from '../apps/credit/src/demo/credit.demo-data.js';
import { dropTestDatabases } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

/** The credit demo data loads through the gateway as `npm start` loads it, and tells the article's story. */
describe('credit: demo data', () => {
  let platform: TestPlatform;
  let staff: string;
  const api = (path: string) => `/api/v1/credit${path}`;

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['credit'] });
    staff = await platform.identity.token(['credit-staff'], ['zone'], 'demo-loader');
    for (const collection of CREDIT_DEMO_DATA) {
      const token = await platform.identity.token([collection.role], ['zone'], 'demo-loader');
      const existing = await request(platform.gatewayUrl).get(`${collection.path}?limit=1`).set('authorization', `Bearer ${token}`).expect(200);
      expect(existing.body.items).toEqual([]);
      for (const item of collection.items) {
        const created = await request(platform.gatewayUrl).post(collection.path).set('authorization', `Bearer ${token}`).send(item);
        if (created.status !== 201) throw new Error(`POST ${collection.path} ${JSON.stringify(item)} answered ${created.status}: ${JSON.stringify(created.body)}`);
      }
    }
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('gives Mr Yang over 70 points, the gift pack, and an AA household', async () => {
    const yang = await request(platform.gatewayUrl).post(api('/residents/lookups')).set('authorization', `Bearer ${staff}`).send({ idNumber: DEMO_YANG_ID_NUMBER }).expect(200);
    expect(yang.body).toMatchObject({ creditScore: 72, spendableBalance: 12, redeemed: 60 });
    const household = await request(platform.gatewayUrl).get(api(`/households/${yang.body.householdId}`)).set('authorization', `Bearer ${staff}`).expect(200);
    expect(household.body.level).toBe('AA');
    const resident = await platform.identity.token(['resident'], [], 'demo-resident-yang');
    const card = await request(platform.gatewayUrl).get(api(`/households/${yang.body.householdId}/cards`)).set('authorization', `Bearer ${resident}`).expect(200);
    const benefits = await request(platform.gatewayUrl).get(api('/benefits?limit=100')).expect(200);
    const service = benefits.body.items.find((item: { code: string }) => item.code === 'LB-CAR-01-SERVICE');
    const carShop = await platform.identity.token(['merchant'], [], 'demo-merchant-car');
    const verified = await request(platform.gatewayUrl).post(api('/card-verifications')).set('authorization', `Bearer ${carShop}`).send({ benefitId: service.id, qrPayload: card.body.qrPayload }).expect(200);
    expect(verified.body.qualifies).toBe(true);
  });

  it('has the 38-item catalogue and the reported figures', async () => {
    const indicators = await request(platform.gatewayUrl).get(api('/indicators?limit=100')).expect(200);
    expect(indicators.body.items.filter((item: { points: number }) => item.points > 0)).toHaveLength(38);
    expect(indicators.body.items.every((item: { version: number }) => item.version === 1)).toBe(true);
    const services = await request(platform.gatewayUrl).get(api('/merchants?sector=services&limit=100')).expect(200);
    expect(services.body.items.map((item: { name: string; sectors: string[] }) => [item.name, item.sectors])).toEqual([
      ['共建汽车维修店', ['transport', 'services']],
      ['古树物业', ['property-management', 'services']],
      ['乌岭共建理发店', ['services']],
      ['乌岭共建宾馆', ['catering', 'services']],
    ]);
    const leadership = await platform.identity.token(['leadership'], ['zone']);
    const redemptions = await request(platform.gatewayUrl).get(api('/redemption-statistics')).set('authorization', `Bearer ${leadership}`).expect(200);
    expect(Object.fromEntries(redemptions.body.communities.map((item: { communityName: string; reportedRedeemingResidents: number }) => [item.communityName, item.reportedRedeemingResidents]))).toEqual({
      盛塘: 49,
      乌岭: 30,
      罗冲: 18,
    });
    const uses = await request(platform.gatewayUrl).get(api('/benefit-statistics')).set('authorization', `Bearer ${leadership}`).expect(200);
    expect(uses.body.benefits.map((item: { reportedUses: number | null }) => item.reportedUses).filter((value: number | null) => value !== null).sort()).toEqual([117, 137]);
  });
});
