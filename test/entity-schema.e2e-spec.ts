import { afterAll, describe, expect, it } from '@jest/globals';
import { creditService } from '../apps/credit/src/credit.service-definition.js';
import { landService } from '../apps/land/src/land.service-definition.js';
import { partyService } from '../apps/party/src/party.service-definition.js';
import { supervisionService } from '../apps/supervision/src/supervision.service-definition.js';
import { MESSAGING_SCHEMA } from '#messaging';
import { openServiceDatabase, serviceSchema, type ServiceDefinition } from '#platform';
import { dropTestDatabases, freshDatabaseUrl } from './support/test-env.js';

/**
 * The migrations alone own foreign keys, checks, unique constraints and indexes (synchronize is off, so an
 * entity's copy of them would be a second, unchecked definition): the builder, not finding them in the
 * entities, proposes to drop them. Every other statement (a table, column, type, nullability, default or
 * primary key the entity gets wrong) is drift.
 */
const MIGRATION_OWNED = [/^ALTER TABLE "[^"]+" DROP CONSTRAINT "[^"]+"$/, /^DROP INDEX "public"\."[^"]+"$/];

/**
 * The migrations are the schema; the entities are how the code reads it. Migrate a fresh database per
 * service and ask TypeORM what it would change to match the entities: nothing, or an entity is wrong.
 */
describe('entities describe the migrated schema', () => {
  afterAll(async () => {
    await dropTestDatabases();
  });

  it.each<[string, ServiceDefinition]>([
    ['credit', creditService],
    ['land', landService],
    ['party', partyService],
    ['supervision', supervisionService],
  ])('%s', async (name, definition) => {
    const dataSource = await openServiceDatabase({ databaseUrl: freshDatabaseUrl(`schema_${name}`), ...serviceSchema(definition, [MESSAGING_SCHEMA]) });
    try {
      const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
      const changes = upQueries.map((query) => query.query).filter((statement) => !MIGRATION_OWNED.some((owned) => owned.test(statement)));
      expect(changes).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
