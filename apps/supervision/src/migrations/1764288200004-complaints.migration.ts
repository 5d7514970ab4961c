import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Complaints (投诉) with their step log; contact details encrypted, deadlines as Asia/Shanghai dates. */
export class Complaints1764288200004 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE complaints (
        id uuid PRIMARY KEY,
        tracking_code text NOT NULL CONSTRAINT complaints_tracking_code_key UNIQUE,
        category text NOT NULL,
        unit_code text REFERENCES supervision_units (code),
        disclosure_id uuid REFERENCES disclosures (id),
        content text NOT NULL,
        anonymous boolean NOT NULL,
        channel text NOT NULL DEFAULT 'platform' CHECK (channel IN ('platform', 'hotline', 'letter', 'visit', 'other')),
        contact_name_encrypted text,
        contact_phone_encrypted text,
        contact_phone_hash text,
        department text NOT NULL,
        status text NOT NULL CHECK (status IN ('received', 'accepted', 'in-progress', 'answered', 'closed', 'rejected')),
        step_due_on date,
        answer text,
        outcome text,
        responsible_body text,
        rejection_reason text,
        filed_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        finished_at timestamptz,
        CHECK (anonymous OR contact_phone_encrypted IS NOT NULL),
        CHECK (outcome IS DISTINCT FROM 'not-our-responsibility' OR responsible_body IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX complaints_open_due_idx ON complaints (step_due_on, id) WHERE status NOT IN ('closed', 'rejected')`);
    await runner.query(`CREATE INDEX complaints_list_idx ON complaints (filed_at DESC, id DESC)`);
    await runner.query(`
      CREATE TABLE complaint_steps (
        complaint_id uuid NOT NULL REFERENCES complaints (id),
        seq int NOT NULL,
        kind text NOT NULL CHECK (kind IN ('status', 'extension', 'routing')),
        status text NOT NULL,
        note text,
        actor_id text NOT NULL,
        actor_label text NOT NULL,
        at timestamptz NOT NULL,
        due_on date,
        PRIMARY KEY (complaint_id, seq)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE complaint_steps`);
    await runner.query(`DROP TABLE complaints`);
  }
}
