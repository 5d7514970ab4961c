import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Supermarket1764288100004 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE goods (
        id uuid PRIMARY KEY,
        code text NOT NULL CONSTRAINT goods_code_key UNIQUE,
        community_code text NOT NULL REFERENCES communities (code),
        name text NOT NULL,
        description text,
        point_price integer NOT NULL CHECK (point_price > 0),
        stock integer NOT NULL CHECK (stock >= 0),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX goods_community_idx ON goods (community_code, code)`);
    await runner.query(`
      CREATE TABLE redemption_orders (
        id uuid PRIMARY KEY,
        position bigint GENERATED ALWAYS AS IDENTITY,
        goods_id uuid NOT NULL REFERENCES goods (id),
        goods_name text NOT NULL,
        community_code text NOT NULL REFERENCES communities (code),
        resident_id uuid NOT NULL REFERENCES residents (id),
        household_id uuid NOT NULL REFERENCES households (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        points integer NOT NULL CHECK (points > 0),
        status text NOT NULL CHECK (status IN ('completed', 'cancelled')),
        ledger_entry_id uuid NOT NULL REFERENCES ledger_entries (id),
        reversal_entry_id uuid REFERENCES ledger_entries (id),
        actor_id text NOT NULL,
        created_at timestamptz NOT NULL,
        cancelled_at timestamptz,
        cancel_reason text
      )`);
    await runner.query(`CREATE INDEX redemption_orders_community_idx ON redemption_orders (community_code, position)`);
    await runner.query(`CREATE INDEX redemption_orders_resident_idx ON redemption_orders (resident_id, position)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE redemption_orders`);
    await runner.query(`DROP TABLE goods`);
  }
}
