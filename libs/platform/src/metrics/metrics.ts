import { platformProblems } from '../problem/platform-problems.js';
import { Controller, Get, Header, Injectable, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { Public } from '../auth/public.decorator.js';
import { MetricsAccess } from './metrics-access.js';

/** One registry per app, so that apps sharing a process (embedded mode) keep their series apart. */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;

  constructor(readonly app: string) {
    this.registry.setDefaultLabels({ app });
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by route template',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
  }
}

/** Not public: the scrape checks its own credentials (see MetricsAccess), so no user token is asked for. */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly access: MetricsAccess,
  ) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const decision = this.access.decide(request.ip, request.headers.authorization);
    if (!decision.allowed) {
      if (decision.status === 401) void reply.header('WWW-Authenticate', 'Bearer realm="metrics"');
      throw (decision.status === 401 ? platformProblems.metricsTokenRequired : platformProblems.metricsForbidden)(decision.detail);
    }
    return this.metrics.registry.metrics();
  }
}
