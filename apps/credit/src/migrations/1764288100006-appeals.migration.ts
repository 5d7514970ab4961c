import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Appeals1764288100006 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE appeals (
        id uuid PRIMARY KEY,
        position bigint GENERATED ALWAYS AS IDENTITY,
        entry_id uuid NOT NULL CONSTRAINT appeals_entry_key UNIQUE REFERENCES ledger_entries (id),
        resident_id uuid NOT NULL REFERENCES residents (id),
        community_code text NOT NULL,
        reason text NOT NULL,
        filed_by text NOT NULL,
        filed_on date NOT NULL,
        deadline date NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'upheld', 'rejected')),
        decided_by text,
        decision_reason text,
        decided_at timestamptz,
        reversal_entry_id uuid REFERENCES ledger_entries (id),
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX appeals_community_idx ON appeals (community_code, position)`);
    await runner.query(`CREATE INDEX appeals_open_deadline_idx ON appeals (deadline) WHERE status = 'open'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE appeals`);
  }
}
