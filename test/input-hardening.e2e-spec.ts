import net from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { idNumberCheckCharacter } from '#platform/personal-data';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const PROBLEM_JSON = /^application\/problem\+json/;

function idNumber(birth: string, sequence: number): string {
  const first17 = `340800${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** Writes raw bytes to a port and resolves with everything the server sent before closing. */
function rawExchange(url: string, text: string, drip?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(new URL(url).port), '127.0.0.1');
    let received = '';
    let dripping: NodeJS.Timeout | undefined;
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('close', () => {
      clearInterval(dripping);
      resolve(received);
    });
    socket.write(text);
    // A client that sends one byte now and then, never finishing its body.
    if (drip !== undefined) dripping = setInterval(() => socket.writable && socket.write(drip), 100);
  });
}

function statusAndType(raw: string): { status: number; contentType: string | undefined; body: string } {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), contentType: /content-type: ([^\r\n]+)/i.exec(head)?.[1], body };
}

/** Regressions for each class of input that reached a 500, leaked or hung before the platform's input policy. */
describe('input policy: every class of hostile input is refused before the work is done', () => {
  let platform: TestPlatform;
  let staff: string;
  let landStaff: string;
  let supervisor: string;
  let clerk: string;
  let residentId: string;
  let projectId: string;
  const gateway = () => request(platform.gatewayUrl);
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['credit', 'land', 'supervision'], inputLimits: { bodyTimeoutMs: 1_000 } });
    staff = await platform.identity.token(['credit-staff'], ['zone'], 'staff-zone');
    landStaff = await platform.identity.token(['land-staff']);
    supervisor = await platform.identity.token(['discipline-supervisor']);
    clerk = await platform.identity.token(['village-clerk'], ['shengtang'], 'clerk-shengtang');
    await gateway()
      .post('/api/v1/credit/communities')
      .set(as(staff))
      .send({ code: 'shengtang', name: '盛塘社区', subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' })
      .expect(201);
    await gateway().post('/api/v1/credit/households').set(as(staff)).send({ communityCode: 'shengtang', householdNumber: 'ST-0001' }).expect(201);
    await gateway().post('/api/v1/credit/indicators').set(as(staff)).send({ code: 'ENV-01', category: 'environment', name: '庭院整洁', points: 3 }).expect(201);
    const resident = await gateway()
      .post('/api/v1/credit/residents')
      .set(as(staff))
      .set('idempotency-key', 'resident-create-0001')
      .send({ communityCode: 'shengtang', householdNumber: 'ST-0001', name: '杨某某', idNumber: idNumber('19590315', 1), phone: '13900000001' })
      .expect(201);
    residentId = resident.body.id;
    const project = await gateway()
      .post('/api/v1/land/projects')
      .set(as(landStaff))
      .send({ name: '安庆长风港二期', category: 'provincial-key', requestedAreaMu: '382.54' })
      .expect(201);
    projectId = project.body.id;
    await gateway().post('/api/v1/supervision/units').set(as(supervisor)).send({ code: 'shengtang', name: '盛塘社区', kind: 'community' }).expect(201);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('refuses deeply nested bodies before parsing them: anonymous ones by size, authenticated ones by depth', async () => {
    const megabyte = '['.repeat(512 * 1024) + ']'.repeat(512 * 1024);
    const anonymous = await gateway().post('/api/v1/supervision/complaints').set('content-type', 'application/json').send(megabyte).expect(413);
    expect(anonymous.headers['content-type']).toMatch(PROBLEM_JSON);
    const direct = await request(platform.serviceUrls.supervision!)
      .post('/api/v1/supervision/complaints')
      .set('content-type', 'application/json')
      .send(megabyte)
      .expect(413);
    expect(direct.headers['content-type']).toMatch(PROBLEM_JSON);
    for (const base of [platform.gatewayUrl, platform.serviceUrls.land!]) {
      const deep = await request(base).post('/api/v1/land/projects').set(as(landStaff)).set('content-type', 'application/json').send(megabyte).expect(400);
      expect(deep.body).toMatchObject({ type: 'urn:zone-gov:problem:body-too-deep' });
    }
    // A forged token does not buy the staff limit.
    const forged = await request(platform.serviceUrls.supervision!)
      .post('/api/v1/supervision/complaints')
      .set('authorization', 'Bearer not.a.token')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ content: 'x'.repeat(100 * 1024) }))
      .expect(413);
    expect(forged.headers['content-type']).toMatch(PROBLEM_JSON);
  });

  it('refuses NUL, control characters and lone surrogates in body, query and path, naming the field', async () => {
    const body = await gateway()
      .post('/api/v1/land/projects')
      .set(as(landStaff))
      .send({ name: 'a\u0000b', category: 'provincial-key', requestedAreaMu: '1' })
      .expect(400);
    expect(body.body.errors).toEqual([{ field: 'name', message: 'name must not contain NUL characters' }]);
    const surrogate = await gateway()
      .post('/api/v1/land/projects')
      .set(as(landStaff))
      .set('content-type', 'application/json')
      .send('{"name":"\\ud800x","category":"provincial-key","requestedAreaMu":"1"}')
      .expect(400);
    expect(surrogate.body.errors[0].field).toBe('name');
    const query = await gateway().get('/api/v1/credit/residents?communityCode=a%00b').set(as(staff)).expect(400);
    expect(query.body.errors[0]).toMatchObject({ field: 'communityCode' });
    const pathSegment = await gateway().get('/api/v1/supervision/complaints/tracking/TS-%00').expect(400);
    expect(pathSegment.body.errors[0]).toMatchObject({ field: 'trackingCode' });
    const control = await gateway()
      .post('/api/v1/land/projects')
      .set(as(landStaff))
      .send({ name: 'bell\u0007', category: 'provincial-key', requestedAreaMu: '1' })
      .expect(400);
    expect(control.body.errors[0].field).toBe('name');
  });

  it('refuses forged cursors on every list that takes one', async () => {
    const document = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../openapi/zone-gov-platform.json'), 'utf8')) as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; 'x-roles'?: string[] }>>;
    };
    const roles = ['credit-staff', 'land-staff', 'discipline-supervisor', 'complaint-handler', 'leadership', 'zone-admin', 'village-clerk'] as const;
    // Every list this staff token may call (a resident's own lists are swept in their own test files).
    const lists = Object.entries(document.paths).filter(
      ([listPath, item]) =>
        !listPath.includes('{') &&
        ['credit', 'land', 'supervision'].includes(listPath.split('/')[3]!) &&
        item.get?.parameters?.some((parameter) => parameter.name === 'cursor') &&
        (item.get['x-roles'] === undefined ||
          item.get['x-roles'].length === 0 ||
          item.get['x-roles'].some((role) => (roles as readonly string[]).includes(role))),
    );
    expect(lists.length).toBeGreaterThan(20);
    const forged = Buffer.from(JSON.stringify({ k: ['x', 'y'] })).toString('base64url');
    const token = await platform.identity.token([...roles]);
    for (const [listPath] of lists) {
      const answer = await gateway().get(`${listPath}?cursor=${forged}`).set(as(token));
      expect({ listPath, status: answer.status, type: answer.body.type }).toEqual({ listPath, status: 400, type: 'urn:zone-gov:problem:invalid-cursor' });
    }
  });

  it('bounds numbers and dates from one set of validators: unsafe integers, path years, impossible dates, nulls, missing parts', async () => {
    const hugeLimit = await gateway().get('/api/v1/land/projects?limit=99999999999999999999').set(as(landStaff)).expect(400);
    expect(hugeLimit.body.errors[0].field).toBe('limit');
    const year = await gateway().get('/api/v1/land/working-calendar/years/99999999999999999999').expect(400);
    expect(year.body.errors[0].field).toBe('year');
    const points = await gateway()
      .post('/api/v1/credit/indicators')
      .set(as(staff))
      .set('content-type', 'application/json')
      .send('{"code":"BIG-01","category":"environment","name":"x","points":99999999999999999999}')
      .expect(400);
    expect(points.body.errors[0].field).toBe('points');
    for (const asOf of ['2026-02-30', 'abc']) {
      const answer = await gateway().get(`/api/v1/supervision/findings/overdue?asOf=${asOf}`).set(as(supervisor)).expect(400);
      expect(answer.body.errors[0].field).toBe('asOf');
    }
    const cleared = await gateway().patch(`/api/v1/credit/residents/${residentId}`).set(as(staff)).send({ name: null }).expect(400);
    expect(cleared.body.errors).toEqual([{ field: 'name', message: 'name must not be null; leave the field out instead' }]);
    const listForObject = await gateway()
      .post('/api/v1/land/batches')
      .set(as(landStaff))
      .send({ name: '嵌套数组', parcels: [[]] })
      .expect(400);
    expect(listForObject.body.errors).toEqual([{ field: 'parcels.0', message: 'parcels.0 must be an object' }]);
    const empty = await gateway().put(`/api/v1/land/projects/${projectId}/assignment`).set(as(landStaff)).send({}).expect(400);
    expect(empty.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['responsibleLeader', 'taskForce']);
  });

  it('answers domain limits with the field before the database sees them: zero areas and batch totals', async () => {
    for (const area of ['0', '0.0000']) {
      const zero = await gateway()
        .post('/api/v1/land/projects')
        .set(as(landStaff))
        .send({ name: '零面积项目', category: 'provincial-key', requestedAreaMu: area })
        .expect(400);
      expect(zero.body.errors[0].field).toBe('requestedAreaMu');
    }
    const parcels = [1, 2].map((index) => ({ projectId, parcelCode: `BIG-${index}`, areaMu: '9999999999.9999' }));
    const total = await gateway().post('/api/v1/land/batches').set(as(landStaff)).send({ name: '超大批次', parcels }).expect(422);
    expect(total.body).toMatchObject({ type: 'urn:zone-gov:problem:batch-area-too-large', errors: [{ field: 'parcels' }] });
    const [{ count }] = await queryDatabase<{ count: string }>(platform.databaseUrls.land!, `SELECT count(*) FROM batches`);
    expect(count).toBe('0');
  });

  it('answers the HTTP layer’s own errors as problem details: absolute-form, 414, 415, 431, slow bodies', async () => {
    const absolute = statusAndType(
      await rawExchange(
        platform.gatewayUrl,
        `GET ${platform.gatewayUrl}/api/v1/land/working-calendar/years/2026 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      ),
    );
    expect(absolute.status).toBe(200);
    const longSegment = await gateway()
      .get(`/api/v1/land/projects/${'a'.repeat(300)}`)
      .set(as(landStaff))
      .expect(414);
    expect(longSegment.headers['content-type']).toMatch(PROBLEM_JSON);
    const form = await request(platform.serviceUrls.land!)
      .post('/api/v1/land/projects')
      .set(as(landStaff))
      .set('content-type', 'application/x-www-form-urlencoded')
      .send('name=x')
      .expect(415);
    expect(form.headers['content-type']).toMatch(PROBLEM_JSON);
    for (const base of [platform.gatewayUrl, platform.serviceUrls.land!]) {
      const headers = statusAndType(await rawExchange(base, `GET /api/v1/land/projects HTTP/1.1\r\nHost: x\r\nX-Filler: ${'a'.repeat(70_000)}\r\n\r\n`));
      expect(headers).toMatchObject({ status: 431, contentType: expect.stringMatching(PROBLEM_JSON) });
      const slow = statusAndType(
        await rawExchange(
          base,
          `POST /api/v1/land/projects HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${landStaff}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`,
          ' ',
        ),
      );
      expect(slow).toMatchObject({ status: 408, contentType: expect.stringMatching(PROBLEM_JSON) });
      expect(JSON.parse(slow.body)).toMatchObject({ type: 'urn:zone-gov:problem:request-timeout' });
    }
  });

  it('keeps no personal data of a remembered answer in clear, purges expired keys, and refuses a key reused for another body everywhere', async () => {
    const [stored] = await queryDatabase<Record<string, unknown>>(
      platform.databaseUrls.credit!,
      `SELECT * FROM idempotency_keys WHERE key = 'resident-create-0001'`,
    );
    expect(stored).toBeDefined();
    const text = JSON.stringify(stored);
    for (const secret of ['杨某某', idNumber('19590315', 1), '13900000001']) expect(text).not.toContain(secret);
    const replay = await gateway()
      .post('/api/v1/credit/residents')
      .set(as(staff))
      .set('idempotency-key', 'resident-create-0001')
      .send({ communityCode: 'shengtang', householdNumber: 'ST-0001', name: '杨某某', idNumber: idNumber('19590315', 1), phone: '13900000001' })
      .expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toMatchObject({ id: residentId, name: '杨某某' });

    await queryDatabase(
      platform.databaseUrls.credit!,
      `UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'resident-create-0001'`,
    );
    await gateway()
      .post('/api/v1/credit/indicators')
      .set(as(staff))
      .set('idempotency-key', 'indicator-create-0001')
      .send({ code: 'ENV-02', category: 'environment', name: '门前三包', points: 2 })
      .expect(201);
    expect(await queryDatabase(platform.databaseUrls.credit!, `SELECT key FROM idempotency_keys WHERE key = 'resident-create-0001'`)).toEqual([]);

    const entry = { residentId, indicatorCode: 'ENV-01', occurredOn: '2026-04-01', reason: '庭院整洁' };
    const first = await gateway().post('/api/v1/credit/ledger-entries').set(as(staff)).set('idempotency-key', 'ledger-award-0001').send(entry).expect(201);
    const again = await gateway().post('/api/v1/credit/ledger-entries').set(as(staff)).set('idempotency-key', 'ledger-award-0001').send(entry).expect(200);
    expect(again.body.id).toBe(first.body.id);
    const other = await gateway()
      .post('/api/v1/credit/ledger-entries')
      .set(as(staff))
      .set('idempotency-key', 'ledger-award-0001')
      .send({ ...entry, reason: '另一次奖励' })
      .expect(422);
    expect(other.body).toMatchObject({ type: 'urn:zone-gov:problem:idempotency-key-reused' });
    const indicator = await gateway()
      .post('/api/v1/credit/indicators')
      .set(as(staff))
      .set('idempotency-key', 'indicator-create-0001')
      .send({ code: 'ENV-03', category: 'environment', name: '另一指标', points: 1 })
      .expect(422);
    expect(indicator.body.type).toBe(other.body.type);
    const [{ count }] = await queryDatabase<{ count: string }>(platform.databaseUrls.credit!, `SELECT count(*) FROM ledger_entries`);
    expect(count).toBe('1');
  });

  it('verifies disclosure recipients’ ID numbers with the check character', async () => {
    const first17 = '34081120100101123';
    const wrong = first17 + (idNumberCheckCharacter(first17) === '1' ? '2' : '1');
    const answer = await gateway()
      .post('/api/v1/supervision/disclosures')
      .set(as(clerk))
      .send({
        unitCode: 'shengtang',
        itemCode: 'L-02',
        period: '2026-04',
        title: '测试公示',
        summary: '测试',
        lines: [],
        recipients: [{ name: '杨国华', idNumber: wrong, amount: '100.00' }],
        attachments: [],
      });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toContainEqual({ field: 'recipients.0.idNumber', message: 'ID number check digit does not match' });
  });
});
