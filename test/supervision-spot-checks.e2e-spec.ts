import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { clock } from '#platform/clock';
import { SpotChecksService } from '../apps/supervision/src/spot-checks/spot-checks.service.js';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const base = '/api/v1/supervision';

/** Spot checks and rectification through the gateway, on a real PostgreSQL. */
describe('supervision: spot checks and rectification', () => {
  let platform: TestPlatform;
  let supervisor: string;
  let shengtangClerk: string;
  let wulingClerk: string;
  const published: string[] = [];
  const db = () => platform.databaseUrls.supervision!;
  const api = () => request(platform.gatewayUrl);
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  /** A spot check of its own for the test; the seed tells them apart. */
  async function drawSpotCheck(seed: string): Promise<{ id: string; sample: string[] }> {
    const drawn = await api().post(`${base}/spot-checks`).set(as(supervisor)).send({ seed, sampleSize: 3 }).expect(201);
    return { id: drawn.body.id, sample: drawn.body.sample.map((entry: { disclosureId: string }) => entry.disclosureId) };
  }

  async function publishDisclosure(unitCode: string, period: string, clerk: string): Promise<string> {
    const created = await api()
      .post(`${base}/disclosures`)
      .set(as(clerk))
      .send({
        unitCode,
        itemCode: 'L-02',
        period,
        title: `${unitCode} ${period}`,
        summary: '测试',
        lines: [{ label: '合计', quantity: '100.00', unit: 'yuan' }],
        recipients: [],
        attachments: [],
      })
      .expect(201);
    await api().post(`${base}/disclosures/${created.body.id}/submission`).set(as(clerk)).expect(200);
    await api().post(`${base}/disclosures/${created.body.id}/publication`).set(as(clerk)).expect(200);
    return created.body.id as string;
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['supervision'] });
    supervisor = await platform.identity.token(['discipline-supervisor']);
    shengtangClerk = await platform.identity.token(['village-clerk'], ['shengtang'], 'clerk-shengtang');
    wulingClerk = await platform.identity.token(['village-clerk'], ['wuling'], 'clerk-wuling');
    for (const code of ['shengtang', 'wuling']) {
      await api().post(`${base}/units`).set(as(supervisor)).send({ code, name: code, kind: 'community' }).expect(201);
    }
    await api()
      .post(`${base}/supervision-items`)
      .set(as(supervisor))
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
    for (const period of ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'])
      published.push(await publishDisclosure('shengtang', period, shengtangClerk));
    for (const period of ['2026-01', '2026-02']) published.push(await publishDisclosure('wuling', period, wulingClerk));
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('draws a sample that the same seed reproduces, and only supervisors may draw', async () => {
    await api().post(`${base}/spot-checks`).send({ seed: 's', sampleSize: 3 }).expect(401);
    await api().post(`${base}/spot-checks`).set(as(shengtangClerk)).send({ seed: 's', sampleSize: 3 }).expect(403);
    const first = await api().post(`${base}/spot-checks`).set(as(supervisor)).send({ seed: '2026年第二季度抽查', sampleSize: 3 }).expect(201);
    const spotCheckId = first.body.id;
    const firstSample: string[] = first.body.sample.map((entry: { disclosureId: string }) => entry.disclosureId);
    expect(first.body).toMatchObject({ populationSize: 8, requestedSize: 3 });
    expect(new Set(firstSample).size).toBe(3);
    expect(firstSample.every((id) => published.includes(id))).toBe(true);

    const again = await api().post(`${base}/spot-checks`).set(as(supervisor)).send({ seed: '2026年第二季度抽查', sampleSize: 3 }).expect(201);
    expect(again.body.sample.map((entry: { disclosureId: string }) => entry.disclosureId)).toEqual(firstSample);
    expect(again.body.populationDigest).toBe(first.body.populationDigest);

    const samples = await Promise.all(
      ['a', 'b', 'c', 'd'].map(async (seed) =>
        (await api().post(`${base}/spot-checks`).set(as(supervisor)).send({ seed, sampleSize: 3 }).expect(201)).body.sample
          .map((entry: { disclosureId: string }) => entry.disclosureId)
          .join(),
      ),
    );
    expect(new Set([firstSample.join(), ...samples]).size).toBeGreaterThan(1);

    const filtered = await api().post(`${base}/spot-checks`).set(as(supervisor)).send({ seed: 'x', sampleSize: 5, unitCode: 'wuling' }).expect(201);
    expect(filtered.body.populationSize).toBe(2);
    expect(filtered.body.sample).toHaveLength(2);

    // Records published later do not change what the earlier draw can be checked against.
    await publishDisclosure('wuling', '2026-03', wulingClerk);
    const verification = await api().get(`${base}/spot-checks/${spotCheckId}/verification`).set(as(supervisor)).expect(200);
    expect(verification.body).toEqual({ reproducible: true, populationMatches: true, redrawn: firstSample });
  });

  it('orders rectification by a working-day deadline; the unit submits, the supervisor returns and accepts', async () => {
    const { id: spotCheckId, sample: firstSample } = await drawSpotCheck('整改测试抽查');
    const outsider = published.find((id) => !firstSample.includes(id))!;
    const notSampled = await api()
      .post(`${base}/spot-checks/${spotCheckId}/findings`)
      .set(as(supervisor))
      .send({ disclosureId: outsider, kind: 'format', description: 'x' })
      .expect(422);
    expect(notSampled.body.type).toBe('urn:zone-gov:problem:disclosure-not-sampled');
    const target = firstSample[0]!;
    const [{ unit_code: unitCode }] = await queryDatabase<{ unit_code: string }>(db(), `SELECT unit_code FROM disclosures WHERE id = $1`, [target]);
    const ownClerk = unitCode === 'shengtang' ? shengtangClerk : wulingClerk;
    const otherClerk = unitCode === 'shengtang' ? wulingClerk : shengtangClerk;

    const raised = await api()
      .post(`${base}/spot-checks/${spotCheckId}/findings`)
      .set(as(supervisor))
      .send({ disclosureId: target, kind: 'omission', description: '花名册漏报', rectificationWorkingDays: 5 })
      .expect(201);
    const findingId = raised.body.id;
    const today = clock.today();
    const expected = await api().get(`${base}/working-calendar/working-days?from=${today}&days=5`).expect(200);
    expect(raised.body).toMatchObject({ status: 'ordered', unitCode, dueOn: expected.body.dueOn, dueBasis: expected.body.basis, overdue: false });

    await api().post(`${base}/findings/${findingId}/rectification`).set(as(otherClerk)).send({ note: 'x' }).expect(403);
    await api().post(`${base}/findings/${findingId}/acceptance`).set(as(supervisor)).send({ note: 'x' }).expect(409);
    await api().get(`${base}/findings?unitCode=${unitCode}`).set(as(otherClerk)).expect(403);
    const own = await api().get(`${base}/findings?unitCode=${unitCode}&limit=100`).set(as(ownClerk)).expect(200);
    // Other tests' findings may be listed too: this one is, once.
    expect(own.body.items.filter((item: { id: string }) => item.id === findingId)).toHaveLength(1);

    await api().post(`${base}/findings/${findingId}/rectification`).set(as(ownClerk)).send({ note: '已更正' }).expect(200);
    const returned = await api().post(`${base}/findings/${findingId}/return`).set(as(supervisor)).send({ note: '仍缺附件', workingDays: 3 }).expect(200);
    const expectedReturn = await api().get(`${base}/working-calendar/working-days?from=${today}&days=3`).expect(200);
    expect(returned.body).toMatchObject({ status: 'returned', dueOn: expectedReturn.body.dueOn });
    await api().post(`${base}/findings/${findingId}/rectification`).set(as(ownClerk)).send({ note: '已补充附件' }).expect(200);
    const accepted = await api().post(`${base}/findings/${findingId}/acceptance`).set(as(supervisor)).send({ note: '整改到位' }).expect(200);
    expect(accepted.body.steps.map((step: { status: string; note: string }) => [step.status, step.note])).toEqual([
      ['ordered', '花名册漏报'],
      ['submitted', '已更正'],
      ['returned', '仍缺附件'],
      ['submitted', '已补充附件'],
      ['accepted', '整改到位'],
    ]);
    const events = await queryDatabase<{ envelope: { type: string; data: { kind: string } } }>(db(), `SELECT envelope FROM outbox WHERE record_key = $1`, [
      findingId,
    ]);
    expect(events.map((row) => [row.envelope.type, row.envelope.data.kind])).toEqual([['zone.supervision.finding-raised.v1', 'omission']]);
  });

  it('lists overdue rectifications and announces each missed deadline once', async () => {
    const { id: spotCheckId, sample } = await drawSpotCheck('逾期测试抽查');
    const raised = await api()
      .post(`${base}/spot-checks/${spotCheckId}/findings`)
      .set(as(supervisor))
      .send({ disclosureId: sample[1], kind: 'late', description: '逾期公示' })
      .expect(201);
    await queryDatabase(db(), `UPDATE findings SET due_on = '2026-05-08' WHERE id = $1`, [raised.body.id]);
    // Findings of other tests fall due after these days, so the lists and sweeps below hold this finding alone.
    expect((await api().get(`${base}/findings/overdue?asOf=2026-05-08`).set(as(supervisor)).expect(200)).body.items).toEqual([]);
    const overdue = await api().get(`${base}/findings/overdue?asOf=2026-05-09`).set(as(supervisor)).expect(200);
    expect(overdue.body.items).toEqual([expect.objectContaining({ id: raised.body.id, overdue: true, dueOn: '2026-05-08' })]);
    await api().get(`${base}/findings/overdue`).set(as(shengtangClerk)).expect(403);

    const sweeper = platform.services.supervision!.get(SpotChecksService);
    expect(await sweeper.sweepOverdue('2026-05-09')).toBe(1);
    expect(await sweeper.sweepOverdue('2026-05-10')).toBe(0);
    const events = await queryDatabase<{ envelope: { type: string; data: Record<string, unknown> } }>(
      db(),
      `SELECT envelope FROM outbox WHERE record_key = $1 ORDER BY position`,
      [raised.body.id],
    );
    expect(events.map((row) => row.envelope.type)).toEqual(['zone.supervision.finding-raised.v1', 'zone.supervision.rectification-overdue.v1']);
    expect(events[1]!.envelope.data).toMatchObject({ dueOn: '2026-05-08', detectedOn: '2026-05-09', kind: 'late' });

    // Two more working days from 8 May: Saturday 9 May is a make-up working day, so 11 May.
    await api().post(`${base}/findings/${raised.body.id}/extensions`).set(as(shengtangClerk)).send({ workingDays: 2, reason: 'x' }).expect(403);
    const extended = await api()
      .post(`${base}/findings/${raised.body.id}/extensions`)
      .set(as(supervisor))
      .send({ workingDays: 2, reason: '等待上级复核' })
      .expect(201);
    expect(extended.body).toMatchObject({ dueOn: '2026-05-11' });
    expect(extended.body.steps.at(-1)).toMatchObject({ kind: 'extension', note: '等待上级复核', dueOn: '2026-05-11' });
    expect(await sweeper.sweepOverdue('2026-05-11')).toBe(0);
    expect(await sweeper.sweepOverdue('2026-05-12')).toBe(1);
  });
});
