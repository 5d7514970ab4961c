import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { clock } from '#platform/clock';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

describe('land: dispatch meetings and action items through the gateway', () => {
  let platform: TestPlatform;
  let staff: string;
  let leadership: string;
  let member: string;
  let outsider: string;
  let projectId: string;

  const api = () => request(platform.gatewayUrl);
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['land'] });
    staff = await platform.identity.token(['land-staff']);
    leadership = await platform.identity.token(['leadership']);
    member = await platform.identity.token(['task-force'], ['zone'], 'tf-zhou');
    outsider = await platform.identity.token(['task-force'], ['zone'], 'tf-wu');
    projectId = await assignedProject('调度测试项目');
  });

  /** A project whose task force (tf-zhou leads it) may close its action items. */
  async function assignedProject(name: string): Promise<string> {
    const created = await api().post('/api/v1/land/projects').set(auth(staff)).send({ name, category: 'zone-key', requestedAreaMu: '20' }).expect(201);
    await api()
      .put(`/api/v1/land/projects/${created.body.id}/assignment`)
      .set(auth(staff))
      .send({
        responsibleLeader: { userId: 'leader-feng', name: '冯主任', position: '副主任' },
        taskForce: { name: `${name}专班`, members: [{ userId: 'tf-zhou', name: '周工', department: '征迁办', role: 'lead' }] },
      })
      .expect(200);
    return created.body.id as string;
  }

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('records a meeting with issues, decisions and action items; the project lists its open items; its task force closes them', async () => {
    // A project of its own: other tests add meetings and items to the shared one.
    const projectId = await assignedProject('调度测试项目（记录）');
    const meeting = {
      title: '用地报批专题调度会',
      heldOn: '2026-02-06',
      departments: ['安庆市自然资源和规划局', '市林业局'],
      issues: [
        { category: 'farmland-balance', description: '耕地占补平衡指标缺口' },
        { category: 'funding', description: '报批资金' },
      ],
      decisions: ['市资规局统筹指标'],
      projectIds: [projectId],
      actionItems: [
        { projectId, description: '落实占补平衡指标', owner: '国土规划建设局', dueOn: '2026-02-20' },
        { projectId, description: '落实报批资金', owner: '财政分局', dueOn: '2026-02-13' },
      ],
    };
    await api().post('/api/v1/land/meetings').set(auth(member)).send(meeting).expect(403);
    await api()
      .post('/api/v1/land/meetings')
      .set(auth(staff))
      .send({ ...meeting, issues: [{ category: 'weather', description: 'x' }] })
      .expect(400);
    await api()
      .post('/api/v1/land/meetings')
      .set(auth(staff))
      .send({ ...meeting, projectIds: ['00000000-0000-4000-8000-000000000000'] })
      .expect(404);
    const created = await api().post('/api/v1/land/meetings').set(auth(staff)).send(meeting).expect(201);
    expect(created.body.actionItems.map((item: { dueOn: string; overdue: boolean }) => [item.dueOn, item.overdue])).toEqual([
      ['2026-02-13', true],
      ['2026-02-20', true],
    ]);

    const open = await api().get(`/api/v1/land/projects/${projectId}/action-items?status=open&limit=1`).set(auth(leadership)).expect(200);
    expect(open.body.items).toEqual([expect.objectContaining({ description: '落实报批资金', status: 'open' })]);
    const firstId = open.body.items[0].id;
    await api().post(`/api/v1/land/action-items/${firstId}/completion`).set(auth(outsider)).send({ doneOn: '2026-02-12' }).expect(403);
    await api().post(`/api/v1/land/action-items/${firstId}/completion`).set(auth(member)).send({ doneOn: '2026-02-12' }).expect(200);
    await api().post(`/api/v1/land/action-items/${firstId}/completion`).set(auth(member)).send({ doneOn: '2026-02-12' }).expect(409);
    const stillOpen = await api().get(`/api/v1/land/projects/${projectId}/action-items?status=open`).set(auth(member)).expect(200);
    expect(stillOpen.body.items.map((item: { description: string }) => item.description)).toEqual(['落实占补平衡指标']);

    const listed = await api().get('/api/v1/land/meetings?limit=100').set(auth(leadership)).expect(200);
    expect(listed.body.items.find((item: { id: string }) => item.id === created.body.id)).toMatchObject({
      title: '用地报批专题调度会',
      departments: meeting.departments,
      issues: meeting.issues,
      decisions: meeting.decisions,
    });
    await api().get('/api/v1/land/meetings').expect(401);
    const audit = await queryDatabase<{ action: string }>(
      platform.databaseUrls.land!,
      `SELECT action FROM audit_log WHERE (action, target_id) IN (('meeting.create', $1), ('action-item.complete', $2)) ORDER BY id`,
      [created.body.id, firstId],
    );
    expect(audit.map((row) => row.action)).toEqual(['meeting.create', 'action-item.complete']);
  });

  it('refuses action items falling due or done before the meeting was held, naming both dates', async () => {
    const meeting = {
      title: '日期顺序调度会',
      heldOn: '2026-05-03',
      departments: ['市林业局'],
      issues: [{ category: 'funding', description: '资金' }],
      decisions: ['按期推进'],
      projectIds: [projectId],
    };
    const early = await api()
      .post('/api/v1/land/meetings')
      .set(auth(staff))
      .send({ ...meeting, actionItems: [{ projectId, description: '补报材料', owner: '征迁办', dueOn: '2026-05-01' }] })
      .expect(422);
    expect(early.body).toMatchObject({
      type: 'urn:zone-gov:problem:date-order',
      errors: [{ field: 'actionItems.0.dueOn', message: 'actionItems.0.dueOn 2026-05-01 is before heldOn 2026-05-03' }],
      earlier: { field: 'heldOn', date: '2026-05-03' },
      later: { field: 'actionItems.0.dueOn', date: '2026-05-01' },
    });
    const created = await api().post('/api/v1/land/meetings').set(auth(staff)).send(meeting).expect(201);

    const dueEarly = await api()
      .post(`/api/v1/land/meetings/${created.body.id}/action-items`)
      .set(auth(staff))
      .send({ projectId, description: '补报材料', owner: '征迁办', dueOn: '2026-05-01' })
      .expect(422);
    expect(dueEarly.body.errors).toEqual([{ field: 'dueOn', message: 'dueOn 2026-05-01 is before the meeting held on 2026-05-03' }]);
    // Due on the meeting day itself is in order.
    const item = await api()
      .post(`/api/v1/land/meetings/${created.body.id}/action-items`)
      .set(auth(staff))
      .send({ projectId, description: '补报材料', owner: '征迁办', dueOn: '2026-05-03' })
      .expect(201);

    const doneEarly = await api().post(`/api/v1/land/action-items/${item.body.id}/completion`).set(auth(member)).send({ doneOn: '2026-05-02' }).expect(422);
    expect(doneEarly.body).toMatchObject({
      type: 'urn:zone-gov:problem:date-order',
      earlier: { field: 'meeting.heldOn', date: '2026-05-03' },
      later: { field: 'doneOn', date: '2026-05-02' },
    });
    expect(doneEarly.body.detail).toBe('doneOn 2026-05-02 is before the meeting held on 2026-05-03.');
    const tomorrow = new Date(Date.parse(`${clock.today()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const doneLater = await api().post(`/api/v1/land/action-items/${item.body.id}/completion`).set(auth(member)).send({ doneOn: tomorrow }).expect(422);
    expect(doneLater.body).toMatchObject({
      type: 'urn:zone-gov:problem:date-in-future',
      errors: [{ field: 'doneOn', message: `doneOn ${tomorrow} is after today (${clock.today()})` }],
    });
    await api().post(`/api/v1/land/action-items/${item.body.id}/completion`).set(auth(member)).send({ doneOn: '2026-05-03' }).expect(200);
  });

  it('counts meetings by issue type and month for a period or as of a date, and exports the answer', async () => {
    const base = { departments: ['市林业局'], decisions: ['按期推进'], projectIds: [projectId] };
    const held: [string, string[]][] = [
      ['2025-07-02', ['land-use-quota', 'land-use-quota', 'funding']],
      ['2025-07-20', ['farmland-balance']],
      ['2025-08-05', ['funding']],
    ];
    for (const [heldOn, categories] of held) {
      const issues = categories.map((category) => ({ category, description: `${category} 议题` }));
      await api()
        .post('/api/v1/land/meetings')
        .set(auth(staff))
        .send({ ...base, title: `统计调度会 ${heldOn}`, heldOn, issues })
        .expect(201);
    }
    const statistics = (query: string) => api().get(`/api/v1/land/statistics/meetings?${query}`).set(auth(leadership));
    const july = (await statistics('from=2025-07-01&to=2025-07-31').expect(200)).body;
    expect(july).toMatchObject({ period: { from: '2025-07-01', to: '2025-07-31' }, meetings: 2, byMonth: [{ month: '2025-07', meetings: 2 }] });
    const byType = (answer: { byIssueCategory: { category: string; meetings: number; issues: number }[] }) =>
      Object.fromEntries(answer.byIssueCategory.map((row) => [row.category, [row.meetings, row.issues]]));
    expect(byType(july)).toMatchObject({ 'land-use-quota': [1, 2], funding: [1, 1], 'farmland-balance': [1, 1], relocation: [0, 0] });
    // As of 31 July the August meeting is not there yet; as of 31 August it is.
    expect((await statistics('asOf=2025-07-31').expect(200)).body.meetings).toBe(2);
    const august = (await statistics('asOf=2025-08-31').expect(200)).body;
    expect(august.meetings).toBe(3);
    expect(byType(august).funding).toEqual([2, 2]);
    expect((await statistics('from=2025-08-01&to=2025-07-01').expect(422)).body.type).toBe('urn:zone-gov:problem:date-order');
    // The task force reads the counts as it reads the meetings; a service outside land does not.
    expect((await api().get('/api/v1/land/statistics/meetings?asOf=2025-08-31').set(auth(member)).expect(200)).body.meetings).toBe(3);
    await api()
      .get('/api/v1/land/statistics/meetings')
      .set(auth(await platform.identity.token(['credit-staff'])))
      .expect(403);

    const csv = await statistics('from=2025-07-01&to=2025-07-31&format=csv').expect(200);
    const [preamble, headers, total] = csv.text.replace(/^\ufeff/, '').split('\r\n');
    expect(preamble).toBe('专题调度会统计,筛选：from=2025-07-01；to=2025-07-31,截至：2025-07-31');
    expect(headers).toBe('分组,名称,会议数,议题数');
    expect(total).toBe('合计,全部,2,4');
  });
});
