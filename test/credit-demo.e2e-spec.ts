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
        if (created.status !== 201)
          throw new Error(`POST ${collection.path} ${JSON.stringify(item)} answered ${created.status}: ${JSON.stringify(created.body)}`);
      }
    }
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('gives Mr Yang over 70 points, the gift pack, and an AA household', async () => {
    const yang = await request(platform.gatewayUrl)
      .post(api('/residents/lookups'))
      .set('authorization', `Bearer ${staff}`)
      .send({ idNumber: DEMO_YANG_ID_NUMBER })
      .expect(200);
    expect(yang.body).toMatchObject({ creditScore: 72, spendableBalance: 12, redeemed: 60 });
    const household = await request(platform.gatewayUrl)
      .get(api(`/households/${yang.body.householdId}`))
      .set('authorization', `Bearer ${staff}`)
      .expect(200);
    expect(household.body.level).toBe('AA');
    const resident = await platform.identity.token(['resident'], [], 'demo-resident-yang');
    const card = await request(platform.gatewayUrl)
      .get(api(`/households/${yang.body.householdId}/cards`))
      .set('authorization', `Bearer ${resident}`)
      .expect(200);
    const benefits = await request(platform.gatewayUrl).get(api('/benefits?limit=100')).expect(200);
    const service = benefits.body.items.find((item: { code: string }) => item.code === 'LB-CAR-01-SERVICE');
    const carShop = await platform.identity.token(['merchant'], [], 'demo-merchant-car');
    const verified = await request(platform.gatewayUrl)
      .post(api('/card-verifications'))
      .set('authorization', `Bearer ${carShop}`)
      .send({ benefitId: service.id, qrPayload: card.body.qrPayload })
      .expect(200);
    expect(verified.body.qualifies).toBe(true);
  });

  it("has the 38-item catalogue and the article's figures, counted from back-dated records", async () => {
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
    const redeemers = async (query: string) => {
      const answer = await request(platform.gatewayUrl)
        .get(api(`/redemption-statistics${query}`))
        .set('authorization', `Bearer ${leadership}`)
        .expect(200);
      return Object.fromEntries(
        answer.body.communities.map((item: { communityName: string; redeemingResidents: number }) => [item.communityName, item.redeemingResidents]),
      );
    };
    expect(await redeemers('')).toEqual({ 盛塘: 49, 乌岭: 30, 罗冲: 18 });
    // Mr Yang's gift pack came after his summer of volunteering; the others' exchanges in the pilots' first weeks.
    expect(await redeemers('?asOf=2026-04-30')).toEqual({ 盛塘: 48, 乌岭: 30, 罗冲: 18 });
    expect(await redeemers('?asOf=2026-03-01')).toEqual({ 盛塘: 0, 乌岭: 0, 罗冲: 0 });
    const uses = await request(platform.gatewayUrl).get(api('/benefit-statistics')).set('authorization', `Bearer ${leadership}`).expect(200);
    const byCode = Object.fromEntries(uses.body.benefits.map((item: { benefitCode: string }) => [item.benefitCode, item]));
    expect(byCode['LB-GUSHU-FEE']).toMatchObject({ uses: 117, households: 117, recordedLateUses: 117 });
    expect(byCode['LB-GUSHU-GIFT']).toMatchObject({ uses: 137, households: 137, recordedLateUses: 137 });
    const clerk = await platform.identity.token(['records-clerk'], ['zone']);
    const history = await request(platform.gatewayUrl).get(api('/historical-redemptions?limit=1')).set('authorization', `Bearer ${clerk}`).expect(200);
    expect(history.body.items[0]).toMatchObject({ goodsName: '爱心礼包', occurredOn: '2026-09-26', recordedLate: true });
  });
});
