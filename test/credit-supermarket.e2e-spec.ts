import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { addCalendarDays } from '#working-calendar/core';
import { clock } from '#platform/clock';
import { idNumberCheckCharacter } from '#platform/personal-data';
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
  let subDistrictStaff: string;
  let residentToken: string;
  let residentCount = 0;
  let goodsCount = 0;
  // 罗冲 is read only by the statistics test and 东坪 only by the cancelled back-dated exchange, so their counts are exact.
  const households: Record<string, string> = { shengtang: 'ST-0001', luochong: 'LC-0001', dongping: 'DP-0001' };
  const db = () => platform.databaseUrls.credit!;
  const api = (path: string) => `/api/v1/credit${path}`;
  const post = (token: string, path: string, body: object) => request(platform.gatewayUrl).post(api(path)).set('authorization', `Bearer ${token}`).send(body);

  /** A resident of its own, with ten points per award, so the balance and orders a test reads are only its own. */
  async function newResident(communityCode: string, awards: number, accountId?: string): Promise<string> {
    residentCount += 1;
    const created = await post(subDistrictStaff, '/residents', {
      communityCode,
      householdNumber: households[communityCode],
      name: `住户${residentCount}`,
      idNumber: idNumber('19700101', residentCount),
      ...(accountId === undefined ? {} : { accountId }),
    }).expect(201);
    for (let i = 0; i < awards; i += 1)
      await post(subDistrictStaff, '/ledger-entries', { residentId: created.body.id, indicatorCode: 'ENV-01', reason: '庭院整洁' }).expect(201);
    return created.body.id;
  }

  async function newGoods(communityCode: string, name: string, pointPrice: number, stock: number): Promise<{ id: string; code: string }> {
    goodsCount += 1;
    return (await post(subDistrictStaff, '/goods', { code: `GOODS-${goodsCount}`, communityCode, name, pointPrice, stock }).expect(201)).body;
  }

  const stockOf = async (goodsId: string) => (await queryDatabase<{ stock: number }>(db(), `SELECT stock FROM goods WHERE id = $1`, [goodsId]))[0]!.stock;

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['credit'] });
    staff = await platform.identity.token(['credit-staff'], ['shengtang'], 'staff-shengtang');
    wulingStaff = await platform.identity.token(['credit-staff'], ['wuling'], 'staff-wuling');
    subDistrictStaff = await platform.identity.token(['credit-staff'], ['lingbei'], 'staff-lingbei');
    residentToken = await platform.identity.token(['resident'], [], 'account-0');
    const zone = await platform.identity.token(['credit-staff'], ['zone'], 'staff-zone');
    for (const [code, name] of [
      ['shengtang', '盛塘'],
      ['wuling', '乌岭'],
      ['luochong', '罗冲'],
      ['dongping', '东坪'],
    ]) {
      await post(zone, '/communities', { code, name, subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' }).expect(201);
    }
    await post(zone, '/indicators', { code: 'ENV-01', category: 'environment', name: '庭院整洁', points: 10 }).expect(201);
    for (const [communityCode, householdNumber] of Object.entries(households))
      await post(subDistrictStaff, '/households', { communityCode, householdNumber }).expect(201);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it("lists goods publicly and lets only the community's staff stock them", async () => {
    await post(wulingStaff, '/goods', { code: 'ST-CUP-01', communityCode: 'shengtang', name: '保温杯', pointPrice: 5, stock: 10 }).expect(403);
    await post(residentToken, '/goods', { code: 'ST-CUP-01', communityCode: 'shengtang', name: '保温杯', pointPrice: 5, stock: 10 }).expect(403);
    await post(staff, '/goods', { code: 'ST-CUP-01', communityCode: 'shengtang', name: '保温杯', pointPrice: 5, stock: 10 }).expect(201);
    const listed = await request(platform.gatewayUrl).get(api('/goods?communityCode=shengtang')).expect(200);
    expect(listed.body.items.filter((item: { code: string }) => item.code === 'ST-CUP-01')).toEqual([expect.objectContaining({ pointPrice: 5, stock: 10 })]);
  });

  it('50 simultaneous orders for the last 10 items: exactly 10 succeed, stock and balances exact', async () => {
    const goods = await newGoods('shengtang', '搪瓷杯', 5, 10);
    // Twenty-five residents of its own with ten points each: enough for two orders apiece.
    const residentIds: string[] = [];
    for (let i = 0; i < 25; i += 1) residentIds.push(await newResident('shengtang', 1));
    const attempts = await Promise.all(
      Array.from({ length: 50 }, (_, i) => post(staff, '/redemption-orders', { goodsId: goods.id, residentId: residentIds[i % 25] })),
    );
    const succeeded = attempts.filter((response) => response.status === 201);
    expect(succeeded).toHaveLength(10);
    expect(attempts.filter((response) => response.status === 409).every((response) => response.body.type === 'urn:zone-gov:problem:out-of-stock')).toBe(true);
    expect(attempts.filter((response) => response.status !== 201 && response.status !== 409)).toHaveLength(0);

    expect(await stockOf(goods.id)).toBe(0);
    const residents = await queryDatabase<{ id: string; redeemed: number; earned: number }>(
      db(),
      `SELECT id, redeemed, earned FROM residents WHERE id = ANY($1)`,
      [residentIds],
    );
    expect(residents).toHaveLength(25);
    const perResident = new Map<string, number>();
    for (const response of succeeded) perResident.set(response.body.residentId, (perResident.get(response.body.residentId) ?? 0) + 5);
    for (const resident of residents) {
      expect(resident.redeemed).toBe(perResident.get(resident.id) ?? 0);
      expect(resident.earned - resident.redeemed).toBeGreaterThanOrEqual(0);
    }
    expect(residents.reduce((sum, resident) => sum + resident.redeemed, 0)).toBe(50);
  });

  it('never takes more points than the balance, even under concurrent orders; the score is untouched', async () => {
    const goods = await newGoods('shengtang', '毛巾', 4, 100);
    const resident = await newResident('shengtang', 1);
    const [before] = await queryDatabase<{ balance: number }>(db(), `SELECT earned - deducted - redeemed AS balance FROM residents WHERE id = $1`, [resident]);
    const attempts = await Promise.all(Array.from({ length: 10 }, () => post(staff, '/redemption-orders', { goodsCode: goods.code, residentId: resident })));
    const won = attempts.filter((response) => response.status === 201).length;
    expect(won).toBe(Math.floor(before!.balance / 4));
    expect(attempts.find((response) => response.status === 409)!.body.type).toBe('urn:zone-gov:problem:insufficient-balance');
    const [after] = await queryDatabase<{ balance: number; score: number; stock: number }>(
      db(),
      `SELECT r.earned - r.deducted - r.redeemed AS balance, r.earned - r.deducted AS score, g.stock FROM residents r, goods g WHERE r.id = $1 AND g.id = $2`,
      [resident, goods.id],
    );
    expect(after).toEqual({ balance: before!.balance - 4 * won, score: 10, stock: 100 - won });
  });

  it('cancels an order, returning points and stock once; residents order for themselves', async () => {
    const goods = await newGoods('shengtang', '调味品', 2, 3);
    const residentId = await newResident('shengtang', 1, 'account-salt');
    const residentToken = await platform.identity.token(['resident'], [], 'account-salt');
    const order = await post(residentToken, '/redemption-orders', { goodsCode: goods.code }).expect(201);
    expect(order.body).toMatchObject({ residentId, points: 2, status: 'completed' });
    const mine = await request(platform.gatewayUrl).get(api('/redemption-orders')).set('authorization', `Bearer ${residentToken}`).expect(200);
    expect(mine.body.items.map((item: { id: string; residentId: string }) => [item.id, item.residentId])).toEqual([[order.body.id, residentId]]);
    await post(residentToken, `/redemption-orders/${order.body.id}/cancellations`, { reason: '不要了' }).expect(403);
    await post(wulingStaff, `/redemption-orders/${order.body.id}/cancellations`, { reason: '不要了' }).expect(403);
    const balanceBefore = (await request(platform.gatewayUrl).get(api('/residents?mine=true')).set('authorization', `Bearer ${residentToken}`).expect(200)).body
      .items[0].spendableBalance;
    const cancelled = await post(staff, `/redemption-orders/${order.body.id}/cancellations`, { reason: '居民申请退还' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '居民申请退还' });
    await post(staff, `/redemption-orders/${order.body.id}/cancellations`, { reason: '再次' }).expect(409);
    const me = (await request(platform.gatewayUrl).get(api('/residents?mine=true')).set('authorization', `Bearer ${residentToken}`).expect(200)).body.items[0];
    expect(me.spendableBalance).toBe(balanceBefore + 2);
    expect(await stockOf(goods.id)).toBe(3);
    const events = await queryDatabase<{ type: string }>(db(), `SELECT envelope->>'type' AS type FROM outbox WHERE record_key = $1 ORDER BY position`, [
      order.body.id,
    ]);
    expect(events.map((event) => event.type)).toEqual(['zone.credit.redemption-made.v1', 'zone.credit.redemption-cancelled.v1']);
    await post(staff, '/ledger-entries/' + cancelled.body.ledgerEntryId + '/reversals', { reason: '不应走这里' }).expect(409);
  });

  it('a records clerk enters a back-dated exchange with a reason; nobody else may, and today or later is refused', async () => {
    const clerk = await platform.identity.token(['records-clerk'], ['shengtang'], 'clerk-shengtang');
    const wulingClerk = await platform.identity.token(['records-clerk'], ['wuling'], 'clerk-wuling');
    const goods = await newGoods('shengtang', '保温杯', 5, 10);
    const history = {
      goodsCode: goods.code,
      residentId: await newResident('shengtang', 1),
      quantity: 2,
      occurredOn: '2026-03-14',
      reason: '补录上线前兑换登记簿第2页',
    };
    await post(staff, '/historical-redemptions', history).expect(403);
    await post(residentToken, '/historical-redemptions', history).expect(403);
    await post(wulingClerk, '/historical-redemptions', history).expect(404);
    const { reason: _reason, ...withoutReason } = history;
    await post(clerk, '/historical-redemptions', withoutReason).expect(400);
    for (const occurredOn of [clock.today(), addCalendarDays(clock.today(), 1), '2018-12-31']) {
      const refused = await post(clerk, '/historical-redemptions', { ...history, occurredOn }).expect(422);
      expect(refused.body.type).toMatch(/history-date-out-of-range$/);
    }
    const created = await post(clerk, '/historical-redemptions', history).expect(201);
    expect(created.body).toMatchObject({ occurredOn: '2026-03-14', recordedLate: true, status: 'completed', quantity: 2, points: 10 });
    expect(await stockOf(goods.id)).toBe(10);
    const [entry] = await queryDatabase<{ occurred_on: string; kind: string }>(db(), `SELECT occurred_on::text, kind FROM ledger_entries WHERE id = $1`, [
      created.body.ledgerEntryId,
    ]);
    expect(entry).toEqual({ occurred_on: '2026-03-14', kind: 'redemption' });
    const audit = await queryDatabase<{ action: string; actor_id: string; details: { reason: string; occurredOn: string } }>(
      db(),
      `SELECT action, actor_id, details FROM audit_log WHERE target_id = $1`,
      [created.body.id],
    );
    expect(audit).toEqual([
      {
        action: 'redemption-order.record-history',
        actor_id: 'clerk-shengtang',
        details: expect.objectContaining({ reason: history.reason, occurredOn: '2026-03-14' }),
      },
    ]);
    const listed = await request(platform.gatewayUrl).get(api('/historical-redemptions')).set('authorization', `Bearer ${clerk}`).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([created.body.id]);
    const wulingList = await request(platform.gatewayUrl).get(api('/historical-redemptions')).set('authorization', `Bearer ${wulingClerk}`).expect(200);
    expect(wulingList.body.items).toEqual([]);
  });

  it('counts redemptions per community by business date, as of a day or over a period, with the sub-district', async () => {
    // In 罗冲: an exchange of two items back-dated to 2026-03-14, and today one order kept and one cancelled by another resident.
    const goods = await newGoods('luochong', '搪瓷杯', 5, 10);
    const clerk = await platform.identity.token(['records-clerk'], ['luochong'], 'clerk-luochong');
    const history = {
      goodsCode: goods.code,
      residentId: await newResident('luochong', 1),
      quantity: 2,
      occurredOn: '2026-03-14',
      reason: '补录罗冲兑换登记簿',
    };
    await post(clerk, '/historical-redemptions', history).expect(201);
    const buyer = await newResident('luochong', 1);
    await post(subDistrictStaff, '/redemption-orders', { goodsId: goods.id, residentId: buyer }).expect(201);
    const withdrawn = await post(subDistrictStaff, '/redemption-orders', { goodsId: goods.id, residentId: buyer }).expect(201);
    await post(subDistrictStaff, `/redemption-orders/${withdrawn.body.id}/cancellations`, { reason: '居民申请退还' }).expect(200);

    const leadership = await platform.identity.token(['leadership'], ['zone']);
    const stats = (query: string) =>
      request(platform.gatewayUrl)
        .get(api(`/redemption-statistics${query}`))
        .set('authorization', `Bearer ${leadership}`);
    const luochongOf = (body: { communities: { communityCode: string }[] }) => body.communities.find((item) => item.communityCode === 'luochong');
    const today = (await stats('').expect(200)).body;
    expect(today).toMatchObject({ period: { from: null, to: clock.today() } });
    expect(luochongOf(today)).toMatchObject({
      subDistrictCode: 'lingbei',
      subDistrictName: '菱北办事处',
      redeemingResidents: 2,
      completedOrders: 2,
      cancelledOrders: 1,
      recordedLateOrders: 1,
    });
    expect(today.communities.find((item: { communityCode: string }) => item.communityCode === 'wuling')).toMatchObject({
      redeemingResidents: 0,
      completedOrders: 0,
    });
    // The back-dated exchange counts from its business date on, not from the day it was entered.
    expect(luochongOf((await stats('?asOf=2026-03-13').expect(200)).body)).toMatchObject({ redeemingResidents: 0, completedOrders: 0, itemsRedeemed: 0 });
    expect(luochongOf((await stats('?asOf=2026-03-14').expect(200)).body)).toMatchObject({
      redeemingResidents: 1,
      completedOrders: 1,
      itemsRedeemed: 2,
      pointsRedeemed: 10,
      recordedLateOrders: 1,
    });
    const period = (await stats('?from=2026-03-01&to=2026-03-31').expect(200)).body;
    expect(period).toMatchObject({ period: { from: '2026-03-01', to: '2026-03-31' } });
    expect(luochongOf(period)).toMatchObject({ completedOrders: 1 });
    expect(luochongOf((await stats('?from=2026-03-15&to=2026-03-31').expect(200)).body)).toMatchObject({ completedOrders: 0 });
    expect(luochongOf((await stats(`?from=${clock.today()}`).expect(200)).body)).toMatchObject({ recordedLateOrders: 0 });
    expect((await stats('?subDistrictCode=lingbei').expect(200)).body.communities.map((item: { communityCode: string }) => item.communityCode)).toEqual([
      'dongping',
      'luochong',
      'shengtang',
      'wuling',
    ]);
    expect((await stats('?subDistrictCode=laofeng').expect(200)).body.communities).toEqual([]);
    expect((await stats('?from=2026-04-01&to=2026-03-31').expect(422)).body.type).toMatch(/date-order$/);
    await stats('?asOf=2026-04-30&to=2026-04-30').expect(400);
    await stats('?asOf=2026-02-30').expect(400);
    await request(platform.gatewayUrl).get(api('/redemption-statistics')).set('authorization', `Bearer ${residentToken}`).expect(403);
  });

  it('cancelling a back-dated exchange returns the points but no stock, and counts as cancelled from that day', async () => {
    const clerk = await platform.identity.token(['records-clerk'], ['lingbei'], 'clerk-lingbei');
    const goods = await newGoods('dongping', '保温杯', 5, 10);
    const created = await post(clerk, '/historical-redemptions', {
      goodsCode: goods.code,
      residentId: await newResident('dongping', 1),
      occurredOn: '2026-02-10',
      reason: '补录上线前兑换登记簿第1页',
    }).expect(201);
    await post(subDistrictStaff, `/redemption-orders/${created.body.id}/cancellations`, { reason: '登记有误' }).expect(200);
    expect(await stockOf(goods.id)).toBe(10);
    const leadership = await platform.identity.token(['leadership'], ['zone']);
    const february = await request(platform.gatewayUrl)
      .get(api('/redemption-statistics?communityCode=dongping&from=2026-02-01&to=2026-02-28'))
      .set('authorization', `Bearer ${leadership}`)
      .expect(200);
    // Cancelled today: on 2026-02-28 the exchange still stood.
    expect(february.body.communities).toEqual([expect.objectContaining({ communityCode: 'dongping', completedOrders: 1, cancelledOrders: 0 })]);
    const now = await request(platform.gatewayUrl)
      .get(api('/redemption-statistics?communityCode=dongping&asOf=2026-02-10'))
      .set('authorization', `Bearer ${leadership}`)
      .expect(200);
    expect(now.body.communities).toEqual([expect.objectContaining({ completedOrders: 1, cancelledOrders: 0, recordedLateOrders: 1 })]);
    const today = await request(platform.gatewayUrl)
      .get(api('/redemption-statistics?communityCode=dongping'))
      .set('authorization', `Bearer ${leadership}`)
      .expect(200);
    expect(today.body.communities).toEqual([expect.objectContaining({ completedOrders: 0, cancelledOrders: 1 })]);
  });
});
