import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupervisionItems1764288200000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE supervision_items (
        id uuid PRIMARY KEY,
        code text NOT NULL CONSTRAINT supervision_items_code_key UNIQUE,
        name text NOT NULL,
        responsible_body text NOT NULL,
        supervising_body text NOT NULL,
        process text NOT NULL,
        policy_basis text NOT NULL,
        origin text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE supervision_items`);
  }
}
