import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropAppendOnly, makeAppendOnly } from '../database/append-only.js';

/** The audit table, made append-only by a trigger so that not even the service's own user can rewrite history. */
export class AuditLog1764201600000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id text NOT NULL,
        actor_name text,
        actor_kind text NOT NULL,
        actor_roles text[] NOT NULL,
        actor_units text[] NOT NULL,
        request_id text,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text NOT NULL,
        details jsonb
      )`);
    await runner.query(`CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, occurred_at)`);
    await runner.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, occurred_at)`);
    await makeAppendOnly(runner, 'audit_log');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropAppendOnly(runner, 'audit_log');
  }
}
