import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Merchants1764288100005 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE merchants (
        id uuid PRIMARY KEY,
        code text NOT NULL CONSTRAINT merchants_code_key UNIQUE,
        unit_code text NOT NULL,
        sub_district_code text NOT NULL,
        name text NOT NULL,
        sector text NOT NULL,
        signed_on date NOT NULL,
        account_id text CONSTRAINT merchants_account_id_key UNIQUE,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE benefits (
        id uuid PRIMARY KEY,
        code text NOT NULL CONSTRAINT benefits_code_key UNIQUE,
        merchant_id uuid NOT NULL REFERENCES merchants (id),
        title text NOT NULL,
        description text NOT NULL,
        minimum_level text NOT NULL CHECK (minimum_level IN ('A', 'AA', 'AAA')),
        reported_uses integer CHECK (reported_uses >= 0),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX benefits_merchant_idx ON benefits (merchant_id)`);
    await runner.query(`
      CREATE TABLE benefit_uses (
        id uuid PRIMARY KEY,
        position bigint GENERATED ALWAYS AS IDENTITY,
        benefit_id uuid NOT NULL REFERENCES benefits (id),
        merchant_id uuid NOT NULL REFERENCES merchants (id),
        household_id uuid NOT NULL REFERENCES households (id),
        community_code text NOT NULL,
        level_at_use text NOT NULL,
        actor_id text NOT NULL,
        used_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX benefit_uses_benefit_idx ON benefit_uses (benefit_id, position)`);
    await runner.query(`CREATE INDEX benefit_uses_merchant_idx ON benefit_uses (merchant_id, position)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE benefit_uses`);
    await runner.query(`DROP TABLE benefits`);
    await runner.query(`DROP TABLE merchants`);
  }
}
