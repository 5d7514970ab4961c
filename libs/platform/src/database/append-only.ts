import type { QueryRunner } from 'typeorm';

/**
 * Makes `table` append-only with a statement trigger that refuses UPDATE, DELETE and TRUNCATE, so that not even
 * the service's own database user can rewrite what it records (the audit trail, the personal-data access log).
 */
export async function makeAppendOnly(runner: QueryRunner, table: string): Promise<void> {
  await runner.query(`
    CREATE FUNCTION ${table}_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '${table} is append-only';
    END $$`);
  await runner.query(`
    CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table}
    FOR EACH STATEMENT EXECUTE FUNCTION ${table}_is_append_only()`);
}

/** Drops an append-only table with its trigger function (a migration's `down`). */
export async function dropAppendOnly(runner: QueryRunner, table: string): Promise<void> {
  await runner.query(`DROP TABLE ${table}`);
  await runner.query(`DROP FUNCTION ${table}_is_append_only()`);
}
