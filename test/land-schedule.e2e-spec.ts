import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { clock } from '#platform/clock';
import { LAND_DEMO_DATA } from '../apps/land/src/demo/land.demo-data.js';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const PORT = '6a1d0000-0000-4000-8000-000000000001';

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** The land service alone on a fresh database for one block of tests: started before them, dropped after them. */
function landPlatform(): () => TestPlatform {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['land'] });
  });
  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });
  return () => platform;
}

/** Schedules, the leadership dashboard and the statistics, with the demo data loaded as `npm start` loads it. */
describe('land: schedules, dashboard and statistics through the gateway', () => {
  const platform = landPlatform();
  let leadership: string;
  let member: string;

  const api = () => request(platform().gatewayUrl);

  beforeAll(async () => {
    leadership = await platform().identity.token(['leadership']);
    member = await platform().identity.token(['task-force'], ['zone'], 'tf-sun');
    for (const collection of LAND_DEMO_DATA) {
      const token = await platform().identity.token([collection.role]);
      for (const item of collection.items) await api().post(collection.path).set(auth(token)).send(item).expect(201);
    }
  });

  it('makes the reported figures come out exactly from the demo data: 11 batches, 1,277.2035 mu, 382.54 mu for the port', async () => {
    const stats = await api().get('/api/v1/land/statistics/approvals?sinceYear=2022').expect(200);
    expect(stats.body).toMatchObject({ sinceYear: 2022, batches: 11, totalAreaMu: '1277.2035' });
    expect(stats.body.byProject.find((row: { projectId: string }) => row.projectId === PORT)).toEqual({
      projectId: PORT,
      projectName: '安庆长风港二期',
      batches: 1,
      areaMu: '382.5400',
    });
    const perYear = stats.body.byYear as { year: number; batches: number; areaMu: string }[];
    expect(perYear.map((row) => row.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(perYear.reduce((sum, row) => sum + row.batches, 0)).toBe(11);
    // A later year bound leaves the earlier batches out.
    const recent = await api().get('/api/v1/land/statistics/approvals?sinceYear=2026').expect(200);
    expect(recent.body).toMatchObject({ batches: 2, totalAreaMu: '442.5400' });
    await api().get('/api/v1/land/statistics/approvals?sinceYear=abc').expect(400);
  });

  it('lists the demo batches publicly with exact areas, and only to land staff and leadership as history', async () => {
    const pub = await api().get('/api/v1/land/approved-batches?limit=100').expect(200);
    expect(pub.body.items).toHaveLength(11);
    expect(pub.body.items[0]).toMatchObject({ name: '安庆长风港二期项目用地', totalAreaMu: '382.5400', approvedOn: '2026-04-20' });
    await api().get('/api/v1/land/batch-records').set(auth(member)).expect(403);
    const records = await api().get('/api/v1/land/batch-records?limit=2').set(auth(leadership)).expect(200);
    expect(records.body.items).toHaveLength(2);
    expect(records.body.nextCursor).toEqual(expect.any(String));
  });

  it('plans the port schedule backwards from its target and reports it completed within target', async () => {
    const schedule = await api().get(`/api/v1/land/projects/${PORT}/schedule`).set(auth(leadership)).expect(200);
    expect(schedule.body).toMatchObject({
      startedOn: '2026-01-27',
      targetDate: '2026-04-27',
      status: 'completed',
      stage: 'land-supply',
      landSupplyStartedOn: '2026-04-20',
    });
    const approval = schedule.body.milestones.find((m: { milestone: string }) => m.milestone === 'approval');
    expect(approval).toMatchObject({ plannedEnd: '2026-04-27', achievedOn: '2026-04-20', late: false });
    // Entered as history, every milestone counts as reached on the approval day: the wait shows on the first stage.
    expect(schedule.body.milestones[0]).toMatchObject({ milestone: 'survey', workingDaysTaken: 54 });
    expect(schedule.body.milestones).toHaveLength(9);
  });

  it('shows leadership the active projects, their stage and risk, and the average approval time against the 5-month baseline', async () => {
    await api().get('/api/v1/land/dashboard').set(auth(member)).expect(403);
    await api().get('/api/v1/land/dashboard').expect(401);
    const dashboard = await api().get('/api/v1/land/dashboard').set(auth(leadership)).expect(200);
    expect(dashboard.body.activeProjectCount).toBe(1);
    expect(dashboard.body.activeProjects[0]).toMatchObject({ name: '演示项目：产业园配套用地（示例）', stage: 'survey', targetDate: '2026-12-30' });
    // 27 January → 20 April: 83 days, 2.7 months.
    expect(dashboard.body.approvalDuration).toEqual({ projectsCounted: 1, averageDays: '83.0', averageMonths: '2.7', baselineMonths: '5', targetMonths: '3' });
  });
});

/**
 * Setting a project's schedule, on a register of its own: the project stays active, and the dashboard above counts
 * the demo data alone.
 */
describe('land: setting the schedule of a project', () => {
  const platform = landPlatform();
  let staff: string;
  let member: string;

  const api = () => request(platform().gatewayUrl);

  beforeAll(async () => {
    staff = await platform().identity.token(['land-staff']);
    member = await platform().identity.token(['task-force'], ['zone'], 'tf-sun');
  });

  it('lets only the own task force or land staff set a schedule, and publishes project-overdue once when the target has passed', async () => {
    const created = await api()
      .post('/api/v1/land/projects')
      .set(auth(staff))
      .send({ name: '逾期测试项目', category: 'ordinary', requestedAreaMu: '10' })
      .expect(201);
    const id = created.body.id;
    await api().get(`/api/v1/land/projects/${id}/schedule`).set(auth(staff)).expect(404);
    const schedule = { startedOn: '2026-01-27', targetDate: '2026-04-27', legalDueOn: '2026-07-31' };
    await api().put(`/api/v1/land/projects/${id}/schedule`).set(auth(member)).send(schedule).expect(403);
    await api()
      .put(`/api/v1/land/projects/${id}/assignment`)
      .set(auth(staff))
      .send({
        responsibleLeader: { userId: 'leader-qian', name: '钱主任', position: '副主任' },
        taskForce: { name: '逾期测试专班', members: [{ userId: 'tf-sun', name: '孙工', department: '国土规划建设局', role: 'lead' }] },
      })
      .expect(200);
    const bad = await api()
      .put(`/api/v1/land/projects/${id}/schedule`)
      .set(auth(member))
      .send({ ...schedule, targetDate: '2026-01-01' })
      .expect(422);
    expect(bad.body.type).toBe('urn:zone-gov:problem:target-before-start');
    // Beyond 2100 no provisional year is computed.
    const missingYear = await api()
      .put(`/api/v1/land/projects/${id}/schedule`)
      .set(auth(member))
      .send({ ...schedule, targetDate: '2101-03-01' })
      .expect(422);
    expect(missingYear.body.type).toBe('urn:zone-gov:problem:calendar-year-missing');

    // On 1 June 2026 the target (27 April) has passed and the legal deadline (31 July) has not.
    clock.freezeAt('2026-06-01T10:00:00+08:00');
    try {
      const set = await api().put(`/api/v1/land/projects/${id}/schedule`).set(auth(member)).send(schedule).expect(200);
      expect(set.body).toMatchObject({ asOf: '2026-06-01', stage: 'survey', planBasis: 'official' });
      expect(set.body.status).toBe('overdue');
      expect(set.body.workingDaysLeft).toBeLessThan(0);
      expect(set.body.legalDueWorkingDaysLeft).toBeGreaterThan(0);
      // Setting a schedule runs the overdue sweep before answering: the notice is already in the outbox.
      const overdueNotices = () =>
        queryDatabase<{ envelope: { data: Record<string, unknown> } }>(
          platform().databaseUrls.land!,
          `SELECT envelope FROM outbox WHERE record_key = $1 AND type = 'zone.land.project-overdue.v1'`,
          [id],
        );
      const events = await overdueNotices();
      expect(events).toHaveLength(1);
      expect(events[0]!.envelope.data).toMatchObject({ targetDate: '2026-04-27', legalDeadline: '2026-07-31', responsibleLeaderId: 'leader-qian' });
      // Setting the same target again does not announce it twice.
      await api().put(`/api/v1/land/projects/${id}/schedule`).set(auth(staff)).send(schedule).expect(200);
      expect(await overdueNotices()).toHaveLength(1);
    } finally {
      clock.reset();
    }
    const preWork = await api().get(`/api/v1/land/projects/${id}/pre-work`).set(auth(member)).expect(200);
    expect(preWork.body.steps[2]).toMatchObject({ step: 'announcement', plannedStart: '2026-02-08', plannedEnd: '2026-03-09' });
  });
});
