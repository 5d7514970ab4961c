import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Participating units with their public QR codes; item disclosure rules, retirement and change history. */
export class UnitsAndItemRules1764288200002 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE supervision_units (
        code text PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('village', 'community', 'zone')),
        township text,
        demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`
      ALTER TABLE supervision_items
        ADD COLUMN category text NOT NULL DEFAULT 'other',
        ADD COLUMN disclosure_frequency text NOT NULL DEFAULT 'quarterly',
        ADD COLUMN due_working_days int NOT NULL DEFAULT 10 CHECK (due_working_days BETWEEN 0 AND 60),
        ADD COLUMN publication_rule text NOT NULL DEFAULT 'review' CHECK (publication_rule IN ('review', 'direct')),
        ADD COLUMN source_event text,
        ADD COLUMN placeholder boolean NOT NULL DEFAULT false,
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN retired_at timestamptz,
        ADD COLUMN retired_reason text`);
    // One active item per source event, so an incoming event always has exactly one home.
    await runner.query(
      `CREATE UNIQUE INDEX supervision_items_source_event_key ON supervision_items (source_event) WHERE source_event IS NOT NULL AND retired_at IS NULL`,
    );
    await runner.query(`
      CREATE TABLE supervision_item_history (
        item_id uuid NOT NULL REFERENCES supervision_items (id),
        version int NOT NULL,
        change text NOT NULL CHECK (change IN ('created', 'updated', 'retired')),
        reason text,
        snapshot jsonb NOT NULL,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (item_id, version)
      )`);
    await runner.query(`
      INSERT INTO supervision_item_history (item_id, version, change, snapshot, changed_by, changed_at)
      SELECT id, 1, 'created', to_jsonb(supervision_items.*), 'system', created_at FROM supervision_items`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE supervision_item_history`);
    await runner.query(`DROP INDEX supervision_items_source_event_key`);
    await runner.query(`
      ALTER TABLE supervision_items DROP COLUMN category, DROP COLUMN disclosure_frequency, DROP COLUMN due_working_days,
        DROP COLUMN publication_rule, DROP COLUMN source_event, DROP COLUMN placeholder, DROP COLUMN version,
        DROP COLUMN retired_at, DROP COLUMN retired_reason`);
    await runner.query(`DROP TABLE supervision_units`);
  }
}
