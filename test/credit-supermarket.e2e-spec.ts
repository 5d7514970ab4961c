import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { idNumberCheckCharacter } from '#platform';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

function idNumber(birth: string, sequence: number): string {
  const first17 = `340800${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

describe('credit: credit supermarket (through the gateway)', () => {
  let platform: TestPlatform;
  let staff: string;
  let wulingStaff: string;
  let residentToken: string;
  const residentIds: string[] = [];
  const db = () => platform.databaseUrls.credit!;
  const api = (path: string) => `/api/v1/credit${path}`;
  const post = (token: string, path: string, body: object) => request(platform.gatewayUrl).post(api(path)).set('authorization', `Bearer ${token}`).send(body);

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['credit'] });
    staff = await platform.identity.token(['credit-staff'], ['shengtang'], 'staff-shengtang');
    wulingStaff = await platform.identity.token(['credit-staff'], ['wuling'], 'staff-wuling');
    residentToken = await platform.identity.token(['resident'], [], 'account-0');
    const zone = await platform.identity.token(['credit-staff'], ['zone'], 'staff-zone');
    await post(zone, '/communities', { code: 'shengtang', name: '盛塘', subDistrictCode: 'lingbei', subDistrictName: '菱北办事处', reportedRedeemingResidents: 49 }).expect(201);
    await post(zone, '/communities', { code: 'wuling', name: '乌岭', subDistrictCode: 'lingbei', subDistrictName: '菱北办事处', reportedRedeemingResidents: 30 }).expect(201);
    await post(zone, '/indicators', { code: 'ENV-01', category: 'environment', name: '庭院整洁', points: 10 }).expect(201);
    await post(staff, '/households', { communityCode: 'shengtang', householdNumber: 'ST-0001' }).expect(201);
    for (let i = 0; i < 25; i += 1) {
      const created = await post(staff, '/residents', {
        communityCode: 'shengtang',
        householdNumber: 'ST-0001',
        name: `住户${i}`,
        idNumber: idNumber('19700101', i + 1),
        ...(i === 0 ? { accountId: 'account-0' } : {}),
      }).expect(201);
      residentIds.push(created.body.id);
      await post(staff, '/ledger-entries', { residentId: created.body.id, indicatorCode: 'ENV-01', reason: '庭院整洁' }).expect(201);
    }
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('lists goods publicly and lets only the community\'s staff stock them', async () => {
    await post(wulingStaff, '/goods', { code: 'ST-CUP-01', communityCode: 'shengtang', name: '保温杯', pointPrice: 5, stock: 10 }).expect(403);
    await post(residentToken, '/goods', { code: 'ST-CUP-01', communityCode: 'shengtang', name: '保温杯', pointPrice: 5, stock: 10 }).expect(403);
    await post(staff, '/goods', { code: 'ST-CUP-01', communityCode: 'shengtang', name: '保温杯', pointPrice: 5, stock: 10 }).expect(201);
    const listed = await request(platform.gatewayUrl).get(api('/goods?communityCode=shengtang')).expect(200);
    expect(listed.body.items.filter((item: { code: string }) => item.code === 'ST-CUP-01')).toEqual([expect.objectContaining({ pointPrice: 5, stock: 10 })]);
  });

  it('50 simultaneous orders for the last 10 items: exactly 10 succeed, stock and balances exact', async () => {
    const goods = (await post(staff, '/goods', { code: 'ST-MUG-01', communityCode: 'shengtang', name: '搪瓷杯', pointPrice: 5, stock: 10 }).expect(201)).body;
    const redeemedBefore = new Map((await queryDatabase<{ id: string; redeemed: number }>(db(), `SELECT id, redeemed FROM residents`)).map((row) => [row.id, row.redeemed]));
    const attempts = await Promise.all(Array.from({ length: 50 }, (_, i) => post(staff, '/redemption-orders', { goodsId: goods.id, residentId: residentIds[i % 25] })));
    const succeeded = attempts.filter((response) => response.status === 201);
    expect(succeeded).toHaveLength(10);
    expect(attempts.filter((response) => response.status === 409).every((response) => response.body.type === 'urn:zone-gov:problem:out-of-stock')).toBe(true);
    expect(attempts.filter((response) => response.status !== 201 && response.status !== 409)).toHaveLength(0);

    const [row] = await queryDatabase<{ stock: number }>(db(), `SELECT stock FROM goods WHERE id = $1`, [goods.id]);
    expect(row!.stock).toBe(0);
    const residents = await queryDatabase<{ id: string; redeemed: number; earned: number }>(db(), `SELECT id, redeemed, earned FROM residents`);
    const perResident = new Map<string, number>();
    for (const response of succeeded) perResident.set(response.body.residentId, (perResident.get(response.body.residentId) ?? 0) + 5);
    for (const resident of residents) {
      expect(resident.redeemed - redeemedBefore.get(resident.id)!).toBe(perResident.get(resident.id) ?? 0);
      expect(resident.earned - resident.redeemed).toBeGreaterThanOrEqual(0);
    }
    expect(residents.reduce((sum, resident) => sum + resident.redeemed - redeemedBefore.get(resident.id)!, 0)).toBe(50);
  });

  it('never takes more points than the balance, even under concurrent orders; the score is untouched', async () => {
    await post(staff, '/goods', { code: 'ST-TOWEL-01', communityCode: 'shengtang', name: '毛巾', pointPrice: 4, stock: 100 }).expect(201);
    // A resident of its own, whose balance no other test touches.
    const resident = (await post(staff, '/residents', { communityCode: 'shengtang', householdNumber: 'ST-0001', name: '住户25', idNumber: idNumber('19700101', 26) }).expect(201)).body.id as string;
    await post(staff, '/ledger-entries', { residentId: resident, indicatorCode: 'ENV-01', reason: '庭院整洁' }).expect(201);
    const [before] = await queryDatabase<{ balance: number }>(db(), `SELECT earned - deducted - redeemed AS balance FROM residents WHERE id = $1`, [resident]);
    const attempts = await Promise.all(Array.from({ length: 10 }, () => post(staff, '/redemption-orders', { goodsCode: 'ST-TOWEL-01', residentId: resident })));
    const won = attempts.filter((response) => response.status === 201).length;
    expect(won).toBe(Math.floor(before!.balance / 4));
    expect(attempts.find((response) => response.status === 409)!.body.type).toBe('urn:zone-gov:problem:insufficient-balance');
    const [after] = await queryDatabase<{ balance: number; score: number; stock: number }>(
      db(),
      `SELECT r.earned - r.deducted - r.redeemed AS balance, r.earned - r.deducted AS score, g.stock FROM residents r, goods g WHERE r.id = $1 AND g.code = 'ST-TOWEL-01'`,
      [resident],
    );
    expect(after).toEqual({ balance: before!.balance - 4 * won, score: 10, stock: 100 - won });
  });

  it('cancels an order, returning points and stock once; residents order for themselves', async () => {
    await post(staff, '/goods', { code: 'ST-SALT-01', communityCode: 'shengtang', name: '调味品', pointPrice: 2, stock: 3 }).expect(201);
    // Points to spend, whatever the concurrent-orders test left this resident.
    await post(staff, '/ledger-entries', { residentId: residentIds[0], indicatorCode: 'ENV-01', reason: '庭院整洁' }).expect(201);
    const order = await post(residentToken, '/redemption-orders', { goodsCode: 'ST-SALT-01' }).expect(201);
    expect(order.body).toMatchObject({ residentId: residentIds[0], points: 2, status: 'completed' });
    const mine = await request(platform.gatewayUrl).get(api('/redemption-orders')).set('authorization', `Bearer ${residentToken}`).expect(200);
    expect(mine.body.items.every((item: { residentId: string }) => item.residentId === residentIds[0])).toBe(true);
    await post(residentToken, `/redemption-orders/${order.body.id}/cancellations`, { reason: '不要了' }).expect(403);
    await post(wulingStaff, `/redemption-orders/${order.body.id}/cancellations`, { reason: '不要了' }).expect(403);
    const balanceBefore = (await request(platform.gatewayUrl).get(api('/residents?mine=true')).set('authorization', `Bearer ${residentToken}`).expect(200)).body.items[0].spendableBalance;
    const cancelled = await post(staff, `/redemption-orders/${order.body.id}/cancellations`, { reason: '居民申请退还' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '居民申请退还' });
    await post(staff, `/redemption-orders/${order.body.id}/cancellations`, { reason: '再次' }).expect(409);
    const me = (await request(platform.gatewayUrl).get(api('/residents?mine=true')).set('authorization', `Bearer ${residentToken}`).expect(200)).body.items[0];
    expect(me.spendableBalance).toBe(balanceBefore + 2);
    const [goods] = await queryDatabase<{ stock: number }>(db(), `SELECT stock FROM goods WHERE code = 'ST-SALT-01'`);
    expect(goods!.stock).toBe(3);
    const events = await queryDatabase<{ type: string }>(db(), `SELECT envelope->>'type' AS type FROM outbox WHERE record_key = $1 ORDER BY position`, [order.body.id]);
    expect(events.map((event) => event.type)).toEqual(['zone.credit.redemption-made.v1', 'zone.credit.redemption-cancelled.v1']);
    await post(staff, '/ledger-entries/' + cancelled.body.ledgerEntryId + '/reversals', { reason: '不应走这里' }).expect(409);
  });

  it('reports per-community statistics: reported figures beside recorded ones', async () => {
    const leadership = await platform.identity.token(['leadership'], ['zone']);
    const stats = await request(platform.gatewayUrl).get(api('/redemption-statistics')).set('authorization', `Bearer ${leadership}`).expect(200);
    const shengtang = stats.body.communities.find((item: { communityCode: string }) => item.communityCode === 'shengtang');
    // What the other tests ordered, counted in the database; the statistics must agree.
    const [recorded] = await queryDatabase<{ residents: number; cancelled: number }>(
      db(),
      `SELECT count(DISTINCT resident_id) FILTER (WHERE status = 'completed')::int AS residents, count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled FROM redemption_orders`,
    );
    expect(shengtang).toMatchObject({ reportedRedeemingResidents: 49, recordedRedeemingResidents: recorded!.residents, cancelledOrders: recorded!.cancelled });
    expect(stats.body.communities.find((item: { communityCode: string }) => item.communityCode === 'wuling')).toMatchObject({ reportedRedeemingResidents: 30, completedOrders: 0 });
    await request(platform.gatewayUrl).get(api('/redemption-statistics')).set('authorization', `Bearer ${residentToken}`).expect(403);
  });
});
