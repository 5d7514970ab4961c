import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Indicators1764288100000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE indicators (
        id uuid PRIMARY KEY,
        code text NOT NULL CONSTRAINT indicators_code_key UNIQUE,
        category text NOT NULL,
        name text NOT NULL,
        points integer NOT NULL CHECK (points <> 0),
        limit_per_period integer CHECK (limit_per_period > 0),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE indicators`);
  }
}
