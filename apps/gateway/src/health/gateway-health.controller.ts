import { Controller, Get, HttpCode, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
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

  /**
   * Ready means "can route": the gateway answers for every service, with a 503 problem for one that is
   * down. So it stays ready while a service is down (taking the gateway out would take every service
   * down with it) and reports each service's state separately.
   */
  @Get('ready')
  @HttpCode(200)
  async ready() {
    const services = await upstreamReadiness(this.config.upstreams);
    const allUp = Object.values(services).every((service) => service.status === 'up');
    return { status: allUp ? 'ok' : 'degraded', services };
  }
}
