import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { clock } from '#platform/clock';
import { idNumberCheckCharacter } from '#platform/personal-data';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

/** A fictional but valid ID number: 安庆 city code, the birth date given, a sequence, its check digit. */
function idNumber(birth: string, sequence: number): string {
  const first17 = `340800${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

describe('credit: residents, ledger, ratings (through the gateway)', () => {
  let platform: TestPlatform;
  let zoneStaff: string;
  let shengtangStaff: string;
  let wulingStaff: string;
  let luochongStaff: string;
  let merchant: string;
  let householdCount = 0;
  let residentCount = 0;
  const db = () => platform.databaseUrls.credit!;
  const api = (path: string) => `/api/v1/credit${path}`;
  const post = (token: string, path: string, body: object) => request(platform.gatewayUrl).post(api(path)).set('authorization', `Bearer ${token}`).send(body);
  const get = (token: string, path: string) => request(platform.gatewayUrl).get(api(path)).set('authorization', `Bearer ${token}`);

  type Household = { id: string; number: string };
  type Resident = { id: string; idNumber: string };

  /** Each test keeps its residents in a household of its own, so scores, ratings and lists hold only what the test wrote. */
  async function newHousehold(): Promise<Household> {
    householdCount += 1;
    const number = `ST-${String(householdCount).padStart(4, '0')}`;
    const created = await post(shengtangStaff, '/households', { communityCode: 'shengtang', householdNumber: number }).expect(201);
    return { id: created.body.id, number };
  }

  async function registerResident(household: Household, name: string, details: { phone?: string; accountId?: string } = {}): Promise<Resident> {
    residentCount += 1;
    const residentIdNumber = idNumber('19700101', residentCount);
    const created = await post(shengtangStaff, '/residents', {
      communityCode: 'shengtang',
      householdNumber: household.number,
      name,
      idNumber: residentIdNumber,
      ...details,
    }).expect(201);
    return { id: created.body.id, idNumber: residentIdNumber };
  }

  /** A new household of two: 杨某某, who has an account (and the token to it), and a spouse without one. */
  async function family() {
    const household = await newHousehold();
    const accountId = `account-yang-${household.number}`;
    const yang = await registerResident(household, '杨某某', { phone: '13900000001', accountId });
    const spouse = await registerResident(household, '王某某');
    return { household, yang, spouse, residentToken: await platform.identity.token(['resident'], [], accountId) };
  }

  const award = (residentId: string, indicatorCode: string, occurredOn: string, reason: string) =>
    post(shengtangStaff, '/ledger-entries', { residentId, indicatorCode, occurredOn, reason }).expect(201);

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['credit'] });
    zoneStaff = await platform.identity.token(['credit-staff'], ['zone'], 'staff-zone');
    shengtangStaff = await platform.identity.token(['credit-staff'], ['shengtang'], 'staff-shengtang');
    wulingStaff = await platform.identity.token(['credit-staff'], ['wuling'], 'staff-wuling');
    luochongStaff = await platform.identity.token(['credit-staff'], ['luochong'], 'staff-luochong');
    merchant = await platform.identity.token(['merchant'], ['zone'], 'merchant-1');

    for (const [code, name] of [
      ['shengtang', '盛塘社区'],
      ['wuling', '乌岭社区'],
      ['luochong', '罗冲社区'],
    ]) {
      await post(zoneStaff, '/communities', { code, name, subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' }).expect(201);
    }
    await post(zoneStaff, '/indicators', { code: 'VOL-01', category: 'volunteer-activities', name: '参加志愿服务活动', points: 4, limitPerPeriod: 5 }).expect(
      201,
    );
    await post(zoneStaff, '/indicators', { code: 'ENV-01', category: 'environment', name: '庭院整洁', points: 3 }).expect(201);
    await post(zoneStaff, '/indicators', { code: 'MIS-01', category: 'misconduct', name: '乱扔垃圾', points: -2 }).expect(201);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('registers residents with validated, encrypted ID numbers and phones', async () => {
    const household = await newHousehold();
    const yangIdNumber = idNumber('19590315', 1);
    const bad = idNumber('19590315', 2).slice(0, 17) + (idNumber('19590315', 2)[17] === '0' ? '1' : '0');
    const refused = await post(shengtangStaff, '/residents', {
      communityCode: 'shengtang',
      householdNumber: household.number,
      name: '杨某某',
      idNumber: bad,
    }).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'idNumber', message: 'ID number check digit does not match' }]);

    const yang = await post(shengtangStaff, '/residents', {
      communityCode: 'shengtang',
      householdNumber: household.number,
      name: '杨某某',
      idNumber: yangIdNumber,
      phone: '13900000001',
      accountId: 'account-yang',
    }).expect(201);
    const yangId = yang.body.id;
    expect(yang.body).toMatchObject({ name: '杨某某', idNumber: yangIdNumber, phone: '13900000001', masked: false, creditScore: 0, spendableBalance: 0 });
    await post(shengtangStaff, '/residents', {
      communityCode: 'shengtang',
      householdNumber: household.number,
      name: '王某某',
      idNumber: idNumber('19610502', 2),
    }).expect(201);

    const [row] = await queryDatabase<Record<string, string>>(db(), `SELECT * FROM residents WHERE id = $1`, [yangId]);
    expect(JSON.stringify(row)).not.toContain(yangIdNumber);
    expect(JSON.stringify(row)).not.toContain('13900000001');
    expect(JSON.stringify(row)).not.toContain('杨某某');

    const duplicate = await post(shengtangStaff, '/residents', {
      communityCode: 'shengtang',
      householdNumber: household.number,
      name: '杨某某',
      idNumber: yangIdNumber.toLowerCase(),
    }).expect(409);
    expect(duplicate.body.type).toBe('urn:zone-gov:problem:resident-already-registered');
  });

  it("shows personal data in full to the community's staff only, masked to the resident, and nothing to others", async () => {
    const { household, yang, residentToken } = await family();
    const householdId = household.id;
    const yangId = yang.id;
    const yangIdNumber = yang.idNumber;
    const own = await get(residentToken, '/residents?mine=true').expect(200);
    expect(own.body.items).toHaveLength(1);
    expect(own.body.items[0]).toMatchObject({
      name: '杨**',
      idNumber: `${yangIdNumber.slice(0, 6)}********${yangIdNumber.slice(-4)}`,
      phone: '139****0001',
      masked: true,
    });
    await get(residentToken, `/households/${householdId}`).expect(200);
    const members = await get(residentToken, `/residents?householdId=${householdId}`).expect(200);
    expect(members.body.items).toHaveLength(2);
    expect(members.body.items.every((item: { masked: boolean }) => item.masked)).toBe(true);

    await get(wulingStaff, `/residents/${yangId}`).expect(403);
    const wulingList = await get(wulingStaff, '/residents').expect(200);
    expect(wulingList.body.items).toHaveLength(0);
    await post(wulingStaff, '/residents/lookups', { idNumber: yangIdNumber }).expect(404);
    const found = await post(shengtangStaff, '/residents/lookups', { idNumber: yangIdNumber }).expect(200);
    expect(found.body.id).toBe(yangId);
    await get(merchant, `/residents/${yangId}`).expect(403);
    await get(merchant, `/households/${householdId}`).expect(403);
    await post(wulingStaff, '/residents', {
      communityCode: 'shengtang',
      householdNumber: household.number,
      name: '外某',
      idNumber: idNumber('19800101', 9),
    }).expect(403);
    const otherResident = await platform.identity.token(['resident'], [], 'account-other');
    await get(otherResident, `/households/${householdId}`).expect(403);
  });

  it('awards, deducts and reverses; score and balance follow the rules; staff elsewhere are refused', async () => {
    const { yang, residentToken } = await family();
    const yangId = yang.id;
    const yangIdNumber = yang.idNumber;
    const award = await post(shengtangStaff, '/ledger-entries', {
      residentId: yangId,
      indicatorCode: 'ENV-01',
      occurredOn: '2026-04-01',
      reason: '庭院整洁',
      evidence: '检查记录 2026-04',
    }).expect(201);
    expect(award.body).toMatchObject({
      kind: 'award',
      scoreDelta: 3,
      balanceDelta: 3,
      scoreAfter: 3,
      balanceAfter: 3,
      period: '2026',
      source: 'staff',
      actorId: 'staff-shengtang',
    });
    const deduction = await post(shengtangStaff, '/ledger-entries', {
      residentIdNumber: yangIdNumber,
      indicatorCode: 'MIS-01',
      occurredOn: '2026-04-02',
      reason: '乱扔垃圾',
    }).expect(201);
    expect(deduction.body).toMatchObject({ kind: 'deduction', scoreDelta: -2, scoreAfter: 1, balanceAfter: 1 });
    const reversal = await post(shengtangStaff, `/ledger-entries/${deduction.body.id}/reversals`, { reason: '误记更正' }).expect(201);
    expect(reversal.body).toMatchObject({ kind: 'reversal', scoreDelta: 2, scoreAfter: 3, reversesEntryId: deduction.body.id, indicatorCode: 'MIS-01' });
    const twice = await post(shengtangStaff, `/ledger-entries/${deduction.body.id}/reversals`, { reason: '再次' }).expect(409);
    expect(twice.body.type).toBe('urn:zone-gov:problem:entry-already-reversed');
    await post(wulingStaff, '/ledger-entries', { residentId: yangId, indicatorCode: 'ENV-01', reason: 'x' }).expect(404);
    await post(residentToken, '/ledger-entries', { residentId: yangId, indicatorCode: 'ENV-01', reason: 'x' }).expect(403);
    await post(shengtangStaff, '/ledger-entries', { residentId: yangId, residentIdNumber: yangIdNumber, indicatorCode: 'ENV-01', reason: 'x' }).expect(400);

    const me = await get(residentToken, '/residents?mine=true').expect(200);
    expect(me.body.items[0]).toMatchObject({ creditScore: 3, spendableBalance: 3, earned: 3, deducted: 0, redeemed: 0 });
    // The database refuses edits and deletes of entries.
    await expect(queryDatabase(db(), `UPDATE ledger_entries SET reason = 'edited' WHERE id = $1`, [award.body.id])).rejects.toThrow(/append-only/);
    await expect(queryDatabase(db(), `DELETE FROM ledger_entries WHERE id = $1`, [award.body.id])).rejects.toThrow(/append-only/);
  });

  it('enforces the per-period limit exactly under 20 concurrent awards, and keeps the totals exact', async () => {
    const { id: spouseId } = await registerResident(await newHousehold(), '王某某');
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(shengtangStaff, '/ledger-entries', { residentId: spouseId, indicatorCode: 'VOL-01', occurredOn: '2026-05-01', reason: `志愿服务 ${i}` }),
      ),
    );
    const statuses = attempts.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 422)).toHaveLength(15);
    expect(attempts.find((response) => response.status === 422)!.body.type).toBe('urn:zone-gov:problem:indicator-limit-reached');
    const [spouse] = await queryDatabase<{ earned: number }>(db(), `SELECT earned FROM residents WHERE id = $1`, [spouseId]);
    expect(spouse!.earned).toBe(20);
    // A new period starts a new allowance.
    await post(shengtangStaff, '/ledger-entries', { residentId: spouseId, indicatorCode: 'VOL-01', occurredOn: '2027-01-05', reason: '新年度' }).expect(201);
  });

  it('keeps the household score exact under concurrent writes for two members', async () => {
    const { household, yang, spouse } = await family();
    const householdId = household.id;
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        post(shengtangStaff, '/ledger-entries', {
          residentId: i % 2 === 0 ? yang.id : spouse.id,
          indicatorCode: 'ENV-01',
          occurredOn: '2026-06-01',
          reason: `整洁 ${i}`,
        }).expect(201),
      ),
    );
    const [sums] = await queryDatabase<{ score: number }>(db(), `SELECT SUM(earned - deducted)::int AS score FROM residents WHERE household_id = $1`, [
      householdId,
    ]);
    const [ledger] = await queryDatabase<{ score: number }>(db(), `SELECT SUM(score_delta)::int AS score FROM ledger_entries WHERE household_id = $1`, [
      householdId,
    ]);
    const read = await get(shengtangStaff, `/households/${householdId}`).expect(200);
    expect(read.body.score).toBe(sums!.score);
    expect(ledger!.score).toBe(sums!.score);
    expect(read.body.score).toBe(3 * 24);
  });

  it('is idempotent by key: a repeated request returns the first entry', async () => {
    const { id: residentId } = await registerResident(await newHousehold(), '杨某某');
    const body = { residentId, indicatorCode: 'ENV-01', occurredOn: '2026-06-02', reason: '重试' };
    const send = () => post(shengtangStaff, '/ledger-entries', body).set('idempotency-key', 'ledger-retry-0001');
    const [first, second] = await Promise.all([send(), send()]);
    const ids = new Set([first.body.id, second.body.id]);
    expect(ids.size).toBe(1);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(await queryDatabase(db(), `SELECT 1 FROM ledger_entries WHERE reason = '重试' AND resident_id = $1`, [residentId])).toHaveLength(1);
  });

  it('rates households, records level changes with events, explains the rating and issues a card', async () => {
    const { household: created, yang, spouse, residentToken } = await family();
    const householdId = created.id;
    // One at a time, so the household passes each threshold in turn: 4 + 32 × 3 = 100, rated A, AA and then AAA.
    await award(spouse.id, 'VOL-01', '2026-06-03', '志愿服务');
    for (let i = 0; i < 32; i += 1) await award(yang.id, 'ENV-01', '2026-06-03', `整洁 ${i}`);
    const household = await get(shengtangStaff, `/households/${householdId}`).expect(200);
    expect(household.body.level).toBe('AAA');
    const changes = await get(residentToken, `/households/${householdId}/rating-changes?limit=10`).expect(200);
    expect(changes.body.items.map((change: { toLevel: string }) => change.toLevel)).toEqual(['AAA', 'AA', 'A']);
    const events = await queryDatabase<{ type: string }>(db(), `SELECT envelope->>'type' AS type FROM outbox WHERE record_key = $1 ORDER BY position`, [
      householdId,
    ]);
    expect(events.map((event) => event.type)).toEqual(['zone.credit.rating-changed.v1', 'zone.credit.rating-changed.v1', 'zone.credit.rating-changed.v1']);
    const awarded = await queryDatabase(db(), `SELECT 1 FROM outbox WHERE envelope->>'type' = 'zone.credit.points-awarded.v1' AND record_key IN ($1, $2)`, [
      yang.id,
      spouse.id,
    ]);
    expect(awarded).toHaveLength(33);

    const explanation = await get(residentToken, `/households/${householdId}/rating-explanations`).expect(200);
    expect(explanation.body).toMatchObject({ score: household.body.score, level: 'AAA', thresholds: { A: 30, AA: 60, AAA: 90 }, nextLevel: null });
    expect(explanation.body.contributions[0]).toMatchObject({ indicatorCode: 'ENV-01', category: 'environment' });
    expect(explanation.body.contributions.reduce((sum: number, item: { points: number }) => sum + item.points, 0)).toBe(household.body.score);

    // Raising thresholds re-rates at once and records why.
    await newHousehold();
    await request(platform.gatewayUrl)
      .put(api('/rating-thresholds'))
      .set('authorization', `Bearer ${shengtangStaff}`)
      .send({ A: 100, AA: 200, AAA: 300 })
      .expect(403);
    await request(platform.gatewayUrl)
      .put(api('/rating-thresholds'))
      .set('authorization', `Bearer ${zoneStaff}`)
      .send({ A: 100, AA: 90, AAA: 300 })
      .expect(422);
    await request(platform.gatewayUrl)
      .put(api('/rating-thresholds'))
      .set('authorization', `Bearer ${zoneStaff}`)
      .send({ A: 50, AA: 100, AAA: 300 })
      .expect(200);
    const rerated = await get(shengtangStaff, `/households/${householdId}/rating-changes?limit=1`).expect(200);
    expect(rerated.body.items[0]).toMatchObject({ fromLevel: 'AAA', toLevel: 'AA', cause: 'thresholds' });
    await request(platform.gatewayUrl).put(api('/rating-thresholds')).set('authorization', `Bearer ${zoneStaff}`).send({ A: 30, AA: 60, AAA: 90 }).expect(200);

    const card = await get(residentToken, `/households/${householdId}/cards`).expect(200);
    expect(card.body.cardNumber).toMatch(/^XY-\d{4}-\d{4}-\d{4}$/);
    const payload = Buffer.from(card.body.qrPayload.split('.')[1], 'base64url').toString();
    expect(payload).not.toContain('杨');
    expect(payload).not.toContain(yang.idNumber);
    await get(merchant, `/households/${householdId}/cards`).expect(403);
  });

  it('paginates and filters the history; a retired indicator stops awards but leaves history alone', async () => {
    const { household, yang, residentToken } = await family();
    const householdId = household.id;
    const yangId = yang.id;
    // Nine environment entries: six on 1 June, one on 2 June, one in 2027, one under an indicator retired below.
    for (let i = 0; i < 6; i += 1) await award(yangId, 'ENV-01', '2026-06-01', `整洁 ${i}`);
    await award(yangId, 'ENV-01', '2026-06-02', '整洁');
    await award(yangId, 'ENV-01', '2027-01-05', '新年度');
    await post(zoneStaff, '/indicators', { code: 'ENV-R1', category: 'environment', name: '绿化养护', points: 2 }).expect(201);
    await award(yangId, 'ENV-R1', '2026-06-02', '绿化养护');
    const first = await get(residentToken, `/ledger-entries?residentId=${yangId}&category=environment&limit=5`).expect(200);
    expect(first.body.items).toHaveLength(5);
    const second = await get(residentToken, `/ledger-entries?residentId=${yangId}&category=environment&limit=5&cursor=${first.body.nextCursor}`).expect(200);
    const ids = [...first.body.items, ...second.body.items].map((item: { id: string }) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.body.items).toHaveLength(4);
    expect(second.body.nextCursor).toBeUndefined();
    const period2027 = await get(shengtangStaff, `/ledger-entries?residentId=${yangId}&period=2027`).expect(200);
    expect(period2027.body.items).toHaveLength(1);
    const june = await get(shengtangStaff, `/ledger-entries?residentId=${yangId}&from=2026-06-01&to=2026-06-01&limit=100`).expect(200);
    expect(june.body.items).toHaveLength(6);
    const wulingView = await get(wulingStaff, '/ledger-entries').expect(200);
    expect(wulingView.body.items).toHaveLength(0);

    const before = await get(shengtangStaff, `/households/${householdId}`).expect(200);
    const indicators = await request(platform.gatewayUrl).get(api('/indicators?category=environment')).expect(200);
    const retiring = indicators.body.items.find((indicator: { code: string }) => indicator.code === 'ENV-R1');
    await post(shengtangStaff, `/indicators/${retiring.id}/retirements`, {}).expect(403);
    const retired = await post(zoneStaff, `/indicators/${retiring.id}/retirements`, {}).expect(200);
    expect(retired.body).toMatchObject({ active: false });
    expect(retired.body.retiredAt).not.toBeNull();
    const refused = await post(shengtangStaff, '/ledger-entries', { residentId: yangId, indicatorCode: 'ENV-R1', reason: '退役后' }).expect(422);
    expect(refused.body.type).toBe('urn:zone-gov:problem:indicator-retired');
    const after = await get(shengtangStaff, `/households/${householdId}`).expect(200);
    expect(after.body.score).toBe(before.body.score);
    const stillThere = await get(shengtangStaff, `/ledger-entries?residentId=${yangId}&category=environment&limit=100`).expect(200);
    expect(stillThere.body.items.filter((item: { indicatorCode: string }) => item.indicatorCode === 'ENV-R1')).toHaveLength(1);
  });

  it('moves a resident to another community without losing history', async () => {
    const { household, yang, spouse } = await family();
    const spouseId = spouse.id;
    // Six volunteer entries (the per-period limit of five in 2026, one in 2027) and twelve environment entries.
    for (let i = 0; i < 5; i += 1) await award(spouseId, 'VOL-01', '2026-05-01', `志愿服务 ${i}`);
    await award(spouseId, 'VOL-01', '2027-01-05', '新年度');
    for (let i = 0; i < 12; i += 1) await award(spouseId, 'ENV-01', '2026-06-01', `整洁 ${i}`);
    await award(yang.id, 'ENV-01', '2026-06-01', '整洁');
    await post(luochongStaff, '/households', { communityCode: 'luochong', householdNumber: `LC-${household.number}` }).expect(201);
    const move = await post(zoneStaff, `/residents/${spouseId}/moves`, { communityCode: 'luochong', householdNumber: `LC-${household.number}` }).expect(201);
    expect(move.body).toMatchObject({ communityCode: 'luochong', creditScore: 4 * 6 + 3 * 12 });
    // The history follows the resident: the new community's staff see entries made in the old one.
    const history = await get(luochongStaff, `/ledger-entries?residentId=${spouseId}&limit=100`).expect(200);
    expect(history.body.items).toHaveLength(6 + 12);
    expect(history.body.items.every((item: { communityCode: string }) => item.communityCode === 'shengtang')).toBe(true);
    await get(luochongStaff, `/ledger-entries/${history.body.items[0].id}`).expect(200);
    // Staff of the old community keep what was recorded there, but no longer see the resident.
    await get(shengtangStaff, `/residents/${spouseId}`).expect(403);
    await get(luochongStaff, `/residents/${spouseId}`).expect(200);
    const oldHousehold = await get(shengtangStaff, `/households/${household.id}`).expect(200);
    const [stayed] = await queryDatabase<{ score: number }>(db(), `SELECT (earned - deducted)::int AS score FROM residents WHERE id = $1`, [yang.id]);
    expect(stayed!.score).toBe(3);
    expect(oldHousehold.body.score).toBe(stayed!.score);
  });
  it("changes an indicator's points from a business date on, while entries keep the version they were earned under", async () => {
    const { id: yangId } = await registerResident(await newHousehold(), '杨某某');
    clock.freezeAt('2026-05-20T10:00:00+08:00');
    try {
      const created = await post(zoneStaff, '/indicators', { code: 'ENV-09', category: 'environment', name: '门前三包', points: 3 }).expect(201);
      const id = created.body.id as string;
      expect(created.body).toMatchObject({ points: 3, version: 1 });
      const versions = (path: string, body: object) => post(zoneStaff, `/indicators/${id}/versions${path}`, body);

      await post(shengtangStaff, `/indicators/${id}/versions`, { points: 5, effectiveFrom: '2026-07-01' }).expect(403);
      const beforeFirst = await versions('', { points: 5, effectiveFrom: '2026-05-20' }).expect(422);
      expect(beforeFirst.body).toMatchObject({
        type: 'urn:zone-gov:problem:indicator-version-out-of-order',
        latestVersion: 1,
        latestEffectiveFrom: '2026-05-20',
      });
      expect((await versions('', { points: 3, effectiveFrom: '2026-07-01' }).expect(422)).body.type).toBe('urn:zone-gov:problem:indicator-version-unchanged');
      const wrongSign = await versions('', { points: -5, effectiveFrom: '2026-07-01' }).expect(400);
      expect(wrongSign.body.errors).toEqual([{ field: 'points', message: 'only misconduct indicators deduct: points must be positive' }]);
      await versions('', { points: 5, effectiveFrom: '2026/07/01' }).expect(400);

      const second = await versions('', { points: 5, effectiveFrom: '2026-07-01' }).expect(201);
      expect(second.body).toMatchObject({ indicatorId: id, version: 2, points: 5, effectiveFrom: '2026-07-01', backdatingReason: null });
      expect((await versions('', { points: 6, effectiveFrom: '2026-07-01' }).expect(422)).body.type).toBe(
        'urn:zone-gov:problem:indicator-version-out-of-order',
      );
      // Announced, not yet in effect: the catalogue still shows version 1 today.
      expect(
        (
          await request(platform.gatewayUrl)
            .get(api(`/indicators/${id}`))
            .expect(200)
        ).body,
      ).toMatchObject({ points: 3, version: 1 });

      const award = (occurredOn: string) =>
        post(shengtangStaff, '/ledger-entries', { residentId: yangId, indicatorCode: 'ENV-09', occurredOn, reason: '门前整洁' }).expect(201);
      expect((await award('2026-06-30')).body).toMatchObject({ scoreDelta: 3, indicatorVersion: 1 });
      expect((await award('2026-05-01')).body).toMatchObject({ scoreDelta: 3, indicatorVersion: 1 });

      clock.freezeAt('2026-07-10T10:00:00+08:00');
      expect(
        (
          await request(platform.gatewayUrl)
            .get(api(`/indicators/${id}`))
            .expect(200)
        ).body,
      ).toMatchObject({ points: 5, version: 2 });
      const underTwo = await award('2026-07-06');
      expect(underTwo.body).toMatchObject({ scoreDelta: 5, indicatorVersion: 2 });

      // A version from a past day needs its reason; the entry already recorded for that day keeps version 2.
      expect((await versions('', { points: 4, effectiveFrom: '2026-07-05' }).expect(422)).body.type).toBe('urn:zone-gov:problem:indicator-version-backdated');
      const third = await versions('', { points: 4, effectiveFrom: '2026-07-05', backdatingReason: '菱北办事处文件自7月5日起执行' }).expect(201);
      expect(third.body).toMatchObject({ version: 3, points: 4, backdatingReason: '菱北办事处文件自7月5日起执行' });
      expect((await get(shengtangStaff, `/ledger-entries/${underTwo.body.id}`).expect(200)).body).toMatchObject({ scoreDelta: 5, indicatorVersion: 2 });
      expect((await award('2026-07-06')).body).toMatchObject({ scoreDelta: 4, indicatorVersion: 3 });
      expect((await award('2026-07-02')).body).toMatchObject({ scoreDelta: 5, indicatorVersion: 2 });
      const reversal = await post(shengtangStaff, `/ledger-entries/${underTwo.body.id}/reversals`, { reason: '录入错误' }).expect(201);
      expect(reversal.body).toMatchObject({ scoreDelta: -5, indicatorVersion: 2 });

      // The history is public, oldest first, and pages.
      const history = await request(platform.gatewayUrl)
        .get(api(`/indicators/${id}/versions`))
        .expect(200);
      expect(
        history.body.items.map((item: { version: number; points: number; effectiveFrom: string }) => [item.version, item.points, item.effectiveFrom]),
      ).toEqual([
        [1, 3, '2026-05-20'],
        [2, 5, '2026-07-01'],
        [3, 4, '2026-07-05'],
      ]);
      const firstPage = await request(platform.gatewayUrl)
        .get(api(`/indicators/${id}/versions?limit=2`))
        .expect(200);
      const secondPage = await request(platform.gatewayUrl)
        .get(api(`/indicators/${id}/versions?limit=2&cursor=${firstPage.body.nextCursor}`))
        .expect(200);
      expect(secondPage.body.items.map((item: { version: number }) => item.version)).toEqual([3]);
      await request(platform.gatewayUrl).get(api('/indicators/00000000-0000-4000-8000-000000000000/versions')).expect(404);

      const audited = await queryDatabase<{ actor_id: string; details: { version: number; points: number; previousPoints: number; effectiveFrom: string } }>(
        db(),
        `SELECT actor_id, details FROM audit_log WHERE action = 'indicator.version' AND target_id = $1 ORDER BY id`,
        [id],
      );
      expect(audited.map((row) => [row.actor_id, row.details.version, row.details.points, row.details.previousPoints, row.details.effectiveFrom])).toEqual([
        ['staff-zone', 2, 5, 3, '2026-07-01'],
        ['staff-zone', 3, 4, 5, '2026-07-05'],
      ]);

      await post(zoneStaff, `/indicators/${id}/retirements`, {}).expect(200);
      expect((await versions('', { points: 7, effectiveFrom: '2026-08-01' }).expect(409)).body.type).toBe('urn:zone-gov:problem:indicator-retired');
    } finally {
      clock.reset();
    }
  });
});
