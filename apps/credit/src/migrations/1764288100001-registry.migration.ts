import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Registry1764288100001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE indicators ADD COLUMN retired_at timestamptz`);
    await runner.query(`
      CREATE TABLE communities (
        code text PRIMARY KEY,
        name text NOT NULL,
        sub_district_code text NOT NULL,
        sub_district_name text NOT NULL,
        reported_redeeming_residents integer CHECK (reported_redeeming_residents >= 0),
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE households (
        id uuid PRIMARY KEY,
        community_code text NOT NULL REFERENCES communities (code),
        household_number text NOT NULL,
        card_number text NOT NULL CONSTRAINT households_card_number_key UNIQUE,
        score integer NOT NULL DEFAULT 0,
        level text,
        level_changed_at timestamptz,
        created_at timestamptz NOT NULL,
        CONSTRAINT households_number_key UNIQUE (community_code, household_number)
      )`);
    // Balances live on the resident row, which every ledger write locks (SELECT … FOR UPDATE).
    await runner.query(`
      CREATE TABLE residents (
        id uuid PRIMARY KEY,
        household_id uuid NOT NULL REFERENCES households (id),
        community_code text NOT NULL REFERENCES communities (code),
        name_encrypted text NOT NULL,
        id_number_encrypted text NOT NULL,
        id_number_hash text NOT NULL CONSTRAINT residents_id_number_hash_key UNIQUE,
        phone_encrypted text,
        phone_hash text,
        account_id text CONSTRAINT residents_account_id_key UNIQUE,
        earned integer NOT NULL DEFAULT 0 CHECK (earned >= 0),
        deducted integer NOT NULL DEFAULT 0 CHECK (deducted >= 0),
        redeemed integer NOT NULL DEFAULT 0 CHECK (redeemed >= 0),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX residents_household_idx ON residents (household_id)`);
    await runner.query(`CREATE INDEX residents_community_idx ON residents (community_code, created_at, id)`);
    await runner.query(`CREATE INDEX residents_phone_hash_idx ON residents (phone_hash)`);
    await runner.query(`
      CREATE TABLE resident_moves (
        id uuid PRIMARY KEY,
        resident_id uuid NOT NULL REFERENCES residents (id),
        from_household_id uuid NOT NULL REFERENCES households (id),
        to_household_id uuid NOT NULL REFERENCES households (id),
        moved_at timestamptz NOT NULL,
        actor_id text NOT NULL
      )`);
    await runner.query(`CREATE INDEX resident_moves_resident_idx ON resident_moves (resident_id, moved_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE resident_moves`);
    await runner.query(`DROP TABLE residents`);
    await runner.query(`DROP TABLE households`);
    await runner.query(`DROP TABLE communities`);
    await runner.query(`ALTER TABLE indicators DROP COLUMN retired_at`);
  }
}
