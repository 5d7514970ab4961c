import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { freePort } from './free-port.js';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * An admin connection to a real PostgreSQL for tools and tests: the given URL or the local server if it
 * answers, otherwise an embedded server with its data under `<repo>/.data/<dirName>` on a free port.
 */
export async function provideLocalPostgres(
  repo: string,
  dirName: string,
  preferred = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (await answers(preferred)) return { url: preferred };
  const embedded = await startEmbeddedPostgres(path.join(repo, '.data', dirName), await freePort());
  return { url: embedded.url('postgres'), embedded };
}
