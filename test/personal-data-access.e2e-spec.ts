import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { clock } from '#platform/clock';
import { idNumberCheckCharacter } from '#platform/personal-data';
import { dropTestDatabases, eventually, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

function idNumber(sequence: number): string {
  const first17 = `34080019800101${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

interface AccessItem {
  actor: { id: string; roles: string[]; units: string[] };
  requestId: string;
  route: string;
  operationId: string;
  recordType: string;
  recordIds: string[];
  subjectResidentIds: string[];
  fields: string[];
}

/** Unmasked reads leave a trail a supervisor can query and the resident can see; masked reads leave none. */
describe('personal-data access log and no-store answers (through the gateway)', () => {
  let platform: TestPlatform;
  let staff: string;
  let supervisor: string;
  let households = 0;
  let residents = 0;
  const db = () => platform.databaseUrls.credit!;
  const api = (path: string) => `/api/v1/credit${path}`;
  const get = (token: string | undefined, path: string) => {
    const call = request(platform.gatewayUrl).get(api(path));
    return token === undefined ? call : call.set('authorization', `Bearer ${token}`);
  };
  const post = (token: string, path: string, body: object) => request(platform.gatewayUrl).post(api(path)).set('authorization', `Bearer ${token}`).send(body);
  const hourAround = () => ({ from: new Date(clock.now().getTime() - 3_600_000).toISOString(), to: new Date(clock.now().getTime() + 3_600_000).toISOString() });
  const accessOf = async (token: string, query: Record<string, string>) =>
    (await get(token, `/personal-data-access?${new URLSearchParams(query).toString()}`).expect(200)).body as { items: AccessItem[]; nextCursor?: string };

  /** A resident's ID number no other test uses. */
  const nextIdNumber = () => idNumber((residents += 1));

  /**
   * A household of the test's own in 盛塘: 李某某, with a phone and an account (and the token to it), and 李某
   * without either; the access log entries about 李某某 are then the test's alone.
   */
  async function registerHousehold() {
    households += 1;
    const householdNumber = `ST-${String(households).padStart(4, '0')}`;
    const householdId = (await post(staff, '/households', { communityCode: 'shengtang', householdNumber }).expect(201)).body.id as string;
    const accountId = `account-li-${households}`;
    const residentIdNumber = nextIdNumber();
    const residentId = (
      await post(staff, '/residents', {
        communityCode: 'shengtang',
        householdNumber,
        name: '李某某',
        idNumber: residentIdNumber,
        phone: '13955612345',
        accountId,
      }).expect(201)
    ).body.id as string;
    await post(staff, '/residents', { communityCode: 'shengtang', householdNumber, name: '李某', idNumber: nextIdNumber() }).expect(201);
    return { householdId, residentId, residentIdNumber, accountId, residentToken: await platform.identity.token(['resident'], [], accountId) };
  }

  /** Waits until the access log holds `count` entries about the resident (it is written after the answer). */
  const accessAbout = (residentId: string, count: number) =>
    eventually(
      async () => {
        const page = await accessOf(supervisor, { residentId });
        return page.items.length >= count ? page.items : undefined;
      },
      10_000,
      `${count} access log entries about ${residentId}`,
    );

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['credit', 'supervision'] });
    const zoneStaff = await platform.identity.token(['credit-staff'], ['zone'], 'staff-zone');
    staff = await platform.identity.token(['credit-staff'], ['shengtang'], 'staff-shengtang');
    supervisor = await platform.identity.token(['discipline-supervisor'], ['zone'], 'supervisor-zone');
    await post(zoneStaff, '/communities', { code: 'shengtang', name: '盛塘', subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' }).expect(201);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it("records a staff list read: a supervisor finds who saw resident X's ID number in a time range, the resident sees it too", async () => {
    const { householdId, residentId, residentIdNumber, accountId, residentToken } = await registerHousehold();
    // A masked read first: batches are written in order, so once the staff read lands, this one would have too.
    const own = await get(residentToken, '/residents?mine=true').expect(200);
    expect(own.body.items[0]).toMatchObject({ id: residentId, masked: true });

    const list = await get(staff, `/residents?communityCode=shengtang&householdId=${householdId}`).expect(200);
    expect(list.body.items.map((item: { masked: boolean }) => item.masked)).toEqual([false, false]);
    expect(list.body.items[0].idNumber).toBe(residentIdNumber);
    const requestId = list.headers['x-request-id'];

    const found = await eventually(
      async () => {
        const page = await accessOf(supervisor, { residentId, ...hourAround() });
        return page.items.some((item) => item.operationId === 'creditListResidents') ? page.items : undefined;
      },
      10_000,
      'the staff read in the access log',
    );
    // Newest first: the list read, then the answer to the registration itself (it showed the data too).
    expect(found.map((item) => item.operationId)).toEqual(['creditListResidents', 'creditCreateResident']);
    expect(found[0]).toEqual(
      expect.objectContaining({
        actor: expect.objectContaining({ id: 'staff-shengtang', roles: ['credit-staff'], units: ['shengtang'] }),
        requestId,
        route: 'GET /api/v1/credit/residents',
        operationId: 'creditListResidents',
        recordType: 'resident',
        // The other resident of the list has no phone: their entry is a row of its own, with other fields.
        recordIds: [residentId],
        subjectResidentIds: [residentId],
        fields: ['name', 'idNumber', 'phone'],
      }),
    );
    expect((await accessOf(supervisor, { residentId, from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' })).items).toEqual([]);
    const [masked] = await queryDatabase<{ count: string }>(db(), `SELECT count(*) FROM personal_data_access WHERE actor_id = $1`, [accountId]);
    expect(masked!.count).toBe('0');

    const mine = await get(residentToken, '/residents/me/access-log').expect(200);
    expect(mine.headers['cache-control']).toBe('no-store');
    expect(mine.body.items[0]).toEqual({
      occurredAt: expect.any(String),
      viewer: { name: 'Test user', roles: ['credit-staff'], units: ['shengtang'] },
      fields: ['name', 'idNumber', 'phone'],
      operationId: 'creditListResidents',
    });
    expect(mine.body.items).toHaveLength(2);
    // The resident's own list is out of reach of the forged-cursor sweep in input-hardening (its token is staff's).
    const forged = Buffer.from(JSON.stringify({ k: ['x', 'y'] })).toString('base64url');
    expect((await get(residentToken, `/residents/me/access-log?cursor=${forged}`).expect(400)).body.type).toBe('urn:zone-gov:problem:invalid-cursor');
  });

  it('filters by actor, operation and record, pages newest first, and keeps the log append-only', async () => {
    const { householdId, residentId } = await registerHousehold();
    await get(staff, `/residents?householdId=${householdId}`).expect(200);
    await get(staff, `/residents/${residentId}`).expect(200);
    const both = await eventually(
      async () => {
        const page = await accessOf(supervisor, { actorId: 'staff-shengtang', recordType: 'resident', recordId: residentId });
        return page.items.length >= 3 ? page.items : undefined;
      },
      10_000,
      'the single read in the access log',
    );
    expect(both.map((item) => item.operationId)).toEqual(['creditGetResident', 'creditListResidents', 'creditCreateResident']);
    expect((await accessOf(supervisor, { operationId: 'creditGetResident', recordId: residentId })).items).toHaveLength(1);
    expect((await accessOf(supervisor, { actorId: 'nobody' })).items).toEqual([]);

    const first = await accessOf(supervisor, { recordId: residentId, limit: '1' });
    const second = await accessOf(supervisor, { recordId: residentId, limit: '1', cursor: first.nextCursor! });
    expect(first.items[0]!.operationId).toBe('creditGetResident');
    expect(second.items[0]!.operationId).toBe('creditListResidents');

    await expect(queryDatabase(db(), `UPDATE personal_data_access SET actor_id = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(queryDatabase(db(), `DELETE FROM personal_data_access`)).rejects.toThrow(/append-only/);
  });

  it("shows supervisors of other units nothing, their own units' records in full, and refuses everyone else", async () => {
    const { residentId, residentToken } = await registerHousehold();
    await get(staff, `/residents/${residentId}`).expect(200);
    const logged = (await accessAbout(residentId, 2)).map((item) => item.operationId);
    expect(logged).toEqual(['creditGetResident', 'creditCreateResident']);
    const wuling = await platform.identity.token(['discipline-supervisor'], ['wuling'], 'supervisor-wuling');
    const lingbei = await platform.identity.token(['discipline-supervisor'], ['lingbei'], 'supervisor-lingbei');
    const admin = await platform.identity.token(['zone-admin'], ['zone'], 'admin');
    expect((await accessOf(wuling, {})).items).toEqual([]);
    expect((await accessOf(lingbei, { residentId })).items.map((item) => item.operationId)).toEqual(logged);
    expect((await accessOf(admin, { residentId })).items.map((item) => item.operationId)).toEqual(logged);

    await get(undefined, '/personal-data-access').expect(401);
    await get(staff, '/personal-data-access').expect(403);
    await get(residentToken, '/personal-data-access').expect(403);
    await get(staff, '/residents/me/access-log').expect(403);
    await get(await platform.identity.token(['resident'], [], 'account-unlinked'), '/residents/me/access-log').expect(404);
    await get(supervisor, '/personal-data-access?from=yesterday').expect(400);
  });

  it("records the handling department reading a complaint's contact in the supervision service, not the supervisor's masked read", async () => {
    const supervision = (token: string | undefined, path: string) => {
      const call = request(platform.gatewayUrl).get(`/api/v1/supervision${path}`);
      return token === undefined ? call : call.set('authorization', `Bearer ${token}`);
    };
    const handler = await platform.identity.token(['complaint-handler'], ['discipline-office'], 'handler-discipline');
    await request(platform.gatewayUrl)
      .post('/api/v1/supervision/units')
      .set('authorization', `Bearer ${supervisor}`)
      .send({ code: 'shengtang', name: '盛塘社区', kind: 'community' })
      .expect(201);
    const filed = await request(platform.gatewayUrl)
      .post('/api/v1/supervision/complaints')
      .send({
        category: 'village-affairs',
        unitCode: 'shengtang',
        content: '村务公开栏长期未更新',
        anonymous: false,
        contact: { name: '王先生', phone: '13955612345' },
      })
      .expect(201);
    const [complaint] = await queryDatabase<{ id: string }>(platform.databaseUrls.supervision!, `SELECT id FROM complaints WHERE tracking_code = $1`, [
      filed.body.trackingCode,
    ]);
    expect((await supervision(supervisor, `/complaints/${complaint!.id}`).expect(200)).body.contact.masked).toBe(true);
    const read = await supervision(handler, `/complaints/${complaint!.id}`).expect(200);
    expect(read.body.contact).toEqual({ name: '王先生', phone: '13955612345', masked: false });

    const entries = await eventually(
      async () => {
        const page = (await supervision(supervisor, `/personal-data-access?recordType=complaint&recordId=${complaint!.id}`).expect(200)).body as {
          items: AccessItem[];
        };
        return page.items.length > 0 ? page.items : undefined;
      },
      10_000,
      "the handler's read in the supervision access log",
    );
    expect(entries).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: 'handler-discipline' }),
        requestId: read.headers['x-request-id'],
        operationId: 'supervisionGetComplaint',
        recordIds: [complaint!.id],
        recordUnits: ['discipline-office', 'shengtang'],
        fields: ['contact.name', 'contact.phone'],
      }),
    ]);
    await supervision(handler, '/personal-data-access').expect(403);
  });

  it('marks every authenticated answer no-store and leaves anonymous public reads alone', async () => {
    expect((await get(staff, '/residents').expect(200)).headers['cache-control']).toBe('no-store');
    expect((await get(staff, '/communities').expect(200)).headers['cache-control']).toBe('no-store');
    expect((await get(undefined, '/residents').expect(401)).headers['cache-control']).toBeUndefined();
    expect((await get(undefined, '/communities').expect(200)).headers['cache-control']).toBeUndefined();
  });
});
