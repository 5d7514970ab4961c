import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored answers may hold personal data (a created resident's name and ID number), so they are kept
 * encrypted in `sealed_response`. Answers stored in clear before this are dropped rather than kept:
 * a key they held is free again, as after its retention period.
 */
export class IdempotencySealedAnswers1764460800000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM idempotency_keys`);
    await runner.query(`ALTER TABLE idempotency_keys DROP COLUMN response`);
    await runner.query(`ALTER TABLE idempotency_keys ADD COLUMN sealed_response text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM idempotency_keys`);
    await runner.query(`ALTER TABLE idempotency_keys DROP COLUMN sealed_response`);
    await runner.query(`ALTER TABLE idempotency_keys ADD COLUMN response jsonb`);
  }
}
