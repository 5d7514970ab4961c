import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A merchant serves one or more sectors: the single `sector` becomes the list `sectors`, holding it. */
export class MerchantSectors1764900000001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE merchants ADD COLUMN sectors text[]`);
    await runner.query(`UPDATE merchants SET sectors = ARRAY[sector]`);
    await runner.query(`
      ALTER TABLE merchants
        ALTER COLUMN sectors SET NOT NULL,
        ADD CONSTRAINT merchants_sectors_check CHECK (cardinality(sectors) >= 1 AND array_position(sectors, NULL) IS NULL),
        DROP COLUMN sector`);
    await runner.query(`CREATE INDEX merchants_sectors_idx ON merchants USING gin (sectors)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX merchants_sectors_idx`);
    await runner.query(`ALTER TABLE merchants ADD COLUMN sector text`);
    await runner.query(`UPDATE merchants SET sector = sectors[1]`);
    await runner.query(`ALTER TABLE merchants ALTER COLUMN sector SET NOT NULL, DROP COLUMN sectors`);
  }
}
