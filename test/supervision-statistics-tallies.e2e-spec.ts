import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { supervisionService } from '../apps/supervision/src/supervision.service-definition.js';
import { COMPLAINT_TALLIES, tallyDisagreements } from './support/statistics-tallies.js';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { loadDemoData, startTestPlatform, type TestPlatform } from './support/test-platform.js';

const base = '/api/v1/supervision';

/**
 * The running tallies behind the complaint statistics stay equal to the complaints through every write: the demo
 * data, filings online (named and anonymous) and registered from other channels, every handling step to closed and
 * rejected, routing, and bulk SQL moving, back-dating and deleting complaints. Since records began, the statistics
 * answer as counting the complaints from a day before all of them does.
 */
describe('supervision: running tallies of the complaint statistics (through the gateway)', () => {
  let platform: TestPlatform;
  let supervisor: string;
  let disciplineOffice: string;
  let businessOffice: string;
  const db = () => platform.databaseUrls.supervision!;
  const api = () => request(platform.gatewayUrl);
  const statistics = async (query = '') =>
    (await api().get(`${base}/complaints/statistics?limit=100${query}`).set('authorization', `Bearer ${supervisor}`).expect(200)).body;
  /** The default answer (from the tallies when they answer it) and one counted from the complaints. */
  const expectSameAsCounted = async () => {
    const { period, ...tallied } = await statistics();
    const { period: countedPeriod, ...counted } = await statistics('&from=2000-01-01');
    expect(countedPeriod.to).toBe(period.to);
    expect(tallied).toEqual(counted);
    return tallied;
  };
  const complaintId = async (trackingCode: string) =>
    (await queryDatabase<{ id: string }>(db(), `SELECT id FROM complaints WHERE tracking_code = $1`, [trackingCode]))[0]!.id;
  const step = (id: string, path: string, body: object = {}, token = disciplineOffice) =>
    api().post(`${base}/complaints/${id}/${path}`).set('authorization', `Bearer ${token}`).send(body).expect(200);

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['supervision'] });
    supervisor = await platform.identity.token(['discipline-supervisor']);
    disciplineOffice = await platform.identity.token(['complaint-handler'], ['discipline-office'], 'handler-discipline');
    businessOffice = await platform.identity.token(['complaint-handler'], ['business-environment-office'], 'handler-business');
    await loadDemoData(platform, supervisionService.demoData ?? []);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('agree with the demo data, and answer as counting the complaints does', async () => {
    expect(await tallyDisagreements(db(), COMPLAINT_TALLIES)).toEqual({});
    expect((await expectSameAsCounted()).items.length).toBeGreaterThan(0);
  });

  it('follow filings, registrations, handling to closed and rejected, and routing', async () => {
    const filed: string[] = [];
    for (const body of [
      {
        category: 'village-affairs',
        unitCode: 'shengtang',
        content: '村务公开栏长期未更新',
        anonymous: false,
        contact: { name: '王先生', phone: '13955612345' },
      },
      { category: 'village-affairs', unitCode: 'shengtang', content: '村务公开栏内容有误', anonymous: true },
      { category: 'other', content: '未指明单位的投诉', anonymous: true },
    ]) {
      const created = await api().post(`${base}/complaints`).send(body).expect(201);
      filed.push(await complaintId(created.body.trackingCode));
    }
    for (const record of [
      { category: 'business-environment', unitCode: 'wuling', channel: 'hotline', receivedOn: '2026-02-10' },
      { category: 'business-environment', channel: 'letter', receivedOn: '2026-02-11', closedOn: '2026-02-12', answer: '已答复' },
    ])
      await api()
        .post(`${base}/complaint-records`)
        .set('authorization', `Bearer ${businessOffice}`)
        .send({ content: '其他渠道登记的投诉', ...record })
        .expect(201);
    expect(await tallyDisagreements(db(), COMPLAINT_TALLIES)).toEqual({});

    const [named, anonymous, unitless] = filed as [string, string, string];
    for (const [path, body] of [
      ['acceptance', {}],
      ['handling', {}],
      ['answer', { answer: '已核实处理', outcome: 'resolved' }],
      ['closure', {}],
    ] as const) {
      await step(named, path, body);
      expect(await tallyDisagreements(db(), COMPLAINT_TALLIES)).toEqual({});
    }
    await step(anonymous, 'acceptance');
    await step(anonymous, 'rejection', { reason: '不属于受理范围' });
    await step(unitless, 'routing', { department: 'business-environment-office', note: '转营商环境办' }, supervisor);
    await step(unitless, 'rejection', { reason: '重复投诉' }, businessOffice);
    expect(await tallyDisagreements(db(), COMPLAINT_TALLIES)).toEqual({});
    const answer = await expectSameAsCounted();
    expect(answer.items).toContainEqual({ unitCode: 'shengtang', category: 'village-affairs', received: 2, closed: 1, rejected: 1, open: 0 });
  });

  it('follow bulk SQL moving, re-categorising, back-dating and deleting complaints', async () => {
    const marker = '批量改动的投诉';
    for (const record of [
      { receivedOn: '2026-01-05', closedOn: '2026-01-06', answer: '已答复' },
      { unitCode: 'wuling', receivedOn: '2026-01-07' },
      { unitCode: 'shengtang', receivedOn: '2026-01-08', closedOn: '2026-01-09', answer: '已答复' },
    ])
      await api()
        .post(`${base}/complaint-records`)
        .set('authorization', `Bearer ${businessOffice}`)
        .send({ category: 'business-environment', channel: 'visit', content: marker, ...record })
        .expect(201);
    const mine = `content = '${marker}'`;
    await queryDatabase(db(), `UPDATE complaints SET unit_code = 'luochong' WHERE ${mine} AND unit_code IS NULL`);
    await queryDatabase(db(), `UPDATE complaints SET category = 'other', filed_at = filed_at - interval '1 year' WHERE ${mine} AND unit_code = 'wuling'`);
    await queryDatabase(db(), `UPDATE complaints SET unit_code = NULL WHERE ${mine} AND unit_code = 'shengtang'`);
    expect(await tallyDisagreements(db(), COMPLAINT_TALLIES)).toEqual({});
    await expectSameAsCounted();
    await queryDatabase(db(), `DELETE FROM complaint_steps WHERE complaint_id IN (SELECT id FROM complaints WHERE ${mine} AND unit_code = 'luochong')`);
    await queryDatabase(db(), `DELETE FROM complaints WHERE ${mine} AND unit_code = 'luochong'`);
    expect(await tallyDisagreements(db(), COMPLAINT_TALLIES)).toEqual({});
    await expectSameAsCounted();
  });

  it('leave the answer to the complaints when one is filed or finished after the period', async () => {
    type Answer = { items: { unitCode: string | null; category: string; received: number; closed: number }[] };
    const cellOf = (answer: Answer, unitCode: string | null, category: string) =>
      answer.items.find((row) => row.unitCode === unitCode && row.category === category) ?? { received: 0, closed: 0 };
    // A complaint finished the day after tomorrow is open in today's statistics, though its cell's tally counts it closed.
    const closed = { category: 'business-environment', unitCode: 'luochong', channel: 'other', content: '完成日期有误的投诉' };
    await api()
      .post(`${base}/complaint-records`)
      .set('authorization', `Bearer ${businessOffice}`)
      .send({ ...closed, receivedOn: '2026-01-10', closedOn: '2026-01-11', answer: '已答复' })
      .expect(201);
    const closedBefore: Answer = await statistics();
    await queryDatabase(db(), `UPDATE complaints SET finished_at = now() + interval '2 days' WHERE content = $1`, [closed.content]);
    expect(await tallyDisagreements(db(), COMPLAINT_TALLIES)).toEqual({});
    const closedAfter: Answer = await expectSameAsCounted();
    expect(cellOf(closedAfter, 'luochong', closed.category).closed).toBe(cellOf(closedBefore, 'luochong', closed.category).closed - 1);

    // A complaint filed the day after tomorrow is not in today's statistics at all.
    const created = await api()
      .post(`${base}/complaints`)
      .send({ category: 'other', unitCode: 'wuling', content: '日期有误的投诉', anonymous: true })
      .expect(201);
    const id = await complaintId(created.body.trackingCode);
    const filedBefore: Answer = await statistics();
    await queryDatabase(db(), `UPDATE complaints SET filed_at = now() + interval '2 days' WHERE id = $1`, [id]);
    expect(await tallyDisagreements(db(), COMPLAINT_TALLIES)).toEqual({});
    const filedAfter: Answer = await expectSameAsCounted();
    expect(cellOf(filedAfter, 'wuling', 'other').received).toBe(cellOf(filedBefore, 'wuling', 'other').received - 1);
  });
});
