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

const CAR_SHOP = {
  code: 'LB-CAR-01',
  unitCode: 'lingbei',
  name: '共建汽车维修店',
  sectors: ['transport', 'services'],
  signedOn: '2026-03-01',
  accountId: 'merchant-car',
};

describe('credit: partner merchants, benefits and card verification (through the gateway)', () => {
  let platform: TestPlatform;
  let subDistrictStaff: string;
  let wulingStaff: string;
  let carShop: string;
  let property: string;
  let residentToken: string;
  const households: Record<string, { id: string; cardNumber: string }> = {};
  const benefits: Record<string, string> = {};
  let shopCount = 0;
  const api = (path: string) => `/api/v1/credit${path}`;
  const post = (token: string | undefined, path: string, body: object) => {
    const call = request(platform.gatewayUrl).post(api(path));
    return (token === undefined ? call : call.set('authorization', `Bearer ${token}`)).send(body);
  };
  const get = (token: string, path: string) => request(platform.gatewayUrl).get(api(path)).set('authorization', `Bearer ${token}`);

  /**
   * A shop of its own, signed for 盛塘 in a sector the listing test does not read, with a benefit for level A and one for AA:
   * the uses and statistics a test reads for it hold only what that test recorded.
   */
  async function newShop() {
    shopCount += 1;
    const code = `ST-SHOP-${shopCount}`;
    const name = `信用便利店${shopCount}`;
    const accountId = `merchant-shop-${shopCount}`;
    const signed = await post(subDistrictStaff, '/merchants', {
      code,
      unitCode: 'shengtang',
      name,
      sectors: ['retail'],
      signedOn: '2026-03-01',
      accountId,
    }).expect(201);
    const benefit = async (suffix: string, title: string, minimumLevel: 'A' | 'AA') =>
      (await post(subDistrictStaff, '/benefits', { code: `${code}-${suffix}`, merchantCode: code, title, description: title, minimumLevel }).expect(201))
        .body as { id: string; code: string };
    return {
      id: signed.body.id as string,
      code,
      name,
      token: await platform.identity.token(['merchant'], [], accountId),
      gift: await benefit('GIFT', '购物送礼品', 'A'),
      discount: await benefit('DISCOUNT', '购物九折', 'AA'),
    };
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['credit'] });
    subDistrictStaff = await platform.identity.token(['credit-staff'], ['lingbei'], 'staff-lingbei');
    wulingStaff = await platform.identity.token(['credit-staff'], ['wuling'], 'staff-wuling');
    carShop = await platform.identity.token(['merchant'], [], 'merchant-car');
    property = await platform.identity.token(['merchant'], [], 'merchant-gushu');
    residentToken = await platform.identity.token(['resident'], [], 'account-aa');
    const zone = await platform.identity.token(['credit-staff'], ['zone'], 'staff-zone');
    for (const [code, name] of [
      ['shengtang', '盛塘'],
      ['wuling', '乌岭'],
    ]) {
      await post(zone, '/communities', { code, name, subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' }).expect(201);
    }
    await post(zone, '/indicators', { code: 'VOL-02', category: 'volunteer-activities', name: '担任志愿服务单元长', points: 35 }).expect(201);
    for (const [number, points, account, sequence] of [
      ['ST-0001', 2, 'account-aa', 1],
      ['ST-0002', 1, undefined, 2],
    ] as const) {
      const household = await post(subDistrictStaff, '/households', { communityCode: 'shengtang', householdNumber: number }).expect(201);
      households[number] = household.body;
      const resident = await post(subDistrictStaff, '/residents', {
        communityCode: 'shengtang',
        householdNumber: number,
        name: '某某',
        idNumber: idNumber('19700101', sequence),
        ...(account === undefined ? {} : { accountId: account }),
      }).expect(201);
      for (let i = 0; i < points; i += 1)
        await post(subDistrictStaff, '/ledger-entries', { residentId: resident.body.id, indicatorCode: 'VOL-02', reason: '单元长' }).expect(201);
    }
    // The sub-district's merchants and their benefits, which every test uses.
    await post(subDistrictStaff, '/merchants', CAR_SHOP).expect(201);
    await post(subDistrictStaff, '/merchants', {
      code: 'LB-GUSHU',
      unitCode: 'lingbei',
      name: '古树物业',
      sectors: ['property-management', 'services'],
      signedOn: '2026-03-01',
      accountId: 'merchant-gushu',
    }).expect(201);
    for (const [code, merchantCode, title, minimumLevel] of [
      ['LB-CAR-01-SERVICE', 'LB-CAR-01', '汽车保养八折', 'AA'],
      ['LB-CAR-01-WASH', 'LB-CAR-01', '洗车优惠5元', 'AA'],
      ['LB-GUSHU-GIFT', 'LB-GUSHU', '缴物业费送礼品', 'A'],
      ['LB-GUSHU-FEE', 'LB-GUSHU', '减免一个月物业费', 'AA'],
    ] as const) {
      const created = await post(subDistrictStaff, '/benefits', { code, merchantCode, title, description: title, minimumLevel }).expect(201);
      benefits[code] = created.body.id;
    }
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('signs merchants with the sub-district or a community, by their staff only, and lists benefits publicly', async () => {
    // The sub-district's own were signed in beforeAll; others may not sign for it.
    const car = { ...CAR_SHOP, code: 'LB-CAR-02' };
    await post(wulingStaff, '/merchants', car).expect(403);
    await post(carShop, '/merchants', car).expect(403);
    await post(wulingStaff, '/merchants', { code: 'WL-LIB', unitCode: 'wuling', name: '信用图书馆', sectors: ['culture'], signedOn: '2026-03-05' }).expect(201);
    await post(subDistrictStaff, '/merchants', { code: 'XX-1', unitCode: 'nowhere', name: 'x', sectors: ['retail'], signedOn: '2026-03-05' }).expect(422);

    // Sectors are a list: at least one, each a known sector, none twice; the filter finds a merchant by any of them.
    const invalid = (sectors: unknown) =>
      post(wulingStaff, '/merchants', { code: 'WL-BAD', unitCode: 'wuling', name: '无效商户', sectors, signedOn: '2026-03-05' }).expect(400);
    expect((await invalid([])).body.errors.map((error: { field: string }) => error.field)).toContain('sectors');
    await invalid(['culture', 'culture']);
    await invalid(['mining']);
    await invalid('culture');
    const sectorOf = async (sector: string) =>
      (
        await request(platform.gatewayUrl)
          .get(api(`/merchants?sector=${sector}`))
          .expect(200)
      ).body.items.map((item: { code: string }) => item.code);
    expect(await sectorOf('services')).toEqual(['LB-CAR-01', 'LB-GUSHU']);
    expect(await sectorOf('transport')).toEqual(['LB-CAR-01']);
    expect(await sectorOf('culture')).toEqual(['WL-LIB']);
    expect(await sectorOf('medical')).toEqual([]);
    await request(platform.gatewayUrl).get(api('/merchants?sector=mining')).expect(400);
    const listed = await request(platform.gatewayUrl).get(api('/merchants?unitCode=lingbei')).expect(200);
    expect(listed.body.items.map((item: { code: string; sectors: string[] }) => [item.code, item.sectors])).toEqual([
      ['LB-CAR-01', ['transport', 'services']],
      ['LB-GUSHU', ['property-management', 'services']],
    ]);

    // Other tests sign shops of their own, so the benefits are read per merchant signed in beforeAll.
    const [carShopId, gushuId] = listed.body.items.map((item: { id: string }) => item.id);
    const benefitsOf = async (query: string) =>
      (
        await request(platform.gatewayUrl)
          .get(api(`/benefits?${query}`))
          .expect(200)
      ).body.items.map((item: { code: string }) => item.code);
    expect([...(await benefitsOf(`merchantId=${carShopId}`)), ...(await benefitsOf(`merchantId=${gushuId}`))].sort()).toEqual(
      ['LB-CAR-01-SERVICE', 'LB-CAR-01-WASH', 'LB-GUSHU-FEE', 'LB-GUSHU-GIFT'].sort(),
    );
    expect(await benefitsOf(`merchantId=${gushuId}&forLevel=A`)).toEqual(['LB-GUSHU-GIFT']);
    expect(await benefitsOf(`merchantId=${carShopId}&forLevel=A`)).toEqual([]);
  });

  it("answers a merchant's verification with yes or no only, by card number or signed QR code", async () => {
    const aa = households['ST-0001']!;
    const a = households['ST-0002']!;
    const yes = await post(carShop, '/card-verifications', { benefitId: benefits['LB-CAR-01-SERVICE'], cardNumber: aa.cardNumber }).expect(200);
    expect(Object.keys(yes.body).sort()).toEqual(['benefitId', 'checkedAt', 'qualifies']);
    expect(yes.body.qualifies).toBe(true);
    expect(
      (await post(carShop, '/card-verifications', { benefitId: benefits['LB-CAR-01-SERVICE'], cardNumber: a.cardNumber }).expect(200)).body.qualifies,
    ).toBe(false);
    expect((await post(property, '/card-verifications', { benefitId: benefits['LB-GUSHU-GIFT'], cardNumber: a.cardNumber }).expect(200)).body.qualifies).toBe(
      true,
    );
    expect(
      (await post(carShop, '/card-verifications', { benefitId: benefits['LB-CAR-01-SERVICE'], cardNumber: 'XY-0000-0000-0000' }).expect(200)).body.qualifies,
    ).toBe(false);

    const card = await get(residentToken, `/households/${aa.id}/cards`).expect(200);
    expect(card.body.level).toBe('AA');
    expect(
      (await post(carShop, '/card-verifications', { benefitId: benefits['LB-CAR-01-WASH'], qrPayload: card.body.qrPayload }).expect(200)).body.qualifies,
    ).toBe(true);
    const [prefix, body, signature] = card.body.qrPayload.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), c: a.cardNumber })).toString('base64url');
    const refused = await post(carShop, '/card-verifications', { benefitId: benefits['LB-CAR-01-WASH'], qrPayload: `${prefix}.${forged}.${signature}` }).expect(
      422,
    );
    expect(refused.body.type).toBe('urn:zone-gov:problem:card-qr-bad-signature');

    await post(property, '/card-verifications', { benefitId: benefits['LB-CAR-01-SERVICE'], cardNumber: aa.cardNumber }).expect(404);
    await post(residentToken, '/card-verifications', { benefitId: benefits['LB-CAR-01-SERVICE'], cardNumber: aa.cardNumber }).expect(403);
    await post(undefined, '/card-verifications', { benefitId: benefits['LB-CAR-01-SERVICE'], cardNumber: aa.cardNumber }).expect(401);
    await post(carShop, '/card-verifications', { benefitId: benefits['LB-CAR-01-SERVICE'] }).expect(400);
    await get(carShop, `/households/${aa.id}`).expect(403);
    await get(carShop, '/residents').expect(403);
  });

  it('records uses for qualifying holders only, shows merchants no household, and reports statistics', async () => {
    const aa = households['ST-0001']!;
    const a = households['ST-0002']!;
    const shop = await newShop();
    const use = await post(shop.token, '/benefit-uses', { benefitId: shop.discount.id, cardNumber: aa.cardNumber }).expect(201);
    expect(use.body.householdId).toBeUndefined();
    await post(shop.token, '/benefit-uses', { benefitId: shop.gift.id, cardNumber: aa.cardNumber }).expect(201);
    await post(shop.token, '/benefit-uses', { benefitId: shop.gift.id, cardNumber: a.cardNumber }).expect(201);
    const refused = await post(shop.token, '/benefit-uses', { benefitId: shop.discount.id, cardNumber: a.cardNumber }).expect(422);
    expect(refused.body.type).toBe('urn:zone-gov:problem:benefit-not-qualified');

    const merchantView = await get(shop.token, '/benefit-uses').expect(200);
    expect(merchantView.body.items).toHaveLength(3);
    expect(merchantView.body.items.every((item: object) => !('householdId' in item))).toBe(true);
    expect((await get(carShop, '/benefit-uses').expect(200)).body.items).toHaveLength(0);
    const staffView = async (benefitId: string) =>
      (await get(subDistrictStaff, `/benefit-uses?benefitId=${benefitId}`).expect(200)).body.items.map((item: { householdId: string }) => item.householdId);
    expect([...(await staffView(shop.discount.id)), ...(await staffView(shop.gift.id))].sort()).toEqual([aa.id, aa.id, a.id].sort());
    expect((await get(wulingStaff, '/benefit-uses').expect(200)).body.items).toHaveLength(0);

    const leadership = await platform.identity.token(['leadership'], ['zone']);
    const stats = await get(leadership, `/benefit-statistics?merchantId=${shop.id}`).expect(200);
    const byTitle = Object.fromEntries(stats.body.benefits.map((item: { title: string }) => [item.title, item]));
    expect(stats.body).toMatchObject({ period: { from: null, to: clock.today() } });
    expect(byTitle['购物九折']).toMatchObject({ merchantCode: shop.code, benefitCode: shop.discount.code, uses: 1, households: 1, recordedLateUses: 0 });
    expect(byTitle['购物送礼品']).toMatchObject({ merchantName: shop.name, uses: 2, households: 2, recordedLateUses: 0 });
    await get(shop.token, '/benefit-statistics').expect(403);
  });

  it('a records clerk enters a back-dated use with a reason; it counts from its business date on', async () => {
    const clerk = await platform.identity.token(['records-clerk'], ['shengtang'], 'clerk-shengtang');
    const wulingClerk = await platform.identity.token(['records-clerk'], ['wuling'], 'clerk-wuling');
    const shop = await newShop();
    // One use recorded today at the counter, by the AA household, beside the back-dated one.
    await post(shop.token, '/benefit-uses', { benefitId: shop.discount.id, cardNumber: households['ST-0001']!.cardNumber }).expect(201);
    const history = {
      benefitCode: shop.discount.code,
      communityCode: 'shengtang',
      householdNumber: 'ST-0002',
      occurredOn: '2026-03-20',
      reason: '补录古树物业2026年3月减免登记表',
    };
    await post(subDistrictStaff, '/historical-benefit-uses', history).expect(403);
    await post(shop.token, '/historical-benefit-uses', history).expect(403);
    await post(wulingClerk, '/historical-benefit-uses', history).expect(404);
    const { reason: _reason, ...withoutReason } = history;
    await post(clerk, '/historical-benefit-uses', withoutReason).expect(400);
    for (const occurredOn of [clock.today(), addCalendarDays(clock.today(), 3)]) {
      expect((await post(clerk, '/historical-benefit-uses', { ...history, occurredOn }).expect(422)).body.type).toMatch(/history-date-out-of-range$/);
    }
    // Before the shop signed (2026-03-01) there was no benefit to use.
    expect((await post(clerk, '/historical-benefit-uses', { ...history, occurredOn: '2026-02-27' }).expect(422)).body.type).toMatch(/date-order$/);
    // The household is rated A today, below the benefit's AA: the level back then is not known, so not checked.
    const created = await post(clerk, '/historical-benefit-uses', history).expect(201);
    expect(created.body).toMatchObject({ usedOn: '2026-03-20', recordedLate: true, householdId: households['ST-0002']!.id });
    const audit = await queryDatabase<{ action: string; details: { reason: string } }>(
      platform.databaseUrls.credit!,
      `SELECT action, details FROM audit_log WHERE target_id = $1`,
      [created.body.id],
    );
    expect(audit).toEqual([{ action: 'benefit.use.record-history', details: expect.objectContaining({ reason: history.reason, occurredOn: '2026-03-20' }) }]);
    expect((await get(clerk, '/historical-benefit-uses').expect(200)).body.items.map((item: { id: string }) => item.id)).toEqual([created.body.id]);
    expect((await get(wulingClerk, '/historical-benefit-uses').expect(200)).body.items).toEqual([]);

    const leadership = await platform.identity.token(['leadership'], ['zone']);
    const fee = async (query: string) => (await get(leadership, `/benefit-statistics?benefitCode=${shop.discount.code}${query}`).expect(200)).body.benefits;
    expect(await fee('&asOf=2026-03-19')).toEqual([expect.objectContaining({ uses: 0, households: 0 })]);
    expect(await fee('&asOf=2026-03-20')).toEqual([expect.objectContaining({ uses: 1, households: 1, recordedLateUses: 1 })]);
    expect(await fee('&from=2026-03-01&to=2026-03-31')).toEqual([expect.objectContaining({ uses: 1, recordedLateUses: 1 })]);
    expect(await fee('')).toEqual([expect.objectContaining({ uses: 2, households: 2, recordedLateUses: 1 })]);
    expect(await fee(`&from=${clock.today()}`)).toEqual([expect.objectContaining({ uses: 1, recordedLateUses: 0 })]);
    const merchant = (await get(subDistrictStaff, '/merchants?limit=10').expect(200)).body.items.find((item: { code: string }) => item.code === 'LB-CAR-01');
    expect(
      (await get(leadership, `/benefit-statistics?merchantId=${merchant.id}`).expect(200)).body.benefits.map(
        (item: { benefitCode: string }) => item.benefitCode,
      ),
    ).toEqual(['LB-CAR-01-SERVICE', 'LB-CAR-01-WASH']);
    expect((await get(leadership, '/benefit-statistics?from=2026-04-01&to=2026-03-01').expect(422)).body.type).toMatch(/date-order$/);
  });

  it('counts households per rating level and community as of a day, from the rating history', async () => {
    const leadership = await platform.identity.token(['leadership'], ['zone']);
    const levels = await get(leadership, '/rating-level-statistics').expect(200);
    expect(levels.body.asOf).toBe(clock.today());
    // ST-0001 reached AA (70 points), ST-0002 A (35) today; 乌岭 has no households.
    expect(levels.body.communities).toEqual([
      {
        subDistrictCode: 'lingbei',
        subDistrictName: '菱北办事处',
        communityCode: 'shengtang',
        communityName: '盛塘',
        households: 2,
        unratedHouseholds: 0,
        levelAHouseholds: 1,
        levelAAHouseholds: 1,
        levelAAAHouseholds: 0,
      },
      {
        subDistrictCode: 'lingbei',
        subDistrictName: '菱北办事处',
        communityCode: 'wuling',
        communityName: '乌岭',
        households: 0,
        unratedHouseholds: 0,
        levelAHouseholds: 0,
        levelAAHouseholds: 0,
        levelAAAHouseholds: 0,
      },
    ]);
    // The day before, none of the households had been registered.
    const before = await get(leadership, `/rating-level-statistics?communityCode=shengtang&asOf=${addCalendarDays(clock.today(), -1)}`).expect(200);
    expect(before.body.communities).toEqual([expect.objectContaining({ communityCode: 'shengtang', households: 0 })]);
    expect((await get(leadership, '/rating-level-statistics?subDistrictCode=laofeng').expect(200)).body.communities).toEqual([]);
    await get(property, '/rating-level-statistics').expect(403);
  });
});
