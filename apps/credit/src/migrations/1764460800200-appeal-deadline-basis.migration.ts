import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The calendar basis of an appeal's decision deadline, so that a calendar change can recount it. */
export class AppealDeadlineBasis1764460800200 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE appeals ADD COLUMN deadline_basis text NOT NULL DEFAULT 'official' CHECK (deadline_basis IN ('official', 'provisional'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE appeals DROP COLUMN deadline_basis`);
  }
}
