import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Disclosures per unit, item and period; every published version kept; recipients' personal data encrypted. */
export class Disclosures1764288200003 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE disclosures (
        id uuid PRIMARY KEY,
        unit_code text NOT NULL REFERENCES supervision_units (code),
        item_id uuid NOT NULL REFERENCES supervision_items (id),
        period text NOT NULL,
        periodic boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'submitted', 'published')),
        current_version int NOT NULL,
        title text NOT NULL,
        source_ref text,
        first_published_at timestamptz,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // A periodic item is disclosed once per unit and period; per-event items as often as the power is exercised.
    await runner.query(`CREATE UNIQUE INDEX disclosures_period_key ON disclosures (unit_code, item_id, period) WHERE periodic`);
    // What makes an event-driven disclosure exist once, whatever the delivery does.
    await runner.query(`CREATE UNIQUE INDEX disclosures_source_ref_key ON disclosures (source_ref) WHERE source_ref IS NOT NULL`);
    await runner.query(`CREATE INDEX disclosures_list_idx ON disclosures (created_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX disclosures_unit_item_idx ON disclosures (unit_code, item_id, status)`);
    await runner.query(`
      CREATE TABLE disclosure_versions (
        disclosure_id uuid NOT NULL REFERENCES disclosures (id),
        version int NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        lines jsonb NOT NULL,
        totals jsonb NOT NULL,
        attachments jsonb NOT NULL,
        correction_reason text,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        published_at timestamptz,
        PRIMARY KEY (disclosure_id, version)
      )`);
    await runner.query(`
      CREATE TABLE disclosure_recipients (
        disclosure_id uuid NOT NULL,
        version int NOT NULL,
        position int NOT NULL,
        name_encrypted text NOT NULL,
        name_hash text NOT NULL,
        id_number_encrypted text,
        id_number_hash text,
        amount numeric(14, 2),
        note text,
        PRIMARY KEY (disclosure_id, version, position),
        FOREIGN KEY (disclosure_id, version) REFERENCES disclosure_versions (disclosure_id, version) ON DELETE CASCADE
      )`);
    await runner.query(`CREATE INDEX disclosure_recipients_id_hash_idx ON disclosure_recipients (id_number_hash) WHERE id_number_hash IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE disclosure_recipients`);
    await runner.query(`DROP TABLE disclosure_versions`);
    await runner.query(`DROP TABLE disclosures`);
  }
}
