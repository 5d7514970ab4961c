import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '#working-calendar';
import { OversightController } from './oversight.controller.js';
import { OversightService } from './oversight.service.js';

@Module({
  imports: [WorkingCalendarModule],
  controllers: [OversightController],
  providers: [OversightService],
})
export class OversightModule {}
