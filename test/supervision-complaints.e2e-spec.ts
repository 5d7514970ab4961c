import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { clock } from '#platform/clock';

const base = '/api/v1/supervision';
const PHONE = '13955612345';

/** Complaints through the gateway: the public files and tracks, departments handle, supervisors oversee. */
describe('supervision: complaints', () => {
  let platform: TestPlatform;
  let supervisor: string;
  let disciplineOffice: string;
  let businessOffice: string;
  let clerk: string;
  const db = () => platform.databaseUrls.supervision!;
  const api = () => request(platform.gatewayUrl);
  const file = (body: Record<string, unknown>) => api().post(`${base}/complaints`).send(body);
  const registerRecord = (body: Record<string, unknown>, token = businessOffice) =>
    api().post(`${base}/complaint-records`).set('authorization', `Bearer ${token}`).send(body);
  const complaintId = async (trackingCode: string) => {
    const [row] = await queryDatabase<{ id: string }>(db(), `SELECT id FROM complaints WHERE tracking_code = $1`, [trackingCode]);
    return row!.id;
  };
  /** Lists hold other tests' complaints too: keep the one this test is about. */
  const only = (items: { id: string }[], id: string) => items.filter((item) => item.id === id);

  /** A named complaint about 盛塘, handled by the discipline office. */
  async function fileNamed() {
    const filed = await file({
      category: 'village-affairs',
      unitCode: 'shengtang',
      content: '村务公开栏长期未更新',
      anonymous: false,
      contact: { name: '王先生', phone: PHONE },
    }).expect(201);
    return { id: await complaintId(filed.body.trackingCode), trackingCode: filed.body.trackingCode as string, filed: filed.body };
  }

  /** Accepts, handles, answers and closes a complaint in the discipline office. */
  async function handleToClosure(id: string): Promise<void> {
    for (const [step, body] of [
      ['acceptance', {}],
      ['handling', {}],
      ['answer', { answer: '已核实处理', outcome: 'resolved' }],
      ['closure', {}],
    ] as const) {
      await api().post(`${base}/complaints/${id}/${step}`).set('authorization', `Bearer ${disciplineOffice}`).send(body).expect(200);
    }
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['supervision'] });
    supervisor = await platform.identity.token(['discipline-supervisor']);
    disciplineOffice = await platform.identity.token(['complaint-handler'], ['discipline-office'], 'handler-discipline');
    businessOffice = await platform.identity.token(['complaint-handler'], ['business-environment-office'], 'handler-business');
    clerk = await platform.identity.token(['village-clerk'], ['shengtang']);
    await api().post(`${base}/units`).set('authorization', `Bearer ${supervisor}`).send({ code: 'shengtang', name: '盛塘社区', kind: 'community' }).expect(201);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('lets anyone file, anonymously or with contact, and follow the case by tracking code only', async () => {
    await file({ category: 'business-environment', content: '匿名投诉测试内容', anonymous: true, contact: { name: '王先生', phone: PHONE } }).expect(422);
    const missing = await file({ category: 'village-affairs', content: '实名投诉测试内容', anonymous: false }).expect(400);
    expect(missing.body.errors.map((error: { field: string }) => error.field)).toContain('contact');
    await file({ category: 'village-affairs', unitCode: 'nowhere', content: '实名投诉测试内容', anonymous: true }).expect(422);

    const anonymous = await file({ category: 'business-environment', content: '企业办理用电报装多次往返', anonymous: true }).expect(201);
    expect(anonymous.body).toMatchObject({ status: 'received', trackingCode: expect.stringMatching(/^TS-[2-9A-HJ-NP-Z]{12}$/) });
    const { id: namedId, trackingCode: namedCode, filed: named } = await fileNamed();
    const tracked = await api().get(named.trackingPath).expect(200);
    expect(tracked.body).toMatchObject({ trackingCode: namedCode, status: 'received', stepDueOn: named.acceptDueOn });
    expect(tracked.body.steps).toEqual([expect.objectContaining({ status: 'received', actor: 'complainant' })]);
    expect(JSON.stringify(tracked.body)).not.toContain(PHONE);
    expect(JSON.stringify(tracked.body)).not.toContain('王');
    await api().get(`${base}/complaints/tracking/TS-AAAAAAAAAAAA`).expect(404);

    const stored = await queryDatabase(db(), `SELECT * FROM complaints WHERE id = $1`, [namedId]);
    expect(JSON.stringify(stored)).not.toContain(PHONE);
    expect(JSON.stringify(stored)).not.toContain('王先生');
    const audit = await queryDatabase(db(), `SELECT details FROM audit_log WHERE target_id = $1`, [namedId]);
    expect(JSON.stringify(audit)).not.toContain(PHONE);
  });

  it('shows contact details only to the handling department', async () => {
    const { id: namedId } = await fileNamed();
    const business = await file({ category: 'business-environment', content: '企业办理用水报装多次往返', anonymous: true }).expect(201);
    const businessId = await complaintId(business.body.trackingCode);
    const handling = await api().get(`${base}/complaints/${namedId}`).set('authorization', `Bearer ${disciplineOffice}`).expect(200);
    expect(handling.body.contact).toEqual({ name: '王先生', phone: PHONE, masked: false });
    const overseeing = await api().get(`${base}/complaints/${namedId}`).set('authorization', `Bearer ${supervisor}`).expect(200);
    expect(overseeing.body.contact).toEqual({ name: '王**', phone: '139****2345', masked: true });
    await api().get(`${base}/complaints/${namedId}`).set('authorization', `Bearer ${businessOffice}`).expect(404);
    await api().get(`${base}/complaints/${namedId}`).set('authorization', `Bearer ${clerk}`).expect(403);
    await api().get(`${base}/complaints/${namedId}`).expect(401);
    const mine = await api().get(`${base}/complaints?limit=100`).set('authorization', `Bearer ${businessOffice}`).expect(200);
    expect(only(mine.body.items, businessId)).toEqual([expect.objectContaining({ category: 'business-environment' })]);
    expect(only(mine.body.items, namedId)).toEqual([]);
    await api().post(`${base}/complaints/${namedId}/acceptance`).set('authorization', `Bearer ${businessOffice}`).send({}).expect(403);
  });

  it('runs the lifecycle with time, department and note per step; "not our responsibility" names the body', async () => {
    const { id: namedId, trackingCode: namedCode } = await fileNamed();
    await api()
      .post(`${base}/complaints/${namedId}/answer`)
      .set('authorization', `Bearer ${disciplineOffice}`)
      .send({ answer: 'x', outcome: 'resolved' })
      .expect(409);
    await api().post(`${base}/complaints/${namedId}/acceptance`).set('authorization', `Bearer ${disciplineOffice}`).send({ note: '已受理' }).expect(200);
    await api().post(`${base}/complaints/${namedId}/handling`).set('authorization', `Bearer ${disciplineOffice}`).send({ note: '现场核实' }).expect(200);
    const unnamed = await api()
      .post(`${base}/complaints/${namedId}/answer`)
      .set('authorization', `Bearer ${disciplineOffice}`)
      .send({ answer: '此事项不属本部门职责', outcome: 'not-our-responsibility' })
      .expect(400);
    expect(unnamed.body.errors.map((error: { field: string }) => error.field)).toContain('responsibleBody');
    await api()
      .post(`${base}/complaints/${namedId}/answer`)
      .set('authorization', `Bearer ${disciplineOffice}`)
      .send({ answer: '此事项由镇政府负责，已转交', outcome: 'not-our-responsibility', responsibleBody: '菱北办事处' })
      .expect(200);
    await api().post(`${base}/complaints/${namedId}/rejection`).set('authorization', `Bearer ${disciplineOffice}`).send({ reason: 'x' }).expect(409);
    const closed = await api().post(`${base}/complaints/${namedId}/closure`).set('authorization', `Bearer ${disciplineOffice}`).send({}).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', stepDueOn: null, outcome: 'not-our-responsibility', responsibleBody: '菱北办事处' });

    const tracked = await api().get(`${base}/complaints/tracking/${namedCode}`).expect(200);
    expect(tracked.body.steps.map((step: { status: string; actor: string; note: string | null }) => [step.status, step.actor, step.note])).toEqual([
      ['received', 'complainant', null],
      ['accepted', 'discipline-office', '已受理'],
      ['in-progress', 'discipline-office', '现场核实'],
      ['answered', 'discipline-office', null],
      ['closed', 'discipline-office', null],
    ]);
    expect(tracked.body.steps.every((step: { actedOn: string }) => step.actedOn === clock.today())).toBe(true);

    const events = await queryDatabase<{ envelope: { type: string; data: Record<string, unknown> } }>(
      db(),
      `SELECT envelope FROM outbox WHERE record_key = $1 ORDER BY position`,
      [namedId],
    );
    expect(events.map((row) => row.envelope.type)).toEqual([
      'zone.supervision.complaint-filed.v1',
      'zone.supervision.complaint-answered.v1',
      'zone.supervision.complaint-closed.v1',
    ]);
    expect(events[1]!.envelope.data).toMatchObject({ outcome: 'not-our-responsibility', responsibleBody: '菱北办事处', onTime: true });
    expect(JSON.stringify(events)).not.toContain(PHONE);
  });

  it('lists overdue steps by Asia/Shanghai date and records extensions with their reason', async () => {
    const late = await file({ category: 'village-affairs', unitCode: 'shengtang', content: '逾期测试投诉内容', anonymous: true }).expect(201);
    const id = await complaintId(late.body.trackingCode);
    await queryDatabase(db(), `UPDATE complaints SET step_due_on = '2026-04-30' WHERE id = $1`, [id]);
    const onDueDay = await api().get(`${base}/complaints/overdue?asOf=2026-04-30&limit=100`).set('authorization', `Bearer ${disciplineOffice}`).expect(200);
    expect(only(onDueDay.body.items, id)).toEqual([]);
    const after = await api().get(`${base}/complaints/overdue?asOf=2026-05-01&limit=100`).set('authorization', `Bearer ${supervisor}`).expect(200);
    expect(only(after.body.items, id)).toEqual([expect.objectContaining({ id, overdue: true, stepDueOn: '2026-04-30' })]);
    await api().get(`${base}/complaints/overdue`).set('authorization', `Bearer ${clerk}`).expect(403);

    // 30 April + 3 working days skips the Labour Day break (1–5 May): 8 May.
    const extended = await api()
      .post(`${base}/complaints/${id}/extensions`)
      .set('authorization', `Bearer ${disciplineOffice}`)
      .send({ workingDays: 3, reason: '需会同住建局核查' })
      .expect(201);
    expect(extended.body.stepDueOn).toBe('2026-05-08');
    expect(extended.body.steps.at(-1)).toMatchObject({ kind: 'extension', note: '需会同住建局核查', dueOn: '2026-05-08', status: 'received' });
    const rejected = await api()
      .post(`${base}/complaints/${id}/rejection`)
      .set('authorization', `Bearer ${disciplineOffice}`)
      .send({ reason: '重复投诉，已并案' })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: '重复投诉，已并案' });
  });

  it("routes complaints to another department at a supervisor's say", async () => {
    const misfiled = await file({ category: 'other', content: '实为营商环境问题的投诉', anonymous: true }).expect(201);
    const id = await complaintId(misfiled.body.trackingCode);
    await api()
      .post(`${base}/complaints/${id}/routing`)
      .set('authorization', `Bearer ${disciplineOffice}`)
      .send({ department: 'business-environment-office', note: 'x' })
      .expect(403);
    await api()
      .post(`${base}/complaints/${id}/routing`)
      .set('authorization', `Bearer ${supervisor}`)
      .send({ department: 'business-environment-office', note: '转营商环境办' })
      .expect(200);
    await api().get(`${base}/complaints/${id}`).set('authorization', `Bearer ${disciplineOffice}`).expect(404);
    await api().post(`${base}/complaints/${id}/acceptance`).set('authorization', `Bearer ${businessOffice}`).send({}).expect(200);
  });

  it('registers complaints from other channels with their dates, open or closed', async () => {
    const record = registerRecord;
    await record({ category: 'business-environment', content: '热线登记的投诉', channel: 'hotline', receivedOn: '2026-03-10', closedOn: '2026-03-20' }).expect(
      400,
    );
    await record({
      category: 'business-environment',
      content: '热线登记的投诉',
      channel: 'hotline',
      receivedOn: '2026-03-10',
      closedOn: '2026-03-09',
      answer: 'x',
    }).expect(422);
    await record({ category: 'village-affairs', content: '来信登记的投诉', channel: 'letter', receivedOn: '2026-03-10' }).expect(403);
    const today = clock.today();
    const closed = await record({
      category: 'business-environment',
      content: '热线登记的投诉',
      channel: 'hotline',
      receivedOn: today,
      closedOn: today,
      answer: '已答复',
    }).expect(201);
    // The day it was received, as given: a business date, not an instant a UTC formatter would show as the day before.
    expect(closed.body).toMatchObject({ status: 'closed', channel: 'hotline', stepDueOn: null, stepDueBasis: null, filedOn: today });
    expect(closed.body.steps.map((step: { status: string; actedOn: string }) => [step.status, step.actedOn])).toEqual([
      ['received', today],
      ['closed', today],
    ]);
    // Complaints filed on the platform are not listed among the records.
    const filed = await file({ category: 'business-environment', content: '平台提交的投诉', anonymous: true }).expect(201);
    const records = await api().get(`${base}/complaint-records?limit=100`).set('authorization', `Bearer ${supervisor}`).expect(200);
    expect(only(records.body.items, closed.body.id)).toHaveLength(1);
    expect(only(records.body.items, await complaintId(filed.body.trackingCode))).toEqual([]);
    expect(records.body.items.filter((item: { channel: string }) => item.channel === 'platform')).toEqual([]);
  });

  it('counts by unit and category, suppressing small counts in public only', async () => {
    // A year no other test files in, so that the counts are this test's complaints alone.
    clock.freezeAt('2024-06-12T10:00:00+08:00');
    try {
      const today = clock.today();
      for (let index = 0; index < 3; index += 1)
        await file({ category: 'business-environment', content: `营商环境投诉测试${index}`, anonymous: true }).expect(201);
      await registerRecord({
        category: 'business-environment',
        content: '热线登记的投诉',
        channel: 'hotline',
        receivedOn: today,
        closedOn: today,
        answer: '已答复',
      }).expect(201);
      await handleToClosure((await fileNamed()).id);
      const toReject = await file({ category: 'village-affairs', unitCode: 'shengtang', content: '重复提交的投诉内容', anonymous: true }).expect(201);
      await api()
        .post(`${base}/complaints/${await complaintId(toReject.body.trackingCode)}/rejection`)
        .set('authorization', `Bearer ${disciplineOffice}`)
        .send({ reason: '重复投诉，已并案' })
        .expect(200);
      const year = today.slice(0, 4);
      const open = await api().get(`${base}/complaints/statistics?year=${year}`).expect(200);
      const category = (body: { byCategory: { category: string }[] }, name: string) => body.byCategory.find((entry) => entry.category === name);
      expect(open.body).toMatchObject({ suppressed: true, threshold: 3 });
      // Three through the platform, one registered from the hotline and already closed: the single closed one is
      // hidden, and so are the other parts, which would otherwise give it away by subtraction.
      expect(category(open.body, 'business-environment')).toEqual({ category: 'business-environment', received: 4, closed: null, rejected: null, open: null });
      // Two village-affairs complaints about 盛塘 (one closed, one rejected): too few to show publicly.
      expect(category(open.body, 'village-affairs')).toEqual({ category: 'village-affairs', received: null, closed: null, rejected: null, open: null });
      expect(open.body.items).toContainEqual({ unitCode: 'shengtang', category: 'village-affairs', received: null, closed: null, rejected: null, open: null });
      const exact = await api().get(`${base}/complaints/statistics?year=${year}`).set('authorization', `Bearer ${supervisor}`).expect(200);
      expect(exact.body.suppressed).toBe(false);
      expect(exact.body.items).toContainEqual({ unitCode: 'shengtang', category: 'village-affairs', received: 2, closed: 1, rejected: 1, open: 0 });
    } finally {
      clock.reset();
    }
  });

  it('counts complaints as of a date or for a period: later filings left out, closures counted from the day they happened', async () => {
    await api()
      .post(`${base}/units`)
      .set('authorization', `Bearer ${supervisor}`)
      .send({ code: 'luochong', name: '罗冲社区', kind: 'community', township: '菱北办事处' })
      .expect(201);
    const record = (body: Record<string, unknown>) =>
      api()
        .post(`${base}/complaint-records`)
        .set('authorization', `Bearer ${businessOffice}`)
        .send({ category: 'business-environment', unitCode: 'luochong', channel: 'hotline', content: '往年热线登记的投诉', ...body });
    await record({ receivedOn: '2025-03-10', closedOn: '2025-05-20', answer: '已答复' }).expect(201);
    await record({ receivedOn: '2025-04-02' }).expect(201);
    const statistics = (query: string) => api().get(`${base}/complaints/statistics?${query}`).set('authorization', `Bearer ${supervisor}`);
    const luochong = (body: { items: { unitCode: string | null; category: string }[] }) =>
      body.items.find((row) => row.unitCode === 'luochong' && row.category === 'business-environment');

    const march = (await statistics('asOf=2025-03-31').expect(200)).body;
    expect(march.period).toEqual({ from: null, to: '2025-03-31' });
    expect(luochong(march)).toEqual({ unitCode: 'luochong', category: 'business-environment', received: 1, closed: 0, rejected: 0, open: 1 });
    expect(luochong((await statistics('asOf=2025-04-30').expect(200)).body)).toMatchObject({ received: 2, closed: 0, open: 2 });
    const may = (await statistics('asOf=2025-05-31').expect(200)).body;
    expect(luochong(may)).toMatchObject({ received: 2, closed: 1, open: 1 });
    // 菱北办事处 has other tests' units too; in the first five months of 2025 only these two complaints.
    const spring = (await statistics('from=2025-01-01&to=2025-05-31').expect(200)).body;
    expect(spring.bySubDistrict).toContainEqual({ township: '菱北办事处', received: 2, closed: 1, rejected: 0, open: 1 });
    expect(luochong((await statistics('from=2025-04-01&to=2025-04-30').expect(200)).body)).toMatchObject({ received: 1, closed: 0, open: 1 });
    const year = (await statistics('year=2025').expect(200)).body;
    expect(year.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(luochong(year)).toMatchObject({ received: 2, closed: 1 });
    expect((await api().get(`${base}/complaints/statistics?from=2025-05-01&to=2025-04-01`).expect(422)).body.type).toBe('urn:zone-gov:problem:date-order');
    // The public still sees small counts suppressed, per sub-district too.
    const open = (await api().get(`${base}/complaints/statistics?from=2025-01-01&to=2025-05-31`).expect(200)).body;
    expect(open.bySubDistrict).toContainEqual({ township: '菱北办事处', received: null, closed: null, rejected: null, open: null });

    const csv = await statistics('asOf=2025-05-31&format=csv').expect(200);
    expect(csv.text.replace(/^\ufeff/, '').split('\r\n')[0]).toBe('投诉举报统计,筛选：asOf=2025-05-31,截至：2025-05-31');
  });

  it('counts complaints without a unit and units without a township under no township, beside the townships', async () => {
    for (const unit of [
      { code: 'wuling', name: '乌岭社区', kind: 'community', township: '菱北办事处' },
      { code: 'zone', name: '安庆经开区', kind: 'zone' },
    ])
      await api().post(`${base}/units`).set('authorization', `Bearer ${supervisor}`).send(unit).expect(201);
    // February 2023: no other test records complaints then.
    for (const dates of [
      { receivedOn: '2023-02-01' },
      { unitCode: 'zone', receivedOn: '2023-02-02', closedOn: '2023-02-03', answer: '已答复' },
      { unitCode: 'wuling', receivedOn: '2023-02-04', closedOn: '2023-02-10', answer: '已答复' },
      { unitCode: 'wuling', receivedOn: '2023-02-05' },
    ])
      await registerRecord({ category: 'business-environment', channel: 'letter', content: '来信登记的投诉', ...dates }).expect(201);
    const statistics = async (query: string) =>
      (await api().get(`${base}/complaints/statistics?${query}`).set('authorization', `Bearer ${supervisor}`).expect(200)).body;

    const month = await statistics('from=2023-02-01&to=2023-02-28');
    const cell = (unitCode: string | null, received: number, closed: number) => ({
      unitCode,
      category: 'business-environment',
      received,
      closed,
      rejected: 0,
      open: received - closed,
    });
    expect(month.items).toEqual([cell(null, 1, 0), cell('wuling', 2, 1), cell('zone', 1, 1)]);
    expect(month.bySubDistrict).toEqual([
      { township: '菱北办事处', received: 2, closed: 1, rejected: 0, open: 1 },
      { township: null, received: 2, closed: 1, rejected: 0, open: 1 },
    ]);
    // 乌岭's complaint closed on 10 February is still open at the end of the 8th, in its cell and in its township.
    const early = await statistics('from=2023-02-01&to=2023-02-08');
    expect(early.items).toContainEqual(cell('wuling', 2, 0));
    expect(early.bySubDistrict).toContainEqual({ township: '菱北办事处', received: 2, closed: 0, rejected: 0, open: 2 });
  });

  it('counts a deadline reaching a year without its notice on the provisional year, and recounts it when the official year is entered', async () => {
    const admin = await platform.identity.token(['zone-admin']);
    // Thursday 4 February 2027, before the 2027 notice: 除夕 (5 February) to 初三 (8 February) are the statutory days off.
    clock.freezeAt('2027-02-04T10:00:00+08:00');
    try {
      const filed = await file({ category: 'business-environment', content: '春节前提交的营商环境投诉', anonymous: true }).expect(201);
      expect(filed.body).toMatchObject({ acceptDueOn: '2027-02-11', acceptDueBasis: 'provisional' });
      const finished = await file({ category: 'business-environment', content: '已办结的投诉不再调整期限', anonymous: true }).expect(201);
      const finishedId = await complaintId(finished.body.trackingCode);
      await api().post(`${base}/complaints/${finishedId}/rejection`).set('authorization', `Bearer ${businessOffice}`).send({ reason: '重复投诉' }).expect(200);

      // A test arrangement (not the real notice): 5 to 11 February off, Saturday 13 February worked.
      const springFestival = { zh: '春节', en: 'Spring Festival' };
      const official2027 = {
        source: 'Test arrangement for 2027 with a make-up working day',
        holidays: [
          { date: '2027-01-01', festival: { zh: '元旦', en: "New Year's Day" } },
          ...['05', '06', '07', '08', '09', '10', '11'].map((day) => ({ date: `2027-02-${day}`, festival: springFestival })),
        ],
        makeUpWorkdays: [{ date: '2027-02-13', festival: springFestival }],
      };
      await api().put(`${base}/working-calendar/years/2027`).set('authorization', `Bearer ${admin}`).send(official2027).expect(200);

      // Three working days after 4 February are now Friday 12, Saturday 13 (worked) and Monday 15 February.
      const tracked = await api().get(filed.body.trackingPath).expect(200);
      expect(tracked.body).toMatchObject({ status: 'received', stepDueOn: '2027-02-15', stepDueBasis: 'official' });
      expect(tracked.body.steps.at(-1)).toMatchObject({ kind: 'deadline-revised', status: 'received', actor: 'working-calendar', dueOn: '2027-02-15' });
      expect(tracked.body.steps.at(-1).note).toMatch(/^2027-02-11 → 2027-02-15: Official 2027 calendar entered \(Test arrangement/);

      const moved = await api()
        .get(`${base}/working-calendar/deadline-changes?year=2027&resourceType=complaint`)
        .set('authorization', `Bearer ${supervisor}`)
        .expect(200);
      const filedId = await complaintId(filed.body.trackingCode);
      expect(moved.body.items).toEqual([
        expect.objectContaining({
          resourceType: 'complaint',
          resourceId: filedId,
          field: 'stepDueOn',
          calendarYear: 2027,
          oldDueOn: '2027-02-11',
          newDueOn: '2027-02-15',
          oldBasis: 'provisional',
          newBasis: 'official',
        }),
      ]);
      await api().get(`${base}/working-calendar/deadline-changes`).expect(401);
      const rejected = await api().get(finished.body.trackingPath).expect(200);
      expect(rejected.body.steps.map((step: { kind: string }) => step.kind)).not.toContain('deadline-revised');
    } finally {
      clock.reset();
    }
  });
});
