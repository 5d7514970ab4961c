import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Local read model of the land service's projects, fed by zone.land.project-registered.v1. */
export class LandProjects1764288200001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE land_projects (
        project_id uuid PRIMARY KEY,
        name text NOT NULL,
        category text NOT NULL,
        requested_area_mu numeric(14, 4) NOT NULL,
        registered_at timestamptz NOT NULL,
        last_event_id text NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX land_projects_registered_idx ON land_projects (registered_at DESC, project_id DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE land_projects`);
  }
}
