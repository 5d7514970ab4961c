import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RedStations1764288300000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE red_stations (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        address text NOT NULL,
        latitude numeric(9, 6) NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude numeric(9, 6) NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        opening_hours text NOT NULL,
        amenities text[] NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX red_stations_created_idx ON red_stations (created_at DESC, id DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE red_stations`);
  }
}
