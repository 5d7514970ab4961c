import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { InProcessEventTransport } from '#messaging';
import { DEFAULT_SERVICE_PORTS, generateDevKeyPair, SERVICE_NAMES } from '#platform';
import { provideLocalPostgres } from './lib/local-postgres.js';
import { launchPlatform } from './lib/platform-launcher.js';
import { generateOpenApiTypes, MERGED_OPENAPI_TYPES } from './lib/openapi-types.js';
import { ROLES_TABLE, rolesTableOf } from './lib/roles-table.js';

/**
 * `npm run openapi`: starts the platform on scratch databases, then writes the documents it serves —
 * the gateway's merged one and each service's own — to openapi/, where the tests compare them with
 * what the code serves — and the typed-client declarations and the role → operations table
 * (docs/roles.md) generated from the merged one.
 */
const repo = path.resolve(import.meta.dirname, '../..');
const postgres = await provideLocalPostgres(repo, 'openapi-postgres');
const scratch = `openapi_${randomBytes(4).toString('hex')}`;
const urlFor = (service: string) => {
  const url = new URL(postgres.url);
  url.pathname = `/${scratch}_${service}`;
  return url.toString();
};
const keys = await generateDevKeyPair();
const platform = await launchPlatform({
  host: '127.0.0.1',
  gatewayPort: 0,
  servicePorts: Object.fromEntries(Object.keys(DEFAULT_SERVICE_PORTS).map((service) => [service, 0])) as typeof DEFAULT_SERVICE_PORTS,
  databaseUrlFor: urlFor,
  events: { transport: new InProcessEventTransport() },
  auth: { issuer: 'openapi-export', audience: 'openapi-export', publicKeyPem: keys.publicKeyPem },
  pii: { encryptionKey: randomBytes(32), hashKey: randomBytes(32) },
  logLevel: 'error',
});
try {
  await mkdir(path.join(repo, 'openapi'), { recursive: true });
  const documents: [string, string][] = [['zone-gov-platform', `${platform.gatewayUrl}/openapi.json`]];
  for (const service of SERVICE_NAMES) documents.push([service, `${platform.serviceUrls[service]}/openapi.json`]);
  for (const [name, url] of documents) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    const file = path.join(repo, 'openapi', `${name}.json`);
    await writeFile(file, `${JSON.stringify(await response.json(), null, 2)}\n`);
    process.stdout.write(`wrote ${path.relative(repo, file)}\n`);
  }
  // The typed-client declarations follow the merged document they are generated from.
  await writeFile(path.join(repo, MERGED_OPENAPI_TYPES), await generateOpenApiTypes(repo));
  process.stdout.write(`wrote ${MERGED_OPENAPI_TYPES}\n`);
  // So is the role → operations reference of the integrator guide.
  await writeFile(path.join(repo, ROLES_TABLE), rolesTableOf(repo));
  process.stdout.write(`wrote ${ROLES_TABLE}\n`);
} finally {
  await platform.close();
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  for (const service of SERVICE_NAMES) await admin.query(`DROP DATABASE IF EXISTS "${scratch}_${service}" WITH (FORCE)`);
  await admin.end();
  await postgres.embedded?.stop();
}
process.exit(0);
