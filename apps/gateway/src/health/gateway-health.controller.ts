import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '#platform';
import { GATEWAY_CONFIG } from '../gateway.tokens.js';
import type { GatewayConfig } from '../gateway-config.js';
import { upstreamReadiness } from './upstream-health.js';

@ApiExcludeController()
@Public()
@Controller('health')
export class GatewayHealthController {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const services = await upstreamReadiness(this.config.upstreams);
    const ready = Object.values(services).every((service) => service.status === 'up');
    void reply.status(ready ? 200 : 503);
    return { status: ready ? 'ok' : 'error', services };
  }
}
