import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request, { type Test } from 'supertest';
import { clock } from '#platform/clock';
import { idNumberCheckCharacter } from '#platform/personal-data';
import { dropTestDatabases, eventually, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

function idNumber(sequence: number): string {
  const first17 = `34080019800101${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BOM = '\ufeff';

/** supertest keeps a download as bytes, whatever its media type. */
function asBytes(response: Test): Test {
  return response.buffer(true).parse((res, callback) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => callback(null, Buffer.concat(chunks)));
  });
}

/** The data rows of an exported CSV: first line title/filter/as-of, second the headers. */
function csvTable(body: Buffer): { preamble: string[]; headers: string[]; rows: string[][] } {
  const text = body.toString('utf8');
  expect(text.startsWith(BOM)).toBe(true);
  const [preamble, headers, ...rows] = parse(text.slice(1), { relax_column_count: true }) as string[][];
  return { preamble: preamble!, headers: headers!, rows };
}

async function xlsxTable(body: Buffer): Promise<{ preamble: unknown[]; headers: unknown[]; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const values: unknown[][] = [];
  sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
  const [preamble, headers, ...rows] = values;
  return { preamble: preamble!, headers: headers!, rows };
}

describe('CSV and Excel exports (through the gateway)', () => {
  let platform: TestPlatform;
  let staff: string;
  let leadership: string;
  let residentToken: string;
  const db = () => platform.databaseUrls.credit!;
  const api = (path: string) => `/api/v1/credit${path}`;
  const get = (token: string, path: string) => request(platform.gatewayUrl).get(api(path)).set('authorization', `Bearer ${token}`);
  const post = (token: string, path: string, body: object) => request(platform.gatewayUrl).post(api(path)).set('authorization', `Bearer ${token}`).send(body);

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['credit', 'land', 'supervision'] });
    const zone = await platform.identity.token(['credit-staff'], ['zone'], 'staff-zone');
    staff = await platform.identity.token(['credit-staff'], ['shengtang'], 'staff-shengtang');
    leadership = await platform.identity.token(['leadership'], ['zone'], 'leader-zone');
    residentToken = await platform.identity.token(['resident'], [], 'account-0');
    await post(zone, '/communities', { code: 'shengtang', name: '盛塘', subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' }).expect(201);
    await post(zone, '/communities', { code: 'wuling', name: '乌岭, "东"', subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' }).expect(201);
    await post(zone, '/indicators', { code: 'ENV-01', category: 'environment', name: '庭院整洁', points: 10 }).expect(201);
    // 250 residents in 25 households: more than two pages of the largest list page.
    const lines = Array.from(
      { length: 250 },
      (_, i) => `ST-${String(Math.floor(i / 10)).padStart(4, '0')},住户${i},${idNumber(i + 1)},1395561${String(i).padStart(4, '0')}`,
    );
    await post(staff, '/resident-imports', { communityCode: 'shengtang', csv: ['householdNumber,name,idNumber,phone', ...lines].join('\n') }).expect(201);
    const [first] = await queryDatabase<{ id: string }>(db(), `SELECT id FROM residents ORDER BY created_at, id LIMIT 1`);
    await queryDatabase(db(), `UPDATE residents SET account_id = 'account-0' WHERE id = $1`, [first!.id]);
    await post(staff, '/ledger-entries', { residentId: first!.id, indicatorCode: 'ENV-01', reason: '庭院整洁' }).expect(201);
    const goods = (await post(staff, '/goods', { code: 'ST-CUP-01', communityCode: 'shengtang', name: '保温杯', pointPrice: 3, stock: 10 }).expect(201)).body;
    await post(staff, '/redemption-orders', { goodsId: goods.id, residentId: first!.id }).expect(201);
    await post(staff, '/redemption-orders', { goodsId: goods.id, residentId: first!.id }).expect(201);
    const clerk = await platform.identity.token(['records-clerk'], ['shengtang'], 'clerk-shengtang');
    await post(clerk, '/historical-redemptions', { goodsId: goods.id, residentId: first!.id, occurredOn: '2026-04-20', reason: '补录上线前兑换登记' }).expect(
      201,
    );
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('redemptions per community: JSON, CSV and XLSX carry the same figures', async () => {
    const json = (await get(leadership, '/redemption-statistics').expect(200)).body as { communities: Record<string, string | number | null>[] };
    const rowOf = (row: Record<string, string | number | null>) => [
      row.subDistrictCode,
      row.subDistrictName,
      row.communityCode,
      row.communityName,
      row.redeemingResidents,
      row.completedOrders,
      row.cancelledOrders,
      row.recordedLateOrders,
      row.itemsRedeemed,
      row.pointsRedeemed,
    ];
    const expected = json.communities.map(rowOf);
    expect(expected).toContainEqual(['lingbei', '菱北办事处', 'shengtang', '盛塘', 1, 3, 0, 1, 3, 9]);

    const csv = await asBytes(get(leadership, '/redemption-statistics?format=csv')).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="redemption-statistics-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''%E5%90%84%E7%A4%BE%E5%8C%BA/,
    );
    const table = csvTable(csv.body as Buffer);
    expect(table.preamble).toEqual(['各社区积分兑换统计', '筛选：全部', expect.stringMatching(/^截至：\d{4}-\d{2}-\d{2}$/)]);
    expect(table.headers).toEqual(['街道代码', '街道', '社区代码', '社区', '兑换人数', '完成订单数', '取消订单数', '其中补录订单数', '兑换件数', '兑换积分']);
    // A name with a comma and quotes survives RFC 4180 quoting.
    expect(table.rows).toEqual(expected.map((row) => row.map((value) => (value === null ? '' : String(value)))));
    expect(table.rows.map((row) => row[3])).toContain('乌岭, "东"');

    const xlsx = await asBytes(get(leadership, '/redemption-statistics?format=xlsx')).expect(200);
    expect(xlsx.headers['content-type']).toBe(XLSX);
    const sheet = await xlsxTable(xlsx.body as Buffer);
    expect(sheet.preamble).toEqual(table.preamble);
    expect(sheet.headers).toEqual(table.headers);
    // Numbers are numbers in the sheet (SUM works), the same as JSON.
    expect(sheet.rows.map((row) => Array.from({ length: 10 }, (_, i) => row[i] ?? null))).toEqual(expected);

    const filtered = csvTable((await asBytes(get(leadership, '/redemption-statistics?format=csv&communityCode=wuling')).expect(200)).body as Buffer);
    expect(filtered.preamble[1]).toBe('筛选：communityCode=wuling');
    expect(filtered.rows.map((row) => row[2])).toEqual(['wuling']);
  });

  it('redemptions per community as of 2026-04-30: JSON, CSV and XLSX state the date and count the back-dated exchange only', async () => {
    const json = (await get(leadership, '/redemption-statistics?asOf=2026-04-30').expect(200)).body as {
      period: { to: string };
      communities: Record<string, unknown>[];
    };
    expect(json.period.to).toBe('2026-04-30');
    expect(json.communities.find((row) => row.communityCode === 'shengtang')).toMatchObject({
      redeemingResidents: 1,
      completedOrders: 1,
      recordedLateOrders: 1,
      itemsRedeemed: 1,
      pointsRedeemed: 3,
    });
    const csv = await asBytes(get(leadership, '/redemption-statistics?format=csv&asOf=2026-04-30')).expect(200);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="redemption-statistics-2026-04-30\.csv"/);
    const table = csvTable(csv.body as Buffer);
    expect(table.preamble).toEqual(['各社区积分兑换统计', '筛选：asOf=2026-04-30', '截至：2026-04-30']);
    expect(table.rows.find((row) => row[2] === 'shengtang')).toEqual(['lingbei', '菱北办事处', 'shengtang', '盛塘', '1', '1', '0', '1', '1', '3']);
    const sheet = await xlsxTable((await asBytes(get(leadership, '/redemption-statistics?format=xlsx&asOf=2026-04-30')).expect(200)).body as Buffer);
    expect(sheet.preamble).toEqual(table.preamble);
    expect(sheet.rows.find((row) => row[2] === 'shengtang')).toEqual(['lingbei', '菱北办事处', 'shengtang', '盛塘', 1, 1, 0, 1, 1, 3]);
    // A period states its filter and ends on its last day.
    const period = csvTable((await asBytes(get(leadership, '/redemption-statistics?format=csv&from=2026-04-01&to=2026-04-30')).expect(200)).body as Buffer);
    expect(period.preamble).toEqual(['各社区积分兑换统计', '筛选：from=2026-04-01；to=2026-04-30', '截至：2026-04-30']);
    await get(leadership, '/redemption-statistics?format=csv&from=2026-05-01&to=2026-04-30').expect(422);
  });

  it('benefit uses and households per rating level export with the filter and the as-of date', async () => {
    const benefits = csvTable((await asBytes(get(leadership, '/benefit-statistics?format=csv&asOf=2026-04-30')).expect(200)).body as Buffer);
    expect(benefits.preamble).toEqual(['商户优惠使用统计', '筛选：asOf=2026-04-30', '截至：2026-04-30']);
    expect(benefits.headers).toEqual(['商户代码', '商户', '优惠代码', '优惠', '使用次数', '使用户数', '其中补录次数']);
    const levelsJson = (await get(leadership, '/rating-level-statistics?communityCode=shengtang').expect(200)).body as {
      communities: Record<string, unknown>[];
    };
    const levels = csvTable((await asBytes(get(leadership, '/rating-level-statistics?format=csv&communityCode=shengtang')).expect(200)).body as Buffer);
    expect(levels.preamble).toEqual(['各社区信用户评级统计', '筛选：communityCode=shengtang', expect.stringMatching(/^截至：\d{4}-\d{2}-\d{2}$/)]);
    expect(levels.headers).toEqual(['街道代码', '街道', '社区代码', '社区', '户数', '未评级户数', 'A级户数', 'AA级户数', 'AAA级户数']);
    expect(levels.rows).toEqual(levelsJson.communities.map((row) => Object.values(row).map(String)));
    expect(levels.rows[0]!.slice(2, 6)).toEqual(['shengtang', '盛塘', '25', '25']);
    const sheet = await xlsxTable((await asBytes(get(leadership, '/rating-level-statistics?format=xlsx&asOf=2026-04-30')).expect(200)).body as Buffer);
    expect(sheet.preamble).toEqual(['各社区信用户评级统计', '筛选：asOf=2026-04-30', '截至：2026-04-30']);
  });

  it('refuses an unknown format with a validation problem, and the JSON read still refuses unknown parameters', async () => {
    const bad = await get(leadership, '/redemption-statistics?format=pdf').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'format' })]);
    await get(leadership, '/redemption-statistics?format=csv&format=xlsx').expect(400);
    await get(leadership, '/redemption-statistics?format=csv&colour=red').expect(400);
    await get(leadership, '/redemption-statistics?format=json').expect(200);
  });

  it('exports the access rule of the JSON read: a resident gets their household masked, staff the register in full and logged', async () => {
    const own = csvTable((await asBytes(get(residentToken, '/residents?format=csv&mine=true')).expect(200)).body as Buffer);
    expect(own.rows).toHaveLength(1);
    const [, name, id, phone] = own.rows[0]!;
    expect(name).toBe('住**');
    expect(id).toMatch(/^340800\*{8}\d{3}[\dX]$/);
    expect(phone).toMatch(/^139\*{4}\d{4}$/);
    await get(leadership, '/residents?format=csv').expect(403);

    const full = await asBytes(get(staff, '/residents?format=xlsx&communityCode=shengtang')).expect(200);
    const sheet = await xlsxTable(full.body as Buffer);
    const ids = sheet.rows.map((row) => row[2]);
    expect(ids).toContain(idNumber(1));
    const logged = await eventually(async () => {
      const rows = await queryDatabase<{ record_ids: string[]; operation_id: string; actor_id: string }>(
        db(),
        `SELECT record_ids, operation_id, actor_id FROM personal_data_access WHERE operation_id = 'creditListResidents' AND actor_id = 'staff-shengtang'`,
      );
      const recorded = new Set(rows.flatMap((row) => row.record_ids));
      return recorded.size >= 250 ? recorded : undefined;
    });
    const exported = new Set(sheet.rows.map((row) => row[10] as string));
    expect(exported.size).toBe(250);
    expect([...exported].every((id) => logged.has(id))).toBe(true);
    // Entries are written in order: the resident's masked export, made earlier, left none.
    expect(await queryDatabase(db(), `SELECT 1 FROM personal_data_access WHERE actor_id = 'account-0'`)).toEqual([]);
  });

  it('land approval statistics: areas to 4 places in CSV, numbers formatted 0.0000 in XLSX', async () => {
    const landStaff = await platform.identity.token(['land-staff'], ['zone'], 'land-staff');
    const land = (path: string) => request(platform.gatewayUrl).post(`/api/v1/land${path}`).set('authorization', `Bearer ${landStaff}`);
    const projectId = (await land('/projects').send({ name: '安庆长风港二期', category: 'provincial-key', requestedAreaMu: '400' }).expect(201)).body
      .id as string;
    await land('/batch-records')
      .send({
        name: '2023年第2批次城镇建设用地',
        approvingAuthority: '安徽省人民政府',
        documentNumber: '皖政地〔2023〕456号',
        approvedOn: '2023-06-15',
        parcels: [
          { projectId, parcelCode: 'CF-01', areaMu: '382.54' },
          { projectId, parcelCode: 'CF-02', areaMu: '0.0001' },
        ],
      })
      .expect(201);
    const statistics = (path: string) => asBytes(request(platform.gatewayUrl).get(`/api/v1/land/statistics/approvals${path}`)).expect(200);
    const json = (await request(platform.gatewayUrl).get('/api/v1/land/statistics/approvals').expect(200)).body as { totalAreaMu: string };
    expect(json.totalAreaMu).toBe('382.5401');
    const csv = csvTable((await statistics('?format=csv')).body as Buffer);
    expect(csv.headers).toEqual(['分组', '名称', '批次数', '面积（亩）']);
    expect(csv.rows).toEqual([
      ['合计', `截至${clock.today()}`, '1', '382.5401'],
      ['年度', '2023', '1', '382.5401'],
      ['项目', '安庆长风港二期', '1', '382.5401'],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await statistics('?format=xlsx&sinceYear=2023')).body as unknown as ArrayBuffer);
    const total = workbook.worksheets[0]!.getRow(3).getCell(4);
    expect([total.value, total.numFmt]).toEqual([382.5401, '0.0000']);
    expect(workbook.worksheets[0]!.getRow(1).getCell(2).value).toBe('筛选：sinceYear=2023');
  });

  it('complaints: the contact in full for the handling department, logged; masked for the supervisor; formulas made inert', async () => {
    const base = '/api/v1/supervision';
    const supervisor = await platform.identity.token(['discipline-supervisor'], ['zone'], 'supervisor-zone');
    const handler = await platform.identity.token(['complaint-handler'], ['discipline-office'], 'handler-discipline');
    await request(platform.gatewayUrl)
      .post(`${base}/units`)
      .set('authorization', `Bearer ${supervisor}`)
      .send({ code: 'shengtang', name: '盛塘社区', kind: 'community' })
      .expect(201);
    const filed = await request(platform.gatewayUrl)
      .post(`${base}/complaints`)
      .send({
        category: 'village-affairs',
        unitCode: 'shengtang',
        content: '=1+1 村务公开栏长期未更新',
        anonymous: false,
        contact: { name: '王先生', phone: '13955612345' },
      })
      .expect(201);
    const exportAs = async (token: string) =>
      csvTable(
        (await asBytes(request(platform.gatewayUrl).get(`${base}/complaints?format=csv`).set('authorization', `Bearer ${token}`)).expect(200)).body as Buffer,
      );
    const handled = await exportAs(handler);
    expect(handled.headers.slice(6, 10)).toEqual(['内容', '匿名', '联系人', '联系电话']);
    expect(handled.rows.map((row) => row.slice(6, 10))).toEqual([["'=1+1 村务公开栏长期未更新", '否', '王先生', '13955612345']]);
    const overseen = await exportAs(supervisor);
    expect(overseen.rows.map((row) => row.slice(8, 10))).toEqual([['王**', '139****2345']]);
    await eventually(async () => {
      const rows = await queryDatabase<{ record_ids: string[] }>(
        platform.databaseUrls.supervision!,
        `SELECT record_ids FROM personal_data_access WHERE operation_id = 'supervisionListComplaints' AND actor_id = 'handler-discipline'`,
      );
      return rows.some((row) => row.record_ids.length > 0) ? rows : undefined;
    });
    expect(filed.body.trackingCode).toBe(handled.rows[0]![0]);
  });

  it('exports a register of several pages completely, each row once', async () => {
    const table = csvTable((await asBytes(get(staff, '/residents?format=csv&communityCode=shengtang&limit=7')).expect(200)).body as Buffer);
    expect(table.rows).toHaveLength(250);
    expect(new Set(table.rows.map((row) => row[10])).size).toBe(250);
    expect(new Set(table.rows.map((row) => row[2]))).toEqual(new Set(Array.from({ length: 250 }, (_, i) => idNumber(i + 1))));
  });
});
