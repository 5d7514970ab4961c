import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

/** The most statements any list may cost, whatever its page size (paging, access checks, one query per nested part). */
const MAX_LIST_QUERIES = 8;
const COPIES = 110;

/**
 * Lists answer with a number of database statements that does not grow with the page: each list is seeded past
 * 100 items, and its `Server-Timing` count at limit=100 must equal the count at limit=10.
 */
describe('lists: constant queries per page', () => {
  let platform: TestPlatform;
  const api = () => request(platform.gatewayUrl);
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const tokens: Record<string, string> = {};

  /** The statements a request cost, from the `Server-Timing` header the service sends. */
  function queriesOf(response: request.Response): number {
    const match = /db;desc="(\d+) queries";dur=\d+/.exec(String(response.headers['server-timing']));
    if (match === null) throw new Error(`no database timing in ${JSON.stringify(response.headers)}`);
    return Number(match[1]);
  }

  /** Copies the rows `where` selects `copies` times; `changes` gives columns of each copy as SQL over the row `t` and the copy number `g`. */
  async function copyRows(db: string, table: string, where: string, changes: Record<string, string>, copies = COPIES): Promise<void> {
    const overrides = Object.entries(changes)
      .map(([column, sql]) => `'${column}', ${sql}`)
      .join(', ');
    await queryDatabase(
      db,
      `INSERT INTO ${table} SELECT (jsonb_populate_record(NULL::${table}, to_jsonb(t) || jsonb_build_object(${overrides}))).* FROM ${table} t CROSS JOIN generate_series(1, ${copies}) AS g WHERE ${where}`,
    );
  }
  const copyId = (column: string) => `md5(t.${column}::text || g)::uuid`;

  async function expectConstant(path: string, token: string | undefined) {
    const get = (limit: number) => {
      const call = api().get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}`);
      return (token === undefined ? call : call.set(as(token))).expect(200);
    };
    const small = await get(10);
    const large = await get(100);
    const itemsOf = (body: { items: unknown[] }) => body.items;
    expect([path, itemsOf(small.body).length, itemsOf(large.body).length]).toEqual([path, 10, 100]);
    expect([path, queriesOf(large)]).toEqual([path, queriesOf(small)]);
    expect(queriesOf(large)).toBeLessThanOrEqual(MAX_LIST_QUERIES);
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['land', 'supervision'] });
    tokens.staff = await platform.identity.token(['land-staff']);
    tokens.leadership = await platform.identity.token(['leadership']);
    tokens.supervisor = await platform.identity.token(['discipline-supervisor']);
    tokens.clerk = await platform.identity.token(['village-clerk'], ['shengtang'], 'clerk-shengtang');
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  describe('land', () => {
    const db = () => platform.databaseUrls.land!;

    /**
     * Projects straight into the register, with schedules, steps and planned milestones of every kind of risk; `label`
     * keeps the ids of one test's projects apart from another's.
     */
    async function seedProjects(label: string, from: number, to: number): Promise<void> {
      await queryDatabase(
        db(),
        `
        INSERT INTO projects (id, name, category, requested_area_mu, created_at, created_by, started_on, target_date, responsible_leader_name)
        SELECT md5($3::text || g)::uuid, $3::text || ' project ' || g, 'provincial-key', 10, timestamptz '2026-01-01' + g * interval '1 minute', 'seed',
               CASE WHEN g % 10 = 0 THEN NULL ELSE date '2026-06-01' + (g % 200) END,
               CASE WHEN g % 10 = 0 THEN NULL ELSE date '2026-06-01' + (g % 200) + 30 + (g * 7 % 300) END,
               'Leader ' || (g % 7)
          FROM generate_series($1::int, $2::int) g`,
        [from, to, label],
      );
      await queryDatabase(
        db(),
        `
        INSERT INTO pre_work_steps (project_id, step, position, status, started_on, completed_on)
        SELECT md5($3::text || g)::uuid, s.step, s.position, CASE WHEN s.position <= g % 7 THEN 'completed' ELSE 'pending' END,
               CASE WHEN s.position <= g % 7 THEN date '2026-06-01' + s.position END, CASE WHEN s.position <= g % 7 THEN date '2026-06-01' + s.position END
          FROM generate_series($1::int, $2::int) g
         CROSS JOIN (VALUES ('survey', 1), ('assessment', 2), ('announcement', 3), ('hearing', 4), ('registration', 5), ('agreement', 6)) AS s (step, position)`,
        [from, to, label],
      );
      await queryDatabase(
        db(),
        `
        INSERT INTO project_milestones (project_id, milestone, position, planned_start, planned_end)
        SELECT p.id, m.milestone, m.position, p.target_date - (10 - m.position) * 9 - 5, p.target_date - (10 - m.position) * 9
          FROM projects p
         CROSS JOIN (VALUES ('survey', 1), ('assessment', 2), ('announcement', 3), ('hearing', 4), ('registration', 5), ('agreement', 6), ('file-assembly', 7), ('submission', 8), ('approval', 9)) AS m (milestone, position)
         WHERE p.target_date IS NOT NULL AND p.created_by = 'seed' AND NOT EXISTS (SELECT 1 FROM project_milestones x WHERE x.project_id = p.id)`,
      );
    }

    it('lists batches with their parcels and stages in constant queries', async () => {
      const project = await api()
        .post('/api/v1/land/projects')
        .set(as(tokens.staff!))
        .send({ name: '查询计数项目', category: 'provincial-key', requestedAreaMu: '12.5' })
        .expect(201);
      const batch = await api()
        .post('/api/v1/land/batches')
        .set(as(tokens.staff!))
        .send({
          name: '查询计数批次',
          openedOn: '2026-02-10',
          targetDate: '2026-04-27',
          parcels: [{ projectId: project.body.id, parcelCode: 'Q-1', areaMu: '12.5' }],
        })
        .expect(201);
      const where = `batch_id = '${batch.body.id}'`;
      await copyRows(db(), 'batches', `id = '${batch.body.id}'`, {
        id: copyId('id'),
        name: `t.name || g`,
        created_at: `t.created_at - g * interval '1 second'`,
      });
      await copyRows(db(), 'batch_transitions', where, { id: `nextval('batch_transitions_id_seq')`, batch_id: copyId('batch_id') });
      await copyRows(db(), 'batch_parcels', where, { id: copyId('id'), batch_id: copyId('batch_id') });
      await expectConstant('/api/v1/land/batches', tokens.staff);
    });

    it('lists recorded and approved batches in constant queries', async () => {
      const project = await api()
        .post('/api/v1/land/projects')
        .set(as(tokens.staff!))
        .send({ name: '查询计数历史项目', category: 'provincial-key', requestedAreaMu: '8' })
        .expect(201);
      const recorded = await api()
        .post('/api/v1/land/batch-records')
        .set(as(tokens.staff!))
        .send({
          name: '查询计数历史批次',
          approvingAuthority: '安徽省人民政府',
          documentNumber: '皖政地〔2023〕1号',
          approvedOn: '2023-06-15',
          parcels: [{ projectId: project.body.id, parcelCode: 'H-1', areaMu: '8' }],
        })
        .expect(201);
      const where = `batch_id = '${recorded.body.id}'`;
      await copyRows(db(), 'batches', `id = '${recorded.body.id}'`, {
        id: copyId('id'),
        name: `t.name || g`,
        document_number: `t.document_number || '-' || g`,
        created_at: `t.created_at - g * interval '1 second'`,
        decided_on: `t.decided_on - g`,
      });
      await copyRows(db(), 'batch_transitions', where, { id: `nextval('batch_transitions_id_seq')`, batch_id: copyId('batch_id') });
      await copyRows(db(), 'batch_parcels', where, { id: copyId('id'), batch_id: copyId('batch_id') });
      await expectConstant('/api/v1/land/batch-records', tokens.leadership);
      await expectConstant('/api/v1/land/approved-batches', undefined);
    });

    it('answers the dashboard in the same queries for a register five times larger', async () => {
      // Projects the other tests registered are active too: counted before, so the growth is exactly this test's.
      const others = (await api().get('/api/v1/land/dashboard').set(as(tokens.leadership!)).expect(200)).body.activeProjectCount as number;
      await seedProjects('dashboard', 1, 40);
      const small = await api().get('/api/v1/land/dashboard').set(as(tokens.leadership!)).expect(200);
      await seedProjects('dashboard', 41, 240);
      const large = await api().get('/api/v1/land/dashboard').set(as(tokens.leadership!)).expect(200);
      expect([small.body.activeProjectCount, large.body.activeProjectCount]).toEqual([others + 40, others + 240]);
      expect(large.body.activeProjects).toHaveLength(100);
      expect(queriesOf(large)).toBe(queriesOf(small));
      expect(queriesOf(large)).toBeLessThanOrEqual(MAX_LIST_QUERIES);
    });

    it('lists projects in constant queries', async () => {
      await seedProjects('list', 1, COPIES);
      await expectConstant('/api/v1/land/projects', tokens.staff);
    });
  });

  describe('supervision', () => {
    const db = () => platform.databaseUrls.supervision!;
    const base = '/api/v1/supervision';
    let disclosureId: string;

    beforeAll(async () => {
      await api().post(`${base}/units`).set(as(tokens.supervisor!)).send({ code: 'shengtang', name: '盛塘社区', kind: 'community' }).expect(201);
      await api()
        .post(`${base}/supervision-items`)
        .set(as(tokens.supervisor!))
        .send({
          code: 'L-02',
          name: '孤儿和事实无人抚养儿童生活补贴',
          responsibleBody: 'x',
          supervisingBody: '经开区纪监工委',
          process: 'x',
          policyBasis: 'x',
          origin: 'local',
          category: 'subsidies',
          disclosureFrequency: 'monthly',
        })
        .expect(201);
      const created = await api()
        .post(`${base}/disclosures`)
        .set(as(tokens.clerk!))
        .send({
          unitCode: 'shengtang',
          itemCode: 'L-02',
          period: '2026-01',
          title: '盛塘 2026-01',
          summary: '测试',
          lines: [{ label: '合计', quantity: '100.00', unit: 'yuan' }],
          recipients: [],
          attachments: [],
        })
        .expect(201);
      disclosureId = created.body.id;
      await api().post(`${base}/disclosures/${disclosureId}/submission`).set(as(tokens.clerk!)).expect(200);
      await api().post(`${base}/disclosures/${disclosureId}/publication`).set(as(tokens.clerk!)).expect(200);
    });

    it('lists the versions of a disclosure in constant queries', async () => {
      await copyRows(db(), 'disclosure_versions', `disclosure_id = '${disclosureId}'`, { version: 't.version + g' });
      await expectConstant(`${base}/disclosures/${disclosureId}/versions`, undefined);
    });

    it('lists spot checks with their samples, and findings with their steps, in constant queries', async () => {
      const check = await api().post(`${base}/spot-checks`).set(as(tokens.supervisor!)).send({ seed: '查询计数', sampleSize: 1 }).expect(201);
      const finding = await api()
        .post(`${base}/spot-checks/${check.body.id}/findings`)
        .set(as(tokens.supervisor!))
        .send({ disclosureId, kind: 'omission', description: '花名册漏报' })
        .expect(201);
      await copyRows(db(), 'spot_checks', `id = '${check.body.id}'`, { id: copyId('id'), drawn_at: `t.drawn_at - g * interval '1 second'` });
      await copyRows(db(), 'spot_check_samples', `spot_check_id = '${check.body.id}'`, { spot_check_id: copyId('spot_check_id') });
      await copyRows(db(), 'findings', `id = '${finding.body.id}'`, { id: copyId('id'), raised_at: `t.raised_at - g * interval '1 second'` });
      await copyRows(db(), 'rectification_steps', `finding_id = '${finding.body.id}'`, { finding_id: copyId('finding_id') });
      await expectConstant(`${base}/spot-checks`, tokens.supervisor);
      await expectConstant(`${base}/findings`, tokens.supervisor);
      await expectConstant(`${base}/findings/overdue?asOf=2099-12-31`, tokens.supervisor);
    });

    it('lists complaints with their steps in constant queries', async () => {
      const filed = await api()
        .post(`${base}/complaints`)
        .send({ category: 'village-affairs', unitCode: 'shengtang', content: '查询计数投诉内容', anonymous: true })
        .expect(201);
      const [{ id }] = await queryDatabase<{ id: string }>(db(), `SELECT id FROM complaints WHERE tracking_code = $1`, [filed.body.trackingCode]);
      await copyRows(db(), 'complaints', `id = '${id}'`, {
        id: copyId('id'),
        tracking_code: `t.tracking_code || '-' || g`,
        filed_at: `t.filed_at - g * interval '1 second'`,
      });
      await copyRows(db(), 'complaint_steps', `complaint_id = '${id}'`, { complaint_id: copyId('complaint_id') });
      await expectConstant(`${base}/complaints`, tokens.supervisor);
      await expectConstant(`${base}/complaints/overdue?asOf=2099-12-31`, tokens.supervisor);
    });
  });
});
