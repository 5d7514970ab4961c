import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { idNumberCheckCharacter } from '#platform/personal-data';
import { CREDIT_DEMO_DATA } from '../apps/credit/src/demo/credit.demo-data.js';
import { tallyDisagreements } from './support/statistics-tallies.js';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

function idNumber(sequence: number): string {
  const first17 = `34080019900101${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

/**
 * The running tallies behind the redemption, benefit and rating-level statistics stay equal to the records through
 * the writes the other files do not make: the demo data, a resident import, a move between households and new
 * rating thresholds (orders, cancellations, uses and back-dated records: the supermarket and merchant files).
 */
describe('credit: running tallies of the statistics (through the gateway)', () => {
  let platform: TestPlatform;
  let zoneStaff: string;
  let leadership: string;
  const db = () => platform.databaseUrls.credit!;
  const api = (path: string) => `/api/v1/credit${path}`;
  const get = (path: string) => request(platform.gatewayUrl).get(api(path)).set('authorization', `Bearer ${leadership}`).expect(200);
  const send = (method: 'post' | 'put', path: string, body: object) =>
    request(platform.gatewayUrl)[method](api(path)).set('authorization', `Bearer ${zoneStaff}`).send(body);
  /** Households per level as the statistics answer today, from the tallies. */
  const levels = async () => (await get('/rating-level-statistics')).body.communities;
  const storedLevels = async () =>
    queryDatabase<{ community_code: string; level: string | null; n: number }>(
      db(),
      `SELECT community_code, level, count(*)::int AS n FROM households GROUP BY community_code, level ORDER BY community_code, level`,
    );

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['credit'] });
    zoneStaff = await platform.identity.token(['credit-staff'], ['zone'], 'staff-zone');
    leadership = await platform.identity.token(['leadership'], ['zone']);
    for (const collection of CREDIT_DEMO_DATA) {
      const token = await platform.identity.token([collection.role], ['zone'], 'demo-loader');
      for (const item of collection.items) {
        const created = await request(platform.gatewayUrl).post(collection.path).set('authorization', `Bearer ${token}`).send(item);
        if (created.status !== 201) throw new Error(`POST ${collection.path} answered ${created.status}: ${JSON.stringify(created.body)}`);
      }
    }
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('agree with the demo data, and answer as counting the records from a day before all of them does', async () => {
    expect(await tallyDisagreements(db())).toEqual({});
    const redemptions = (await get('/redemption-statistics')).body.communities;
    expect(redemptions.some((item: { completedOrders: number }) => item.completedOrders > 0)).toBe(true);
    expect((await get('/redemption-statistics?from=2000-01-01')).body.communities).toEqual(redemptions);
    const uses = (await get('/benefit-statistics')).body.benefits;
    expect(uses.some((item: { uses: number }) => item.uses > 0)).toBe(true);
    expect((await get('/benefit-statistics?from=2000-01-01')).body.benefits).toEqual(uses);
  });

  it('follow imported households, a move between households and new thresholds', async () => {
    const csv = ['householdNumber,name,idNumber,phone', `WL-9001,赵某某,${idNumber(1)},`, `WL-9002,钱某某,${idNumber(2)},`].join('\r\n');
    const imported = await send('post', '/resident-imports', { communityCode: 'wuling', csv }).expect(201);
    expect(imported.body).toMatchObject({ imported: true, householdsCreated: 2 });
    expect(await tallyDisagreements(db())).toEqual({});

    const mover = imported.body.rows[0].residentId as string;
    await send('post', '/ledger-entries', { residentId: mover, indicatorCode: 'VOL-02', reason: '单元长' }).expect(201);
    // Every household with points becomes AAA: the re-rating moves many levels in one statement.
    await send('put', '/rating-thresholds', { A: 1, AA: 2, AAA: 3 }).expect(200);
    expect(await tallyDisagreements(db())).toEqual({});
    const aaa = (communities: { levelAAAHouseholds: number }[]) => communities.reduce((sum, item) => sum + item.levelAAAHouseholds, 0);
    expect(aaa(await levels())).toBeGreaterThan(0);
    expect(aaa(await levels())).toBe((await storedLevels()).filter((row) => row.level === 'AAA').reduce((sum, row) => sum + row.n, 0));

    // The points leave WL-9001 with the resident: it falls to unrated, WL-9002 rises to AAA.
    await send('post', `/residents/${mover}/moves`, { communityCode: 'wuling', householdNumber: 'WL-9002' }).expect(201);
    expect(await tallyDisagreements(db())).toEqual({});
    await send('put', '/rating-thresholds', { A: 30, AA: 60, AAA: 90 }).expect(200);
    expect(await tallyDisagreements(db())).toEqual({});
  });
});
