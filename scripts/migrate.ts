import { parseArgs } from 'node:util';
import type { ServiceName } from '#contracts';
import { MESSAGING_SCHEMA } from '#messaging';
import { openServiceDatabase, SERVICE_NAMES, serviceSchema } from '#platform';
import { SERVICE_DEFINITIONS } from './lib/service-catalogue.js';

const USAGE = `Usage: node dist/scripts/migrate.js <service> [<service> ...] | --all

Applies pending migrations to each service's database (creating the database if it is missing).
Services also do this on start-up, under the same advisory lock; this is for deployments that
migrate as a separate step.

Database URLs: <SERVICE>_DATABASE_URL (e.g. LAND_DATABASE_URL), or DATABASE_URL when migrating
one service.`;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { all: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
if (values.help || (positionals.length === 0 && !values.all)) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}
const unknown = positionals.filter((name) => !(SERVICE_NAMES as readonly string[]).includes(name));
if (unknown.length > 0) {
  process.stderr.write(`unknown service(s): ${unknown.join(', ')}; known: ${SERVICE_NAMES.join(', ')}\n`);
  process.exit(2);
}
const services = values.all ? [...SERVICE_NAMES] : (positionals as ServiceName[]);

for (const service of services) {
  const databaseUrl = process.env[`${service.toUpperCase()}_DATABASE_URL`] ?? (services.length === 1 ? process.env.DATABASE_URL : undefined);
  if (databaseUrl === undefined) {
    process.stderr.write(`${service}: set ${service.toUpperCase()}_DATABASE_URL${services.length === 1 ? ' or DATABASE_URL' : ''}\n`);
    process.exit(2);
  }
  process.stdout.write(`${service}: migrating\n`);
  const dataSource = await openServiceDatabase({ databaseUrl, ...serviceSchema(SERVICE_DEFINITIONS[service], [MESSAGING_SCHEMA]) });
  await dataSource.destroy();
  process.stdout.write(`${service}: up to date\n`);
}
