import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Entities under survey, five-clears surveys, the three-colour ledger and instructors' assignments. */
export class Registry1764288400000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE surveyed_entities (
        id uuid PRIMARY KEY,
        credit_code char(18) NOT NULL CONSTRAINT surveyed_entities_credit_code_key UNIQUE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('enterprise', 'social-organisation')),
        sector text NOT NULL,
        park text,
        management_status text NOT NULL CHECK (management_status IN ('under-management', 'not-under-management')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX surveyed_entities_sector_idx ON surveyed_entities (sector, credit_code)`);

    await runner.query(`
      CREATE TABLE surveys (
        id uuid PRIMARY KEY,
        entity_id uuid NOT NULL REFERENCES surveyed_entities (id),
        surveyed_on date NOT NULL,
        owner_name_encrypted text NOT NULL,
        owner_political_status text NOT NULL CHECK (owner_political_status IN ('party-member', 'non-member')),
        operating_status text NOT NULL CHECK (operating_status IN ('operating', 'suspended', 'ceased')),
        employee_count integer NOT NULL CHECK (employee_count >= 0),
        party_organisation text NOT NULL CHECK (party_organisation IN ('none', 'standalone', 'joint', 'platform')),
        mass_organisations text[] NOT NULL,
        party_member_count integer NOT NULL CHECK (party_member_count >= 0),
        surveyor text NOT NULL,
        notes text,
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX surveys_current_idx ON surveys (entity_id, surveyed_on DESC, recorded_at DESC, id DESC)`);

    await runner.query(`
      CREATE TABLE ledger_settings (
        id smallint PRIMARY KEY CHECK (id = 1),
        min_members_to_form integer NOT NULL CHECK (min_members_to_form >= 1),
        required_mass_organisations text[] NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL
      )`);
    await runner.query(`INSERT INTO ledger_settings VALUES (1, 3, '{trade-union}', now(), 'migration')`);

    await runner.query(`
      CREATE TABLE ledger_entries (
        entity_id uuid PRIMARY KEY REFERENCES surveyed_entities (id),
        derived_colour text NOT NULL CHECK (derived_colour IN ('red', 'yellow', 'green')),
        reason text NOT NULL,
        explanation text NOT NULL,
        override_colour text CHECK (override_colour IN ('red', 'yellow', 'green')),
        override_reason text,
        override_expires_on date,
        updated_at timestamptz NOT NULL,
        CHECK ((override_colour IS NULL) = (override_reason IS NULL) AND (override_colour IS NULL) = (override_expires_on IS NULL))
      )`);
    await runner.query(`
      CREATE TABLE ledger_colour_changes (
        id uuid PRIMARY KEY,
        entity_id uuid NOT NULL REFERENCES surveyed_entities (id),
        source text NOT NULL CHECK (source IN ('rules', 'override', 'override-cleared')),
        from_colour text,
        to_colour text NOT NULL,
        reason text NOT NULL,
        explanation text NOT NULL,
        changed_at timestamptz NOT NULL,
        changed_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX ledger_colour_changes_entity_idx ON ledger_colour_changes (entity_id, changed_at DESC, id DESC)`);

    await runner.query(`
      CREATE TABLE instructors (
        user_id text PRIMARY KEY,
        name_encrypted text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE instructor_assignments (
        instructor_user_id text NOT NULL REFERENCES instructors (user_id),
        entity_id uuid NOT NULL REFERENCES surveyed_entities (id),
        assigned_at timestamptz NOT NULL,
        PRIMARY KEY (instructor_user_id, entity_id)
      )`);
    await runner.query(`CREATE INDEX instructor_assignments_entity_idx ON instructor_assignments (entity_id)`);
    await runner.query(`
      CREATE TABLE instructor_visits (
        id uuid PRIMARY KEY,
        instructor_user_id text NOT NULL REFERENCES instructors (user_id),
        entity_id uuid NOT NULL REFERENCES surveyed_entities (id),
        visited_on date NOT NULL,
        summary text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX instructor_visits_entity_idx ON instructor_visits (entity_id, visited_on DESC, id DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'instructor_visits',
      'instructor_assignments',
      'instructors',
      'ledger_colour_changes',
      'ledger_entries',
      'ledger_settings',
      'surveys',
      'surveyed_entities',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
