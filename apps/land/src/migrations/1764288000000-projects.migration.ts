import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Projects1764288000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE projects (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        category text NOT NULL,
        requested_area_mu numeric(14, 4) NOT NULL CHECK (requested_area_mu > 0),
        purpose text,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX projects_created_idx ON projects (created_at DESC, id DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE projects`);
  }
}
