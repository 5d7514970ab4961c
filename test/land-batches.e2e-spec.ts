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
  const projects: Record<string, string> = {};

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

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'kafka', services: ['land'] });
    staff = await platform.identity.token(['land-staff']);
    leadership = await platform.identity.token(['leadership']);
    taskForce = await platform.identity.token(['task-force']);
    projects.port = await register('安庆长风港二期', '382.54');
    projects.jac = await register('江淮二期（测试）', '120');
    projects.midea = await register('美的新能源汽车零部件基地（测试）', '80');
    await completePreWork(projects.port);
    await completePreWork(projects.midea);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  let batchId: string;
  let secondBatchId: string;

  it('sums parcels exactly in SQL numeric (0.1 + 0.2 is 0.3) and refuses areas sent as numbers', async () => {
    await api().post('/api/v1/land/batches').set(auth(taskForce)).send({ name: 'x' }).expect(403);
    const asNumber = await api()
      .post('/api/v1/land/batches')
      .set(auth(staff))
      .send({ name: 'float batch', parcels: [{ projectId: projects.port, parcelCode: 'F-1', areaMu: 0.1 }] })
      .expect(400);
    expect(asNumber.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'parcels.0.areaMu' })]));

    const created = await api()
      .post('/api/v1/land/batches')
      .set(auth(staff))
      .send({
        name: '2026年第1批次城镇建设用地（测试）',
        openedOn: '2026-02-10',
        targetDate: '2026-04-27',
        parcels: [
          { projectId: projects.port, parcelCode: 'CFG2-01', areaMu: '0.1' },
          { projectId: projects.port, parcelCode: 'CFG2-02', areaMu: '0.2' },
          { projectId: projects.port, parcelCode: 'CFG2-03', areaMu: '382.24' },
        ],
      })
      .expect(201);
    batchId = created.body.id;
    expect(created.body).toMatchObject({ status: 'preparing', totalAreaMu: '382.5400' });
    const added = await api()
      .post(`/api/v1/land/batches/${batchId}/parcels`)
      .set(auth(staff))
      .send({ projectId: projects.jac, parcelCode: 'JH2-01', areaMu: '12.3456' })
      .expect(201);
    expect(added.body.totalAreaMu).toBe('394.8856');
    await api()
      .post(`/api/v1/land/batches/${batchId}/parcels`)
      .set(auth(staff))
      .send({ projectId: projects.jac, parcelCode: 'JH2-01', areaMu: '1' })
      .expect(409);
    const [sum] = await queryDatabase<{ total: string; kind: string }>(
      db(),
      `SELECT SUM(area_mu)::text AS total, pg_typeof(SUM(area_mu))::text AS kind FROM batch_parcels WHERE batch_id = $1`,
      [batchId],
    );
    expect(sum).toEqual({ total: '394.8856', kind: 'numeric' });
  });

  it('refuses to assemble the file while a project has not finished its pre-work, and freezes parcels afterwards', async () => {
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
    const frozen = await api()
      .post(`/api/v1/land/batches/${batchId}/parcels`)
      .set(auth(staff))
      .send({ projectId: projects.port, parcelCode: 'CFG2-09', areaMu: '1' })
      .expect(409);
    expect(frozen.body.type).toBe(PROBLEM('batch-parcels-frozen'));
  });

  it('goes through submission, a supplement round and resubmission, recording time per stage', async () => {
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
    await api()
      .post(`/api/v1/land/batches/${batchId}/approval`)
      .set(auth(leadership))
      .send({ approvingAuthority: 'x', documentNumber: 'x', approvedOn: '2026-04-20' })
      .expect(403);
    const approval = { approvingAuthority: '安徽省人民政府', documentNumber: '皖政地〔2026〕测试1号', approvedOn: '2026-04-20' };
    const results = await Promise.all([1, 2, 3].map(() => api().post(`/api/v1/land/batches/${batchId}/approval`).set(auth(staff)).send(approval)));
    expect(results.map((result) => result.status).sort()).toEqual([200, 409, 409]);
    const approved = results.find((result) => result.status === 200)!.body;
    expect(approved).toMatchObject({ status: 'approved', decidedOn: '2026-04-20', documentNumber: approval.documentNumber, totalAreaMu: '382.5400' });
    // Approved before its target: completed, the clock stopped at the approval ((10 Feb, 20 Apr] = 9 + 22 + 13 working days).
    expect(approved.schedule).toMatchObject({ status: 'completed', workingDaysElapsed: 44 });

    // Entered after the fact, the approval still starts supply on its own date, not on the day it was typed in.
    const supply = await queryDatabase<{ project_id: string; started_on: string }>(db(), `SELECT project_id, started_on::text FROM land_supply_starts`);
    expect(supply).toEqual([{ project_id: projects.port, started_on: '2026-04-20' }]);
    expect(await outboxTypes(batchId)).toEqual(['zone.land.batch-submitted.v1', 'zone.land.batch-submitted.v1', 'zone.land.batch-approved.v1']);
    expect((await outboxTypes(projects.port)).filter((type) => type === 'zone.land.land-supply-started.v1')).toHaveLength(1);
    const [event] = await queryDatabase<{ envelope: { data: Record<string, unknown> } }>(
      db(),
      `SELECT envelope FROM outbox WHERE record_key = $1 AND type = 'zone.land.batch-approved.v1'`,
      [batchId],
    );
    expect(event!.envelope.data).toMatchObject({ batchId, totalAreaMu: '382.5400', approvedOn: '2026-04-20', approvingAuthority: '安徽省人民政府' });
    expect((event!.envelope.data.parcels as { areaMu: string }[]).map((parcel) => parcel.areaMu)).toEqual(['0.1000', '0.2000', '382.2400']);
  });

  it('starts supply only for projects without it when a later batch includes an already supplied project', async () => {
    const second = await api()
      .post('/api/v1/land/batches')
      .set(auth(staff))
      .send({
        name: '2026年第2批次（测试）',
        openedOn: '2026-03-01',
        parcels: [
          { projectId: projects.port, parcelCode: 'CFG2-10', areaMu: '1.0001' },
          { projectId: projects.midea, parcelCode: 'MD-01', areaMu: '79.9999' },
        ],
      })
      .expect(201);
    const id = (secondBatchId = second.body.id);
    for (const [path, body] of [
      ['file-assembly', { on: '2026-03-02' }],
      ['submission', { on: '2026-03-03' }],
      ['approval', { approvingAuthority: '安庆市人民政府', documentNumber: '宜政地〔2026〕测试2号', approvedOn: '2026-04-01' }],
    ] as const) {
      await api().post(`/api/v1/land/batches/${id}/${path}`).set(auth(staff)).send(body).expect(200);
    }
    const supply = await queryDatabase<{ project_id: string; batch_id: string }>(
      db(),
      `SELECT project_id, batch_id FROM land_supply_starts ORDER BY batch_id = $1`,
      [batchId],
    );
    expect(supply).toHaveLength(2);
    expect(supply.find((row) => row.project_id === projects.port)!.batch_id).toBe(batchId);
    expect(supply.find((row) => row.project_id === projects.midea)!.batch_id).toBe(id);
    const [midea] = await queryDatabase<{ envelope: { data: { approvedAreaMu: string } } }>(
      db(),
      `SELECT envelope FROM outbox WHERE record_key = $1 AND type = 'zone.land.land-supply-started.v1'`,
      [projects.midea],
    );
    expect(midea!.envelope.data.approvedAreaMu).toBe('79.9999');
  });

  it('records a rejection with its reason and keeps rejected and unapproved batches from the public', async () => {
    const third = await api()
      .post('/api/v1/land/batches')
      .set(auth(staff))
      .send({ name: '2026年第3批次（测试）', openedOn: '2026-03-01', parcels: [{ projectId: projects.midea, parcelCode: 'MD-02', areaMu: '5' }] })
      .expect(201);
    for (const [path, body] of [
      ['file-assembly', { on: '2026-03-02' }],
      ['submission', { on: '2026-03-03' }],
      ['rejection', { approvingAuthority: '安徽省人民政府', rejectedOn: '2026-04-01', reason: '耕地占补平衡指标未落实' }],
    ] as const) {
      await api().post(`/api/v1/land/batches/${third.body.id}/${path}`).set(auth(staff)).send(body).expect(200);
    }
    expect(await outboxTypes(third.body.id)).toContain('zone.land.batch-rejected.v1');
    await api().post('/api/v1/land/batches').set(auth(staff)).send({ name: '2026年第4批次（准备中）' }).expect(201);

    await api().get('/api/v1/land/batches').expect(401);
    const pub = await api().get('/api/v1/land/approved-batches?limit=1').expect(200);
    expect(pub.body.items).toHaveLength(1);
    expect(pub.body.items[0]).toEqual({
      id: batchId,
      name: '2026年第1批次城镇建设用地（测试）',
      approvingAuthority: '安徽省人民政府',
      documentNumber: '皖政地〔2026〕测试1号',
      approvedOn: '2026-04-20',
      totalAreaMu: '382.5400',
      parcels: [
        { projectName: '安庆长风港二期', areaMu: '0.1000' },
        { projectName: '安庆长风港二期', areaMu: '0.2000' },
        { projectName: '安庆长风港二期', areaMu: '382.2400' },
      ],
    });
    const next = await api().get(`/api/v1/land/approved-batches?limit=5&cursor=${pub.body.nextCursor}`).expect(200);
    expect(next.body.items.map((item: { name: string }) => item.name)).toEqual(['2026年第2批次（测试）']);
    expect(next.body.nextCursor).toBeUndefined();
    await api().get(`/api/v1/land/approved-batches/${third.body.id}`).expect(404);
    const listed = await api().get('/api/v1/land/batches?status=rejected').set(auth(leadership)).expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ status: 'rejected', decisionNote: '耕地占补平衡指标未落实' })]);
  });

  it('keeps the day land supply actually started: the approval date by default, live or historical, correctable with an audited reason', async () => {
    const supply = await api().get(`/api/v1/land/projects/${projects.port}/land-supply`).set(auth(leadership)).expect(200);
    expect(supply.body).toMatchObject({ projectId: projects.port, batchId, approvedOn: '2026-04-20', supplyStartedOn: '2026-04-20' });

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

    const correct = (token: string, body: Record<string, unknown>) =>
      api().put(`/api/v1/land/projects/${projects.port}/land-supply`).set(auth(token)).send(body);
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
      [projects.port],
    );
    expect(audit!.details).toMatchObject({ batchId, reason: '供地实际于4月22日启动', changes: { supplyStartedOn: { from: '2026-04-20', to: '2026-04-22' } } });

    const unsupplied = await register('未供地测试项目', '1');
    expect((await api().get(`/api/v1/land/projects/${unsupplied}/land-supply`).set(auth(staff)).expect(404)).body.type).toBe(
      PROBLEM('land-supply-not-started'),
    );
  });

  it('gives approval statistics as of a date, leaving out later approvals', async () => {
    const statistics = (query: string) => api().get(`/api/v1/land/statistics/approvals?${query}`);
    const before = (await statistics('asOf=2026-03-31').expect(200)).body;
    const after = (await statistics('asOf=2026-04-30').expect(200)).body;
    // The batch approved on 20 April (382.54 mu) counts only as of a later day.
    expect(after.batches - before.batches).toBeGreaterThanOrEqual(1);
    const april = (await statistics('from=2026-04-20&to=2026-04-20').expect(200)).body;
    expect(april).toMatchObject({ period: { from: '2026-04-20', to: '2026-04-20' }, batches: 1, totalAreaMu: '382.5400' });
    expect((await statistics('asOf=2022-12-31').expect(200)).body).toMatchObject({
      batches: 1,
      totalAreaMu: '12.5000',
      byYear: [{ year: 2022, batches: 1, areaMu: '12.5000' }],
    });
    await statistics('from=2026-05-01&to=2026-04-01').expect(422);
  });

  it('delivers batch-approved and land-supply-started to Kafka, keyed by aggregate, once each', async () => {
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
    const mine = [projects.port, projects.midea];
    const isStart = (r: { key: string | null; headers: Record<string, string> }) =>
      r.headers.ce_type === 'zone.land.land-supply-started.v1' && mine.includes(r.key!);
    const supplies = await readTopic('zone.land.projects', (records) => new Set(records.filter(isStart).map((r) => r.key)).size === 2);
    const starts = supplies.filter(isStart);
    expect(starts.map((record) => record.key).sort()).toEqual([projects.port, projects.midea].sort());
  });
});
