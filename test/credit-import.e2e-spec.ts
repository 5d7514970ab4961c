import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { idNumberCheckCharacter } from '#platform/personal-data';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

function idNumber(sequence: number): string {
  const first17 = `34080019820307${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

describe('credit: CSV import of residents (through the gateway)', () => {
  let platform: TestPlatform;
  let staff: string;
  const count = async (table: string) => (await queryDatabase<{ n: number }>(platform.databaseUrls.credit!, `SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
  const send = (token: string, body: object) =>
    request(platform.gatewayUrl).post('/api/v1/credit/resident-imports').set('authorization', `Bearer ${token}`).send(body);
  // Three good rows; tests use different ID numbers so that none depends on what another imported.
  const goodFile = (first: number) =>
    [
      'householdNumber,name,idNumber,phone',
      `ST-0001,赵某某,${idNumber(first)},13900000007`,
      `ST-0001,钱某某,${idNumber(first + 1)},`,
      `ST-0002,"孙某某",${idNumber(first + 2)},13900000009`,
    ].join('\r\n');
  const good = goodFile(1);

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['credit'] });
    staff = await platform.identity.token(['credit-staff'], ['shengtang'], 'staff-shengtang');
    const zone = await platform.identity.token(['credit-staff'], ['zone'], 'staff-zone');
    await request(platform.gatewayUrl)
      .post('/api/v1/credit/communities')
      .set('authorization', `Bearer ${zone}`)
      .send({ code: 'shengtang', name: '盛塘', subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' })
      .expect(201);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('rejects a file with bad rows as a whole, reporting every row', async () => {
    const bad = `${goodFile(11)}\nST-0003,周某某,${idNumber(14).slice(0, 17)}${idNumber(14)[17] === '0' ? '1' : '0'},\nST-0003,吴某某,${idNumber(11)},`;
    const [residentsBefore, householdsBefore] = [await count('residents'), await count('households')];
    const response = await send(staff, { communityCode: 'shengtang', csv: bad }).expect(422);
    expect(response.body).toMatchObject({ type: 'urn:zone-gov:problem:import-rejected', imported: false, accepted: 3, rejected: 2 });
    expect(response.body.rows.slice(3)).toEqual([
      { line: 5, status: 'rejected', reason: 'ID number check digit does not match' },
      { line: 6, status: 'rejected', reason: 'same ID number as line 2' },
    ]);
    expect(await count('residents')).toBe(residentsBefore);
    expect(await count('households')).toBe(householdsBefore);
  });

  it('checks without importing on a dry run, then imports whole, registering missing households', async () => {
    const dry = await send(staff, { communityCode: 'shengtang', csv: good, dryRun: true }).expect(201);
    expect(dry.body).toMatchObject({ imported: false, accepted: 3, rejected: 0 });
    expect(await count('residents')).toBe(0);

    const done = await send(staff, { communityCode: 'shengtang', csv: good }).expect(201);
    expect(done.body).toMatchObject({ imported: true, accepted: 3, householdsCreated: 2 });
    expect(done.body.rows.every((row: { residentId?: string }) => typeof row.residentId === 'string')).toBe(true);
    expect(await count('residents')).toBe(3);

    const again = await send(staff, { communityCode: 'shengtang', csv: good }).expect(422);
    expect(again.body.rows[0]).toEqual({ line: 2, status: 'rejected', reason: 'a resident with this ID number is already registered' });
    expect(await count('residents')).toBe(3);
  });

  it("refuses other communities' staff and a file without the header", async () => {
    const wuling = await platform.identity.token(['credit-staff'], ['wuling']);
    await send(wuling, { communityCode: 'shengtang', csv: good }).expect(403);
    const headerless = await send(staff, { communityCode: 'shengtang', csv: good.split('\r\n').slice(1).join('\n') }).expect(422);
    expect(headerless.body.type).toBe('urn:zone-gov:problem:invalid-csv');
  });
});
