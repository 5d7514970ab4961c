import { Logger } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import { RequestQueryCounter } from './query-count.js';

/** Creates the service's database when it does not exist yet (first start, tests); needs CREATEDB only then. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const probe = new pg.Client({ connectionString: databaseUrl });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    new Logger('Database').log(`created database ${name}`);
  } catch (error) {
    // Another process created it between the probe and here.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await admin.end();
  }
}

export interface ServiceDatabaseOptions {
  databaseUrl: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
  poolSize?: number;
}

export function dataSourceOptions(options: ServiceDatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.databaseUrl,
    entities: options.entities,
    migrations: options.migrations,
    subscribers: [RequestQueryCounter],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: options.poolSize ?? 10 },
  };
}

/** Replicas starting together must not run the same migration twice. */
const MIGRATION_LOCK_KEY = 0x6d696772; // "migr"

/** Applies pending migrations under an advisory lock; returns the names applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/** Opens the service's data source: database created if missing, migrations applied. */
export async function openServiceDatabase(options: ServiceDatabaseOptions): Promise<DataSource> {
  await ensureDatabase(options.databaseUrl);
  const dataSource = new DataSource(dataSourceOptions(options));
  await dataSource.initialize();
  const applied = await migrate(dataSource);
  if (applied.length > 0) new Logger('Database').log(`applied migrations: ${applied.join(', ')}`);
  return dataSource;
}
