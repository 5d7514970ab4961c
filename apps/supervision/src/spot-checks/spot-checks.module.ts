import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '#working-calendar';
import { FindingsController, SpotChecksController } from './spot-checks.controller.js';
import { SpotChecksService } from './spot-checks.service.js';

@Module({
  imports: [WorkingCalendarModule],
  controllers: [SpotChecksController, FindingsController],
  providers: [SpotChecksService],
  exports: [SpotChecksService],
})
export class SpotChecksModule {}
