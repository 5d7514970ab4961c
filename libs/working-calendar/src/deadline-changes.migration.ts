import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deadlines moved by a calendar year being set, listable per service. */
export class DeadlineChanges1764460800000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE deadline_changes (
        id uuid PRIMARY KEY,
        resource_type text NOT NULL,
        resource_id text NOT NULL,
        field text NOT NULL,
        calendar_year int NOT NULL,
        old_due_on date NOT NULL,
        new_due_on date NOT NULL,
        old_basis text NOT NULL CHECK (old_basis IN ('official', 'provisional')),
        new_basis text NOT NULL CHECK (new_basis IN ('official', 'provisional')),
        reason text NOT NULL,
        event_id uuid NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX deadline_changes_order_idx ON deadline_changes (changed_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX deadline_changes_resource_idx ON deadline_changes (resource_type, resource_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE deadline_changes`);
  }
}
