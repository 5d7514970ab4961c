import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { idNumberCheckCharacter } from '#platform/personal-data';
import { CREDIT_DEMO_DATA } from '../apps/credit/src/demo/credit.demo-data.js';
import { CREDIT_TALLIES, tallyDisagreements } from './support/statistics-tallies.js';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { loadDemoData, startTestPlatform, type TestPlatform } from './support/test-platform.js';

function idNumber(sequence: number): string {
  const first17 = `34080019900101${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

/**
 * The running tallies behind the redemption, benefit and rating-level statistics stay equal to the records through
 * every write: the demo data, orders, cancellations, uses, back-dated records, a resident import, a move between
 * households and new rating thresholds. Everything here happens in 乌岭 (and its own shop), beside the demo data.
 */
describe('credit: running tallies of the statistics (through the gateway)', () => {
  let platform: TestPlatform;
  let zoneStaff: string;
  let leadership: string;
  const db = () => platform.databaseUrls.credit!;
  const api = (path: string) => `/api/v1/credit${path}`;
  const get = (path: string) => request(platform.gatewayUrl).get(api(path)).set('authorization', `Bearer ${leadership}`).expect(200);
  const send = (method: 'post' | 'put', path: string, body: object) =>
    request(platform.gatewayUrl)[method](api(path)).set('authorization', `Bearer ${zoneStaff}`).send(body);
  /** Households per level as the statistics answer today, from the tallies. */
  const levels = async () => (await get('/rating-level-statistics')).body.communities;
  const storedLevels = async () =>
    queryDatabase<{ community_code: string; level: string | null; n: number }>(
      db(),
      `SELECT community_code, level, count(*)::int AS n FROM households GROUP BY community_code, level ORDER BY community_code, level`,
    );

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['credit'] });
    zoneStaff = await platform.identity.token(['credit-staff'], ['zone'], 'staff-zone');
    leadership = await platform.identity.token(['leadership'], ['zone']);
    await loadDemoData(platform, CREDIT_DEMO_DATA);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('agree with the demo data, and answer as counting the records from a day before all of them does', async () => {
    expect(await tallyDisagreements(db(), CREDIT_TALLIES)).toEqual({});
    const redemptions = (await get('/redemption-statistics')).body.communities;
    expect(redemptions.some((item: { completedOrders: number }) => item.completedOrders > 0)).toBe(true);
    expect((await get('/redemption-statistics?from=2000-01-01')).body.communities).toEqual(redemptions);
    const uses = (await get('/benefit-statistics')).body.benefits;
    expect(uses.some((item: { uses: number }) => item.uses > 0)).toBe(true);
    expect((await get('/benefit-statistics?from=2000-01-01')).body.benefits).toEqual(uses);
  });

  it('follow imported households, a move between households and new thresholds', async () => {
    const csv = ['householdNumber,name,idNumber,phone', `WL-9001,赵某某,${idNumber(1)},`, `WL-9002,钱某某,${idNumber(2)},`].join('\r\n');
    const imported = await send('post', '/resident-imports', { communityCode: 'wuling', csv }).expect(201);
    expect(imported.body).toMatchObject({ imported: true, householdsCreated: 2 });
    expect(await tallyDisagreements(db(), CREDIT_TALLIES)).toEqual({});

    const mover = imported.body.rows[0].residentId as string;
    await send('post', '/ledger-entries', { residentId: mover, indicatorCode: 'VOL-02', reason: '单元长' }).expect(201);
    // Every household with points becomes AAA: the re-rating moves many levels in one statement.
    await send('put', '/rating-thresholds', { A: 1, AA: 2, AAA: 3 }).expect(200);
    expect(await tallyDisagreements(db(), CREDIT_TALLIES)).toEqual({});
    const aaa = (communities: { levelAAAHouseholds: number }[]) => communities.reduce((sum, item) => sum + item.levelAAAHouseholds, 0);
    expect(aaa(await levels())).toBeGreaterThan(0);
    expect(aaa(await levels())).toBe((await storedLevels()).filter((row) => row.level === 'AAA').reduce((sum, row) => sum + row.n, 0));

    // The points leave WL-9001 with the resident: it falls to unrated, WL-9002 rises to AAA.
    await send('post', `/residents/${mover}/moves`, { communityCode: 'wuling', householdNumber: 'WL-9002' }).expect(201);
    expect(await tallyDisagreements(db(), CREDIT_TALLIES)).toEqual({});
    await send('put', '/rating-thresholds', { A: 30, AA: 60, AAA: 90 }).expect(200);
    expect(await tallyDisagreements(db(), CREDIT_TALLIES)).toEqual({});
  });

  it('follow orders, cancellations, uses and back-dated records, and answer as counting the records from a day before all of them does', async () => {
    const clerk = await platform.identity.token(['records-clerk'], ['wuling'], 'clerk-wuling');
    const wulingOf = (communities: Record<string, number | string>[]) => communities.find((item) => item.communityCode === 'wuling') as Record<string, number>;
    const wulingBefore = wulingOf((await get('/redemption-statistics')).body.communities);
    const household = (await send('post', '/households', { communityCode: 'wuling', householdNumber: 'WL-9101' }).expect(201)).body as {
      cardNumber: string;
    };
    const resident = (
      await send('post', '/residents', { communityCode: 'wuling', householdNumber: 'WL-9101', name: '孙某某', idNumber: idNumber(3) }).expect(201)
    ).body.id as string;
    // 20 + 3 × 4 points: level A, enough for the orders below.
    await send('post', '/ledger-entries', { residentId: resident, indicatorCode: 'VOL-02', reason: '单元长' }).expect(201);
    for (let i = 0; i < 3; i += 1)
      await send('post', '/ledger-entries', { residentId: resident, indicatorCode: 'VOL-01', reason: `志愿服务 ${i}` }).expect(201);

    const goods = (await send('post', '/goods', { code: 'WL-TALLY-TOWEL', communityCode: 'wuling', name: '毛巾', pointPrice: 3, stock: 10 }).expect(201)).body;
    await send('post', '/redemption-orders', { goodsId: goods.id, residentId: resident, quantity: 2 }).expect(201);
    const withdrawn = await send('post', '/redemption-orders', { goodsId: goods.id, residentId: resident }).expect(201);
    await send('post', `/redemption-orders/${withdrawn.body.id}/cancellations`, { reason: '居民申请退还' }).expect(200);
    const exchange = { goodsCode: goods.code, residentId: resident, reason: '补录乌岭兑换登记簿' };
    await request(platform.gatewayUrl)
      .post(api('/historical-redemptions'))
      .set('authorization', `Bearer ${clerk}`)
      .send({ ...exchange, occurredOn: '2026-01-05' })
      .expect(201);
    const mistaken = await request(platform.gatewayUrl)
      .post(api('/historical-redemptions'))
      .set('authorization', `Bearer ${clerk}`)
      .send({ ...exchange, occurredOn: '2026-01-06' })
      .expect(201);
    await send('post', `/redemption-orders/${mistaken.body.id}/cancellations`, { reason: '登记有误' }).expect(200);

    await send('post', '/merchants', {
      code: 'WL-TALLY-SHOP',
      unitCode: 'wuling',
      name: '乌岭信用便利店',
      sectors: ['retail'],
      signedOn: '2026-03-01',
      accountId: 'merchant-tally',
    }).expect(201);
    const gift = { code: 'WL-TALLY-GIFT', merchantCode: 'WL-TALLY-SHOP', title: '购物送礼品', description: '购物送礼品', minimumLevel: 'A' };
    const benefit = (await send('post', '/benefits', gift).expect(201)).body as { id: string };
    const shop = await platform.identity.token(['merchant'], [], 'merchant-tally');
    for (let i = 0; i < 2; i += 1)
      await request(platform.gatewayUrl)
        .post(api('/benefit-uses'))
        .set('authorization', `Bearer ${shop}`)
        .send({ benefitId: benefit.id, cardNumber: household.cardNumber })
        .expect(201);
    for (const occurredOn of ['2026-03-20', '2026-03-21'])
      await request(platform.gatewayUrl)
        .post(api('/historical-benefit-uses'))
        .set('authorization', `Bearer ${clerk}`)
        .send({ benefitCode: gift.code, communityCode: 'wuling', householdNumber: 'WL-9101', occurredOn, reason: '补录礼品登记表' })
        .expect(201);
    expect(await tallyDisagreements(db(), CREDIT_TALLIES)).toEqual({});

    const redemptions = (await get('/redemption-statistics')).body.communities;
    // The demo data has exchanges in 乌岭 already: what this test added is the difference.
    const added = (field: string) => wulingOf(redemptions)[field]! - wulingBefore[field]!;
    expect(['redeemingResidents', 'completedOrders', 'cancelledOrders', 'recordedLateOrders', 'itemsRedeemed'].map(added)).toEqual([1, 2, 2, 1, 3]);
    expect((await get('/redemption-statistics?from=2000-01-01')).body.communities).toEqual(redemptions);
    const uses = (await get('/benefit-statistics')).body.benefits;
    expect(uses.find((item: { benefitCode: string }) => item.benefitCode === gift.code)).toMatchObject({ uses: 4, households: 1, recordedLateUses: 2 });
    expect((await get('/benefit-statistics?from=2000-01-01')).body.benefits).toEqual(uses);
  });
});
