import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { clock } from '#platform/clock';
import { LAND_DEMO_DATA } from '../apps/land/src/demo/land.demo-data.js';
import { EarliestOpenMilestoneEnd1764870000000 } from '../apps/land/src/migrations/1764870000000-earliest-open-milestone-end.migration.js';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const STEPS = ['survey', 'assessment', 'announcement', 'hearing', 'registration', 'agreement'] as const;

/**
 * Projects whose kept `earliest_open_milestone_end` differs from the one worked out from their milestones now, the
 * way the dashboard used to find late projects: a milestone is open until its step is completed or a batch holding
 * the project's parcels reached its stage.
 */
const DRIFTED = `
  SELECT p.id, p.earliest_open_milestone_end::text AS kept, o.due::text AS due
    FROM projects p
    CROSS JOIN LATERAL (
      SELECT min(m.planned_end) AS due FROM project_milestones m
       WHERE m.project_id = p.id
         AND NOT EXISTS (SELECT 1 FROM pre_work_steps s WHERE s.project_id = m.project_id AND s.step = m.milestone AND s.completed_on IS NOT NULL)
         AND NOT EXISTS (SELECT 1 FROM batch_parcels bp JOIN batch_transitions t ON t.batch_id = bp.batch_id
                          WHERE bp.project_id = m.project_id
                            AND (m.milestone, t.status) IN (('file-assembly', 'file-assembled'), ('submission', 'submitted'), ('approval', 'approved')))) o
   WHERE p.earliest_open_milestone_end IS DISTINCT FROM o.due`;

/** The leadership dashboard: its late projects come from the end kept on each project, written by every write that moves it. */
describe('land: the dashboard over kept milestone ends', () => {
  let platform: TestPlatform;
  let staff: string;
  let leadership: string;
  let admin: string;

  const api = () => request(platform.gatewayUrl);
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const db = () => platform.databaseUrls.land!;
  const drifted = () => queryDatabase(db(), DRIFTED);
  const kept = async (id: string) =>
    (await queryDatabase<{ end: string | null }>(db(), `SELECT earliest_open_milestone_end::text AS end FROM projects WHERE id = $1`, [id]))[0]!.end;

  /** The planned end of the first milestone the project's schedule shows without an achieved day. */
  async function firstOpenEnd(id: string): Promise<string | null> {
    const schedule = await api().get(`/api/v1/land/projects/${id}/schedule`).set(auth(leadership)).expect(200);
    return (schedule.body.milestones as { plannedEnd: string; achievedOn: string | null }[]).find((m) => m.achievedOn === null)?.plannedEnd ?? null;
  }

  /** Every project keeps the right end, and this one keeps the end its schedule shows (and a real one, when it has one open). */
  async function expectKept(id: string, open: 'open' | 'none' = 'open'): Promise<void> {
    expect(await drifted()).toEqual([]);
    const expected = await firstOpenEnd(id);
    expect(expected === null).toBe(open === 'none');
    expect(await kept(id)).toBe(expected);
  }

  async function register(name: string, schedule?: { startedOn: string; targetDate: string }): Promise<string> {
    const created = await api()
      .post('/api/v1/land/projects')
      .set(auth(staff))
      .send({ name, category: 'zone-key', requestedAreaMu: '10.5', ...schedule })
      .expect(201);
    return created.body.id as string;
  }

  /** Starts and completes a step with its evidence (the announcement with its statutory 30 days). */
  async function completeStep(id: string, step: (typeof STEPS)[number], startedOn: string, completedOn: string): Promise<void> {
    const path = `/api/v1/land/projects/${id}/pre-work/${step}`;
    await api()
      .post(`${path}/start`)
      .set(auth(staff))
      .send({ startedOn, ...(step === 'announcement' ? { noticePeriodDays: 30 } : {}) })
      .expect(200);
    await api()
      .post(`${path}/documents`)
      .set(auth(staff))
      .send({ title: `${step} evidence`, reference: `dms://${id}/${step}` })
      .expect(201);
    await api().post(`${path}/completion`).set(auth(staff)).send({ completedOn }).expect(200);
  }

  /** The six steps in order, the announcement running 5 January to 3 February 2026. */
  async function completePreWork(id: string, from: (typeof STEPS)[number] = 'survey'): Promise<void> {
    const started = ['2026-01-02', '2026-01-03', '2026-01-05', '2026-02-05', '2026-02-06', '2026-02-09'];
    const completed = ['2026-01-02', '2026-01-03', '2026-02-04', '2026-02-05', '2026-02-06', '2026-02-09'];
    for (const [index, step] of STEPS.entries()) if (index >= STEPS.indexOf(from)) await completeStep(id, step, started[index]!, completed[index]!);
  }

  async function dashboard(at: string) {
    clock.freezeAt(at);
    try {
      return (await api().get('/api/v1/land/dashboard').set(auth(leadership)).expect(200)).body as {
        asOf: string;
        byRisk: Record<string, number>;
        activeProjects: { projectId: string; risk: string; workingDaysLeft: number | null }[];
      };
    } finally {
      clock.reset();
    }
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['land'] });
    staff = await platform.identity.token(['land-staff']);
    leadership = await platform.identity.token(['leadership']);
    admin = await platform.identity.token(['zone-admin']);
    for (const collection of LAND_DEMO_DATA) {
      const token = await platform.identity.token([collection.role]);
      for (const item of collection.items) await api().post(collection.path).set(auth(token)).send(item).expect(201);
    }
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('keeps each end right through the demo data, registration, rescheduling, pre-work, batches, history records and a new calendar year', async () => {
    // The demo data went in through the API: its scheduled projects have ends, and all of them are right.
    expect(await drifted()).toEqual([]);
    const [demo] = await queryDatabase<{ ends: number }>(db(), `SELECT count(earliest_open_milestone_end)::int AS ends FROM projects`);
    expect(demo!.ends).toBeGreaterThan(0);

    const unscheduled = await register('未排期项目');
    expect(await kept(unscheduled)).toBeNull();
    const schedule = { startedOn: '2026-01-02', targetDate: '2027-06-30' };
    const id = await register('维护测试项目', schedule);
    await expectKept(id);
    const other = await register('同批另一项目', schedule);

    // A new target replans every milestone.
    const registered = await kept(id);
    await api()
      .put(`/api/v1/land/projects/${id}/schedule`)
      .set(auth(staff))
      .send({ ...schedule, targetDate: '2027-09-30' })
      .expect(200);
    await expectKept(id);
    const replanned = await kept(id);
    expect(replanned).not.toBe(registered);

    // A completed step closes its milestone; starting it does not.
    await api().post(`/api/v1/land/projects/${id}/pre-work/survey/start`).set(auth(staff)).send({ startedOn: '2026-01-02' }).expect(200);
    await api().post(`/api/v1/land/projects/${id}/pre-work/survey/documents`).set(auth(staff)).send({ title: 'survey', reference: 'dms://survey' }).expect(201);
    expect(await kept(id)).toBe(replanned);
    await api().post(`/api/v1/land/projects/${id}/pre-work/survey/completion`).set(auth(staff)).send({ completedOn: '2026-01-02' }).expect(200);
    await expectKept(id);
    expect(await kept(id)).not.toBe(replanned);
    await completePreWork(id, 'assessment');
    await expectKept(id);
    await completePreWork(other);

    // A calendar year set replans the milestones that reach it.
    await api()
      .put('/api/v1/land/working-calendar/years/2027')
      .set(auth(admin))
      .send({
        year: 2027,
        source: 'Test fixture, not the official 2027 arrangement',
        holidays: [{ date: '2027-01-01', festival: { zh: '元旦', en: "New Year's Day" } }],
        makeUpWorkdays: [{ date: '2027-01-02', festival: { zh: '元旦', en: "New Year's Day" } }],
      })
      .expect(200);
    await expectKept(id);

    // Batch stages close the batch milestones of the projects whose parcels the batch holds, and only theirs.
    const batch = await api()
      .post('/api/v1/land/batches')
      .set(auth(staff))
      .send({
        name: '维护测试批次',
        openedOn: '2026-02-10',
        targetDate: '2026-04-27',
        parcels: [
          { projectId: id, parcelCode: 'KEEP-01', areaMu: '10.5' },
          { projectId: other, parcelCode: 'KEEP-02', areaMu: '10.5' },
        ],
      })
      .expect(201);
    const batchId = batch.body.id as string;
    const otherParcel = (batch.body.parcels as { id: string; projectId: string }[]).find((parcel) => parcel.projectId === other)!;
    await api().delete(`/api/v1/land/batches/${batchId}/parcels/${otherParcel.id}`).set(auth(staff)).expect(200);
    await api().post(`/api/v1/land/batches/${batchId}/parcels`).set(auth(staff)).send({ projectId: id, parcelCode: 'KEEP-03', areaMu: '1' }).expect(201);
    expect(await drifted()).toEqual([]);
    const otherEnd = await kept(other);
    await api().post(`/api/v1/land/batches/${batchId}/file-assembly`).set(auth(staff)).send({ on: '2026-02-20' }).expect(200);
    await expectKept(id);
    expect(await kept(other)).toBe(otherEnd);
    await api().post(`/api/v1/land/batches/${batchId}/submission`).set(auth(staff)).send({ on: '2026-03-02' }).expect(200);
    await expectKept(id);
    await api()
      .post(`/api/v1/land/batches/${batchId}/approval`)
      .set(auth(staff))
      .send({ approvingAuthority: '安徽省人民政府', documentNumber: '皖政地〔2026〕维护1号', approvedOn: '2026-03-10' })
      .expect(200);
    await expectKept(id, 'none');
    await api().put(`/api/v1/land/projects/${id}/land-supply`).set(auth(staff)).send({ supplyStartedOn: '2026-03-12', reason: '现场交地晚两天' }).expect(200);
    expect(await drifted()).toEqual([]);

    // A batch entered as history records its approval for the projects it names.
    const historical = await register('历史批次项目', schedule);
    await api()
      .post('/api/v1/land/batch-records')
      .set(auth(staff))
      .send({
        name: '历史批次（维护测试）',
        approvingAuthority: '安徽省人民政府',
        documentNumber: '皖政地〔2022〕维护1号',
        approvedOn: '2022-04-22',
        parcels: [{ projectId: historical, parcelCode: 'KEEP-HIS', areaMu: '10.5' }],
      })
      .expect(201);
    expect(await drifted()).toEqual([]);
    // Bulk writes in SQL (as the benchmark seeds) are kept too: the triggers work per statement.
    await queryDatabase(db(), `UPDATE pre_work_steps SET completed_on = NULL, status = 'in-progress' WHERE project_id = $1 AND step = 'agreement'`, [other]);
    await queryDatabase(db(), `DELETE FROM batch_parcels WHERE project_id = $1`, [id]);
    expect(await drifted()).toEqual([]);
    // Its pre-work done and its parcels gone, the project's batch milestones are open again.
    const [batchStages] = await queryDatabase<{ end: string }>(
      db(),
      `SELECT min(planned_end)::text AS end FROM project_milestones WHERE project_id = $1 AND milestone IN ('file-assembly', 'submission', 'approval')`,
      [id],
    );
    expect(await kept(id)).toBe(batchStages!.end);
  });

  it('ranks by the day the platform clock reads: an open milestone whose end passed makes a project at risk until it is completed', async () => {
    const id = await register('时钟测试项目', { startedOn: '2026-01-05', targetDate: '2026-12-31' });
    const surveyEnd = (await kept(id))!;
    const onDay = (days: number) => new Date(Date.parse(`${surveyEnd}T10:00:00+08:00`) + days * 86_400_000).toISOString();
    const riskOn = async (at: string) => (await dashboard(at)).activeProjects.find((project) => project.projectId === id)?.risk;
    expect(await riskOn(onDay(0))).toBe('on-track');
    expect(await riskOn(onDay(1))).toBe('at-risk');
    clock.freezeAt(onDay(1));
    try {
      await completeStep(id, 'survey', '2026-01-05', surveyEnd);
    } finally {
      clock.reset();
    }
    expect(await kept(id)).not.toBe(surveyEnd);
    expect(await riskOn(onDay(1))).toBe('on-track');
    expect(await riskOn('2027-01-04T10:00:00+08:00')).toBe('overdue');
  });

  it('ranks projects whose targets count the same working days left by registration, also across the end of the page', async () => {
    // Sunday 17 March 2030 counts the same working days as Friday 15 March; registered first, its projects come first.
    const schedule = (targetDate: string) => ({ startedOn: '2026-01-05', targetDate });
    const sunday = [await register('周日目标一', schedule('2030-03-17')), await register('周日目标二', schedule('2030-03-17'))];
    const friday: string[] = [];
    for (let n = 1; n <= 99; n++) friday.push(await register(`周五目标${n}`, schedule('2030-03-15')));
    const ours = new Set([...sunday, ...friday]);
    // Nine working days before, all of them are at risk; the other projects are overdue by then, and rank first.
    const board = await dashboard('2030-03-04T10:00:00+08:00');
    expect(board.byRisk['at-risk']).toBe(101);
    expect(board.activeProjects).toHaveLength(100);
    const others = board.activeProjects.filter((project) => !ours.has(project.projectId));
    expect(others.every((project) => project.risk === 'overdue')).toBe(true);
    const shown = board.activeProjects.slice(others.length);
    expect(shown.map((project) => project.projectId)).toEqual([...sunday, ...friday].slice(0, 100 - others.length));
    expect(new Set(shown.map((project) => `${project.risk} ${project.workingDaysLeft}`))).toEqual(new Set(['at-risk 9']));
  });

  it('fills in the end of every project when the migration runs on a register that already has them', async () => {
    const ends = `SELECT id, earliest_open_milestone_end::text AS end FROM projects ORDER BY id`;
    const before = await queryDatabase<{ id: string; end: string | null }>(db(), ends);
    expect(before.some((row) => row.end !== null)).toBe(true);
    const dataSource = new DataSource({ type: 'postgres', url: db() });
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    try {
      const migration = new EarliestOpenMilestoneEnd1764870000000();
      await runner.startTransaction();
      await migration.down(runner);
      await migration.up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
      await dataSource.destroy();
    }
    expect(await queryDatabase(db(), ends)).toEqual(before);
    expect(await drifted()).toEqual([]);
  });
});
