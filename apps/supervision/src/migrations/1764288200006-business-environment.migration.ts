import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The business-environment column (营商环境专栏): policies, how to apply, and subsidy payouts (奖补政策兑现). */
export class BusinessEnvironment1764288200006 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE business_policies (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('investment-attraction', 'talent-attraction', 'other')),
        summary text NOT NULL,
        eligibility text NOT NULL,
        how_to_apply text NOT NULL,
        department text NOT NULL,
        policy_basis text NOT NULL,
        demo boolean NOT NULL DEFAULT false,
        published_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX business_policies_list_idx ON business_policies (published_at DESC, id DESC)`);
    await runner.query(`
      CREATE TABLE subsidy_payouts (
        id uuid PRIMARY KEY,
        policy_id uuid NOT NULL REFERENCES business_policies (id),
        recipient_kind text NOT NULL CHECK (recipient_kind IN ('enterprise', 'individual')),
        enterprise_name text,
        person_name_encrypted text,
        person_name_hash text,
        amount numeric(14, 2) NOT NULL CHECK (amount > 0),
        paid_on date NOT NULL,
        reference text NOT NULL,
        note text,
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        CONSTRAINT subsidy_payouts_reference_key UNIQUE (policy_id, reference),
        CHECK ((recipient_kind = 'enterprise') = (enterprise_name IS NOT NULL)),
        CHECK ((recipient_kind = 'individual') = (person_name_encrypted IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX subsidy_payouts_list_idx ON subsidy_payouts (policy_id, paid_on DESC, id DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE subsidy_payouts`);
    await runner.query(`DROP TABLE business_policies`);
  }
}
