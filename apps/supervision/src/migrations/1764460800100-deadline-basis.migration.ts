import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each deadline keeps the calendar basis it was counted on and the day it counts from, so a calendar change can recount it. */
export class DeadlineBasis1764460800100 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE complaints
        ADD COLUMN step_due_basis text CHECK (step_due_basis IN ('official', 'provisional')),
        ADD COLUMN step_due_counted_from date`);
    await runner.query(`UPDATE complaints SET step_due_basis = 'official' WHERE step_due_on IS NOT NULL`);
    await runner.query(`ALTER TABLE complaint_steps DROP CONSTRAINT complaint_steps_kind_check`);
    await runner.query(
      `ALTER TABLE complaint_steps ADD CONSTRAINT complaint_steps_kind_check CHECK (kind IN ('status', 'extension', 'routing', 'deadline-revised'))`,
    );
    await runner.query(`
      ALTER TABLE findings
        ADD COLUMN due_basis text NOT NULL DEFAULT 'official' CHECK (due_basis IN ('official', 'provisional')),
        ADD COLUMN due_counted_from date`);
    await runner.query(`ALTER TABLE rectification_steps DROP CONSTRAINT rectification_steps_kind_check`);
    await runner.query(
      `ALTER TABLE rectification_steps ADD CONSTRAINT rectification_steps_kind_check CHECK (kind IN ('status', 'extension', 'deadline-revised'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM rectification_steps WHERE kind = 'deadline-revised'`);
    await runner.query(`ALTER TABLE rectification_steps DROP CONSTRAINT rectification_steps_kind_check`);
    await runner.query(`ALTER TABLE rectification_steps ADD CONSTRAINT rectification_steps_kind_check CHECK (kind IN ('status', 'extension'))`);
    await runner.query(`ALTER TABLE findings DROP COLUMN due_basis, DROP COLUMN due_counted_from`);
    await runner.query(`DELETE FROM complaint_steps WHERE kind = 'deadline-revised'`);
    await runner.query(`ALTER TABLE complaint_steps DROP CONSTRAINT complaint_steps_kind_check`);
    await runner.query(`ALTER TABLE complaint_steps ADD CONSTRAINT complaint_steps_kind_check CHECK (kind IN ('status', 'extension', 'routing'))`);
    await runner.query(`ALTER TABLE complaints DROP COLUMN step_due_basis, DROP COLUMN step_due_counted_from`);
  }
}
