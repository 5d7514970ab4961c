import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import request, { type Test } from 'supertest';
import { creditCodeCheckCharacter } from '../apps/party/src/surveyed-entities/credit-code.js';
import { clock } from '#platform/clock';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const code = (n: number) => {
  const first17 = `91340800MA${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
};

const [PARK_A, PARK_B] = ['示例产业园一', '示例产业园二'];

/** supertest keeps a download as bytes, whatever its media type. */
function asBytes(response: Test): Test {
  return response.buffer(true).parse((res, callback) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => callback(null, Buffer.concat(chunks)));
  });
}

/**
 * Party statistics through the gateway, from dated records: entities surveyed and taken under management
 * by kind, status, park and campaign (a campaign over two parks), and the two coverage rates per park, as
 * of a date (later records left out) or for a period.
 */
describe('party statistics (through the gateway)', () => {
  let platform: TestPlatform;
  let committee: string;
  const api = () => request(platform.gatewayUrl);
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const entities = (query: string) => api().get(`/api/v1/party/statistics/entities?${query}`).set(as(committee));
  const coverage = (query: string) => api().get(`/api/v1/party/statistics/coverage?${query}`).set(as(committee));

  async function entity(n: number, fields: Record<string, unknown>, surveyedOn?: string) {
    const created = await api()
      .post('/api/v1/party/entities')
      .set(as(committee))
      .send({ creditCode: code(n), name: `示例统计企业${n}`, kind: 'enterprise', sector: 'express-logistics', ...fields })
      .expect(201);
    if (surveyedOn !== undefined) {
      await api()
        .post('/api/v1/party/surveys')
        .set(as(committee))
        .send({
          creditCode: code(n),
          surveyedOn,
          ownerName: '示例业主',
          ownerPoliticalStatus: 'non-member',
          operatingStatus: 'operating',
          employeeCount: 8,
          partyOrganisation: 'none',
          massOrganisations: [],
          partyMemberCount: 1,
          surveyor: '摸排组一',
        })
        .expect(201);
    }
    return created.body as { id: string; managedOn: string | null };
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['party'] });
    committee = await platform.identity.token(['party-committee']);
    await entity(1, { park: PARK_A, managementStatus: 'under-management', managedOn: '2026-03-20' }, '2026-03-05');
    await entity(2, { park: PARK_A, sector: 'construction-installation' }, '2026-03-10');
    await entity(
      3,
      { park: PARK_A, kind: 'social-organisation', sector: 'social-services', managementStatus: 'under-management', managedOn: '2026-04-10' },
      '2026-04-02',
    );
    await entity(4, { park: PARK_B }, '2026-03-06');
    await entity(5, { park: PARK_B }, '2026-04-15');
    await entity(6, {}); // registered, never surveyed: not counted
    await api()
      .post('/api/v1/party/organisations')
      .set(as(committee))
      .send({
        name: '示例统计联合党支部',
        type: 'joint-branch',
        formationMode: 'joint',
        establishedOn: '2026-03-25',
        memberEntityCreditCodes: [code(1), code(4)],
      })
      .expect(201);
    await api()
      .post('/api/v1/party/mass-organisations')
      .set(as(committee))
      .send({ creditCode: code(2), kind: 'trade-union', name: '示例工会', establishedOn: '2026-04-20' })
      .expect(201);
    await api()
      .post('/api/v1/party/survey-campaigns')
      .set(as(committee))
      .send({
        name: '示例：两园区摸排',
        sectors: ['express-logistics', 'construction-installation'],
        parks: [PARK_A, PARK_B],
        targetCount: 4,
        surveyors: ['摸排组一'],
        startsOn: '2026-03-01',
        endsOn: '2026-03-31',
      })
      .expect(201);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('counts entities as of a date, leaving out later surveys and later management', async () => {
    const march = (await entities('asOf=2026-03-31').expect(200)).body;
    expect(march).toMatchObject({ period: { from: null, to: '2026-03-31' }, surveyed: 3, underManagement: 1, notUnderManagement: 2 });
    expect(march.byKind).toEqual([{ kind: 'enterprise', surveyed: 3, underManagement: 1, notUnderManagement: 2 }]);
    expect(march.byPark).toEqual([
      { park: PARK_A, surveyed: 2, underManagement: 1, notUnderManagement: 1 },
      { park: PARK_B, surveyed: 1, underManagement: 0, notUnderManagement: 1 },
    ]);
    expect(march.byStatus).toEqual([
      { managementStatus: 'under-management', surveyed: 1 },
      { managementStatus: 'not-under-management', surveyed: 2 },
    ]);
    expect(march.underManagementByDay).toEqual([{ managedOn: '2026-03-20', enterprises: 1, socialOrganisations: 0 }]);

    const april = (await entities('asOf=2026-04-30').expect(200)).body;
    expect(april).toMatchObject({ surveyed: 5, underManagement: 2, notUnderManagement: 3 });
    expect(april.byKind).toEqual([
      { kind: 'enterprise', surveyed: 4, underManagement: 1, notUnderManagement: 3 },
      { kind: 'social-organisation', surveyed: 1, underManagement: 1, notUnderManagement: 0 },
    ]);
  });

  it('counts what happened within from/to, inclusive', async () => {
    const april = (await entities('from=2026-04-01&to=2026-04-30').expect(200)).body;
    expect(april).toMatchObject({ period: { from: '2026-04-01', to: '2026-04-30' }, surveyed: 2, underManagement: 1 });
    expect(april.underManagementByDay).toEqual([{ managedOn: '2026-04-10', enterprises: 0, socialOrganisations: 1 }]);
    const oneDay = (await entities('from=2026-03-20&to=2026-03-20').expect(200)).body;
    expect(oneDay).toMatchObject({ surveyed: 0, underManagement: 1 });
    const refused = await entities('from=2026-05-01&to=2026-04-01').expect(422);
    expect(refused.body.type).toBe('urn:zone-gov:problem:date-order');
    await entities('asOf=2026-04-01&from=2026-03-01').expect(400);
  });

  it('groups a campaign over two parks by each of its parks', async () => {
    const march = (await entities('asOf=2026-03-31').expect(200)).body;
    expect(march.byCampaign).toEqual([
      {
        campaignId: expect.any(String),
        name: '示例：两园区摸排',
        parks: [PARK_A, PARK_B],
        surveyed: 3,
        byPark: [
          { park: PARK_A, surveyed: 2 },
          { park: PARK_B, surveyed: 1 },
        ],
      },
    ]);
    const campaigns = await api().get('/api/v1/party/survey-campaigns').set(as(committee)).expect(200);
    expect(campaigns.body.items[0]).toMatchObject({ parks: [PARK_A, PARK_B], surveyedCount: 3, coveragePercent: '75.0' });
  });

  it('gives a party committee the organisation and work coverage rates per park as of a date', async () => {
    const before = (await coverage('asOf=2026-03-24').expect(200)).body;
    expect(before.byPark).toEqual([
      { park: PARK_A, entities: 2, organisationCovered: 0, organisationCoveragePercent: '0.0', workCovered: 0, workCoveragePercent: '0.0' },
      { park: PARK_B, entities: 1, organisationCovered: 0, organisationCoveragePercent: '0.0', workCovered: 0, workCoveragePercent: '0.0' },
    ]);
    const march = (await coverage('asOf=2026-03-31').expect(200)).body;
    expect(march.byPark).toEqual([
      { park: PARK_A, entities: 2, organisationCovered: 1, organisationCoveragePercent: '50.0', workCovered: 1, workCoveragePercent: '50.0' },
      { park: PARK_B, entities: 1, organisationCovered: 1, organisationCoveragePercent: '100.0', workCovered: 1, workCoveragePercent: '100.0' },
    ]);
    const april = (await coverage('asOf=2026-04-30').expect(200)).body;
    expect(april.total).toEqual({ entities: 5, organisationCovered: 2, organisationCoveragePercent: '40.0', workCovered: 3, workCoveragePercent: '60.0' });
    expect(april.byPark[0]).toEqual({
      park: PARK_A,
      entities: 3,
      organisationCovered: 1,
      organisationCoveragePercent: '33.3',
      workCovered: 2,
      workCoveragePercent: '66.7',
    });

    const leadership = await platform.identity.token(['leadership']);
    await api().get('/api/v1/party/statistics/coverage').set(as(leadership)).expect(200);
    const instructor = await platform.identity.token(['party-instructor'], ['zone'], 'instructor-a');
    await api().get('/api/v1/party/statistics/coverage').set(as(instructor)).expect(403);
    await api().get('/api/v1/party/statistics/coverage').expect(401);
  });

  it('exports both answers with the filter and the as-of date in the first row', async () => {
    const file = (await asBytes(coverage('asOf=2026-04-30&format=csv')).expect(200)).body as Buffer;
    const [preamble, headers, ...rows] = parse(file.toString('utf8').slice(1), { relax_column_count: true }) as string[][];
    expect(preamble).toEqual(['两个覆盖统计', '筛选：asOf=2026-04-30', '截至：2026-04-30']);
    expect(headers).toEqual(['园区', '摸排单位数', '组织覆盖数', '组织覆盖率（%）', '工作覆盖数', '工作覆盖率（%）']);
    expect(rows[0]).toEqual(['全区', '5', '2', '40.0', '3', '60.0']);
    const entitiesFile = (await asBytes(entities('from=2026-04-01&to=2026-04-30&format=xlsx')).expect(200)).headers;
    expect(entitiesFile['content-disposition']).toContain('party-entity-statistics-2026-04-30.xlsx');
  });

  it('dates taking under management: the day given, else today; never in the future, and audited on change', async () => {
    const refused = await api()
      .post('/api/v1/party/entities')
      .set(as(committee))
      .send({ creditCode: code(7), name: '示例未来', kind: 'enterprise', sector: 'other', managementStatus: 'under-management', managedOn: '2999-01-01' })
      .expect(422);
    expect(refused.body.type).toBe('urn:zone-gov:problem:management-date-invalid');
    const plain = await entity(8, { sector: 'other' });
    expect(plain.managedOn).toBeNull();
    const taken = await api().patch(`/api/v1/party/entities/${plain.id}`).set(as(committee)).send({ managementStatus: 'under-management' }).expect(200);
    expect(taken.body.managedOn).toBe(clock.today());
    const corrected = await api().patch(`/api/v1/party/entities/${plain.id}`).set(as(committee)).send({ managedOn: '2026-04-01' }).expect(200);
    expect(corrected.body).toMatchObject({ managementStatus: 'under-management', managedOn: '2026-04-01' });
    const [audit] = await queryDatabase<{ details: { changes: Record<string, unknown> } }>(
      platform.databaseUrls.party!,
      `SELECT details FROM audit_log WHERE action = 'entity.update' AND target_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [plain.id],
    );
    expect(audit!.details.changes).toEqual({ managedOn: { from: clock.today(), to: '2026-04-01' } });
    const released = await api().patch(`/api/v1/party/entities/${plain.id}`).set(as(committee)).send({ managementStatus: 'not-under-management' }).expect(200);
    expect(released.body.managedOn).toBeNull();
  });
});
