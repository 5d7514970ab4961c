import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropAppendOnly, makeAppendOnly } from '../database/append-only.js';

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
    await makeAppendOnly(runner, 'personal_data_access');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropAppendOnly(runner, 'personal_data_access');
  }
}
