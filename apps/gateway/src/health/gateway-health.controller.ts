import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '#platform';
import { UpstreamPool } from '../proxy/upstream-pool.js';

@ApiExcludeController()
@Public()
@Controller('health')
export class GatewayHealthController {
  constructor(private readonly upstreams: UpstreamPool) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /**
   * Ready means "can route": the gateway answers for every service, with a 503 problem for one that is
   * down. So it stays ready while a service is down (taking the gateway out would take every service
   * down with it) and reports each service, and each of its instances, separately.
   */
  @Get('ready')
  @HttpCode(200)
  async ready() {
    const probed = await this.upstreams.status();
    const services = Object.fromEntries(
      Object.entries(probed).map(([service, instances]) => {
        const up = instances.some((instance) => instance.status === 'up');
        const reasons = [...new Set(instances.flatMap((instance) => (instance.status === 'down' ? [instance.reason] : [])))];
        return [service, up ? { status: 'up', instances } : { status: 'down', reason: reasons.join('; '), instances }];
      }),
    );
    const allUp = Object.values(services).every((service) => service.status === 'up');
    return { status: allUp ? 'ok' : 'degraded', services };
  }
}
