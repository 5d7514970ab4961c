import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who saw which unmasked personal fields of which records, when and why: one row per answer and kind of
 * record (a list of 100 residents is one row naming 100 ids), append-only by trigger like audit_log,
 * indexed for "who looked at resident X", "what did Y look at" and a unit supervisor's view.
 */
export class PersonalDataAccess1764820000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE personal_data_access (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_id text NOT NULL,
        actor_name text,
        actor_kind text NOT NULL,
        actor_roles text[] NOT NULL,
        actor_units text[] NOT NULL,
        request_id text NOT NULL,
        route text NOT NULL,
        operation_id text,
        record_type text NOT NULL,
        record_ids text[] NOT NULL,
        record_units text[] NOT NULL,
        subject_resident_ids uuid[] NOT NULL,
        fields text[] NOT NULL
      )`);
    await runner.query(`CREATE INDEX personal_data_access_time_idx ON personal_data_access (occurred_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX personal_data_access_record_idx ON personal_data_access USING gin (record_ids)`);
    await runner.query(`CREATE INDEX personal_data_access_subject_idx ON personal_data_access USING gin (subject_resident_ids)`);
    await runner.query(`CREATE INDEX personal_data_access_actor_idx ON personal_data_access (actor_id, occurred_at DESC)`);
    await runner.query(`CREATE INDEX personal_data_access_units_idx ON personal_data_access USING gin (record_units)`);
    await runner.query(`
      CREATE FUNCTION personal_data_access_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'personal_data_access is append-only';
      END $$`);
    await runner.query(`
      CREATE TRIGGER personal_data_access_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON personal_data_access
      FOR EACH STATEMENT EXECUTE FUNCTION personal_data_access_is_append_only()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE personal_data_access`);
    await runner.query(`DROP FUNCTION personal_data_access_is_append_only()`);
  }
}
