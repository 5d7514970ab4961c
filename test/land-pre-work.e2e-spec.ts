import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { dropTestDatabases, eventually, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const STEPS = ['survey', 'assessment', 'announcement', 'hearing', 'registration', 'agreement'] as const;
const ASSIGNMENT = {
  responsibleLeader: { userId: 'leader-wang', name: '王主任', position: '经开区管委会副主任' },
  taskForce: {
    name: '长风港二期用地报批工作专班',
    members: [
      { userId: 'tf-li', name: '李工', department: '自然资源和规划分局', role: 'lead' },
      { userId: 'tf-zhao', name: '赵工', department: '征迁办', role: 'member' },
    ],
  },
};

describe('land: projects, "four ones" and the six-step pre-work through the gateway', () => {
  let platform: TestPlatform;
  let staff: string;
  let leadership: string;
  let member: string;
  let outsider: string;

  const api = () => request(platform.gatewayUrl);
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['land', 'supervision'] });
    staff = await platform.identity.token(['land-staff']);
    leadership = await platform.identity.token(['leadership']);
    member = await platform.identity.token(['task-force'], ['zone'], 'tf-li');
    outsider = await platform.identity.token(['task-force'], ['zone'], 'tf-other');
  });

  // Each test works on its own project, so that none depends on another having run.
  const registerProject = async () =>
    (
      await api()
        .post('/api/v1/land/projects')
        .set(auth(staff))
        .send({ name: '安庆长风港二期', category: 'provincial-key', requestedAreaMu: '382.54', owner: '港口建设单位' })
        .expect(201)
    ).body.id as string;
  const registerAssignedProject = async () => {
    const projectId = await registerProject();
    await api().put(`/api/v1/land/projects/${projectId}/assignment`).set(auth(staff)).send(ASSIGNMENT).expect(200);
    return projectId;
  };

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('still announces registration to the supervision service, unchanged', async () => {
    const projectId = await registerProject();
    const supervisor = await platform.identity.token(['discipline-supervisor']);
    const listed = await eventually(async () => {
      const page = await api().get('/api/v1/supervision/land-projects').set(auth(supervisor)).expect(200);
      return page.body.items.find((item: { projectId: string }) => item.projectId === projectId);
    });
    expect(listed).toMatchObject({ projectId, name: '安庆长风港二期', requestedAreaMu: '382.5400' });
  });

  it('assigns the responsible leader and task force; only land staff may, and exactly one lead', async () => {
    const projectId = await registerProject();
    await api().put(`/api/v1/land/projects/${projectId}/assignment`).set(auth(member)).send(ASSIGNMENT).expect(403);
    const noLead = { ...ASSIGNMENT, taskForce: { ...ASSIGNMENT.taskForce, members: ASSIGNMENT.taskForce.members.map((m) => ({ ...m, role: 'member' })) } };
    const refused = await api().put(`/api/v1/land/projects/${projectId}/assignment`).set(auth(staff)).send(noLead).expect(422);
    expect(refused.body.type).toBe('urn:zone-gov:problem:task-force-lead-required');
    const assigned = await api().put(`/api/v1/land/projects/${projectId}/assignment`).set(auth(staff)).send(ASSIGNMENT).expect(200);
    expect(assigned.body.responsibleLeader).toEqual(ASSIGNMENT.responsibleLeader);
    expect(assigned.body.taskForce.members).toHaveLength(2);
    const read = await api().get(`/api/v1/land/projects/${projectId}`).set(auth(leadership)).expect(200);
    expect(read.body.taskForce.name).toBe('长风港二期用地报批工作专班');
    expect(read.body.requestedAreaMu).toBe('382.5400');
  });

  it('lets a task-force member work their own project only; leadership reads but cannot write; the public sees nothing', async () => {
    const projectId = await registerAssignedProject();
    await api().post(`/api/v1/land/projects/${projectId}/pre-work/survey/start`).set(auth(outsider)).send({ startedOn: '2026-01-27' }).expect(403);
    await api().post(`/api/v1/land/projects/${projectId}/pre-work/survey/start`).set(auth(leadership)).send({ startedOn: '2026-01-27' }).expect(403);
    await api().get(`/api/v1/land/projects/${projectId}/pre-work`).expect(401);
    const started = await api()
      .post(`/api/v1/land/projects/${projectId}/pre-work/survey/start`)
      .set(auth(member))
      .send({ startedOn: '2026-01-27', responsiblePerson: '李工' })
      .expect(200);
    expect(started.body.steps[0]).toMatchObject({ step: 'survey', status: 'in-progress', startedOn: '2026-01-27', responsiblePerson: '李工' });
    const read = await api().get(`/api/v1/land/projects/${projectId}/pre-work`).set(auth(leadership)).expect(200);
    expect(read.body.currentStep).toBe('survey');
  });

  it('enforces evidence, order and the notice period, then records all six steps', async () => {
    const projectId = await registerAssignedProject();
    const preAnnouncement = `/api/v1/land/projects/${projectId}/pre-work/survey/start`;
    // The pre-announcement (预公告) runs at least 10 working days, counted on the working calendar.
    const short = await api().post(preAnnouncement).set(auth(member)).send({ startedOn: '2026-01-27', noticePeriodDays: 9 }).expect(422);
    expect(short.body).toMatchObject({
      type: 'urn:zone-gov:problem:notice-period-too-short',
      step: 'survey',
      minimum: 10,
      unit: 'working-days',
      legalBasis: expect.stringContaining('第二十六条'),
    });
    const surveyed = await api()
      .post(preAnnouncement)
      .set(auth(member))
      .send({ startedOn: '2026-01-27', noticePeriodDays: 10, responsiblePerson: '李工' })
      .expect(200);
    // Tuesday 27 January + 10 working days, the publication day being the first: Monday 9 February.
    expect(surveyed.body.steps[0]).toMatchObject({ noticePeriodDays: 10, noticeEndsOn: '2026-02-09' });
    const path = (step: string, rest: string) => `/api/v1/land/projects/${projectId}/pre-work/${step}/${rest}`;
    const noEvidence = await api().post(path('survey', 'completion')).set(auth(member)).send({ completedOn: '2026-01-30' }).expect(422);
    expect(noEvidence.body.type).toBe('urn:zone-gov:problem:evidence-missing');
    await api().post(path('assessment', 'start')).set(auth(staff)).send({ startedOn: '2026-01-28' }).expect(200);
    await api().post(path('assessment', 'documents')).set(auth(staff)).send({ title: '社会稳定风险评估报告', reference: 'dms://a/1' }).expect(201);
    const early = await api().post(path('assessment', 'completion')).set(auth(staff)).send({ completedOn: '2026-02-05' }).expect(422);
    expect(early.body.type).toBe('urn:zone-gov:problem:predecessor-not-completed');

    await api()
      .post(path('survey', 'documents'))
      .set(auth(member))
      .send({ title: '土地现状调查表', documentNumber: '调查〔2026〕1号', reference: 'dms://s/1' })
      .expect(201);
    await api().post(path('survey', 'completion')).set(auth(member)).send({ completedOn: '2026-01-30' }).expect(200);
    await api().post(path('survey', 'completion')).set(auth(member)).send({ completedOn: '2026-01-30' }).expect(409);
    await api().post(path('assessment', 'completion')).set(auth(staff)).send({ completedOn: '2026-02-05' }).expect(200);

    const noPeriod = await api().post(path('announcement', 'start')).set(auth(staff)).send({ startedOn: '2026-02-09' }).expect(422);
    expect(noPeriod.body.type).toBe('urn:zone-gov:problem:notice-period-required');
    // The compensation and resettlement plan must be announced for at least 30 days (土地管理法 第四十七条).
    const oneDay = await api().post(path('announcement', 'start')).set(auth(staff)).send({ startedOn: '2026-02-09', noticePeriodDays: 1 }).expect(422);
    expect(oneDay.body).toMatchObject({
      type: 'urn:zone-gov:problem:notice-period-too-short',
      step: 'announcement',
      minimum: 30,
      unit: 'calendar-days',
      legalBasis: expect.stringContaining('土地管理法 第四十七条'),
      errors: [expect.objectContaining({ field: 'noticePeriodDays' })],
    });
    expect(oneDay.body.detail).toContain('at least 30 calendar days');
    const announced = await api().post(path('announcement', 'start')).set(auth(staff)).send({ startedOn: '2026-02-09', noticePeriodDays: 30 }).expect(200);
    expect(announced.body.steps[2]).toMatchObject({ noticePeriodDays: 30, noticeEndsOn: '2026-03-10' });
    expect(announced.body.earliestHearingStart).toBe('2026-03-11');
    await api().post(path('announcement', 'documents')).set(auth(staff)).send({ title: '征收土地预公告', reference: 'dms://n/1' }).expect(201);
    const tooSoon = await api().post(path('hearing', 'start')).set(auth(staff)).send({ startedOn: '2026-03-10' }).expect(422);
    expect(tooSoon.body.type).toBe('urn:zone-gov:problem:notice-period-running');
    await api().post(path('announcement', 'completion')).set(auth(staff)).send({ completedOn: '2026-03-10' }).expect(200);
    await api().post(path('hearing', 'start')).set(auth(staff)).send({ startedOn: '2026-03-11' }).expect(200);

    for (const [step, start, end] of [
      ['hearing', null, '2026-03-12'],
      ['registration', '2026-03-13', '2026-03-16'],
      ['agreement', '2026-03-17', '2026-03-20'],
    ] as const) {
      if (start !== null) await api().post(path(step, 'start')).set(auth(staff)).send({ startedOn: start }).expect(200);
      await api()
        .post(path(step, 'documents'))
        .set(auth(staff))
        .send({ title: `${step} record`, reference: `dms://${step}` })
        .expect(201);
      await api().post(path(step, 'completion')).set(auth(staff)).send({ completedOn: end }).expect(200);
    }
    const done = await api().get(`/api/v1/land/projects/${projectId}/pre-work`).set(auth(staff)).expect(200);
    expect(done.body.complete).toBe(true);
    expect(done.body.steps.map((step: { status: string }) => step.status)).toEqual(STEPS.map(() => 'completed'));

    const docs = await api().get(path('survey', 'documents')).set(auth(leadership)).expect(200);
    expect(docs.body.items).toEqual([expect.objectContaining({ title: '土地现状调查表', documentNumber: '调查〔2026〕1号' })]);
    const events = await queryDatabase<{ type: string }>(
      platform.databaseUrls.land!,
      `SELECT type FROM outbox WHERE type = 'zone.land.pre-work-step-completed.v1'`,
    );
    expect(events).toHaveLength(6);
    const audit = await queryDatabase<{ n: number }>(
      platform.databaseUrls.land!,
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'pre-work.complete'`,
    );
    expect(audit[0]!.n).toBe(6);
  });
});
