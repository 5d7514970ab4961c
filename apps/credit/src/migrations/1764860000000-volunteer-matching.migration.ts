import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a participation needs to be awarded later: the participant's ID-number look-up hash (the only reliable
 * key; masked names collide), the activity's category and organisation. Rows recorded before this carry none
 * and can only be applied by staff.
 */
export class VolunteerMatching1764860000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE volunteer_participations ADD COLUMN resident_id_hash text, ADD COLUMN category text, ADD COLUMN organisation_name text`);
    await runner.query(`CREATE INDEX volunteer_participations_unmatched_idx ON volunteer_participations (resident_id_hash) WHERE outcome = 'unmatched'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX volunteer_participations_unmatched_idx`);
    await runner.query(`ALTER TABLE volunteer_participations DROP COLUMN resident_id_hash, DROP COLUMN category, DROP COLUMN organisation_name`);
  }
}
