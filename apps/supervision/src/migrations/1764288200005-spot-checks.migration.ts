import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Seeded spot checks (抽查) of published disclosures, their findings and the rectifications (整改) they order. */
export class SpotChecks1764288200005 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE spot_checks (
        id uuid PRIMARY KEY,
        seed text NOT NULL,
        unit_code text,
        item_code text,
        period text,
        requested_size int NOT NULL CHECK (requested_size BETWEEN 1 AND 200),
        population_size int NOT NULL,
        population_digest text NOT NULL,
        drawn_at timestamptz NOT NULL,
        drawn_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX spot_checks_list_idx ON spot_checks (drawn_at DESC, id DESC)`);
    await runner.query(`
      CREATE TABLE spot_check_samples (
        spot_check_id uuid NOT NULL REFERENCES spot_checks (id),
        position int NOT NULL,
        disclosure_id uuid NOT NULL REFERENCES disclosures (id),
        disclosure_version int NOT NULL,
        PRIMARY KEY (spot_check_id, position),
        UNIQUE (spot_check_id, disclosure_id)
      )`);
    await runner.query(`
      CREATE TABLE findings (
        id uuid PRIMARY KEY,
        spot_check_id uuid NOT NULL REFERENCES spot_checks (id),
        disclosure_id uuid NOT NULL REFERENCES disclosures (id),
        unit_code text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('omission', 'late', 'format', 'content')),
        description text NOT NULL,
        status text NOT NULL CHECK (status IN ('ordered', 'submitted', 'accepted', 'returned')),
        due_on date NOT NULL,
        overdue_notified_for date,
        raised_at timestamptz NOT NULL,
        raised_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        FOREIGN KEY (spot_check_id, disclosure_id) REFERENCES spot_check_samples (spot_check_id, disclosure_id)
      )`);
    await runner.query(`CREATE INDEX findings_open_due_idx ON findings (due_on, id) WHERE status IN ('ordered', 'returned')`);
    await runner.query(`CREATE INDEX findings_list_idx ON findings (raised_at DESC, id DESC)`);
    await runner.query(`
      CREATE TABLE rectification_steps (
        finding_id uuid NOT NULL REFERENCES findings (id),
        seq int NOT NULL,
        kind text NOT NULL DEFAULT 'status' CHECK (kind IN ('status', 'extension')),
        status text NOT NULL,
        note text,
        actor_id text NOT NULL,
        at timestamptz NOT NULL,
        due_on date,
        PRIMARY KEY (finding_id, seq)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE rectification_steps`);
    await runner.query(`DROP TABLE findings`);
    await runner.query(`DROP TABLE spot_check_samples`);
    await runner.query(`DROP TABLE spot_checks`);
  }
}
