import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Makes the audit table readable through the API: the correlation id (the request that started a chain
 * of events), and indexes for the trail's filters, each ending in the list's order (occurred_at, id) so
 * that a filtered page is an index range scan. Rows written before keep a NULL correlation id (the table
 * is append-only); the trail reads it as their request id, which is what it was then.
 */
export class AuditTrailReading1764810000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE audit_log ADD COLUMN correlation_id text`);
    await runner.query(`DROP INDEX audit_log_target_idx`);
    await runner.query(`DROP INDEX audit_log_actor_idx`);
    await runner.query(`CREATE INDEX audit_log_order_idx ON audit_log (occurred_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, occurred_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, occurred_at DESC, id DESC)`);
    // text_pattern_ops serves the prefix filter (`action LIKE 'disclosure.%'`) as well as the exact one.
    await runner.query(`CREATE INDEX audit_log_action_idx ON audit_log (action text_pattern_ops, occurred_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX audit_log_request_idx ON audit_log (request_id) WHERE request_id IS NOT NULL`);
    await runner.query(
      `CREATE INDEX audit_log_correlation_idx ON audit_log (COALESCE(correlation_id, request_id)) WHERE COALESCE(correlation_id, request_id) IS NOT NULL`,
    );
    // Unit scoping and the unit filter test the actor's units (`&&`, `@>`).
    await runner.query(`CREATE INDEX audit_log_units_idx ON audit_log USING gin (actor_units)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const index of ['order', 'target', 'actor', 'action', 'request', 'correlation', 'units']) await runner.query(`DROP INDEX audit_log_${index}_idx`);
    await runner.query(`CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, occurred_at)`);
    await runner.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, occurred_at)`);
    await runner.query(`ALTER TABLE audit_log DROP COLUMN correlation_id`);
  }
}
