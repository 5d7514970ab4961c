import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Communities announced by the credit service, the codes party validates against. */
export class KnownCommunities1764860000002 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE known_communities (
        code text PRIMARY KEY,
        name text NOT NULL,
        sub_district_code text NOT NULL,
        last_event_id text NOT NULL,
        received_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE known_communities`);
  }
}
