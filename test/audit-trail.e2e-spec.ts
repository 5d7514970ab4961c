import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { dropTestDatabases, eventually, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const ID_NUMBER = '34081120100101129X';

interface Entry {
  id: string;
  service?: string;
  occurredAt: string;
  actor: { id: string; name: string | null; kind: string; roles: string[]; units: string[] };
  action: string;
  targetType: string;
  targetId: string;
  summary: string;
  changes: { field: string; from: string | null; to: string | null }[];
  details: Record<string, unknown> | null;
  requestId: string | null;
  correlationId: string | null;
}

const content = (title: string, amounts: string[]) => ({
  title,
  summary: '测试公示',
  lines: amounts.map((quantity, index) => ({ label: `第${index + 1}笔`, quantity, unit: 'yuan' })),
  recipients: [{ name: '杨国华', idNumber: ID_NUMBER, amount: amounts[0], note: '测试' }],
  attachments: [{ name: '花名册.pdf', reference: 'files/test/roster.pdf' }],
});

/** The audit trail read through the API, as a discipline-inspection supervisor would, on the real services. */
describe('audit trail', () => {
  let platform: TestPlatform;
  let supervisor: string;
  let shengtangSupervisor: string;
  let zoneAdmin: string;
  let creditStaff: string;
  let shengtangClerk: string;
  let wulingClerk: string;
  let disclosureId: string;
  let wulingDisclosureId: string;
  let residentId: string;
  const api = () => request(platform.gatewayUrl);
  const as = (token: string, path: string) => api().get(path).set('authorization', `Bearer ${token}`);

  /** Every entry of a list, following its cursors with pages of `limit`. */
  async function readAll(token: string, path: string, limit: number): Promise<Entry[][]> {
    const pages: Entry[][] = [];
    let cursor: string | undefined;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const page = await as(token, `${path}${separator}limit=${limit}${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`).expect(200);
      pages.push(page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor !== undefined && pages.length < 100);
    return pages;
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process' });
    supervisor = await platform.identity.token(['discipline-supervisor'], ['zone'], 'supervisor-zone');
    shengtangSupervisor = await platform.identity.token(['discipline-supervisor'], ['shengtang'], 'supervisor-shengtang');
    zoneAdmin = await platform.identity.token(['zone-admin'], [], 'admin');
    creditStaff = await platform.identity.token(['credit-staff'], ['zone'], 'staff-zone');
    shengtangClerk = await platform.identity.token(['village-clerk'], ['shengtang'], 'clerk-shengtang');
    wulingClerk = await platform.identity.token(['village-clerk'], ['wuling'], 'clerk-wuling');
    const send = (method: 'post' | 'put' | 'patch', token: string, path: string, body: object, requestId?: string) => {
      const call = api()[method](path).set('authorization', `Bearer ${token}`);
      return (requestId === undefined ? call : call.set('x-request-id', requestId)).send(body);
    };

    const supervision = '/api/v1/supervision';
    for (const unit of [
      { code: 'shengtang', name: '盛塘社区', kind: 'community', township: '菱北办事处' },
      { code: 'wuling', name: '乌岭社区', kind: 'community', township: '菱北办事处' },
    ]) {
      await send('post', supervisor, `${supervision}/units`, unit).expect(201);
    }
    await send('post', supervisor, `${supervision}/supervision-items`, {
      code: 'L-02',
      name: '孤儿和事实无人抚养儿童生活补贴',
      responsibleBody: '所在村(社区)及主管部门',
      supervisingBody: '经开区纪监工委',
      process: '申请 → 受理初审 → 审核 → 公示',
      policyBasis: '待按本地事项清单填写',
      origin: 'local',
      category: 'subsidies',
      disclosureFrequency: 'monthly',
      dueWorkingDays: 3,
    }).expect(201);
    const created = await send(
      'post',
      shengtangClerk,
      `${supervision}/disclosures`,
      { unitCode: 'shengtang', itemCode: 'L-02', period: '2026-04', ...content('盛塘社区4月补贴公示（草稿）', ['1200.00']) },
      'audit-create-0001',
    ).expect(201);
    disclosureId = created.body.id;
    await send(
      'put',
      shengtangClerk,
      `${supervision}/disclosures/${disclosureId}/draft`,
      content('盛塘社区2026年4月生活补贴公示', ['1200.00', '2400.00']),
      'audit-edit-0001',
    ).expect(200);
    await send('post', shengtangClerk, `${supervision}/disclosures/${disclosureId}/submission`, {}).expect(200);
    await send('post', supervisor, `${supervision}/disclosures/${disclosureId}/publication`, {}).expect(200);
    await send(
      'post',
      shengtangClerk,
      `${supervision}/disclosures/${disclosureId}/corrections`,
      { ...content('盛塘社区2026年4月生活补贴公示（更正）', ['1200.00', '3000.00']), reason: '补录漏报金额' },
      'audit-correct-0001',
    ).expect(201);
    const wuling = await send('post', wulingClerk, `${supervision}/disclosures`, {
      unitCode: 'wuling',
      itemCode: 'L-02',
      period: '2026-04',
      ...content('乌岭社区4月补贴公示', ['800.00']),
    }).expect(201);
    wulingDisclosureId = wuling.body.id;

    const credit = '/api/v1/credit';
    await send('post', creditStaff, `${credit}/communities`, {
      code: 'shengtang',
      name: '盛塘社区',
      subDistrictCode: 'lingbei',
      subDistrictName: '菱北办事处',
    }).expect(201);
    await send('post', creditStaff, `${credit}/households`, { communityCode: 'shengtang', householdNumber: 'ST-0001' }).expect(201);
    const resident = await send('post', creditStaff, `${credit}/residents`, {
      communityCode: 'shengtang',
      householdNumber: 'ST-0001',
      name: '杨国华',
      idNumber: ID_NUMBER,
      phone: '13900000001',
    }).expect(201);
    residentId = resident.body.id;
    await send('patch', creditStaff, `${credit}/residents/${residentId}`, { phone: '13900000002' }).expect(200);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('answers "who changed this disclosure, when and from what"', async () => {
    const trail = await as(supervisor, `/api/v1/supervision/audit-log?targetType=disclosure&targetId=${disclosureId}`).expect(200);
    const entries = trail.body.items as Entry[];
    expect(entries.map((entry) => entry.action)).toEqual([
      'disclosure.correct',
      'disclosure.publish',
      'disclosure.submit',
      'disclosure.edit',
      'disclosure.create',
    ]);
    const times = entries.map((entry) => entry.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);

    const edit = entries.find((entry) => entry.action === 'disclosure.edit')!;
    expect(edit.actor).toEqual({ id: 'clerk-shengtang', name: 'Test user', kind: 'user', roles: ['village-clerk'], units: ['shengtang'] });
    expect(edit.requestId).toBe('audit-edit-0001');
    expect(edit.correlationId).toBe('audit-edit-0001');
    expect(edit.changes).toEqual(
      expect.arrayContaining([
        { field: 'title', from: '盛塘社区4月补贴公示（草稿）', to: '盛塘社区2026年4月生活补贴公示' },
        { field: 'totals', from: '{"yuan":"1200.00"}', to: '{"yuan":"3600.00"}' },
      ]),
    );
    expect(edit.changes.map((change) => change.field)).not.toContain('recipients');
    expect(edit.summary).toContain('title: “盛塘社区4月补贴公示（草稿）” → “盛塘社区2026年4月生活补贴公示”');

    const correction = entries[0]!;
    expect(correction.actor.id).toBe('clerk-shengtang');
    expect(correction.details).toMatchObject({ version: 2, reason: '补录漏报金额' });
    expect(correction.changes).toEqual(
      expect.arrayContaining([
        { field: 'title', from: '盛塘社区2026年4月生活补贴公示', to: '盛塘社区2026年4月生活补贴公示（更正）' },
        { field: 'totals', from: '{"yuan":"3600.00"}', to: '{"yuan":"4200.00"}' },
      ]),
    );
    const publication = entries[1]!;
    expect(publication.actor).toMatchObject({ id: 'supervisor-zone', roles: ['discipline-supervisor'], units: ['zone'] });
    // The recipients' personal data never reaches the trail in clear.
    expect(JSON.stringify(entries)).not.toContain(ID_NUMBER);
    expect(JSON.stringify(entries)).not.toContain('杨国华');
  });

  it('is read by discipline supervisors and zone admins only, and written by nobody', async () => {
    const path = '/api/v1/supervision/audit-log';
    await api().get(path).expect(401);
    await api().get('/api/v1/audit-log').expect(401);
    const refused = await as(creditStaff, '/api/v1/credit/audit-log').expect(403);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    await as(shengtangClerk, path).expect(403);
    await as(creditStaff, '/api/v1/audit-log').expect(403);
    const admin = await as(zoneAdmin, path).expect(200);
    expect(admin.body.items.length).toBeGreaterThan(0);
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      const attempt = await api()[method](path).set('authorization', `Bearer ${zoneAdmin}`).send({});
      expect([404, 405]).toContain(attempt.status);
    }
  });

  it('shows a supervisor of one unit only the writes made for that unit', async () => {
    const own = (await readAll(shengtangSupervisor, '/api/v1/supervision/audit-log', 100)).flat();
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((entry) => entry.actor.units.includes('shengtang'))).toBe(true);
    expect(own.some((entry) => entry.targetId === wulingDisclosureId)).toBe(false);
    expect(own.some((entry) => entry.action === 'disclosure.edit' && entry.targetId === disclosureId)).toBe(true);
    await as(shengtangSupervisor, '/api/v1/supervision/audit-log?unit=wuling').expect(403);
    const wuling = await as(supervisor, '/api/v1/supervision/audit-log?unit=wuling').expect(200);
    expect(wuling.body.items.map((entry: Entry) => [entry.action, entry.targetId])).toEqual([['disclosure.create', wulingDisclosureId]]);
  });

  it('filters by action, action family, actor, time range and request id', async () => {
    const path = '/api/v1/supervision/audit-log';
    const family = (await readAll(supervisor, `${path}?action=disclosure.`, 100)).flat();
    expect(family.length).toBe(6);
    expect(family.every((entry) => entry.action.startsWith('disclosure.'))).toBe(true);
    const edits = await as(supervisor, `${path}?action=disclosure.edit`).expect(200);
    expect(edits.body.items.map((entry: Entry) => entry.targetId)).toEqual([disclosureId]);
    const byActor = (await readAll(supervisor, `${path}?actor=clerk-wuling`, 100)).flat();
    expect(byActor.map((entry) => entry.action)).toEqual(['disclosure.create']);
    await as(supervisor, `${path}?action=${encodeURIComponent('disclosure.%')}`).expect(400);

    const sent = await as(supervisor, `${path}?requestId=audit-edit-0001`).expect(200);
    expect(sent.body.items.map((entry: Entry) => [entry.action, entry.requestId])).toEqual([['disclosure.edit', 'audit-edit-0001']]);

    const trail = (await as(supervisor, `${path}?targetType=disclosure&targetId=${disclosureId}`).expect(200)).body.items as Entry[];
    const at = (action: string) => trail.find((entry) => entry.action === action)!.occurredAt;
    const window = await as(
      supervisor,
      `${path}?targetType=disclosure&targetId=${disclosureId}&from=${encodeURIComponent(at('disclosure.edit'))}&to=${encodeURIComponent(at('disclosure.publish'))}`,
    ).expect(200);
    expect(window.body.items.map((entry: Entry) => entry.action)).toEqual(['disclosure.submit', 'disclosure.edit']);
    await as(supervisor, `${path}?from=2026-04-01`).expect(400);
  });

  it('pages newest first without duplicates or gaps', async () => {
    const path = '/api/v1/supervision/audit-log';
    const whole = (await as(supervisor, `${path}?limit=100`).expect(200)).body.items as Entry[];
    const pages = await readAll(supervisor, path, 3);
    expect(pages.length).toBe(Math.ceil(whole.length / 3));
    expect(pages.flat().map((entry) => entry.id)).toEqual(whole.map((entry) => entry.id));
    await as(supervisor, `${path}?cursor=forged`).expect(400);
  });

  it('masks personal values in the before/after of a resident update', async () => {
    const trail = await as(supervisor, `/api/v1/credit/audit-log?targetType=resident&targetId=${residentId}`).expect(200);
    const update = (trail.body.items as Entry[]).find((entry) => entry.action === 'resident.update')!;
    expect(update.changes).toEqual([{ field: 'phone', from: '139****0001', to: '139****0002' }]);
    expect(update.summary).toContain('phone: “139****0001” → “139****0002”');
    expect(JSON.stringify(trail.body)).not.toMatch(/1390000000[12]|340811201001011/);
    // Not in the table either: the trail stores what it shows.
    const stored = await queryDatabase<{ details: unknown }>(platform.databaseUrls.credit!, `SELECT details FROM audit_log WHERE target_id = $1`, [residentId]);
    expect(JSON.stringify(stored)).not.toMatch(/1390000000[12]/);
  });

  it("merges the services' trails at the gateway, newest first, paging with one cursor", async () => {
    const perService: Record<string, string[]> = {};
    for (const service of ['credit', 'supervision', 'land', 'party']) {
      perService[service] = (await readAll(zoneAdmin, `/api/v1/${service}/audit-log`, 100)).flat().map((entry) => entry.id);
    }
    const pages = await readAll(zoneAdmin, '/api/v1/audit-log', 4);
    const merged = pages.flat();
    expect(pages.slice(0, -1).every((page) => page.length === 4)).toBe(true);
    const keys = merged.map((entry) => `${entry.service}:${entry.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [service, ids] of Object.entries(perService)) {
      expect(merged.filter((entry) => entry.service === service).map((entry) => entry.id)).toEqual(ids);
    }
    // Every service with a trail is in the merge (credit and supervision wrote here; party records the communities credit announced).
    const withTrail = Object.entries(perService)
      .filter(([, ids]) => ids.length > 0)
      .map(([service]) => service);
    expect(withTrail).toEqual(expect.arrayContaining(['credit', 'supervision']));
    expect(new Set(merged.map((entry) => entry.service))).toEqual(new Set(withTrail));
    const times = merged.map((entry) => entry.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);

    // The caller's filters and unit scope travel with the fan-out.
    const disclosures = (await readAll(supervisor, '/api/v1/audit-log?action=disclosure.', 100)).flat();
    expect(disclosures.length).toBe(6);
    expect(disclosures.every((entry) => entry.service === 'supervision')).toBe(true);
    const scoped = (await readAll(shengtangSupervisor, '/api/v1/audit-log', 100)).flat();
    expect(scoped.every((entry) => entry.actor.units.includes('shengtang'))).toBe(true);
    await as(zoneAdmin, '/api/v1/audit-log?cursor=forged').expect(400);
  });

  it('follows a request into the writes its events caused, in every service, by correlation id', async () => {
    const year = {
      year: 2027,
      source: 'Test fixture of the audit-trail e2e test, not the official 2027 arrangement',
      holidays: [{ date: '2027-01-01', festival: { zh: '元旦', en: "New Year's Day" } }],
      makeUpWorkdays: [{ date: '2027-01-02', festival: { zh: '元旦', en: "New Year's Day" } }],
    };
    await api()
      .put('/api/v1/land/working-calendar/years/2027')
      .set('authorization', `Bearer ${zoneAdmin}`)
      .set('x-request-id', 'audit-calendar-0001')
      .send(year)
      .expect(200);
    const chain = await eventually(
      async () => {
        const items = (await as(zoneAdmin, '/api/v1/audit-log?correlationId=audit-calendar-0001').expect(200)).body.items as Entry[];
        return items.length === 4 ? items : undefined;
      },
      10_000,
      'the other services to apply the year',
    );
    const set = chain.find((entry) => entry.service === 'land')!;
    expect(set).toMatchObject({
      action: 'working-calendar.set-year',
      requestId: 'audit-calendar-0001',
      correlationId: 'audit-calendar-0001',
      actor: { id: 'admin', roles: ['zone-admin'] },
    });
    const applied = chain.filter((entry) => entry.service !== 'land');
    expect(applied.map((entry) => entry.service).sort()).toEqual(['credit', 'party', 'supervision']);
    for (const entry of applied) {
      // Written while handling the event: its own request id is the event's, the chain's is the PUT's.
      expect(entry).toMatchObject({ action: 'working-calendar.apply-year', actor: { id: 'system', kind: 'system' }, correlationId: 'audit-calendar-0001' });
      expect(entry.requestId).not.toBe('audit-calendar-0001');
    }
    await as(zoneAdmin, '/api/v1/credit/audit-log?requestId=audit-calendar-0001')
      .expect(200)
      .expect((response) => expect(response.body.items).toEqual([]));
  });
});
