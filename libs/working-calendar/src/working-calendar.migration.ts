import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each service's own copy of the working-day calendar, one row per year, kept in step by zone.platform.working-calendar-year-set.v1. */
export class WorkingCalendarYears1764201600002 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE working_calendar_years (
        year int PRIMARY KEY CHECK (year BETWEEN 1000 AND 9999),
        data jsonb NOT NULL CHECK ((data->>'year')::int = year),
        source text,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        event_id uuid
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE working_calendar_years`);
  }
}
