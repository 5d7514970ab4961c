import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Ledger1764288100002 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ledger_entries (
        id uuid PRIMARY KEY,
        position bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT ledger_entries_position_key UNIQUE,
        resident_id uuid NOT NULL REFERENCES residents (id),
        household_id uuid NOT NULL REFERENCES households (id),
        community_code text NOT NULL REFERENCES communities (code),
        kind text NOT NULL CHECK (kind IN ('award', 'deduction', 'redemption', 'reversal')),
        movement text NOT NULL CHECK (movement IN ('award', 'deduction', 'redemption')),
        amount integer NOT NULL CHECK (amount > 0),
        score_delta integer NOT NULL,
        balance_delta integer NOT NULL,
        indicator_id uuid REFERENCES indicators (id),
        indicator_code text,
        category text,
        period text NOT NULL,
        occurred_on date NOT NULL,
        reason text NOT NULL,
        evidence text,
        source text NOT NULL CHECK (source IN ('staff', 'event', 'redemption')),
        source_ref text,
        actor_id text NOT NULL,
        idempotency_key text CONSTRAINT ledger_entries_idempotency_key_key UNIQUE,
        reverses_entry_id uuid CONSTRAINT ledger_entries_reverses_key UNIQUE REFERENCES ledger_entries (id),
        score_after integer NOT NULL,
        balance_after integer NOT NULL,
        recorded_at timestamptz NOT NULL,
        CHECK ((kind = 'reversal') = (reverses_entry_id IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX ledger_entries_resident_idx ON ledger_entries (resident_id, position)`);
    await runner.query(`CREATE INDEX ledger_entries_limit_idx ON ledger_entries (resident_id, indicator_id, period) WHERE kind = 'award'`);
    await runner.query(`CREATE INDEX ledger_entries_household_idx ON ledger_entries (household_id, position)`);
    // Append-only: corrections are reversal entries, so nothing may change or remove a row.
    await runner.query(`
      CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger_entries is append-only';
      END $$`);
    await runner.query(`
      CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
      FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only()`);
    await runner.query(`
      CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
      FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_append_only()`);
    await runner.query(`
      CREATE TABLE rating_thresholds (
        level text PRIMARY KEY CHECK (level IN ('A', 'AA', 'AAA')),
        min_score integer NOT NULL CHECK (min_score > 0),
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`INSERT INTO rating_thresholds (level, min_score, updated_at) VALUES ('A', 30, now()), ('AA', 60, now()), ('AAA', 90, now())`);
    await runner.query(`
      CREATE TABLE household_rating_changes (
        id uuid PRIMARY KEY,
        position bigint GENERATED ALWAYS AS IDENTITY,
        household_id uuid NOT NULL REFERENCES households (id),
        from_level text,
        to_level text,
        score integer NOT NULL,
        cause text NOT NULL,
        cause_entry_id uuid REFERENCES ledger_entries (id),
        changed_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX household_rating_changes_household_idx ON household_rating_changes (household_id, position)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE household_rating_changes`);
    await runner.query(`DROP TABLE rating_thresholds`);
    await runner.query(`DROP TABLE ledger_entries`);
    await runner.query(`DROP FUNCTION ledger_entries_append_only()`);
  }
}
