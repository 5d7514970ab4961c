import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

/**
 * The approval statistics counted the plain way, one statement per section: every approved batch of the period
 * joined to its parcels, grouped, and for the projects sorted whole. The service's statement sums before it names and
 * sorts; both must give the same answer.
 */
const APPROVED = `SELECT b.id, b.decided_on FROM batches b WHERE b.status = 'approved' AND b.decided_on <= $2::date AND ($1::date IS NULL OR b.decided_on >= $1::date)`;
const RECOUNT = {
  totals: `SELECT count(DISTINCT a.id)::int AS batches, COALESCE(SUM(p.area_mu), 0)::numeric(16, 4)::text AS area
             FROM (${APPROVED}) a LEFT JOIN batch_parcels p ON p.batch_id = a.id`,
  years: `SELECT extract(year FROM a.decided_on)::int AS year, count(DISTINCT a.id)::int AS batches, COALESCE(SUM(p.area_mu), 0)::numeric(16, 4)::text AS "areaMu"
            FROM (${APPROVED}) a LEFT JOIN batch_parcels p ON p.batch_id = a.id GROUP BY 1 ORDER BY 1`,
  projects: `SELECT p.project_id AS "projectId", pr.name AS "projectName", count(DISTINCT a.id)::int AS batches, SUM(p.area_mu)::numeric(16, 4)::text AS "areaMu"
               FROM (${APPROVED}) a JOIN batch_parcels p ON p.batch_id = a.id JOIN projects pr ON pr.id = p.project_id
              GROUP BY p.project_id, pr.name ORDER BY SUM(p.area_mu) DESC, pr.name`,
};

/**
 * 130 projects and three years of approved batches, written as the bench writes them: batches with one to three
 * parcels (some twice on one project), one approved batch without parcels and one batch still in preparation. The
 * areas take few values, so projects tie on area across the end of the 100 listed.
 */
const SEED = [
  `INSERT INTO projects (id, name, category, requested_area_mu, created_at, created_by)
   SELECT ('7a5e0000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, '核对项目' || lpad(g::text, 3, '0'), 'ordinary', 100, now(), 'statistics-test'
     FROM generate_series(1, 130) g`,
  `INSERT INTO batches (id, name, origin, status, opened_on, approving_authority, document_number, decided_on, created_at, created_by, updated_at)
   SELECT ('7a5e0001-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, '核对批次' || g, 'recorded', 'approved', DATE '2019-01-01' + g * 7,
          '安徽省人民政府', '皖政地〔核对〕' || g || '号', DATE '2019-01-01' + g * 7, now(), 'statistics-test', now()
     FROM generate_series(1, 151) g`,
  `INSERT INTO batches (id, name, origin, status, opened_on, created_at, created_by, updated_at)
   VALUES ('7a5e0001-0000-4000-8000-999999999999', '核对批次（准备中）', 'tracked', 'preparing', DATE '2021-01-04', now(), 'statistics-test', now())`,
  `INSERT INTO batch_parcels (id, batch_id, project_id, parcel_code, area_mu, created_at)
   SELECT gen_random_uuid(), ('7a5e0001-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
          ('7a5e0000-0000-4000-8000-' || lpad((1 + (g * s) % 130)::text, 12, '0'))::uuid, 'HZ-' || g || '-' || s, ((g % 2 + 1) || '.1250')::numeric, now()
     FROM generate_series(1, 150) g CROSS JOIN generate_series(1, 3) s
    WHERE s = 1 OR (s = 2 AND g % 5 = 0) OR (s = 3 AND g % 3 = 0)`,
  `INSERT INTO batch_parcels (id, batch_id, project_id, parcel_code, area_mu, created_at)
   SELECT gen_random_uuid(), ('7a5e0001-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
          ('7a5e0000-0000-4000-8000-' || lpad((1 + g % 130)::text, 12, '0'))::uuid, 'HZ-' || g || '-again', 0.5, now()
     FROM generate_series(1, 150, 11) g`,
  `INSERT INTO batch_parcels (id, batch_id, project_id, parcel_code, area_mu, created_at)
   VALUES (gen_random_uuid(), '7a5e0001-0000-4000-8000-999999999999', '7a5e0000-0000-4000-8000-000000000001', 'HZ-preparing', 900, now())`,
];

describe('land: approval statistics per year and per project', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['land'] });
    for (const statement of SEED) await queryDatabase(platform.databaseUrls.land!, statement);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it.each(['', 'asOf=2020-06-30', 'from=2020-01-01&to=2020-12-31', 'sinceYear=2021', 'from=2030-01-01&to=2030-12-31'])(
    'answer as the records counted the plain way (%s)',
    async (query) => {
      const answer = (await request(platform.gatewayUrl).get(`/api/v1/land/statistics/approvals?${query}`).expect(200)).body;
      const params = [answer.period.from, answer.period.to];
      const recount = async <T extends object>(sql: string) => queryDatabase<T & Record<string, unknown>>(platform.databaseUrls.land!, sql, params);
      const [totals] = await recount<{ batches: number; area: string }>(RECOUNT.totals);
      const projects = await recount<{ areaMu: string }>(RECOUNT.projects);
      expect(answer).toMatchObject({
        batches: totals!.batches,
        totalAreaMu: totals!.area,
        byYear: await recount(RECOUNT.years),
        projectCount: projects.length,
        byProject: projects.slice(0, 100),
      });
      if (query === '') {
        // The default answer lists 100 of the 130 projects, and the last listed ties on area with the first left out.
        expect(answer.byYear.map((row: { year: number }) => row.year)).toEqual([2019, 2020, 2021]);
        expect(projects.length).toBeGreaterThan(100);
        expect(projects[99]!.areaMu).toBe(projects[100]!.areaMu);
      }
    },
  );
});
