import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indicators get versions: the points move from the indicator to `indicator_versions`, each effective from a
 * business date. Every existing indicator becomes version 1, effective from the day it was created (Asia/Shanghai),
 * and every existing ledger entry made with an indicator is marked as earned under version 1.
 */
export class IndicatorVersions1764900000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE indicator_versions (
        indicator_id uuid NOT NULL REFERENCES indicators (id),
        version integer NOT NULL CHECK (version > 0),
        points integer NOT NULL CHECK (points <> 0),
        effective_from date NOT NULL,
        backdating_reason text,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (indicator_id, version),
        CONSTRAINT indicator_versions_effective_from_key UNIQUE (indicator_id, effective_from)
      )`);
    await runner.query(`
      INSERT INTO indicator_versions (indicator_id, version, points, effective_from, created_at)
      SELECT id, 1, points, (created_at AT TIME ZONE 'Asia/Shanghai')::date, created_at FROM indicators`);
    await runner.query(`ALTER TABLE indicators DROP COLUMN points`);
    await runner.query(`ALTER TABLE ledger_entries ADD COLUMN indicator_version integer`);
    // The one sanctioned write to past entries: stating the version they were earned under, which changes no amount.
    await runner.query(`ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only`);
    await runner.query(`UPDATE ledger_entries SET indicator_version = 1 WHERE indicator_id IS NOT NULL`);
    await runner.query(`ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_append_only`);
    await runner.query(`
      ALTER TABLE ledger_entries
        ADD CONSTRAINT ledger_entries_indicator_version_fkey FOREIGN KEY (indicator_id, indicator_version) REFERENCES indicator_versions (indicator_id, version),
        ADD CONSTRAINT ledger_entries_indicator_version_check CHECK ((indicator_id IS NULL) = (indicator_version IS NULL))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_indicator_version_check, DROP CONSTRAINT ledger_entries_indicator_version_fkey, DROP COLUMN indicator_version`,
    );
    await runner.query(`ALTER TABLE indicators ADD COLUMN points integer`);
    await runner.query(`UPDATE indicators i SET points = v.points FROM indicator_versions v WHERE v.indicator_id = i.id AND v.version = 1`);
    await runner.query(`ALTER TABLE indicators ALTER COLUMN points SET NOT NULL`);
    await runner.query(`DROP TABLE indicator_versions`);
  }
}
