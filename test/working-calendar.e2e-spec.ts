import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { ServiceName } from '#contracts';
import { clock } from '#platform/clock';
import { WorkingCalendarService } from '#working-calendar';
import { dropTestDatabases, eventually, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const SERVICES: ServiceName[] = ['credit', 'supervision', 'land', 'party'];
const PROBLEM_JSON = /application\/problem\+json/;
const newYear = { zh: '元旦', en: "New Year's Day" };

/**
 * Not the official 2027 arrangement (its notice is not out yet): just enough to tell it from the provisional 2027,
 * where Saturday 2 January is off.
 */
const TEST_YEAR_2027 = {
  year: 2027,
  source: 'Test fixture of the working-calendar e2e test, not the official 2027 arrangement',
  holidays: [{ date: '2027-01-01', festival: newYear }],
  makeUpWorkdays: [{ date: '2027-01-02', festival: newYear }],
};

const calendarPath = (service: ServiceName, rest: string) => `/api/v1/${service}/working-calendar/${rest}`;

describe('working calendar', () => {
  let platform: TestPlatform;
  let admin: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process' });
    admin = await platform.identity.token(['zone-admin']);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  /** Takes a year an administrator set out of every service again, so the other tests count on the shipped calendar. */
  async function forgetYear(year: number): Promise<void> {
    for (const service of SERVICES) {
      await queryDatabase(platform.databaseUrls[service]!, `DELETE FROM working_calendar_years WHERE year = $1`, [year]);
      await platform.services[service]!.get(WorkingCalendarService).refresh();
    }
  }

  it('ships the official arrangements of 2020 to 2026 to every service', async () => {
    for (const service of SERVICES) {
      const listed = await request(platform.gatewayUrl).get(calendarPath(service, 'years')).expect(200);
      expect(listed.body.items.map((item: { year: number }) => item.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
      expect(listed.body.items.at(-1)).toMatchObject({ year: 2026, holidayCount: 33, makeUpWorkdayCount: 6 });
      const year = await request(platform.gatewayUrl).get(calendarPath(service, 'years/2026')).expect(200);
      expect(year.body).toMatchObject({ year: 2026, basis: 'official' });
      expect(year.body.makeUpWorkdays.map((day: { date: string }) => day.date)).toEqual([
        '2026-01-04',
        '2026-02-14',
        '2026-02-28',
        '2026-05-09',
        '2026-09-20',
        '2026-10-10',
      ]);
    }
    // Friday 28 January 2022 was followed by a make-up Saturday before the Spring Festival.
    const madeUp = await request(platform.gatewayUrl).get(calendarPath('credit', 'working-days?from=2022-01-28&days=1')).expect(200);
    expect(madeUp.body).toEqual({ from: '2022-01-28', days: 1, dueOn: '2022-01-29', basis: 'official' });
  });

  it('counts working days across the Mid-Autumn and National Day breaks, anonymously', async () => {
    const due = await request(platform.gatewayUrl).get(calendarPath('land', 'working-days?from=2026-09-30&days=1')).expect(200);
    expect(due.body).toEqual({ from: '2026-09-30', days: 1, dueOn: '2026-10-08', basis: 'official' });
    // 28, 29 and 30 September, then nothing until 8 October.
    const longer = await request(platform.gatewayUrl).get(calendarPath('party', 'working-days?from=2026-09-24&days=5')).expect(200);
    expect(longer.body.dueOn).toBe('2026-10-09');
    // 8 and 9 October, and Saturday 10 October, a make-up working day.
    const between = await request(platform.gatewayUrl).get(calendarPath('credit', 'working-days/between?from=2026-09-30&to=2026-10-10')).expect(200);
    expect(between.body).toEqual({ from: '2026-09-30', to: '2026-10-10', workingDays: 3, basis: 'official' });
  });

  it('counts a year without its notice on the provisional year computed from the statutory rule, and says so', async () => {
    for (const service of SERVICES) {
      // 29 to 31 December, then (1 January off) 4–8, 11–15, 18 and 19 January 2027.
      const due = await request(platform.gatewayUrl).get(calendarPath(service, 'working-days?from=2026-12-28&days=15')).expect(200);
      expect(due.body).toEqual({ from: '2026-12-28', days: 15, dueOn: '2027-01-19', basis: 'provisional' });
    }
    const between = await request(platform.gatewayUrl).get(calendarPath('land', 'working-days/between?from=2027-02-04&to=2027-02-09')).expect(200);
    expect(between.body).toEqual({ from: '2027-02-04', to: '2027-02-09', workingDays: 1, basis: 'provisional' });
    const year = await request(platform.gatewayUrl).get(calendarPath('party', 'years/2027')).expect(200);
    expect(year.body).toMatchObject({ year: 2027, basis: 'provisional', makeUpWorkdays: [] });
    expect(year.body.holidays.map((day: { date: string }) => day.date)).toContain('2027-02-05');
  });

  it('answers a computation reaching a year it can neither find nor compute with 422 naming the year, and bad dates with 400', async () => {
    const missing = await request(platform.gatewayUrl).get(calendarPath('supervision', 'working-days?from=2100-12-31&days=1')).expect(422);
    expect(missing.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(missing.body).toMatchObject({ type: 'urn:zone-gov:problem:calendar-year-missing', year: 2101 });
    expect(missing.body.detail).toContain('2101');
    const notFound = await request(platform.gatewayUrl).get(calendarPath('supervision', 'years/2101')).expect(404);
    expect(notFound.body.type).toBe('urn:zone-gov:problem:calendar-year-not-found');
    const badDate = await request(platform.gatewayUrl).get(calendarPath('land', 'working-days?from=2026-02-30&days=1')).expect(400);
    expect(badDate.body.errors).toEqual([expect.objectContaining({ field: 'from' })]);
  });

  it('lets a zone administrator set a year in one service; the others follow through the event and recount their deadlines', async () => {
    // A complaint filed on Wednesday 30 December 2026 is due for acceptance 3 working days later, on the provisional 2027.
    clock.freezeAt('2026-12-30T10:00:00+08:00');
    let filed: request.Response;
    try {
      filed = await request(platform.gatewayUrl)
        .post('/api/v1/supervision/complaints')
        .send({ category: 'other', content: '跨年投诉，期限待定', anonymous: true })
        .expect(201);
    } finally {
      clock.reset();
    }
    expect(filed.body).toMatchObject({ acceptDueOn: '2027-01-05', acceptDueBasis: 'provisional' });

    try {
      const set = await request(platform.gatewayUrl)
        .put(calendarPath('land', 'years/2027'))
        .set('authorization', `Bearer ${admin}`)
        .send(TEST_YEAR_2027)
        .expect(200);
      expect(set.body).toEqual({ ...TEST_YEAR_2027, basis: 'official' });
      const audit = await queryDatabase(
        platform.databaseUrls.land!,
        `SELECT actor_id, action, details FROM audit_log WHERE target_type = 'calendar-year' AND target_id = '2027'`,
      );
      expect(audit).toEqual([{ actor_id: 'test-zone-admin', action: 'working-calendar.set-year', details: { holidays: 1, makeUpWorkdays: 1 } }]);
      // The writing service computes with the new year at once.
      const here = await request(platform.gatewayUrl).get(calendarPath('land', 'working-days?from=2026-12-31&days=1')).expect(200);
      expect(here.body).toMatchObject({ dueOn: '2027-01-02', basis: 'official' });

      for (const service of SERVICES.filter((name) => name !== 'land')) {
        const due = await eventually(
          async () => {
            const response = await request(platform.gatewayUrl).get(calendarPath(service, 'working-days?from=2026-12-31&days=1'));
            return response.body.basis === 'official' ? response.body.dueOn : undefined;
          },
          5_000,
          `2027 in ${service}'s calendar`,
        );
        expect(due).toBe('2027-01-02');
        const year = await request(platform.gatewayUrl).get(calendarPath(service, 'years/2027')).expect(200);
        expect(year.body).toEqual({ ...TEST_YEAR_2027, basis: 'official' });
      }

      // The supervision service recounted the complaint on the official year: 31 December, Saturday 2 and Monday 4 January.
      const tracked = await request(platform.gatewayUrl).get(filed.body.trackingPath).expect(200);
      expect(tracked.body).toMatchObject({ stepDueOn: '2027-01-04', stepDueBasis: 'official' });
      expect(tracked.body.steps.at(-1)).toMatchObject({ kind: 'deadline-revised', note: expect.stringMatching(/^2027-01-05 → 2027-01-04: /) });
      const supervisor = await platform.identity.token(['discipline-supervisor']);
      const moved = await request(platform.gatewayUrl)
        .get(calendarPath('supervision', 'deadline-changes?year=2027'))
        .set('authorization', `Bearer ${supervisor}`)
        .expect(200);
      expect(moved.body.items).toEqual([
        expect.objectContaining({ resourceType: 'complaint', oldDueOn: '2027-01-05', newDueOn: '2027-01-04', oldBasis: 'provisional', newBasis: 'official' }),
      ]);

      // Every copy holds the same version, and the land service's own event changed nothing there.
      const versionIn = async (service: ServiceName) =>
        queryDatabase<{ updated_at: Date; updated_by: string; event_id: string }>(
          platform.databaseUrls[service]!,
          `SELECT updated_at, updated_by, event_id FROM working_calendar_years WHERE year = 2027`,
        );
      const [landVersion] = await versionIn('land');
      expect(landVersion).toMatchObject({ updated_by: 'test-zone-admin', event_id: expect.any(String) });
      for (const service of SERVICES) expect(await versionIn(service)).toEqual([landVersion]);
      await eventually(
        async () =>
          (
            await queryDatabase(platform.databaseUrls.land!, `SELECT 1 FROM inbox WHERE consumer = 'land.working-calendar' AND event_id = $1`, [
              landVersion!.event_id,
            ])
          ).length || undefined,
        5_000,
        'the land service to consume its own event',
      );
      const applied = await queryDatabase(platform.databaseUrls.land!, `SELECT 1 FROM audit_log WHERE action = 'working-calendar.apply-year'`);
      expect(applied).toHaveLength(0);
      const appliedInCredit = await queryDatabase(
        platform.databaseUrls.credit!,
        `SELECT actor_id FROM audit_log WHERE action = 'working-calendar.apply-year' AND target_id = '2027'`,
      );
      expect(appliedInCredit).toEqual([{ actor_id: 'system' }]);
    } finally {
      await forgetYear(2027);
    }
  });

  it('refuses anyone but a zone administrator', async () => {
    await request(platform.gatewayUrl).put(calendarPath('credit', 'years/2027')).send(TEST_YEAR_2027).expect(401);
    const landStaff = await platform.identity.token(['land-staff']);
    const refused = await request(platform.gatewayUrl)
      .put(calendarPath('credit', 'years/2027'))
      .set('authorization', `Bearer ${landStaff}`)
      .send(TEST_YEAR_2027)
      .expect(403);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
  });

  it('rejects a year the calendar cannot use with field errors, writing nothing', async () => {
    // 5 January 2028 is a Wednesday: make-up working days replace weekend days only.
    const invalid = {
      year: 2028,
      holidays: [{ date: '2028-01-01', festival: newYear }],
      makeUpWorkdays: [{ date: '2028-01-05', festival: newYear }],
    };
    const response = await request(platform.gatewayUrl)
      .put(calendarPath('party', 'years/2028'))
      .set('authorization', `Bearer ${admin}`)
      .send(invalid)
      .expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toMatchObject({ type: 'urn:zone-gov:problem:invalid-calendar-year', status: 400 });
    expect(response.body.errors).toEqual([{ field: 'makeUpWorkdays.0.date', message: expect.stringContaining('weekday') }]);

    const mismatch = await request(platform.gatewayUrl)
      .put(calendarPath('party', 'years/2028'))
      .set('authorization', `Bearer ${admin}`)
      .send({ ...invalid, year: 2029 })
      .expect(400);
    expect(mismatch.body.errors).toEqual([expect.objectContaining({ field: 'year' })]);
    const malformed = await request(platform.gatewayUrl)
      .put(calendarPath('party', 'years/2028'))
      .set('authorization', `Bearer ${admin}`)
      .send({ holidays: [{ date: '2028-02-30', festival: { zh: '春节' } }], makeUpWorkdays: [], extra: true })
      .expect(400);
    expect(malformed.body.type).toBe('urn:zone-gov:problem:validation-failed');
    expect(malformed.body.errors.map((error: { field: string }) => error.field)).toEqual(
      expect.arrayContaining(['holidays.0.date', 'holidays.0.festival.en', 'extra']),
    );

    const party = platform.databaseUrls.party!;
    expect(await queryDatabase(party, `SELECT 1 FROM working_calendar_years WHERE year = 2028`)).toHaveLength(0);
    expect(await queryDatabase(party, `SELECT 1 FROM audit_log WHERE target_type = 'calendar-year' AND target_id = '2028'`)).toHaveLength(0);
    expect(await queryDatabase(party, `SELECT 1 FROM outbox WHERE record_key = '2028'`)).toHaveLength(0);
  });
});
