import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { clock } from '#platform/clock';
import { OFFICIAL_CALENDAR_YEARS, WorkingCalendar } from '#working-calendar/core';
import { idNumberCheckCharacter } from '#platform/personal-data';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

function idNumber(birth: string, sequence: number): string {
  const first17 = `340800${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

describe('credit: appeals against deductions (through the gateway)', () => {
  let platform: TestPlatform;
  let staff: string;
  let wulingStaff: string;
  let otherResident: string;
  let residentCount = 0;
  const api = (path: string) => `/api/v1/credit${path}`;
  const post = (token: string, path: string, body: object) => request(platform.gatewayUrl).post(api(path)).set('authorization', `Bearer ${token}`).send(body);
  const get = (token: string, path: string) => request(platform.gatewayUrl).get(api(path)).set('authorization', `Bearer ${token}`);
  const deduct = async (residentId: string) =>
    (await post(staff, '/ledger-entries', { residentId, indicatorCode: 'MIS-01', reason: '乱扔垃圾' }).expect(201)).body as { id: string };

  /** A resident of their own household with one 10-point award, so each test sees only its own score and appeals. */
  async function awardedResident(): Promise<{ id: string; token: string }> {
    residentCount += 1;
    const accountId = `account-li-${residentCount}`;
    const householdNumber = `ST-${String(residentCount).padStart(4, '0')}`;
    await post(staff, '/households', { communityCode: 'shengtang', householdNumber }).expect(201);
    const id = (
      await post(staff, '/residents', {
        communityCode: 'shengtang',
        householdNumber,
        name: '李某某',
        idNumber: idNumber('19780104', residentCount),
        accountId,
      }).expect(201)
    ).body.id as string;
    await post(staff, '/ledger-entries', { residentId: id, indicatorCode: 'ENV-01', reason: '庭院整洁' }).expect(201);
    return { id, token: await platform.identity.token(['resident'], [], accountId) };
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['credit'] });
    staff = await platform.identity.token(['credit-staff'], ['shengtang'], 'staff-shengtang');
    wulingStaff = await platform.identity.token(['credit-staff'], ['wuling'], 'staff-wuling');
    otherResident = await platform.identity.token(['resident'], [], 'account-other');
    const zone = await platform.identity.token(['credit-staff'], ['zone'], 'staff-zone');
    for (const [code, name] of [
      ['shengtang', '盛塘'],
      ['wuling', '乌岭'],
    ]) {
      await post(zone, '/communities', { code, name, subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' }).expect(201);
    }
    await post(zone, '/indicators', { code: 'ENV-01', category: 'environment', name: '庭院整洁', points: 10 }).expect(201);
    await post(zone, '/indicators', { code: 'MIS-01', category: 'misconduct', name: '乱扔垃圾', points: -5 }).expect(201);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('lets the resident appeal a deduction with a working-day deadline, and staff uphold it by reversal', async () => {
    const { id: residentId, token: residentToken } = await awardedResident();
    const deduction = await deduct(residentId);
    expect((await get(residentToken, '/residents?mine=true').expect(200)).body.items[0].creditScore).toBe(5);
    await post(otherResident, '/appeals', { entryId: deduction.id, reason: '不是我' }).expect(403);
    await post(wulingStaff, '/appeals', { entryId: deduction.id, reason: '代为申诉' }).expect(403);
    const appeal = await post(residentToken, '/appeals', { entryId: deduction.id, reason: '当日本人不在社区，扣分有误' }).expect(201);
    const today = clock.today();
    const { dueOn, basis } = new WorkingCalendar(OFFICIAL_CALENDAR_YEARS).deadline(today, 10);
    expect(appeal.body).toMatchObject({ status: 'open', filedOn: today, dueOn, dueBasis: basis, overdue: false });
    await post(residentToken, '/appeals', { entryId: deduction.id, reason: '再次' }).expect(409);

    await post(residentToken, `/appeals/${appeal.body.id}/decisions`, { outcome: 'upheld', reason: '自己批准' }).expect(403);
    await post(wulingStaff, `/appeals/${appeal.body.id}/decisions`, { outcome: 'upheld', reason: 'x' }).expect(403);
    const decided = await post(staff, `/appeals/${appeal.body.id}/decisions`, { outcome: 'upheld', reason: '经核实，记录有误' }).expect(200);
    expect(decided.body).toMatchObject({ status: 'upheld', decisionReason: '经核实，记录有误' });
    const reversal = await get(residentToken, `/ledger-entries/${decided.body.reversalEntryId}`).expect(200);
    expect(reversal.body).toMatchObject({ kind: 'reversal', reversesEntryId: deduction.id, scoreDelta: 5 });
    expect((await get(residentToken, '/residents?mine=true').expect(200)).body.items[0].creditScore).toBe(10);
    await post(staff, `/appeals/${appeal.body.id}/decisions`, { outcome: 'rejected', reason: '改判' }).expect(409);
  });

  it('keeps the deduction when the appeal is rejected, and refuses appeals against awards', async () => {
    const { id: residentId, token: residentToken } = await awardedResident();
    const deduction = await deduct(residentId);
    const appeal = await post(residentToken, '/appeals', { entryId: deduction.id, reason: '扣分过重' }).expect(201);
    await post(staff, `/appeals/${appeal.body.id}/decisions`, { outcome: 'rejected', reason: '证据确凿' }).expect(200);
    expect((await get(residentToken, '/residents?mine=true').expect(200)).body.items[0].creditScore).toBe(5);
    const award = (await get(residentToken, '/ledger-entries?kind=award').expect(200)).body.items[0];
    const refused = await post(residentToken, '/appeals', { entryId: award.id, reason: 'x' }).expect(422);
    expect(refused.body.type).toBe('urn:zone-gov:problem:not-a-deduction');
  });

  it('shows overdue open appeals to staff', async () => {
    const { id: residentId, token: residentToken } = await awardedResident();
    const deduction = await deduct(residentId);
    const appeal = await post(staff, '/appeals', { entryId: deduction.id, reason: '居民口头申诉，工作人员代录' }).expect(201);
    // Other tests' appeals may be listed too: look at this test's appeal only.
    const overdueOfThisTest = async () =>
      (await get(staff, '/appeals?overdue=true&limit=100').expect(200)).body.items.filter((item: { id: string }) => item.id === appeal.body.id);
    expect(await overdueOfThisTest()).toHaveLength(0);
    await queryDatabase(platform.databaseUrls.credit!, `UPDATE appeals SET deadline = '2026-01-05' WHERE id = $1`, [appeal.body.id]);
    expect(await overdueOfThisTest()).toEqual([expect.objectContaining({ id: appeal.body.id, overdue: true })]);
    expect((await get(wulingStaff, '/appeals').expect(200)).body.items).toHaveLength(0);
    expect((await get(residentToken, '/appeals?status=open').expect(200)).body.items).toHaveLength(1);
  });
});
