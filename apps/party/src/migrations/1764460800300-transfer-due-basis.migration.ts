import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The calendar basis of a transfer stage's due date, so that a calendar change can recount it. */
export class TransferDueBasis1764460800300 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE member_transfers ADD COLUMN due_basis text CHECK (due_basis IN ('official', 'provisional'))`);
    await runner.query(`UPDATE member_transfers SET due_basis = 'official' WHERE due_on IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE member_transfers DROP COLUMN due_basis`);
  }
}
