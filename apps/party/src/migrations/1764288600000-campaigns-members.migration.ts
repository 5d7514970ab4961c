import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Survey campaigns, Party members with their transfers, and demands of new-employment groups. */
export class CampaignsMembers1764288600000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE survey_campaigns (
        id uuid PRIMARY KEY,
        name text NOT NULL CONSTRAINT survey_campaigns_name_key UNIQUE,
        sectors text[] NOT NULL,
        park text,
        target_count integer NOT NULL CHECK (target_count >= 1),
        surveyors text[] NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        created_at timestamptz NOT NULL,
        CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);

    await runner.query(`
      CREATE TABLE members (
        id uuid PRIMARY KEY,
        organisation_id uuid REFERENCES organisations (id),
        external_organisation text,
        name_encrypted text NOT NULL,
        id_number_encrypted text NOT NULL,
        id_number_hash char(64) NOT NULL CONSTRAINT members_id_number_hash_key UNIQUE,
        phone_encrypted text,
        status text NOT NULL CHECK (status IN ('normal', 'floating', 'out-of-contact')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (organisation_id IS NOT NULL OR external_organisation IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX members_organisation_idx ON members (organisation_id, created_at DESC, id DESC)`);
    await runner.query(`
      CREATE TABLE member_transfers (
        id uuid PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES members (id),
        from_organisation_id uuid REFERENCES organisations (id),
        from_external text,
        to_organisation_id uuid NOT NULL REFERENCES organisations (id),
        status text NOT NULL CHECK (status IN ('requested', 'approved', 'completed', 'rejected')),
        stage_started_on date NOT NULL,
        due_on date,
        reason text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // One open transfer per member at a time.
    await runner.query(`CREATE UNIQUE INDEX member_transfers_open_key ON member_transfers (member_id) WHERE status IN ('requested', 'approved')`);
    await runner.query(`
      CREATE TABLE member_transfer_steps (
        id uuid PRIMARY KEY,
        transfer_id uuid NOT NULL REFERENCES member_transfers (id),
        action text NOT NULL,
        to_status text NOT NULL,
        acted_on date NOT NULL,
        note text,
        actor text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX member_transfer_steps_transfer_idx ON member_transfer_steps (transfer_id, recorded_at)`);

    await runner.query(`
      CREATE TABLE worker_demands (
        id uuid PRIMARY KEY,
        worker_group text NOT NULL,
        title text NOT NULL,
        details text NOT NULL,
        status text NOT NULL CHECK (status IN ('collected', 'planned', 'closed')),
        plan text,
        outcome text,
        red_station_id uuid REFERENCES red_stations (id),
        collected_on date NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX worker_demands_status_idx ON worker_demands (status, created_at DESC, id DESC)`);
    await runner.query(`
      CREATE TABLE worker_demand_steps (
        id uuid PRIMARY KEY,
        demand_id uuid NOT NULL REFERENCES worker_demands (id),
        action text NOT NULL,
        note text NOT NULL,
        actor text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['worker_demand_steps', 'worker_demands', 'member_transfer_steps', 'member_transfers', 'members', 'survey_campaigns']) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
