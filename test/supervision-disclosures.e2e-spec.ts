import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const base = '/api/v1/supervision';
const ID_NUMBER = '34081120100101129X';

const subsidyItem = {
  code: 'L-02',
  name: '孤儿和事实无人抚养儿童生活补贴',
  responsibleBody: '所在村(社区)及主管部门',
  supervisingBody: '经开区纪监工委',
  process: '申请 → 受理初审 → 审核 → 公示',
  policyBasis: '待按本地事项清单填写',
  origin: 'local',
  category: 'subsidies',
  disclosureFrequency: 'monthly',
  dueWorkingDays: 3,
};

const content = (title: string, amounts: string[]) => ({
  title,
  summary: '测试公示',
  lines: amounts.map((quantity, index) => ({ label: `第${index + 1}笔`, quantity, unit: 'yuan' })),
  recipients: [{ name: '杨国华', idNumber: ID_NUMBER, amount: amounts[0], note: '测试' }],
  attachments: [{ name: '花名册.pdf', reference: 'files/test/roster.pdf' }],
});

/** Units, catalogue and disclosures through the gateway, per role, on a real PostgreSQL. */
describe('supervision: units, catalogue and disclosures', () => {
  let platform: TestPlatform;
  let supervisor: string;
  let shengtangClerk: string;
  let wulingClerk: string;
  let handler: string;
  let itemCount = 0;
  const db = () => platform.databaseUrls.supervision!;
  const api = () => request(platform.gatewayUrl);
  const registerUnit = (unit: Record<string, string>) => api().post(`${base}/units`).set('authorization', `Bearer ${supervisor}`).send(unit);
  /** Lists hold other tests' records too: keep the ones this test is about. */
  const only = <T>(items: T[], field: keyof T, value: unknown) => items.filter((item) => item[field] === value);

  /** A monthly subsidy item of the test's own: its disclosures, periods and extensions are the test's alone. */
  async function newItem(overrides: Record<string, unknown> = {}) {
    itemCount += 1;
    const created = await api()
      .post(`${base}/supervision-items`)
      .set('authorization', `Bearer ${supervisor}`)
      .send({ ...subsidyItem, code: `L-${10 + itemCount}`, ...overrides })
      .expect(201);
    return created.body as { id: string; code: string; publicationReview: string };
  }

  const enterDraft = async (itemCode: string, period: string, body: ReturnType<typeof content>) =>
    (
      await api()
        .post(`${base}/disclosures`)
        .set('authorization', `Bearer ${shengtangClerk}`)
        .send({ unitCode: 'shengtang', itemCode, period, ...body })
        .expect(201)
    ).body as { id: string };

  /** A disclosure of 盛塘 entered by its clerk and published by a supervisor; returns its id. */
  async function publishDisclosure(itemCode: string, period: string, body: ReturnType<typeof content>): Promise<string> {
    const { id } = await enterDraft(itemCode, period, body);
    await api().post(`${base}/disclosures/${id}/submission`).set('authorization', `Bearer ${shengtangClerk}`).expect(200);
    await api().post(`${base}/disclosures/${id}/publication`).set('authorization', `Bearer ${supervisor}`).expect(200);
    return id;
  }

  const april = () => content('盛塘社区2026年4月生活补贴公示', ['1200.10', '2400']);

  /** Counts by state over the periods given, shaped as the completeness view's counts. */
  function tally(periods: { state: string }[]) {
    const counts = { onTime: 0, late: 0, missing: 0, open: 0, notStarted: 0, calendarMissing: 0 };
    const keys: Record<string, keyof typeof counts> = {
      'on-time': 'onTime',
      late: 'late',
      missing: 'missing',
      open: 'open',
      'not-started': 'notStarted',
      'calendar-missing': 'calendarMissing',
    };
    for (const { state } of periods) counts[keys[state]!] += 1;
    return counts;
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['supervision'] });
    supervisor = await platform.identity.token(['discipline-supervisor']);
    shengtangClerk = await platform.identity.token(['village-clerk'], ['shengtang'], 'clerk-shengtang');
    wulingClerk = await platform.identity.token(['village-clerk'], ['wuling'], 'clerk-wuling');
    handler = await platform.identity.token(['complaint-handler']);
    for (const unit of [
      { code: 'shengtang', name: '盛塘社区', kind: 'community', township: '菱北办事处' },
      { code: 'wuling', name: '乌岭社区', kind: 'community', township: '菱北办事处' },
    ]) {
      await registerUnit(unit).expect(201);
    }
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('registers units with stable public codes; only supervisors may', async () => {
    for (const unit of [
      { code: 'luochong', name: '罗冲社区', kind: 'community', township: '菱北办事处' },
      { code: 'xinhe', name: '新河村', kind: 'village', township: '菱北办事处' },
    ]) {
      await registerUnit(unit).expect(201);
    }
    await api().post(`${base}/units`).send({ code: 'changfeng', name: '长风社区', kind: 'community' }).expect(401);
    await api()
      .post(`${base}/units`)
      .set('authorization', `Bearer ${shengtangClerk}`)
      .send({ code: 'changfeng', name: '长风社区', kind: 'community' })
      .expect(403);
    const taken = await registerUnit({ code: 'luochong', name: 'x', kind: 'village' }).expect(409);
    expect(taken.body.type).toBe('urn:zone-gov:problem:supervision-unit-code-taken');
    // No other test registers units: these two and the two every test uses, in code order, one per page.
    const listed = await api().get(`${base}/units?limit=1`).expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ code: 'luochong', overviewPath: `${base}/units/luochong/overview` })]);
    const codes = [listed.body.items[0].code];
    for (let cursor = listed.body.nextCursor; cursor !== undefined;) {
      const next = await api().get(`${base}/units?limit=1&cursor=${cursor}`).expect(200);
      codes.push(...next.body.items.map((unit: { code: string }) => unit.code));
      cursor = next.body.nextCursor;
    }
    expect(codes).toEqual(['luochong', 'shengtang', 'wuling', 'xinhe']);
    await api().get(`${base}/units/nowhere`).expect(404);
  });

  it('keeps the catalogue with history: changes and retirement are public, retired items leave the active list', async () => {
    const created = await newItem();
    expect(created).toMatchObject({ version: 1, disclosureFrequency: 'monthly', dueWorkingDays: 3, retiredAt: null });
    const spare = await api()
      .post(`${base}/supervision-items`)
      .set('authorization', `Bearer ${supervisor}`)
      .send({ ...subsidyItem, code: 'B-99', name: '占位事项', origin: 'basic-catalogue', placeholder: true })
      .expect(201);
    await api()
      .post(`${base}/supervision-items`)
      .set('authorization', `Bearer ${shengtangClerk}`)
      .send({ ...subsidyItem, code: 'B-98' })
      .expect(403);
    const mismatch = await api()
      .post(`${base}/supervision-items`)
      .set('authorization', `Bearer ${supervisor}`)
      .send({ ...subsidyItem, code: 'B-97', sourceEvent: 'zone.land.batch-approved.v1' })
      .expect(422);
    expect(mismatch.body.type).toBe('urn:zone-gov:problem:supervision-item-source-event-needs-per-event');

    const updated = await api()
      .patch(`${base}/supervision-items/${spare.body.id}`)
      .set('authorization', `Bearer ${supervisor}`)
      .send({ policyBasis: '新的政策依据', reason: '清单修订' })
      .expect(200);
    expect(updated.body).toMatchObject({ version: 2, policyBasis: '新的政策依据' });
    await api()
      .post(`${base}/supervision-items/${spare.body.id}/retirement`)
      .set('authorization', `Bearer ${supervisor}`)
      .send({ reason: '并入其他事项' })
      .expect(200);
    const again = await api()
      .patch(`${base}/supervision-items/${spare.body.id}`)
      .set('authorization', `Bearer ${supervisor}`)
      .send({ name: 'x', reason: 'y' })
      .expect(409);
    expect(again.body.type).toBe('urn:zone-gov:problem:supervision-item-retired');

    const history = await api().get(`${base}/supervision-items/${spare.body.id}/history`).expect(200);
    expect(history.body.items.map((entry: { change: string; reason: string | null }) => [entry.change, entry.reason])).toEqual([
      ['created', null],
      ['updated', '清单修订'],
      ['retired', '并入其他事项'],
    ]);
    expect(history.body.items[0].snapshot.policyBasis).toBe(subsidyItem.policyBasis);
    const codesOfThisTest = async (query: string) =>
      (await api().get(`${base}/supervision-items?limit=100${query}`).expect(200)).body.items
        .map((item: { code: string }) => item.code)
        .filter((code: string) => code === 'B-99' || code === created.code);
    expect(await codesOfThisTest('')).toEqual([created.code]);
    expect(await codesOfThisTest('&includeRetired=true')).toEqual(['B-99', created.code]);
  });

  it('lets a clerk enter a draft for their own unit only; drafts are invisible to the public', async () => {
    const { code: itemCode } = await newItem();
    const forbidden = await api()
      .post(`${base}/disclosures`)
      .set('authorization', `Bearer ${wulingClerk}`)
      .send({ unitCode: 'shengtang', itemCode, period: '2026-04', ...content('x', ['1']) })
      .expect(403);
    expect(forbidden.headers['content-type']).toMatch(/problem\+json/);
    await api()
      .post(`${base}/disclosures`)
      .set('authorization', `Bearer ${supervisor}`)
      .send({ unitCode: 'shengtang', itemCode, period: '2026-04', ...content('x', ['1']) })
      .expect(403);
    const badPeriod = await api()
      .post(`${base}/disclosures`)
      .set('authorization', `Bearer ${shengtangClerk}`)
      .send({ unitCode: 'shengtang', itemCode, period: '2026-Q2', ...content('x', ['1']) })
      .expect(422);
    expect(badPeriod.body.type).toBe('urn:zone-gov:problem:invalid-period');
    const float = await api()
      .post(`${base}/disclosures`)
      .set('authorization', `Bearer ${shengtangClerk}`)
      .send({ unitCode: 'shengtang', itemCode, period: '2026-04', ...content('x', ['1']), lines: [{ label: 'x', quantity: 0.1, unit: 'yuan' }] })
      .expect(400);
    expect(float.body.errors[0].field).toBe('lines.0.quantity');

    const created = await api()
      .post(`${base}/disclosures`)
      .set('authorization', `Bearer ${shengtangClerk}`)
      .send({ unitCode: 'shengtang', itemCode, period: '2026-04', ...content('盛塘社区2026年4月生活补贴公示', ['1200.10', '0.20', '2400']) })
      .expect(201);
    const disclosureId = created.body.id;
    expect(created.body).toMatchObject({ status: 'draft', personalDataMasked: false, content: { totals: { yuan: '3600.30' } } });
    expect(created.body.content.recipients[0]).toEqual({ name: '杨国华', idNumber: ID_NUMBER, amount: '1200.10', note: '测试' });

    const duplicate = await api()
      .post(`${base}/disclosures`)
      .set('authorization', `Bearer ${shengtangClerk}`)
      .send({ unitCode: 'shengtang', itemCode, period: '2026-04', ...content('again', ['1']) })
      .expect(409);
    expect(duplicate.body.type).toBe('urn:zone-gov:problem:disclosure-exists');

    await api().get(`${base}/disclosures/${disclosureId}`).expect(404);
    await api().get(`${base}/disclosures/${disclosureId}`).set('authorization', `Bearer ${wulingClerk}`).expect(404);
    expect(only((await api().get(`${base}/disclosures?limit=100`).expect(200)).body.items, 'id', disclosureId)).toEqual([]);
    await api().get(`${base}/disclosures?status=draft`).expect(403);
    await api().get(`${base}/disclosures?status=draft&unitCode=shengtang`).set('authorization', `Bearer ${wulingClerk}`).expect(403);
    const drafts = await api()
      .get(`${base}/disclosures?status=draft&unitCode=shengtang&itemCode=${itemCode}`)
      .set('authorization', `Bearer ${shengtangClerk}`)
      .expect(200);
    expect(drafts.body.items.map((item: { id: string }) => item.id)).toEqual([disclosureId]);

    // Personal data is encrypted at rest: neither the name nor the ID number is stored in clear.
    const stored = await queryDatabase<Record<string, string>>(db(), `SELECT * FROM disclosure_recipients WHERE disclosure_id = $1`, [disclosureId]);
    expect(JSON.stringify(stored)).not.toContain('杨国华');
    expect(JSON.stringify(stored)).not.toContain(ID_NUMBER);
  });

  it('runs draft → submitted → published and masks recipients in public reads', async () => {
    const { code: itemCode } = await newItem();
    const { id: disclosureId } = await enterDraft(itemCode, '2026-04', content('盛塘社区2026年4月生活补贴公示', ['1200.10', '0.20', '2400']));
    await api().post(`${base}/disclosures/${disclosureId}/publication`).set('authorization', `Bearer ${shengtangClerk}`).expect(409);
    await api().post(`${base}/disclosures/${disclosureId}/submission`).set('authorization', `Bearer ${wulingClerk}`).expect(404);
    await api().post(`${base}/disclosures/${disclosureId}/submission`).set('authorization', `Bearer ${handler}`).expect(403);
    await api().post(`${base}/disclosures/${disclosureId}/submission`).set('authorization', `Bearer ${shengtangClerk}`).expect(200);
    await api()
      .put(`${base}/disclosures/${disclosureId}/draft`)
      .set('authorization', `Bearer ${shengtangClerk}`)
      .send(content('x', ['1']))
      .expect(409);
    await api().post(`${base}/disclosures/${disclosureId}/return`).set('authorization', `Bearer ${supervisor}`).send({ note: '请补充附件' }).expect(200);
    await api().put(`${base}/disclosures/${disclosureId}/draft`).set('authorization', `Bearer ${shengtangClerk}`).send(april()).expect(200);
    await api().post(`${base}/disclosures/${disclosureId}/submission`).set('authorization', `Bearer ${shengtangClerk}`).expect(200);
    const published = await api().post(`${base}/disclosures/${disclosureId}/publication`).set('authorization', `Bearer ${supervisor}`).expect(200);
    expect(published.body).toMatchObject({ status: 'published', currentVersion: 1, content: { totals: { yuan: '3600.10' } } });

    const publicView = await api().get(`${base}/disclosures/${disclosureId}`).expect(200);
    expect(publicView.body.personalDataMasked).toBe(true);
    expect(publicView.body.content.recipients).toEqual([{ name: '杨**', idNumber: '340811********129X', amount: '1200.10', note: '测试' }]);
    expect(JSON.stringify(publicView.body)).not.toContain('国华');
    expect(JSON.stringify(publicView.body)).not.toContain(ID_NUMBER);
    // Other roles without a stake in the unit see the public, masked view too.
    const otherClerk = await api().get(`${base}/disclosures/${disclosureId}`).set('authorization', `Bearer ${wulingClerk}`).expect(200);
    expect(otherClerk.body.content.recipients[0].name).toBe('杨**');
    const own = await api().get(`${base}/disclosures/${disclosureId}`).set('authorization', `Bearer ${shengtangClerk}`).expect(200);
    expect(own.body.content.recipients[0]).toMatchObject({ name: '杨国华', idNumber: ID_NUMBER });

    const listed = await api().get(`${base}/disclosures?unitCode=shengtang&itemCode=${itemCode}`).expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: disclosureId, period: '2026-04', status: 'published' })]);
    const overview = await api().get(`${base}/units/shengtang/overview?disclosedOnly=true&limit=100`).expect(200);
    expect(overview.body.unit.code).toBe('shengtang');
    expect(only(overview.body.items, 'itemCode', itemCode)).toEqual([expect.objectContaining({ itemCode, publishedCount: 1, latestPeriod: '2026-04' })]);

    const events = await queryDatabase<{ envelope: { type: string; data: Record<string, unknown> } }>(
      db(),
      `SELECT envelope FROM outbox WHERE record_key = $1`,
      [disclosureId],
    );
    expect(events.map((row) => row.envelope.type)).toEqual(['zone.supervision.disclosure-published.v1']);
    expect(events[0]!.envelope.data).toMatchObject({ unitCode: 'shengtang', itemCode, version: 1, recipientCount: 1 });
    expect(JSON.stringify(events)).not.toContain('国华');
  });

  it('corrects a published record with a new version and keeps the history public', async () => {
    const disclosureId = await publishDisclosure((await newItem()).code, '2026-04', april());
    await api()
      .put(`${base}/disclosures/${disclosureId}/draft`)
      .set('authorization', `Bearer ${shengtangClerk}`)
      .send(content('x', ['1']))
      .expect(409);
    await api()
      .post(`${base}/disclosures/${disclosureId}/corrections`)
      .set('authorization', `Bearer ${wulingClerk}`)
      .send({ ...content('x', ['1']), reason: 'x' })
      .expect(403);
    const corrected = await api()
      .post(`${base}/disclosures/${disclosureId}/corrections`)
      .set('authorization', `Bearer ${shengtangClerk}`)
      .send({ ...content('盛塘社区2026年4月生活补贴公示（更正）', ['1200.10', '2400', '600']), reason: '补录漏报金额' })
      .expect(201);
    expect(corrected.body).toMatchObject({
      currentVersion: 2,
      status: 'published',
      content: { totals: { yuan: '4200.10' }, correctionReason: '补录漏报金额' },
    });
    const history = await api().get(`${base}/disclosures/${disclosureId}/versions`).expect(200);
    expect(history.body.items.map((version: { version: number; totals: { yuan: string } }) => [version.version, version.totals.yuan])).toEqual([
      [1, '3600.10'],
      [2, '4200.10'],
    ]);
    expect(history.body.items[0].recipients[0].name).toBe('杨**');
    const events = await queryDatabase<{ envelope: { type: string } }>(db(), `SELECT envelope FROM outbox WHERE record_key = $1 ORDER BY position`, [
      disclosureId,
    ]);
    expect(events.map((row) => row.envelope.type)).toEqual(['zone.supervision.disclosure-published.v1', 'zone.supervision.disclosure-corrected.v1']);
  });

  it('shows completeness per period with working-day due dates and Asia/Shanghai publication days', async () => {
    const { code: itemCode } = await newItem();
    const disclosureId = await publishDisclosure(itemCode, '2026-04', april());
    // Published at 00:30 on 9 May in Shanghai (still 8 May in UTC): one day after the 8 May due date, so late.
    await queryDatabase(db(), `UPDATE disclosures SET first_published_at = '2026-05-08T16:30:00Z' WHERE id = $1`, [disclosureId]);
    const view = await api().get(`${base}/units/shengtang/completeness?year=2026&asOf=2026-06-01&limit=100`).expect(200);
    const [own] = only(view.body.items as { itemCode: string; periods: { period: string; state: string }[] }[], 'itemCode', itemCode);
    expect(own).toBeDefined();
    const periods = Object.fromEntries(own!.periods.map((entry) => [entry.period, entry]));
    // April ends on a Thursday; 1–5 May are the Labour Day break, so the 3rd working day after is 8 May.
    expect(periods['2026-04']).toMatchObject({ dueOn: '2026-05-08', dueBasis: 'official', publishedOn: '2026-05-09', state: 'late', disclosureId });
    expect(periods['2026-03']).toMatchObject({ state: 'missing', disclosureId: null });
    expect(periods['2026-05']).toMatchObject({ dueOn: '2026-06-03', state: 'open' });
    expect(periods['2026-07']).toMatchObject({ state: 'not-started' });
    // December's due date falls in 2027, whose notice is not entered: counted on the provisional year (4, 5, 6 January) and marked so.
    expect(periods['2026-12']).toMatchObject({ dueOn: '2027-01-06', dueBasis: 'provisional', state: 'not-started' });
    expect(tally(own!.periods)).toEqual({ onTime: 0, late: 1, missing: 3, open: 1, notStarted: 7, calendarMissing: 0 });
    // The unit's counts are those of every active item, other tests' items included.
    expect(view.body.counts).toEqual(tally(view.body.items.flatMap((item: { periods: { state: string }[] }) => item.periods)));
    await api().get(`${base}/units/nowhere/completeness`).expect(404);
  });

  it('extends a due date in working days with a public reason, never silently', async () => {
    const { code: itemCode } = await newItem();
    const extension = { itemCode, period: '2026-03', workingDays: 3, reason: '受汛期抢险影响，延期公示' };
    await api().post(`${base}/units/shengtang/due-date-extensions`).set('authorization', `Bearer ${shengtangClerk}`).send(extension).expect(403);
    await api()
      .post(`${base}/units/shengtang/due-date-extensions`)
      .set('authorization', `Bearer ${supervisor}`)
      .send({ ...extension, period: '2026-Q1' })
      .expect(422);
    await api().post(`${base}/units/shengtang/due-date-extensions`).set('authorization', `Bearer ${supervisor}`).send(extension).expect(201);
    const view = await api().get(`${base}/units/shengtang/completeness?year=2026&asOf=2026-06-01&limit=100`).expect(200);
    const [own] = only(view.body.items as { itemCode: string; periods: { period: string }[] }[], 'itemCode', itemCode);
    const march = own!.periods.find((entry) => entry.period === '2026-03');
    // 31 March + 3 + 3 working days, skipping the Qingming break (4–6 April).
    expect(march).toMatchObject({ dueOn: '2026-04-09', extendedByWorkingDays: 3, extensionReasons: ['受汛期抢险影响，延期公示'], state: 'missing' });
    const listed = await api().get(`${base}/units/shengtang/due-date-extensions?limit=100`).expect(200);
    expect(only(listed.body.items, 'itemCode', itemCode)).toEqual([expect.objectContaining({ itemCode, period: '2026-03', workingDays: 3 })]);
  });
  it("holds a clerk's publication for a supervisor's review under a review-required item, and masks numbers typed into public text", async () => {
    const as = (token: string) => ({ authorization: `Bearer ${token}` });
    const item = await newItem({ name: '临时救助', publicationReview: 'review-required' });
    expect(item.publicationReview).toBe('review-required');
    const typed = {
      ...content('2026年5月临时救助（联系人电话 139 0000 0001）', ['800.00']),
      summary: `经办人身份证 ${ID_NUMBER}，咨询电话 139-0000-0001，合同编号2026139000000012345`,
      recipients: [{ name: '杨国华', idNumber: ID_NUMBER, amount: '800.00', note: '家属电话１３９０００００００２' }],
    };
    const draft = await api()
      .post(`${base}/disclosures`)
      .set(as(shengtangClerk))
      .send({ unitCode: 'shengtang', itemCode: item.code, period: '2026-05', ...typed })
      .expect(201);
    const id = draft.body.id as string;
    await api().post(`${base}/disclosures/${id}/submission`).set(as(shengtangClerk)).expect(200);
    const pending = await api().post(`${base}/disclosures/${id}/publication`).set(as(shengtangClerk)).expect(200);
    expect(pending.body).toMatchObject({ status: 'pending-review', firstPublishedAt: null });
    await api().get(`${base}/disclosures/${id}`).expect(404);
    await api().get(`${base}/disclosures/${id}/versions`).expect(404);

    // Only a supervisor decides: the clerk can neither approve nor return it.
    await api().post(`${base}/disclosures/${id}/approval`).set(as(shengtangClerk)).expect(403);
    const clerkReturn = await api().post(`${base}/disclosures/${id}/return`).set(as(shengtangClerk)).send({ note: '自己撤回' }).expect(403);
    expect(clerkReturn.body.type).toBe('urn:zone-gov:problem:disclosure-review-by-supervisor');
    const waiting = await api().get(`${base}/disclosures?status=pending-review&itemCode=${item.code}`).set(as(supervisor)).expect(200);
    expect(waiting.body.items.map((row: { id: string }) => row.id)).toEqual([id]);
    const returned = await api().post(`${base}/disclosures/${id}/return`).set(as(supervisor)).send({ note: '救助金额与审批表不符，请核对' }).expect(200);
    expect(returned.body.status).toBe('draft');
    await api().post(`${base}/disclosures/${id}/approval`).set(as(supervisor)).expect(409);

    await api().post(`${base}/disclosures/${id}/submission`).set(as(shengtangClerk)).expect(200);
    await api().post(`${base}/disclosures/${id}/publication`).set(as(shengtangClerk)).expect(200);
    const approved = await api().post(`${base}/disclosures/${id}/approval`).set(as(supervisor)).expect(200);
    expect(approved.body.status).toBe('published');

    // The public sees numbers masked wherever they were typed; longer digit runs stay; the unit's staff see the text as stored.
    const seen = await api().get(`${base}/disclosures/${id}`).expect(200);
    expect(seen.body.title).toBe('2026年5月临时救助（联系人电话 139****0001）');
    expect(seen.body.content.summary).toBe(
      `经办人身份证 ${ID_NUMBER.slice(0, 6)}********${ID_NUMBER.slice(-4)}，咨询电话 139****0001，合同编号2026139000000012345`,
    );
    expect(seen.body.content.recipients[0].note).toBe('家属电话139****0002');
    for (const typedNumber of ['139 0000 0001', '139-0000-0001', ID_NUMBER]) expect(JSON.stringify(seen.body)).not.toContain(typedNumber);
    const listed = await api().get(`${base}/disclosures?itemCode=${item.code}`).expect(200);
    expect(listed.body.items[0].title).toBe('2026年5月临时救助（联系人电话 139****0001）');
    const staff = await api().get(`${base}/disclosures/${id}`).set(as(shengtangClerk)).expect(200);
    expect(staff.body.content.summary).toBe(typed.summary);

    const audited = await queryDatabase<{ action: string; actor_id: string; details: { note?: string } | null }>(
      db(),
      `SELECT action, actor_id, details FROM audit_log WHERE target_id = $1 AND action IN ('disclosure.request-review', 'disclosure.return', 'disclosure.approve', 'disclosure.publish') ORDER BY id`,
      [id],
    );
    expect(audited.map((row) => [row.action, row.actor_id])).toEqual([
      ['disclosure.request-review', 'clerk-shengtang'],
      ['disclosure.return', expect.any(String)],
      ['disclosure.request-review', 'clerk-shengtang'],
      ['disclosure.approve', expect.any(String)],
      ['disclosure.publish', expect.any(String)],
    ]);
    expect(audited[1]!.details?.note).toBe('救助金额与审批表不符，请核对');

    // A `direct` item keeps letting the clerk publish alone.
    const direct = await api()
      .patch(`${base}/supervision-items/${item.id}`)
      .set(as(supervisor))
      .send({ publicationReview: 'direct', reason: '改为村级直接公开' })
      .expect(200);
    expect(direct.body.publicationReview).toBe('direct');
    const june = await api()
      .post(`${base}/disclosures`)
      .set(as(shengtangClerk))
      .send({ unitCode: 'shengtang', itemCode: item.code, period: '2026-06', ...content('2026年6月临时救助', ['500.00']) })
      .expect(201);
    await api().post(`${base}/disclosures/${june.body.id}/submission`).set(as(shengtangClerk)).expect(200);
    expect((await api().post(`${base}/disclosures/${june.body.id}/publication`).set(as(shengtangClerk)).expect(200)).body.status).toBe('published');
  });
});
