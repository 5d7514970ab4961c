import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import { Logger, Module, type LoggerService } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { AuthGuard, installRequestHooks, installResponseObserver, type ResponseObserver, JsonLogger, Metrics, MetricsController, ProblemFilter, TOKEN_VERIFIER, TokenVerifier } from '#platform';
import type { GatewayConfig } from './gateway-config.js';
import { GATEWAY_CONFIG } from './gateway.tokens.js';
import { GatewayHealthController } from './health/gateway-health.controller.js';
import { OpenApiAggregator, servedFrom } from './openapi/openapi-aggregator.js';
import { proxyPlugin } from './proxy/proxy.plugin.js';
import { corsNotice, corsOptions } from './security/cors.js';
import { RateLimiter } from './security/rate-limiter.js';

/** The only public entry: security headers, CORS, rate limit, token check, proxy, merged OpenAPI and Swagger UI. */
export async function createGatewayApp(
  config: GatewayConfig,
  logger?: LoggerService,
  options: { observeResponses?: ResponseObserver } = {},
): Promise<NestFastifyApplication> {
  const verifier = new TokenVerifier(config.auth);

  @Module({
    controllers: [GatewayHealthController, MetricsController],
    providers: [
      { provide: GATEWAY_CONFIG, useValue: config },
      { provide: TOKEN_VERIFIER, useValue: verifier },
      { provide: Metrics, useValue: new Metrics('gateway') },
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_FILTER, useClass: ProblemFilter },
    ],
  })
  class GatewayModule {}

  const app = await NestFactory.create<NestFastifyApplication>(GatewayModule, new FastifyAdapter({ bodyLimit: config.bodyLimitBytes, trustProxy: config.trustProxy }), {
    logger: logger ?? new JsonLogger('gateway', config.logLevel),
  });
  const fastify = app.getHttpAdapter().getInstance();
  installRequestHooks(fastify, app.get(Metrics));
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
  await app.register(proxyPlugin, {
    upstreams: config.upstreams,
    bodyLimitBytes: config.bodyLimitBytes,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    verifier,
    rateLimiter: new RateLimiter(config.rateLimitPerMinute),
  });

  const aggregator = new OpenApiAggregator(config.upstreams);
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
  await fastify.ready();
  return app;
}
