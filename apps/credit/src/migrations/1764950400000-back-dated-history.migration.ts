import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Redemptions and benefit uses carry their business date (Asia/Shanghai) and whether they were entered after
 * the fact, so history from before the platform is stored as records and counted by the day it happened.
 * The typed-in "reported" totals go: statistics count records only. Existing rows keep the day they were made.
 */
export class BackDatedHistory1764950400000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE redemption_orders ADD COLUMN occurred_on date, ADD COLUMN recorded_late boolean NOT NULL DEFAULT false`);
    await runner.query(`UPDATE redemption_orders SET occurred_on = (created_at AT TIME ZONE 'Asia/Shanghai')::date`);
    await runner.query(`ALTER TABLE redemption_orders ALTER COLUMN occurred_on SET NOT NULL`);
    await runner.query(`CREATE INDEX redemption_orders_community_day_idx ON redemption_orders (community_code, occurred_on)`);
    await runner.query(
      `ALTER TABLE benefit_uses ADD COLUMN used_on date, ADD COLUMN recorded_late boolean NOT NULL DEFAULT false, ALTER COLUMN level_at_use DROP NOT NULL`,
    );
    await runner.query(`UPDATE benefit_uses SET used_on = (used_at AT TIME ZONE 'Asia/Shanghai')::date`);
    await runner.query(`ALTER TABLE benefit_uses ALTER COLUMN used_on SET NOT NULL`);
    await runner.query(`CREATE INDEX benefit_uses_benefit_day_idx ON benefit_uses (benefit_id, used_on)`);
    await runner.query(`ALTER TABLE communities DROP COLUMN reported_redeeming_residents`);
    await runner.query(`ALTER TABLE benefits DROP COLUMN reported_uses`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE benefits ADD COLUMN reported_uses integer`);
    await runner.query(`ALTER TABLE communities ADD COLUMN reported_redeeming_residents integer`);
    await runner.query(`DROP INDEX benefit_uses_benefit_day_idx`);
    await runner.query(`DELETE FROM benefit_uses WHERE level_at_use IS NULL`);
    await runner.query(`ALTER TABLE benefit_uses DROP COLUMN used_on, DROP COLUMN recorded_late, ALTER COLUMN level_at_use SET NOT NULL`);
    await runner.query(`DROP INDEX redemption_orders_community_day_idx`);
    await runner.query(`ALTER TABLE redemption_orders DROP COLUMN occurred_on, DROP COLUMN recorded_late`);
  }
}
