import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The day an entity was taken under management (纳入管理), so counts can be given as of any date, and a
 * survey campaign's list of parks (a sweep may cover several; it had one `park`).
 */
export class StatisticsDates1764950000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE surveyed_entities ADD COLUMN managed_on date`);
    // Entities taken under management before the column existed count from the day they were registered.
    await runner.query(
      `UPDATE surveyed_entities SET managed_on = (created_at AT TIME ZONE 'Asia/Shanghai')::date WHERE management_status = 'under-management'`,
    );
    await runner.query(
      `ALTER TABLE surveyed_entities ADD CONSTRAINT surveyed_entities_managed_on_check CHECK ((management_status = 'under-management') = (managed_on IS NOT NULL))`,
    );
    await runner.query(`CREATE INDEX surveyed_entities_park_idx ON surveyed_entities (park)`);

    await runner.query(`ALTER TABLE survey_campaigns ADD COLUMN parks text[] NOT NULL DEFAULT '{}'`);
    await runner.query(`UPDATE survey_campaigns SET parks = ARRAY[park] WHERE park IS NOT NULL`);
    await runner.query(`ALTER TABLE survey_campaigns ALTER COLUMN parks DROP DEFAULT`);
    await runner.query(`ALTER TABLE survey_campaigns DROP COLUMN park`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE survey_campaigns ADD COLUMN park text`);
    await runner.query(`UPDATE survey_campaigns SET park = parks[1]`);
    await runner.query(`ALTER TABLE survey_campaigns DROP COLUMN parks`);
    await runner.query(`DROP INDEX surveyed_entities_park_idx`);
    await runner.query(`ALTER TABLE surveyed_entities DROP COLUMN managed_on`);
  }
}
