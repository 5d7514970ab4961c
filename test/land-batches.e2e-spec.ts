import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { clock } from '#platform/clock';
import { readTopic } from './support/kafka-control.js';
import { dropTestDatabases, eventually, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const STEPS = ['survey', 'assessment', 'announcement', 'hearing', 'registration', 'agreement'] as const;
const PROBLEM = (slug: string) => `urn:zone-gov:problem:${slug}`;

/** Approval batches on a real PostgreSQL and a real Kafka broker, through the gateway. */
describe('land: approval batches, exact areas, land supply and events', () => {
  let platform: TestPlatform;
  let staff: string;
  let leadership: string;
  let taskForce: string;
  let batchCount = 0;

  const api = () => request(platform.gatewayUrl);
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const db = () => platform.databaseUrls.land!;
  const outboxTypes = async (key: string) =>
    (await queryDatabase<{ type: string }>(db(), `SELECT type FROM outbox WHERE record_key = $1 ORDER BY position`, [key])).map((row) => row.type);

  async function register(name: string, requestedAreaMu: string): Promise<string> {
    const created = await api().post('/api/v1/land/projects').set(auth(staff)).send({ name, category: 'provincial-key', requestedAreaMu }).expect(201);
    return created.body.id as string;
  }

  /** Runs the six steps in order, each with evidence; the announcement runs its statutory 30 days (5 January … 3 February). */
  async function completePreWork(projectId: string): Promise<void> {
    const started = ['2026-01-02', '2026-01-03', '2026-01-05', '2026-02-05', '2026-02-06', '2026-02-09'];
    const completed = ['2026-01-02', '2026-01-03', '2026-02-04', '2026-02-05', '2026-02-06', '2026-02-09'];
    for (const [index, step] of STEPS.entries()) {
      const path = `/api/v1/land/projects/${projectId}/pre-work/${step}`;
      await api()
        .post(`${path}/start`)
        .set(auth(staff))
        .send({ startedOn: started[index], ...(step === 'announcement' ? { noticePeriodDays: 30 } : {}) })
        .expect(200);
      await api()
        .post(`${path}/documents`)
        .set(auth(staff))
        .send({ title: `${step} evidence`, reference: `dms://${projectId}/${step}` })
        .expect(201);
      await api().post(`${path}/completion`).set(auth(staff)).send({ completedOn: completed[index] }).expect(200);
    }
  }

  /** A project that has finished its pre-work, so batches carrying it may be assembled. */
  async function readyProject(name: string, requestedAreaMu: string): Promise<string> {
    const id = await register(name, requestedAreaMu);
    await completePreWork(id);
    return id;
  }

  const addParcel = (batchId: string, projectId: string, parcelCode: string, areaMu: string) =>
    api().post(`/api/v1/land/batches/${batchId}/parcels`).set(auth(staff)).send({ projectId, parcelCode, areaMu });

  /** Posts each stage in order; every one must succeed. */
  async function advance(batchId: string, stages: readonly (readonly [string, object])[]): Promise<void> {
    for (const [path, body] of stages) await api().post(`/api/v1/land/batches/${batchId}/${path}`).set(auth(staff)).send(body).expect(200);
  }

  /** Assembled 20 February, submitted 2 March, supplement asked for 16 March, resubmitted 20 March. */
  const RESUBMITTED = [
    ['file-assembly', { on: '2026-02-20' }],
    ['submission', { on: '2026-03-02' }],
    ['supplement-requests', { on: '2026-03-16', note: '补充耕地占补平衡指标落实证明' }],
    ['resubmission', { on: '2026-03-20' }],
  ] as const;

  /** A batch of the port project's three parcels (0.1 + 0.2 + 382.24 mu), opened 10 February with a target of 27 April. */
  async function createPortBatch(port: string) {
    batchCount += 1;
    const created = await api()
      .post('/api/v1/land/batches')
      .set(auth(staff))
      .send({
        name: `2026年第1批次城镇建设用地（测试${batchCount}）`,
        openedOn: '2026-02-10',
        targetDate: '2026-04-27',
        parcels: [
          { projectId: port, parcelCode: 'CFG2-01', areaMu: '0.1' },
          { projectId: port, parcelCode: 'CFG2-02', areaMu: '0.2' },
          { projectId: port, parcelCode: 'CFG2-03', areaMu: '382.24' },
        ],
      })
      .expect(201);
    return created.body as { id: string; name: string; status: string; totalAreaMu: string };
  }

  const approvalOn = (approvedOn: string) => ({ approvingAuthority: '安徽省人民政府', documentNumber: `皖政地〔2026〕测试${batchCount}号`, approvedOn });

  /** The port batch taken through a supplement round to its approval on the day given. */
  async function approvedPortBatch(port: string, approvedOn: string) {
    const batch = await createPortBatch(port);
    const approval = approvalOn(approvedOn);
    await advance(batch.id, [...RESUBMITTED, ['approval', approval]]);
    return { ...batch, approval };
  }

  /** A later batch with one more port parcel and the whole Midea parcel, approved 1 April. */
  async function approvedSecondBatch(port: string, midea: string): Promise<{ id: string; name: string }> {
    batchCount += 1;
    const second = await api()
      .post('/api/v1/land/batches')
      .set(auth(staff))
      .send({
        name: `2026年第2批次（测试${batchCount}）`,
        openedOn: '2026-03-01',
        parcels: [
          { projectId: port, parcelCode: 'CFG2-10', areaMu: '1.0001' },
          { projectId: midea, parcelCode: 'MD-01', areaMu: '79.9999' },
        ],
      })
      .expect(201);
    await advance(second.body.id, [
      ['file-assembly', { on: '2026-03-02' }],
      ['submission', { on: '2026-03-03' }],
      ['approval', { approvingAuthority: '安庆市人民政府', documentNumber: `宜政地〔2026〕测试${batchCount}号`, approvedOn: '2026-04-01' }],
    ]);
    return { id: second.body.id, name: second.body.name };
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'kafka', services: ['land'] });
    staff = await platform.identity.token(['land-staff']);
    leadership = await platform.identity.token(['leadership']);
    taskForce = await platform.identity.token(['task-force']);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('sums parcels exactly in SQL numeric (0.1 + 0.2 is 0.3) and refuses areas sent as numbers', async () => {
    const port = await register('安庆长风港二期', '382.54');
    const jac = await register('江淮二期（测试）', '120');
    await api().post('/api/v1/land/batches').set(auth(taskForce)).send({ name: 'x' }).expect(403);
    const asNumber = await api()
      .post('/api/v1/land/batches')
      .set(auth(staff))
      .send({ name: 'float batch', parcels: [{ projectId: port, parcelCode: 'F-1', areaMu: 0.1 }] })
      .expect(400);
    expect(asNumber.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'parcels.0.areaMu' })]));

    const created = await createPortBatch(port);
    const batchId = created.id;
    expect(created).toMatchObject({ status: 'preparing', totalAreaMu: '382.5400' });
    const added = await addParcel(batchId, jac, 'JH2-01', '12.3456').expect(201);
    expect(added.body.totalAreaMu).toBe('394.8856');
    await addParcel(batchId, jac, 'JH2-01', '1').expect(409);
    const [sum] = await queryDatabase<{ total: string; kind: string }>(
      db(),
      `SELECT SUM(area_mu)::text AS total, pg_typeof(SUM(area_mu))::text AS kind FROM batch_parcels WHERE batch_id = $1`,
      [batchId],
    );
    expect(sum).toEqual({ total: '394.8856', kind: 'numeric' });
  });

  it('refuses to assemble the file while a project has not finished its pre-work, and freezes parcels afterwards', async () => {
    const port = await readyProject('安庆长风港二期', '382.54');
    const { id: batchId } = await createPortBatch(port);
    // The JAC project has not started its pre-work.
    await addParcel(batchId, await register('江淮二期（测试）', '120'), 'JH2-01', '12.3456').expect(201);
    const refused = await api().post(`/api/v1/land/batches/${batchId}/file-assembly`).set(auth(staff)).send({ on: '2026-02-20' }).expect(422);
    expect(refused.body.type).toBe(PROBLEM('pre-work-incomplete'));
    const jacParcel = (await api().get(`/api/v1/land/batches/${batchId}`).set(auth(staff)).expect(200)).body.parcels.find(
      (p: { parcelCode: string }) => p.parcelCode === 'JH2-01',
    );
    await api().delete(`/api/v1/land/batches/${batchId}/parcels/${jacParcel.id}`).set(auth(staff)).expect(200);
    await api().post(`/api/v1/land/batches/${batchId}/submission`).set(auth(staff)).send({ on: '2026-02-20' }).expect(409);
    await api().post(`/api/v1/land/batches/${batchId}/file-assembly`).set(auth(staff)).send({ on: '2026-02-09' }).expect(422); // before opening
    const assembled = await api().post(`/api/v1/land/batches/${batchId}/file-assembly`).set(auth(staff)).send({ on: '2026-02-20' }).expect(200);
    expect(assembled.body).toMatchObject({ status: 'file-assembled', totalAreaMu: '382.5400' });
    const frozen = await addParcel(batchId, port, 'CFG2-09', '1').expect(409);
    expect(frozen.body.type).toBe(PROBLEM('batch-parcels-frozen'));
  });

  it('goes through submission, a supplement round and resubmission, recording time per stage', async () => {
    const { id: batchId } = await createPortBatch(await readyProject('安庆长风港二期', '382.54'));
    await advance(batchId, [['file-assembly', { on: '2026-02-20' }]]);
    await api().post(`/api/v1/land/batches/${batchId}/submission`).set(auth(staff)).send({ on: '2026-03-02' }).expect(200);
    await api()
      .post(`/api/v1/land/batches/${batchId}/supplement-requests`)
      .set(auth(staff))
      .send({ on: '2026-03-16', note: '补充耕地占补平衡指标落实证明' })
      .expect(200);
    const early = await api()
      .post(`/api/v1/land/batches/${batchId}/approval`)
      .set(auth(staff))
      .send({ approvingAuthority: '安徽省人民政府', documentNumber: '测试〔2026〕1号', approvedOn: '2026-03-20' })
      .expect(409);
    expect(early.body.type).toBe(PROBLEM('invalid-batch-transition'));
    const resubmitted = await api().post(`/api/v1/land/batches/${batchId}/resubmission`).set(auth(staff)).send({ on: '2026-03-20' }).expect(200);
    expect(resubmitted.body.stages.map((stage: { status: string; workingDays: number | null }) => [stage.status, stage.workingDays])).toEqual([
      // (10 Feb, 20 Feb]: 11–13 February and the make-up Saturday 14 February; the Spring Festival follows.
      ['preparing', 4],
      // (20 Feb, 2 Mar]: 24–27 February, the make-up Saturday 28 February, Monday 2 March.
      ['file-assembled', 6],
      ['submitted', 10],
      ['supplement-requested', 4],
      ['resubmitted', expect.any(Number)],
    ]);
    expect(await outboxTypes(batchId)).toEqual(['zone.land.batch-submitted.v1', 'zone.land.batch-submitted.v1']);
    // The target passed long ago (the suite runs after April 2026): overdue, with the legal deadline kept apart.
    const scheduled = await api()
      .put(`/api/v1/land/batches/${batchId}/schedule`)
      .set(auth(staff))
      .send({ targetDate: '2026-04-27', legalDueOn: '2026-06-30' })
      .expect(200);
    expect(scheduled.body.schedule).toMatchObject({ targetDate: '2026-04-27', legalDueOn: '2026-06-30', status: 'overdue' });
    expect(scheduled.body.schedule.workingDaysLeft).toBeLessThan(0);
    await api().put(`/api/v1/land/batches/${batchId}/schedule`).set(auth(staff)).send({ targetDate: '2026-01-01' }).expect(422);
  });

  it('approves once under concurrent requests: one land-supply start per project on the approval day, one batch-approved event', async () => {
    const port = await readyProject('安庆长风港二期', '382.54');
    const { id: batchId } = await createPortBatch(port);
    await advance(batchId, RESUBMITTED);
    await api()
      .post(`/api/v1/land/batches/${batchId}/approval`)
      .set(auth(leadership))
      .send({ approvingAuthority: 'x', documentNumber: 'x', approvedOn: '2026-04-20' })
      .expect(403);
    const approval = approvalOn('2026-04-20');
    const results = await Promise.all([1, 2, 3].map(() => api().post(`/api/v1/land/batches/${batchId}/approval`).set(auth(staff)).send(approval)));
    expect(results.map((result) => result.status).sort()).toEqual([200, 409, 409]);
    const approved = results.find((result) => result.status === 200)!.body;
    expect(approved).toMatchObject({ status: 'approved', decidedOn: '2026-04-20', documentNumber: approval.documentNumber, totalAreaMu: '382.5400' });
    // Approved before its target: completed, the clock stopped at the approval ((10 Feb, 20 Apr] = 9 + 22 + 13 working days).
    expect(approved.schedule).toMatchObject({ status: 'completed', workingDaysElapsed: 44 });

    // Entered after the fact, the approval still starts supply on its own date, not on the day it was typed in.
    const supply = await queryDatabase<{ project_id: string; started_on: string }>(
      db(),
      `SELECT project_id, started_on::text FROM land_supply_starts WHERE batch_id = $1`,
      [batchId],
    );
    expect(supply).toEqual([{ project_id: port, started_on: '2026-04-20' }]);
    expect(await outboxTypes(batchId)).toEqual(['zone.land.batch-submitted.v1', 'zone.land.batch-submitted.v1', 'zone.land.batch-approved.v1']);
    expect((await outboxTypes(port)).filter((type) => type === 'zone.land.land-supply-started.v1')).toHaveLength(1);
    const [event] = await queryDatabase<{ envelope: { data: Record<string, unknown> } }>(
      db(),
      `SELECT envelope FROM outbox WHERE record_key = $1 AND type = 'zone.land.batch-approved.v1'`,
      [batchId],
    );
    expect(event!.envelope.data).toMatchObject({ batchId, totalAreaMu: '382.5400', approvedOn: '2026-04-20', approvingAuthority: '安徽省人民政府' });
    expect((event!.envelope.data.parcels as { areaMu: string }[]).map((parcel) => parcel.areaMu)).toEqual(['0.1000', '0.2000', '382.2400']);
  });

  it('starts supply only for projects without it when a later batch includes an already supplied project', async () => {
    const port = await readyProject('安庆长风港二期', '382.54');
    const midea = await readyProject('美的新能源汽车零部件基地（测试）', '80');
    const { id: batchId } = await approvedPortBatch(port, '2026-04-20');
    const { id } = await approvedSecondBatch(port, midea);
    const supply = await queryDatabase<{ project_id: string; batch_id: string }>(
      db(),
      `SELECT project_id, batch_id FROM land_supply_starts WHERE project_id IN ($2, $3) ORDER BY batch_id = $1`,
      [batchId, port, midea],
    );
    expect(supply).toHaveLength(2);
    expect(supply.find((row) => row.project_id === port)!.batch_id).toBe(batchId);
    expect(supply.find((row) => row.project_id === midea)!.batch_id).toBe(id);
    const [mideaStart] = await queryDatabase<{ envelope: { data: { approvedAreaMu: string } } }>(
      db(),
      `SELECT envelope FROM outbox WHERE record_key = $1 AND type = 'zone.land.land-supply-started.v1'`,
      [midea],
    );
    expect(mideaStart!.envelope.data.approvedAreaMu).toBe('79.9999');
  });

  it('records a rejection with its reason and keeps rejected and unapproved batches from the public', async () => {
    const port = await readyProject('安庆长风港二期', '382.54');
    const midea = await readyProject('美的新能源汽车零部件基地（测试）', '80');
    const first = await approvedPortBatch(port, '2026-04-20');
    const second = await approvedSecondBatch(port, midea);
    const third = await api()
      .post('/api/v1/land/batches')
      .set(auth(staff))
      .send({ name: '2026年第3批次（测试）', openedOn: '2026-03-01', parcels: [{ projectId: midea, parcelCode: 'MD-02', areaMu: '5' }] })
      .expect(201);
    for (const [path, body] of [
      ['file-assembly', { on: '2026-03-02' }],
      ['submission', { on: '2026-03-03' }],
      ['rejection', { approvingAuthority: '安徽省人民政府', rejectedOn: '2026-04-01', reason: '耕地占补平衡指标未落实' }],
    ] as const) {
      await api().post(`/api/v1/land/batches/${third.body.id}/${path}`).set(auth(staff)).send(body).expect(200);
    }
    expect(await outboxTypes(third.body.id)).toContain('zone.land.batch-rejected.v1');
    const preparing = await api().post('/api/v1/land/batches').set(auth(staff)).send({ name: '2026年第4批次（准备中）' }).expect(201);

    await api().get('/api/v1/land/batches').expect(401);
    // Other tests approve batches too: page through all of them, one a page, newest approval first, and keep this test's.
    const pages = [(await api().get('/api/v1/land/approved-batches?limit=1').expect(200)).body];
    while (pages.at(-1).nextCursor !== undefined)
      pages.push(
        (
          await api()
            .get(`/api/v1/land/approved-batches?limit=1&cursor=${pages.at(-1).nextCursor}`)
            .expect(200)
        ).body,
      );
    expect(pages.every((page) => page.items.length === 1)).toBe(true);
    const published = pages.map((page) => page.items[0]);
    const ownIds = [first.id, second.id, third.body.id, preparing.body.id];
    const own = published.filter((item: { id: string }) => ownIds.includes(item.id));
    expect(own.map((item: { name: string }) => item.name)).toEqual([first.name, second.name]);
    expect(own[0]).toEqual({
      id: first.id,
      name: first.name,
      approvingAuthority: '安徽省人民政府',
      documentNumber: first.approval.documentNumber,
      approvedOn: '2026-04-20',
      totalAreaMu: '382.5400',
      parcels: [
        { projectName: '安庆长风港二期', areaMu: '0.1000' },
        { projectName: '安庆长风港二期', areaMu: '0.2000' },
        { projectName: '安庆长风港二期', areaMu: '382.2400' },
      ],
    });
    await api().get(`/api/v1/land/approved-batches/${third.body.id}`).expect(404);
    const listed = await api().get('/api/v1/land/batches?status=rejected&limit=100').set(auth(leadership)).expect(200);
    expect(listed.body.items.filter((item: { id: string }) => ownIds.includes(item.id))).toEqual([
      expect.objectContaining({ id: third.body.id, status: 'rejected', decisionNote: '耕地占补平衡指标未落实' }),
    ]);
  });

  it('keeps the day land supply actually started: the approval date by default, live or historical, correctable with an audited reason', async () => {
    const port = await readyProject('安庆长风港二期', '382.54');
    const { id: batchId } = await approvedPortBatch(port, '2026-04-20');
    const supply = await api().get(`/api/v1/land/projects/${port}/land-supply`).set(auth(leadership)).expect(200);
    expect(supply.body).toMatchObject({ projectId: port, batchId, approvedOn: '2026-04-20', supplyStartedOn: '2026-04-20' });

    const historical = await register('历史供地测试项目', '12.5');
    await api()
      .post('/api/v1/land/batch-records')
      .set(auth(staff))
      .send({
        name: '2022年历史批次（供地测试）',
        approvingAuthority: '安徽省人民政府',
        documentNumber: '皖政地〔2022〕测试9号',
        approvedOn: '2022-04-22',
        parcels: [{ projectId: historical, parcelCode: 'HIS-01', areaMu: '12.5' }],
      })
      .expect(201);
    expect((await api().get(`/api/v1/land/projects/${historical}/land-supply`).set(auth(staff)).expect(200)).body).toMatchObject({
      approvedOn: '2022-04-22',
      supplyStartedOn: '2022-04-22',
    });

    const correct = (token: string, body: Record<string, unknown>) => api().put(`/api/v1/land/projects/${port}/land-supply`).set(auth(token)).send(body);
    const early = await correct(staff, { supplyStartedOn: '2026-04-19', reason: '误记' }).expect(422);
    expect(early.body).toMatchObject({
      type: PROBLEM('date-order'),
      earlier: { field: 'approvedOn', date: '2026-04-20' },
      later: { field: 'supplyStartedOn', date: '2026-04-19' },
    });
    const nextYear = `${Number(clock.today().slice(0, 4)) + 1}-01-01`;
    expect((await correct(staff, { supplyStartedOn: nextYear, reason: '误记' }).expect(422)).body.type).toBe(PROBLEM('date-in-future'));
    await correct(leadership, { supplyStartedOn: '2026-04-22', reason: '误记' }).expect(403);
    await correct(staff, { supplyStartedOn: '2026-04-22' }).expect(400);
    const corrected = await correct(staff, { supplyStartedOn: '2026-04-22', reason: '供地实际于4月22日启动' }).expect(200);
    expect(corrected.body).toMatchObject({ approvedOn: '2026-04-20', supplyStartedOn: '2026-04-22' });
    const [audit] = await queryDatabase<{ details: Record<string, unknown> }>(
      db(),
      `SELECT details FROM audit_log WHERE action = 'land-supply.correct' AND target_id = $1`,
      [port],
    );
    expect(audit!.details).toMatchObject({ batchId, reason: '供地实际于4月22日启动', changes: { supplyStartedOn: { from: '2026-04-20', to: '2026-04-22' } } });

    const unsupplied = await register('未供地测试项目', '1');
    expect((await api().get(`/api/v1/land/projects/${unsupplied}/land-supply`).set(auth(staff)).expect(404)).body.type).toBe(
      PROBLEM('land-supply-not-started'),
    );
  });

  it('refuses a date after today on opening, recording and moving a batch, naming the field', async () => {
    const tomorrow = new Date(Date.parse(`${clock.today()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const refused = async (path: string, body: Record<string, unknown>, field: string) => {
      const response = await api().post(`/api/v1/land/${path}`).set(auth(staff)).send(body).expect(422);
      expect(response.body).toMatchObject({
        type: PROBLEM('date-in-future'),
        errors: [{ field, message: `${field} ${tomorrow} is after today (${clock.today()})` }],
      });
    };
    batchCount += 1;
    await refused('batches', { name: `未来批次（测试${batchCount}）`, openedOn: tomorrow }, 'openedOn');
    const approvedHistory = {
      name: `历史批次（未来测试${batchCount}）`,
      approvingAuthority: '安徽省人民政府',
      documentNumber: `皖政地〔2026〕未来${batchCount}号`,
    };
    await refused(
      'batch-records',
      {
        ...approvedHistory,
        approvedOn: tomorrow,
        parcels: [{ projectId: await register(`未来项目${batchCount}`, '1.0000'), parcelCode: 'F-01', areaMu: '1.0' }],
      },
      'approvedOn',
    );
    const opened = await api()
      .post('/api/v1/land/batches')
      .set(auth(staff))
      .send({ name: `今日批次（测试${batchCount}）` })
      .expect(201);
    await refused(`batches/${opened.body.id}/file-assembly`, { on: tomorrow }, 'on');
    const unchanged = await api().get(`/api/v1/land/batches/${opened.body.id}`).set(auth(staff)).expect(200);
    expect(unchanged.body.status).toBe('preparing');
  });

  it('gives approval statistics as of a date, leaving out later approvals', async () => {
    // Days and a year no other test approves on, so that the counts are this test's batches alone.
    await approvedPortBatch(await readyProject('安庆长风港二期', '382.54'), '2026-04-23');
    const historical = await register('历史统计测试项目', '12.5');
    await api()
      .post('/api/v1/land/batch-records')
      .set(auth(staff))
      .send({
        name: '2021年历史批次（统计测试）',
        approvingAuthority: '安徽省人民政府',
        documentNumber: '皖政地〔2021〕测试7号',
        approvedOn: '2021-06-18',
        parcels: [{ projectId: historical, parcelCode: 'HIS-21', areaMu: '12.5' }],
      })
      .expect(201);
    const statistics = (query: string) => api().get(`/api/v1/land/statistics/approvals?${query}`);
    const before = (await statistics('asOf=2026-03-31').expect(200)).body;
    const after = (await statistics('asOf=2026-04-30').expect(200)).body;
    // The batch approved on 23 April (382.54 mu) counts only as of a later day.
    expect(after.batches - before.batches).toBeGreaterThanOrEqual(1);
    const april = (await statistics('from=2026-04-23&to=2026-04-23').expect(200)).body;
    expect(april).toMatchObject({ period: { from: '2026-04-23', to: '2026-04-23' }, batches: 1, totalAreaMu: '382.5400' });
    expect((await statistics('asOf=2021-12-31').expect(200)).body).toMatchObject({
      batches: 1,
      totalAreaMu: '12.5000',
      byYear: [{ year: 2021, batches: 1, areaMu: '12.5000' }],
    });
    await statistics('from=2026-05-01&to=2026-04-01').expect(422);
  });

  it('delivers batch-approved and land-supply-started to Kafka, keyed by aggregate, once each', async () => {
    const port = await readyProject('安庆长风港二期', '382.54');
    const midea = await readyProject('美的新能源汽车零部件基地（测试）', '80');
    const { id: batchId } = await approvedPortBatch(port, '2026-04-20');
    const { id: secondBatchId } = await approvedSecondBatch(port, midea);
    await eventually(
      async () => {
        const [row] = await queryDatabase<{ n: number }>(db(), `SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`);
        return row!.n === 0 ? true : undefined;
      },
      60_000,
      'outbox drained',
    );
    // The broker may hold earlier runs' records: wait for this run's aggregates by key.
    const approvedKeys = (records: { key: string | null; headers: Record<string, string> }[]) =>
      new Set(records.filter((r) => r.headers.ce_type === 'zone.land.batch-approved.v1').map((r) => r.key));
    const batches = await readTopic('zone.land.batches', (records) => approvedKeys(records).has(batchId) && approvedKeys(records).has(secondBatchId));
    const approvals = batches.filter((record) => record.headers.ce_type === 'zone.land.batch-approved.v1' && record.key === batchId);
    expect(approvals).toHaveLength(1);
    expect(JSON.parse(approvals[0]!.value).data.totalAreaMu).toBe('382.5400');
    const mine = [port, midea];
    const isStart = (r: { key: string | null; headers: Record<string, string> }) =>
      r.headers.ce_type === 'zone.land.land-supply-started.v1' && mine.includes(r.key!);
    const supplies = await readTopic('zone.land.projects', (records) => new Set(records.filter(isStart).map((r) => r.key)).size === 2);
    const starts = supplies.filter(isStart);
    expect(starts.map((record) => record.key).sort()).toEqual([port, midea].sort());
  });
});
