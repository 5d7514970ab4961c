import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Party organisations, the entities they cover, mass organisations, and volunteer activities. */
export class Organisations1764288500000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY,
        name text NOT NULL CONSTRAINT organisations_name_key UNIQUE,
        type text NOT NULL CHECK (type IN ('committee', 'general-branch', 'branch', 'joint-branch')),
        functional boolean NOT NULL,
        formation_mode text NOT NULL CHECK (formation_mode IN ('standalone', 'joint', 'platform')),
        parent_id uuid REFERENCES organisations (id),
        secretary_user_id text,
        secretary_name_encrypted text,
        member_count integer CHECK (member_count >= 0),
        established_on date,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX organisations_secretary_idx ON organisations (secretary_user_id)`);
    // An entity belongs to one Party organisation at a time (隶属关系), hence the unique entity_id.
    await runner.query(`
      CREATE TABLE organisation_member_entities (
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        entity_id uuid NOT NULL REFERENCES surveyed_entities (id) CONSTRAINT organisation_member_entities_entity_key UNIQUE,
        joined_at timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, entity_id)
      )`);
    await runner.query(`
      CREATE TABLE mass_organisations (
        id uuid PRIMARY KEY,
        entity_id uuid NOT NULL REFERENCES surveyed_entities (id),
        kind text NOT NULL CHECK (kind IN ('trade-union', 'youth-league', 'womens-federation')),
        name text NOT NULL,
        established_on date NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT mass_organisations_entity_kind_key UNIQUE (entity_id, kind)
      )`);
    await runner.query(`
      CREATE TABLE volunteer_activities (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        title text NOT NULL,
        category text NOT NULL CHECK (category IN ('volunteer-activities', 'public-security', 'public-welfare')),
        held_on date NOT NULL,
        community_code text NOT NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        -- The same activity recorded twice would announce it twice and award points twice.
        CONSTRAINT volunteer_activities_natural_key UNIQUE (organisation_id, held_on, title)
      )`);
    await runner.query(`CREATE INDEX volunteer_activities_org_idx ON volunteer_activities (organisation_id, recorded_at DESC, id DESC)`);
    await runner.query(`
      CREATE TABLE volunteer_participants (
        id uuid PRIMARY KEY,
        activity_id uuid NOT NULL REFERENCES volunteer_activities (id),
        resident_id_encrypted text NOT NULL,
        resident_id_hash char(64) NOT NULL,
        name_encrypted text NOT NULL,
        CONSTRAINT volunteer_participants_activity_resident_key UNIQUE (activity_id, resident_id_hash)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['volunteer_participants', 'volunteer_activities', 'mass_organisations', 'organisation_member_entities', 'organisations']) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
