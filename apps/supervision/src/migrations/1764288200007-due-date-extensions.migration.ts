import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions of a unit's disclosure due date, each with its reason; public, never silent. */
export class DueDateExtensions1764288200007 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE disclosure_due_extensions (
        id uuid PRIMARY KEY,
        unit_code text NOT NULL REFERENCES supervision_units (code),
        item_id uuid NOT NULL REFERENCES supervision_items (id),
        period text NOT NULL,
        working_days int NOT NULL CHECK (working_days BETWEEN 1 AND 30),
        reason text NOT NULL,
        granted_by text NOT NULL,
        granted_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX disclosure_due_extensions_unit_idx ON disclosure_due_extensions (unit_code, granted_at DESC, id DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE disclosure_due_extensions`);
  }
}
