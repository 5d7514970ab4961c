import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { clock } from '#platform/clock';
import { dropTestDatabases, eventually, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const base = '/api/v1/supervision';
const RECIPIENT = { name: '杨国华', idNumber: '340811195901011238', amount: '1200.00' };

interface Change {
  change: string;
  disclosureId: string;
  version: number;
  correctionReason: string | null;
}

/**
 * The supervisor's zone-wide views on a frozen platform clock: which units are late for 2026-Q2, what is overdue
 * on Monday 22 June 2026 (after the Dragon Boat break, 19–21 June), and the public feed of publications.
 */
describe('supervision: oversight views', () => {
  let platform: TestPlatform;
  let supervisor: string;
  let wulingSupervisor: string;
  let leadership: string;
  let shengtangClerk: string;
  let wulingClerk: string;
  let disciplineOffice: string;
  const ids: Record<string, string> = {};
  const db = () => platform.databaseUrls.supervision!;
  const api = () => request(platform.gatewayUrl);
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const at = (day: string) => clock.freezeAt(`${day}T10:00:00+08:00`);

  async function publish(unitCode: string, period: string, clerk: string, recipients: object[] = []): Promise<string> {
    const created = await api()
      .post(`${base}/disclosures`)
      .set(as(clerk))
      .send({
        unitCode,
        itemCode: 'L-02',
        period,
        title: `${unitCode} ${period} 生活补贴公示`,
        summary: '按月发放',
        lines: [{ label: '合计', quantity: '1200.00', unit: 'yuan' }],
        recipients,
        attachments: [],
      })
      .expect(201);
    await api().post(`${base}/disclosures/${created.body.id}/submission`).set(as(clerk)).expect(200);
    await api().post(`${base}/disclosures/${created.body.id}/publication`).set(as(supervisor)).expect(200);
    return created.body.id as string;
  }

  /**
   * Polls the feed two at a time from `start` until it has `count` changes (other databases' transactions may hold
   * it back a moment), as a poller would: `nextCursor` while more are ready, then `resumeCursor`. With `of`, only
   * the changes of those disclosures are kept and counted.
   */
  async function readChanges(start: { cursor?: string; since?: string }, count: number, of?: readonly string[]): Promise<{ items: Change[]; resume: string }> {
    const items: Change[] = [];
    let position = start;
    await eventually(
      async () => {
        for (;;) {
          const page = await api()
            .get(`${base}/disclosures/changes`)
            .query({ limit: 2, ...position })
            .expect(200);
          items.push(...(page.body.items as Change[]).filter((item) => of === undefined || of.includes(item.disclosureId)));
          position = { cursor: page.body.nextCursor ?? page.body.resumeCursor };
          if (page.body.nextCursor === undefined) break;
        }
        return items.length >= count ? true : undefined;
      },
      20_000,
      `${count} changes`,
    );
    return { items, resume: position.cursor! };
  }

  /** Every publication and correction committed so far, whichever test made it. */
  async function changesSoFar(): Promise<number> {
    const [row] = await queryDatabase<{ count: number }>(db(), `SELECT count(*)::int AS count FROM disclosure_publications`);
    return row!.count;
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['supervision'] });
    supervisor = await platform.identity.token(['discipline-supervisor']);
    wulingSupervisor = await platform.identity.token(['discipline-supervisor'], ['wuling'], 'supervisor-wuling');
    leadership = await platform.identity.token(['leadership']);
    shengtangClerk = await platform.identity.token(['village-clerk'], ['shengtang'], 'clerk-shengtang');
    wulingClerk = await platform.identity.token(['village-clerk'], ['wuling'], 'clerk-wuling');
    disciplineOffice = await platform.identity.token(['complaint-handler'], ['discipline-office'], 'handler-discipline');
    for (const [code, name, kind] of [
      ['shengtang', '盛塘社区', 'community'],
      ['wuling', '乌岭社区', 'community'],
      ['luochong', '罗冲村', 'village'],
      ['kaifaqu', '经开区', 'zone'],
    ]) {
      await api().post(`${base}/units`).set(as(supervisor)).send({ code, name, kind }).expect(201);
    }
    const item = {
      responsibleBody: '村(社区)',
      supervisingBody: '经开区纪监工委',
      process: '初审-审核-公示',
      policyBasis: '政策依据',
      origin: 'local',
      dueWorkingDays: 5,
    };
    await api()
      .post(`${base}/supervision-items`)
      .set(as(supervisor))
      .send({ ...item, code: 'L-02', name: '孤儿和事实无人抚养儿童生活补贴', category: 'subsidies', disclosureFrequency: 'monthly' })
      .expect(201);
    await api()
      .post(`${base}/supervision-items`)
      .set(as(supervisor))
      .send({ ...item, code: 'L-03', name: '低收入老年人居家养老服务', category: 'other', disclosureFrequency: 'quarterly' })
      .expect(201);

    try {
      // April is due on 11 May (1–5 May off, Saturday 9 May worked), May on 5 June.
      at('2026-05-08');
      ids.shengtangApril = await publish('shengtang', '2026-04', shengtangClerk, [RECIPIENT]);
      at('2026-05-20');
      ids.wulingApril = await publish('wuling', '2026-04', wulingClerk);
      await api()
        .post(`${base}/units/wuling/due-date-extensions`)
        .set(as(supervisor))
        .send({ itemCode: 'L-02', period: '2026-05', workingDays: 15, reason: '受汛期抢险影响，延期公示' })
        .expect(201);

      // A complaint filed Monday 1 June must be accepted by Thursday 4 June; another is rejected, so closed.
      at('2026-06-01');
      const overdueComplaint = await api()
        .post(`${base}/complaints`)
        .send({ category: 'village-affairs', unitCode: 'shengtang', content: '村务公开栏长期未更新', anonymous: true })
        .expect(201);
      const rejectedComplaint = await api()
        .post(`${base}/complaints`)
        .send({ category: 'village-affairs', unitCode: 'wuling', content: '重复提交的投诉', anonymous: true })
        .expect(201);
      for (const [key, filed] of [
        ['complaint', overdueComplaint],
        ['rejectedComplaint', rejectedComplaint],
      ] as const) {
        const [row] = await queryDatabase<{ id: string }>(db(), `SELECT id FROM complaints WHERE tracking_code = $1`, [filed.body.trackingCode]);
        ids[key] = row!.id;
      }
      await api().post(`${base}/complaints/${ids.rejectedComplaint}/rejection`).set(as(disciplineOffice)).send({ reason: '重复投诉' }).expect(200);

      at('2026-06-03');
      ids.shengtangMay = await publish('shengtang', '2026-05', shengtangClerk);
      const drawn = await api().post(`${base}/spot-checks`).set(as(supervisor)).send({ seed: '2026年6月抽查', sampleSize: 5 }).expect(201);
      const sampled = (id: string) => drawn.body.sample.some((entry: { disclosureId: string }) => entry.disclosureId === id);
      expect([ids.shengtangApril, ids.wulingApril, ids.shengtangMay].every(sampled)).toBe(true);
      const raise = async (disclosureId: string, rectificationWorkingDays: number) =>
        (
          await api()
            .post(`${base}/spot-checks/${drawn.body.id}/findings`)
            .set(as(supervisor))
            .send({ disclosureId, kind: 'format', description: '花名册格式不符', rectificationWorkingDays })
            .expect(201)
        ).body.id as string;
      ids.finding = await raise(ids.shengtangMay, 5); // due 10 June
      ids.rectification = await raise(ids.wulingApril, 2);
      ids.acceptedFinding = await raise(ids.shengtangApril, 2);

      at('2026-06-04');
      await api().post(`${base}/findings/${ids.rectification}/rectification`).set(as(wulingClerk)).send({ note: '已更正' }).expect(200);
      await api().post(`${base}/findings/${ids.acceptedFinding}/rectification`).set(as(shengtangClerk)).send({ note: '已更正' }).expect(200);
      await api().post(`${base}/findings/${ids.acceptedFinding}/acceptance`).set(as(supervisor)).send({ note: '整改到位' }).expect(200);
      at('2026-06-05');
      await api().post(`${base}/findings/${ids.rectification}/return`).set(as(supervisor)).send({ note: '仍缺附件', workingDays: 5 }).expect(200); // due 12 June

      at('2026-06-22');
      // Filed today: due later, so not overdue.
      await api()
        .post(`${base}/complaints`)
        .send({ category: 'village-affairs', unitCode: 'luochong', content: '今天提交的投诉', anonymous: true })
        .expect(201);
    } catch (error) {
      clock.reset();
      throw error;
    }
  });

  afterAll(async () => {
    clock.reset();
    await platform?.close();
    await dropTestDatabases();
  });

  it('answers which units are late this quarter in one answer, worst first, with zone totals', async () => {
    const zone = await api().get(`${base}/oversight/completeness`).set(as(supervisor)).expect(200);
    expect(zone.body).toMatchObject({ period: '2026-Q2', periodStart: '2026-04-01', periodEnd: '2026-06-30', asOf: '2026-06-22' });
    expect(zone.body.owed).toEqual([
      { itemCode: 'L-02', itemName: '孤儿和事实无人抚养儿童生活补贴', period: '2026-04', dueOn: '2026-05-11', dueBasis: 'official' },
      { itemCode: 'L-02', itemName: '孤儿和事实无人抚养儿童生活补贴', period: '2026-05', dueOn: '2026-06-05', dueBasis: 'official' },
      { itemCode: 'L-02', itemName: '孤儿和事实无人抚养儿童生活补贴', period: '2026-06', dueOn: '2026-07-07', dueBasis: 'official' },
      { itemCode: 'L-03', itemName: '低收入老年人居家养老服务', period: '2026-Q2', dueOn: '2026-07-07', dueBasis: 'official' },
    ]);
    // The zone-level unit owes nothing by default; luochong published nothing; wuling was late for April and has an extension for May.
    expect(zone.body.units.map((unit: { unitCode: string; counts: object }) => [unit.unitCode, unit.counts])).toEqual([
      ['luochong', { owed: 4, onTime: 0, late: 0, missing: 2, pending: 2, calendarMissing: 0 }],
      ['wuling', { owed: 4, onTime: 0, late: 1, missing: 0, pending: 3, calendarMissing: 0 }],
      ['shengtang', { owed: 4, onTime: 2, late: 0, missing: 0, pending: 2, calendarMissing: 0 }],
    ]);
    expect(zone.body.totals).toEqual({ owed: 12, onTime: 2, late: 1, missing: 2, pending: 7, calendarMissing: 0 });
    expect(zone.body.units[0].lateOrMissing).toEqual([
      {
        itemCode: 'L-02',
        period: '2026-04',
        state: 'missing',
        dueOn: '2026-05-11',
        dueBasis: 'official',
        extendedByWorkingDays: 0,
        publishedOn: null,
        disclosureId: null,
      },
      {
        itemCode: 'L-02',
        period: '2026-05',
        state: 'missing',
        dueOn: '2026-06-05',
        dueBasis: 'official',
        extendedByWorkingDays: 0,
        publishedOn: null,
        disclosureId: null,
      },
    ]);
    expect(zone.body.units[1].lateOrMissing).toEqual([
      {
        itemCode: 'L-02',
        period: '2026-04',
        state: 'late',
        dueOn: '2026-05-11',
        dueBasis: 'official',
        extendedByWorkingDays: 0,
        publishedOn: '2026-05-20',
        disclosureId: ids.wulingApril,
      },
    ]);

    const late = await api().get(`${base}/oversight/completeness?period=2026-Q2&status=late`).set(as(supervisor)).expect(200);
    expect(late.body.units.map((unit: { unitCode: string }) => unit.unitCode)).toEqual(['wuling']);
    expect(late.body.totals).toMatchObject({ owed: 4, late: 1 });
    const missing = await api().get(`${base}/oversight/completeness?status=missing`).set(as(supervisor)).expect(200);
    expect(missing.body.units.map((unit: { unitCode: string }) => unit.unitCode)).toEqual(['luochong']);
    const villages = await api().get(`${base}/oversight/completeness?unitKind=village`).set(as(supervisor)).expect(200);
    expect(villages.body.units.map((unit: { unitCode: string }) => unit.unitCode)).toEqual(['luochong']);
    const zoneLevel = await api().get(`${base}/oversight/completeness?unitKind=zone&itemCode=L-03`).set(as(supervisor)).expect(200);
    expect(zoneLevel.body.units).toEqual([
      expect.objectContaining({ unitCode: 'kaifaqu', counts: { owed: 1, onTime: 0, late: 0, missing: 0, pending: 1, calendarMissing: 0 } }),
    ]);

    // May alone: one period per monthly item, the quarterly item owes nothing that month.
    const may = await api().get(`${base}/oversight/completeness?period=2026-05&itemCode=L-02`).set(as(supervisor)).expect(200);
    expect(may.body.owed.map((owed: { period: string }) => owed.period)).toEqual(['2026-05']);
    expect(may.body.totals).toEqual({ owed: 3, onTime: 1, late: 0, missing: 1, pending: 1, calendarMissing: 0 });
    const mayWuling = may.body.units.find((unit: { unitCode: string }) => unit.unitCode === 'wuling');
    expect(mayWuling.counts).toMatchObject({ pending: 1, missing: 0 });

    // A quarterly item owes nothing for May, yet every unit is still accounted for.
    const nothingOwed = await api().get(`${base}/oversight/completeness?period=2026-05&itemCode=L-03`).set(as(supervisor)).expect(200);
    expect(nothingOwed.body.owed).toEqual([]);
    expect(nothingOwed.body.units.map((unit: { unitCode: string; counts: { owed: number } }) => [unit.unitCode, unit.counts.owed])).toEqual([
      ['luochong', 0],
      ['shengtang', 0],
      ['wuling', 0],
    ]);

    const invalid = await api().get(`${base}/oversight/completeness?period=2026-Q9`).set(as(supervisor)).expect(400);
    expect(invalid.body.type).toBe('urn:zone-gov:problem:validation-failed');
    const unknown = await api().get(`${base}/oversight/completeness?itemCode=X-99`).set(as(supervisor)).expect(422);
    expect(unknown.body.type).toBe('urn:zone-gov:problem:supervision-item-unknown');
  });

  it('shows a supervisor of some units only those, lets leadership read, and refuses clerks and anonymous callers', async () => {
    const own = await api().get(`${base}/oversight/completeness`).set(as(wulingSupervisor)).expect(200);
    expect(own.body.units.map((unit: { unitCode: string }) => unit.unitCode)).toEqual(['wuling']);
    expect(own.body.totals).toMatchObject({ owed: 4, late: 1 });
    const leaders = await api().get(`${base}/oversight/completeness`).set(as(leadership)).expect(200);
    expect(leaders.body.units).toHaveLength(3);
    await api().get(`${base}/oversight/completeness`).set(as(shengtangClerk)).expect(403);
    await api().get(`${base}/oversight/completeness`).expect(401);
  });

  it('lists overdue complaints, findings and rectifications in working days, without closed ones', async () => {
    const all = await api().get(`${base}/oversight/overdue`).set(as(supervisor)).expect(200);
    expect(all.body.asOf).toBe('2026-06-22');
    expect(all.body.items).toEqual([
      {
        type: 'complaint',
        id: ids.complaint,
        unitCode: 'shengtang',
        status: 'received',
        summary: '村务公开栏长期未更新',
        dueOn: '2026-06-04',
        dueBasis: 'official',
        daysOverdue: 11,
        responsible: 'discipline-office',
      },
      {
        type: 'finding',
        id: ids.finding,
        unitCode: 'shengtang',
        status: 'ordered',
        summary: '花名册格式不符',
        dueOn: '2026-06-10',
        dueBasis: 'official',
        daysOverdue: 7,
        responsible: 'shengtang',
      },
      {
        type: 'rectification',
        id: ids.rectification,
        unitCode: 'wuling',
        status: 'returned',
        summary: '花名册格式不符',
        dueOn: '2026-06-12',
        dueBasis: 'official',
        daysOverdue: 5,
        responsible: 'wuling',
      },
    ]);
    expect(all.body.nextCursor).toBeUndefined();

    const idsOf = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);
    expect(idsOf((await api().get(`${base}/oversight/overdue?minDaysOverdue=6`).set(as(supervisor)).expect(200)).body)).toEqual([ids.complaint, ids.finding]);
    expect(idsOf((await api().get(`${base}/oversight/overdue?minDaysOverdue=11`).set(as(supervisor)).expect(200)).body)).toEqual([ids.complaint]);
    expect(idsOf((await api().get(`${base}/oversight/overdue?minDaysOverdue=12`).set(as(supervisor)).expect(200)).body)).toEqual([]);
    expect(idsOf((await api().get(`${base}/oversight/overdue?type=rectification`).set(as(supervisor)).expect(200)).body)).toEqual([ids.rectification]);
    expect(idsOf((await api().get(`${base}/oversight/overdue?unitCode=shengtang`).set(as(supervisor)).expect(200)).body)).toEqual([ids.complaint, ids.finding]);
    expect(idsOf((await api().get(`${base}/oversight/overdue`).set(as(wulingSupervisor)).expect(200)).body)).toEqual([ids.rectification]);

    // Newest due first, one per page: every item exactly once.
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api()
        .get(`${base}/oversight/overdue`)
        .query({ order: 'newest-due', limit: 1, ...(cursor === undefined ? {} : { cursor }) })
        .set(as(supervisor))
        .expect(200);
      paged.push(...idsOf(page.body));
      cursor = page.body.nextCursor;
    } while (cursor !== undefined);
    expect(paged).toEqual([ids.rectification, ids.finding, ids.complaint]);

    await api().get(`${base}/oversight/overdue`).set(as(leadership)).expect(403);
    await api().get(`${base}/oversight/overdue`).set(as(shengtangClerk)).expect(403);
    await api().get(`${base}/oversight/overdue`).expect(401);
  });

  it('feeds publications and corrections in commit order, paged without gaps or repeats, to anyone and masked', async () => {
    // Other tests may add changes of their own disclosures to the feed; this one follows those published above.
    const followed = [ids.shengtangApril, ids.wulingApril, ids.shengtangMay];
    const first = await readChanges({}, 3, followed);
    expect(first.items.map((item) => [item.disclosureId, item.change, item.version])).toEqual([
      [ids.shengtangApril, 'published', 1],
      [ids.wulingApril, 'published', 1],
      [ids.shengtangMay, 'published', 1],
    ]);
    expect(JSON.stringify(first.items)).not.toContain(RECIPIENT.name);
    expect(JSON.stringify(first.items)).not.toContain(RECIPIENT.idNumber);
    expect(first.items[0]).toMatchObject({
      unitCode: 'shengtang',
      itemCode: 'L-02',
      period: '2026-04',
      recipientCount: 1,
      totals: { yuan: '1200.00' },
      correctionReason: null,
    });

    await api()
      .post(`${base}/disclosures/${ids.shengtangApril}/corrections`)
      .set(as(shengtangClerk))
      .send({
        title: '盛塘社区2026年4月生活补贴公示（更正）',
        summary: '补录一名儿童',
        lines: [{ label: '合计', quantity: '2400.00', unit: 'yuan' }],
        recipients: [RECIPIENT],
        attachments: [],
        reason: '补录漏报的一名儿童',
      })
      .expect(201);
    const corrected = await readChanges({ cursor: first.resume }, 1, followed);
    expect(corrected.items).toEqual([
      expect.objectContaining({
        disclosureId: ids.shengtangApril,
        change: 'corrected',
        version: 2,
        correctionReason: '补录漏报的一名儿童',
        totals: { yuan: '2400.00' },
      }),
    ]);

    // From an instant: the publications after it, then the correction.
    const fromInstant = await readChanges({ since: '2026-05-15T00:00:00+08:00' }, 3, followed);
    expect(fromInstant.items.map((item) => [item.disclosureId, item.change])).toEqual([
      [ids.wulingApril, 'published'],
      [ids.shengtangMay, 'published'],
      [ids.shengtangApril, 'corrected'],
    ]);
    expect((await api().get(`${base}/disclosures/changes?cursor=not-a-cursor`).expect(400)).body.type).toBe('urn:zone-gov:problem:invalid-cursor');
    expect((await api().get(`${base}/disclosures/changes?since=yesterday`).expect(400)).body.type).toBe('urn:zone-gov:problem:validation-failed');
  });

  it('holds back a publication while an earlier transaction is still open, so a poller cannot step past it', async () => {
    const start = await readChanges({}, await changesSoFar());
    const earlier = new pg.Client({ connectionString: db() });
    await earlier.connect();
    try {
      // An earlier writer holds a transaction id; whatever commits after it must wait for it to finish.
      await earlier.query('BEGIN');
      await earlier.query('SELECT pg_current_xact_id()');
      // A first-quarter period: the quarter the other tests count (2026-Q2) stays as the hook left it.
      const wulingMarch = await publish('wuling', '2026-03', wulingClerk);
      const held = await api().get(`${base}/disclosures/changes`).query({ cursor: start.resume }).expect(200);
      expect(held.body.items).toEqual([]);
      expect(held.body.nextCursor).toBeUndefined();
      await earlier.query('ROLLBACK');
      const released = await readChanges({ cursor: held.body.resumeCursor }, 1);
      expect(released.items.map((item) => [item.disclosureId, item.change])).toEqual([[wulingMarch, 'published']]);
    } finally {
      await earlier.end();
    }
  });
});
