import { Global, Module, RequestMethod, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { auditLogController } from '../audit/audit-log.controller.js';
import { AuditLogReader } from '../audit/audit-log.reader.js';
import { AuditLog1764201600000 } from '../audit/audit-log.migration.js';
import { AuditTrailReading1764810000000 } from '../audit/audit-trail-reading.migration.js';
import { IdempotencySealedAnswers1764460800000 } from '../idempotency/idempotency-sealed-answers.migration.js';
import { IdempotencyKeys1764201600003 } from '../idempotency/idempotency.migration.js';
import type { ServiceConfig } from '../config/service-config.js';
import { openServiceDatabase } from '../database/database.js';
import { HealthController } from '../health/health.controller.js';
import { TOKEN_VERIFIER } from '../auth/auth.guard.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import {
  carriesValidToken,
  DEFAULT_INPUT_LIMITS,
  hardenedServerOptions,
  installBodyLimits,
  installJsonParser,
  type InputLimits,
} from '../http/input-policy.js';
import { installCachePolicy } from '../http/cache-policy.js';
import { installRequestHooks } from '../http/request-hooks.js';
import { installResponseObserver, type ResponseObserver } from '../http/response-observer.js';
import { JsonLogger } from '../logging/json-logger.js';
import { Metrics, MetricsController } from '../metrics/metrics.js';
import { buildOpenApiDocument } from '../openapi/openapi.js';
import { useCursorSigningKey } from '../pagination/cursor.js';
import { PersonalDataAccessModule } from '../pii/personal-data-access.js';
import { PersonalDataAccess1764820000000 } from '../pii/personal-data-access.migration.js';
import { PlatformModule } from './platform.module.js';
import type { SchemaContribution, ServiceDefinition, ServicePlugin } from './service-definition.js';

export const API_VERSION = '1.0.0';

export interface ServiceAppOptions {
  plugins?: ServicePlugin[];
  logger?: LoggerService;
  /** Tighter or looser input limits than the platform's defaults (tests shorten the body timeout). */
  inputLimits?: Partial<InputLimits>;
  /** Sees every response (tests check them against the OpenAPI document). */
  observeResponses?: ResponseObserver;
}

/** Everything in a service's database, in migration order: the platform's tables, the plugins', the service's own. */
export function serviceSchema(definition: ServiceDefinition, contributions: SchemaContribution[]) {
  return {
    entities: [AuditEntry, ...contributions.flatMap((contribution) => contribution.entities), ...definition.entities],
    migrations: [
      AuditLog1764201600000,
      IdempotencyKeys1764201600003,
      ...contributions.flatMap((contribution) => contribution.migrations),
      ...definition.migrations,
      IdempotencySealedAnswers1764460800000,
      AuditTrailReading1764810000000,
      PersonalDataAccess1764820000000,
    ],
  };
}

/** Builds a domain service on Fastify with the platform around its features; the caller decides when to listen. */
export async function createServiceApp(definition: ServiceDefinition, config: ServiceConfig, options: ServiceAppOptions = {}) {
  const plugins = options.plugins ?? [];
  const { entities, migrations } = serviceSchema(definition, plugins);

  // Named after the service so that apps sharing a process (embedded mode, tests) do not collide in
  // @nestjs/typeorm's process-wide name registry; the default DataSource token is an alias of it.
  @Global()
  @Module({
    providers: [{ provide: DataSource, useExisting: getDataSourceToken(definition.name) }],
    exports: [DataSource],
  })
  class ServiceDataSourceModule {}

  @Module({
    imports: [
      PlatformModule.forService(config),
      ServiceDataSourceModule,
      PersonalDataAccessModule,
      TypeOrmModule.forRootAsync({
        name: definition.name,
        useFactory: () => ({ type: 'postgres', url: config.databaseUrl, entities, migrations, synchronize: false }),
        dataSourceFactory: () => openServiceDatabase({ databaseUrl: config.databaseUrl, entities, migrations }),
      }),
      ...plugins.map((plugin) => plugin.module),
      ...definition.features,
    ],
    // Every service reads its own audit trail the same way.
    controllers: [HealthController, MetricsController, auditLogController(definition.name)],
    providers: [AuditLogReader],
  })
  class ServiceRootModule {}

  useCursorSigningKey(config.pii.hashKey);
  const limits: InputLimits = { ...DEFAULT_INPUT_LIMITS, ...options.inputLimits };
  const adapter = new FastifyAdapter({ bodyLimit: limits.authenticatedBodyBytes, ...hardenedServerOptions(limits) });
  // bodyParser off: JSON is the only body the services take, parsed by the platform's depth-checking parser.
  const app = await NestFactory.create<NestFastifyApplication>(ServiceRootModule, adapter, {
    logger: options.logger ?? new JsonLogger(config.service, config.logLevel),
    bodyParser: false,
  });
  app.setGlobalPrefix(`api/v1/${definition.name}`, {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  const fastify = app.getHttpAdapter().getInstance();
  installRequestHooks(fastify, app.get(Metrics), { countDatabaseWork: true });
  installCachePolicy(fastify);
  const verifier = app.get<TokenVerifier>(TOKEN_VERIFIER);
  installBodyLimits(fastify, { limits, isAuthenticated: (request) => carriesValidToken(verifier, request) });
  installJsonParser(fastify, limits);
  if (options.observeResponses) installResponseObserver(fastify, options.observeResponses);
  await app.init();
  const document = buildOpenApiDocument(app, { title: definition.title, description: definition.description, tag: definition.name }, API_VERSION);
  fastify.get('/openapi.json', async () => document);
  await fastify.ready();
  return app;
}

/** Creates the app and starts listening on the configured address. */
export async function startServiceApp(definition: ServiceDefinition, config: ServiceConfig, options: ServiceAppOptions = {}) {
  const app = await createServiceApp(definition, config, options);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // Consumers have joined their groups by now: leave them, so that the group does not wait out a session.
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}
