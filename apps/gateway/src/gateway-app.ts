import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import { Logger, Module, type LoggerService } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import {
  API_VERSION,
  AuthGuard,
  buildOpenApiDocument,
  DEFAULT_INPUT_LIMITS,
  hardenedServerOptions,
  installBodyLimits,
  installRequestHooks,
  installResponseObserver,
  type InputLimits,
  JsonLogger,
  DEFAULT_METRICS_ACCESS,
  Metrics,
  MetricsAccess,
  MetricsController,
  ProblemFilter,
  type ResponseObserver,
  TOKEN_VERIFIER,
  TokenVerifier,
} from '#platform';
import { installCachePolicy } from '#platform';
import type { GatewayConfig } from './gateway-config.js';
import { ZoneAuditLogController } from './audit/zone-audit-log.controller.js';
import { GATEWAY_CONFIG } from './gateway.tokens.js';
import { GatewayHealthController } from './health/gateway-health.controller.js';
import { OpenApiAggregator, servedFrom } from './openapi/openapi-aggregator.js';
import { proxyPlugin } from './proxy/proxy.plugin.js';
import { apiAdmissionPlugin } from './security/api-admission.plugin.js';
import { corsNotice, corsOptions } from './security/cors.js';
import { UpstreamPool } from './proxy/upstream-pool.js';

/** The only public entry: security headers, CORS, rate limit, token check, proxy, merged OpenAPI and Swagger UI. */
export async function createGatewayApp(
  config: GatewayConfig,
  logger?: LoggerService,
  options: { observeResponses?: ResponseObserver } = {},
): Promise<NestFastifyApplication> {
  const verifier = new TokenVerifier(config.auth);
  const upstreams = new UpstreamPool(config.upstreams);

  @Module({
    controllers: [GatewayHealthController, MetricsController, ZoneAuditLogController],
    providers: [
      { provide: GATEWAY_CONFIG, useValue: config },
      { provide: UpstreamPool, useValue: upstreams },
      { provide: TOKEN_VERIFIER, useValue: verifier },
      { provide: Metrics, useValue: new Metrics('gateway') },
      { provide: MetricsAccess, useValue: new MetricsAccess(config.metrics ?? DEFAULT_METRICS_ACCESS) },
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_FILTER, useClass: ProblemFilter },
    ],
  })
  class GatewayModule {}

  const limits: InputLimits = {
    ...DEFAULT_INPUT_LIMITS,
    authenticatedBodyBytes: config.bodyLimitBytes,
    anonymousBodyBytes: Math.min(config.anonymousBodyLimitBytes, config.bodyLimitBytes),
    bodyTimeoutMs: config.bodyTimeoutMs,
  };
  const adapter = new FastifyAdapter({ bodyLimit: config.bodyLimitBytes, trustProxy: config.trustProxy, ...hardenedServerOptions(limits) });
  const app = await NestFactory.create<NestFastifyApplication>(GatewayModule, adapter, {
    logger: logger ?? new JsonLogger('gateway', config.logLevel),
  });
  const fastify = app.getHttpAdapter().getInstance();
  installRequestHooks(fastify, app.get(Metrics));
  installCachePolicy(fastify);
  // The proxy's onRequest hook has already refused invalid tokens by the time a body is read.
  installBodyLimits(fastify, { limits, isAuthenticated: (request) => request.headers.authorization !== undefined });
  if (options.observeResponses) installResponseObserver(fastify, options.observeResponses);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI styles itself inline and shows data: images.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(cors, corsOptions(config.corsOrigins));
  const notice = corsNotice(config.corsOrigins);
  new Logger('Gateway')[notice.level](notice.message);
  await app.register(apiAdmissionPlugin, {
    verifier,
    rateLimits: {
      perAddress: config.rateLimitPerMinute,
      perSubject: config.rateLimitPerSubjectPerMinute ?? config.rateLimitPerMinute,
      integrator: config.rateLimitIntegratorPerMinute ?? config.rateLimitPerMinute * 10,
    },
    rateLimitStore: config.rateLimitStore,
  });
  await app.register(proxyPlugin, {
    upstreams,
    bodyLimitBytes: config.bodyLimitBytes,
    maxJsonDepth: limits.maxJsonDepth,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
  });

  const aggregator = new OpenApiAggregator(upstreams);
  const placeholder = { openapi: '3.0.0', info: { title: 'Zone Gov Platform API', version: '1' }, paths: {} } as OpenAPIObject;
  SwaggerModule.setup('docs', app, placeholder, {
    jsonDocumentUrl: 'openapi.json',
    raw: ['json'],
    customSiteTitle: 'Zone Gov Platform API',
    patchDocumentOnRequest: async <TRequest>(incoming: TRequest) => {
      const request = incoming as { url: string; protocol: string; headers: { host?: string } };
      const document = await aggregator.document();
      // Swagger UI tries operations out against the gateway serving it; /openapi.json stays as committed.
      const forUi = request.url.startsWith('/docs') && request.headers.host !== undefined;
      return (forUi ? servedFrom(document, request.protocol, request.headers.host!) : document) as unknown as OpenAPIObject;
    },
  });
  await app.init();
  // The gateway's own operations (the zone-wide views) join the services' in the merged document.
  aggregator.include(
    buildOpenApiDocument(
      app,
      { title: 'Zone-wide views', description: 'Views across every service, answered by the gateway itself.', tag: 'zone' },
      API_VERSION,
    ),
  );
  await fastify.ready();
  return app;
}
