import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator.js';
import { ReadinessChecks } from './readiness.js';

/**
 * Liveness says the process should not be restarted; readiness says it can serve requests, which
 * needs its database and nothing else. Dependencies it can work without (the broker) are reported
 * under `dependencies` with their state, so a broker outage shows without taking the API down.
 */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly readiness: ReadinessChecks,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const [result, dependencies] = await Promise.all([this.readinessResult(), this.readiness.dependencies()]);
    if (result.status !== 'ok') void reply.status(503);
    return { ...result, dependencies };
  }

  private async readinessResult(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([() => this.database.pingCheck('database').withTimeout(2_000)]);
    } catch (error) {
      if (error instanceof ServiceUnavailableException) return error.getResponse() as HealthCheckResult;
      throw error;
    }
  }
}
